// "Did you mean": the known name closest to a mistyped one, for commands, options and settings
// keys. Pure and bounded: names are short, and the distance stops early past the threshold.

/**
 * The candidate closest to `word` (case, `_` and `-` ignored), when it is close enough to be a
 * likely typo: at most one edit for short names, about one in three for longer ones. Ties go to
 * the first candidate.
 */
export function suggest(word: string, candidates: readonly string[]): string | null {
  const typed = fold(word)
  if (typed === '' || typed.length > 100) return null
  const limit = Math.max(1, Math.floor(typed.length / 3))
  let best: string | null = null
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    const d = editDistance(typed, fold(candidate), limit)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

function fold(name: string): string {
  return name.toLowerCase().replace(/_/g, '-')
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours count one each), or `limit + 1` once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowBest = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1)
      }
      current.push(value)
      rowBest = Math.min(rowBest, value)
    }
    if (rowBest > limit) return limit + 1
    before = previous
    previous = current
  }
  return Math.min(previous[b.length] as number, limit + 1)
}
