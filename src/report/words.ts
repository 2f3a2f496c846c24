// Counting words for the report's sentences: "1 file", "3,000 files".
const NUMBER = new Intl.NumberFormat('en-US')

/** A count with its noun in the right number: `count(2, 'file')` is "2 files". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${NUMBER.format(n)} ${n === 1 ? one : many}`
}

/** A number with thousands separators. */
export function formatNumber(n: number): string {
  return NUMBER.format(n)
}
