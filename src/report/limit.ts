// Fitting the report under a length limit: every list is capped at the same number of rows,
// so the longest lists lose rows first, and the cap is the largest that fits.

/** A part of the report that can show at most `cap` rows of each of its lists. */
export interface Block {
  /** The longest list in the block (0 for fixed text): caps beyond it change nothing. */
  readonly rows: number
  /** The block's Markdown with every list cut to `cap` rows (`Infinity`: all of them). */
  render(cap: number): string
}

/** A block of fixed text. */
export function textBlock(text: string): Block {
  return { rows: 0, render: () => text }
}

/** Joins rendered blocks with blank lines, leaving out empty ones. */
export function joinBlocks(blocks: readonly Block[], cap: number): string {
  const parts = blocks.map((block) => block.render(cap)).filter((part) => part !== '')
  return `${parts.join('\n\n')}\n`
}

/** Size limits of a rendered report: UTF-16 units (a comment) and UTF-8 bytes (a job summary). */
export interface Limits {
  maxLength?: number
  maxBytes?: number
}

function within(text: string, limits: Limits): boolean {
  if (limits.maxLength !== undefined && text.length > limits.maxLength) return false
  // Each UTF-16 unit takes at most 3 bytes, so short texts need no counting.
  if (limits.maxBytes !== undefined && text.length * 3 > limits.maxBytes) {
    return Buffer.byteLength(text, 'utf8') <= limits.maxBytes
  }
  return true
}

/** Cuts a string to fit the limits without splitting a surrogate pair. */
export function cutText(text: string, limits: Limits): string {
  let out = text.slice(0, Math.max(0, Math.min(text.length, limits.maxLength ?? Infinity)))
  while (out !== '' && !within(out, limits)) out = out.slice(0, Math.floor(out.length * 0.9))
  const last = out.charCodeAt(out.length - 1)
  return last >= 0xd800 && last <= 0xdbff ? out.slice(0, -1) : out
}

/**
 * Renders the blocks whole when they fit the limits (or there are none); else with the largest
 * common row cap that fits; else `fallback()`, cut to the limits as a last resort.
 * Length is counted in UTF-16 units, which is never less than GitHub's count of characters.
 */
export function fitBlocks(
  blocks: readonly Block[],
  limits: Limits,
  fallback: () => string
): string {
  const full = joinBlocks(blocks, Infinity)
  if (within(full, limits)) return full
  const fits = (cap: number): string | null => {
    const text = joinBlocks(blocks, cap)
    return within(text, limits) ? text : null
  }
  let best = fits(0)
  if (best === null) return cutText(fallback(), limits)
  // Invariant: cap `low` fits, cap `high` does not (the full report did not).
  let low = 0
  let high = Math.max(0, ...blocks.map((block) => block.rows))
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    const text = fits(middle)
    if (text === null) high = middle
    else {
      low = middle
      best = text
    }
  }
  return best
}
