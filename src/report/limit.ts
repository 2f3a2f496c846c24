// Fitting the report under a length limit: every list is capped at the same number of rows,
// so the longest lists lose rows first, and the cap is the largest that fits.
//
// One report is fitted to two limits (the comment's and the job summary's), and a shortened list
// says where the rest can be read, which differs between the two. So that its blocks are built
// and measured once, they hold HINT_SLOT where that hint goes, and withHint fills it in per use.

/** A part of the report that can show at most `cap` rows of each of its lists. */
export interface Block {
  /** The longest list in the block (0 for fixed text): caps beyond it change nothing. */
  readonly rows: number
  /** The block's Markdown with every list cut to `cap` rows (`Infinity`: all of them). */
  render(cap: number): string
  /** The size of `render(cap)`, told without building the text (long tables); else measured. */
  size?(cap: number): Size
}

/**
 * Stands in a block's text for the hint of a shortened list ("see the job summary"). NUL
 * characters delimit it: no text of a pull request can fake it, as escaped text never holds a
 * control character (escape.ts turns each into U+FFFD).
 */
export const HINT_SLOT = '\u0000hint\u0000'

/** The size of a text: UTF-16 units, UTF-8 bytes, and how many HINT_SLOTs it holds. */
export interface Size {
  readonly length: number
  readonly bytes: number
  readonly slots: number
}

/** The size of a string. */
export function sizeOf(text: string): Size {
  let slots = 0
  if (text.includes('\u0000')) {
    for (let at = text.indexOf(HINT_SLOT); at >= 0; at = text.indexOf(HINT_SLOT, at + 1)) slots++
  }
  return { length: text.length, bytes: Buffer.byteLength(text, 'utf8'), slots }
}

/**
 * The blocks with `hint` in place of every HINT_SLOT: rendered with it, and sized from their own
 * sizes and slot counts without building the text.
 */
export function withHint(blocks: readonly Block[], hint: string): Block[] {
  const extra = sizeOf(hint)
  const slot = sizeOf(HINT_SLOT)
  const fill = (size: Size): Size => ({
    length: size.length + size.slots * (extra.length - slot.length),
    bytes: size.bytes + size.slots * (extra.bytes - slot.bytes),
    slots: 0
  })
  return blocks.map((block) => ({
    rows: block.rows,
    render: (cap) => {
      const text = block.render(cap)
      return text.includes(HINT_SLOT) ? text.replaceAll(HINT_SLOT, hint) : text
    },
    size: (cap) => fill(block.size?.(cap) ?? sizeOf(block.render(cap)))
  }))
}

/** A block of fixed text. */
export function textBlock(text: string): Block {
  return { rows: 0, render: () => text }
}

/**
 * A block whose text is the concatenation of `parts(cap)`. Its size is the sum of the parts'
 * sizes, each measured once: the fitting asks for many caps, and most parts (table rows) are the
 * same string every time. No part may end inside a surrogate pair that the next part completes.
 */
export function partsBlock(rows: number, parts: (cap: number) => readonly string[]): Block {
  const sizes = new Map<string, Size>()
  const measure = (part: string): Size => {
    let size = sizes.get(part)
    if (size === undefined) sizes.set(part, (size = sizeOf(part)))
    return size
  }
  return {
    rows,
    render: (cap) => parts(cap).join(''),
    size: (cap) => {
      let length = 0
      let bytes = 0
      let slots = 0
      for (const part of parts(cap)) {
        const size = measure(part)
        length += size.length
        bytes += size.bytes
        slots += size.slots
      }
      return { length, bytes, slots }
    }
  }
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

/** The size of `joinBlocks(blocks, cap)`, rendering only the blocks that cannot tell it. */
function joinedSize(blocks: readonly Block[], cap: number): Size {
  let length = 0
  let bytes = 0
  let slots = 0
  let parts = 0
  for (const block of blocks) {
    const size = block.size?.(cap) ?? sizeOf(block.render(cap))
    if (size.length === 0) continue
    parts += 1
    length += size.length
    bytes += size.bytes
    slots += size.slots
  }
  // The blank lines between the parts and the final newline are one byte per unit.
  const extra = 2 * Math.max(0, parts - 1) + 1
  return { length: length + extra, bytes: bytes + extra, slots }
}

function sizeWithin(size: Size, limits: Limits): boolean {
  if (limits.maxLength !== undefined && size.length > limits.maxLength) return false
  return limits.maxBytes === undefined || size.bytes <= limits.maxBytes
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

/** Whether the blocks fit the limits whole, every list at full length. */
export function fitsWhole(blocks: readonly Block[], limits: Limits): boolean {
  return sizeWithin(joinedSize(blocks, Infinity), limits)
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
  // Sizes first, text last: the report is built once, at the cap chosen.
  const fits = (cap: number): boolean => sizeWithin(joinedSize(blocks, cap), limits)
  if (fits(Infinity)) return joinBlocks(blocks, Infinity)
  if (!fits(0)) return cutText(fallback(), limits)
  // Invariant: cap `low` fits, cap `high` does not (the full report did not).
  let low = 0
  let high = Math.max(0, ...blocks.map((block) => block.rows))
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (fits(middle)) low = middle
    else high = middle
  }
  return joinBlocks(blocks, low)
}
