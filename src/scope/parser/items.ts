// Items of a scope field (CONTRACT §1.3): splitting an inline value, removing code marks and
// links, and recognising the empty markers and the "anything else" phrases. Every helper scans
// its text a bounded number of times, so a hostile value costs linear time.

import { stripEmphasis } from './markdown.js'

/** A code span: where its opening backticks start, its content, where its closing ones end. */
interface CodeSpan {
  start: number
  contentStart: number
  contentEnd: number
  end: number
}

/**
 * Finds the code spans of a text: a run of N backticks opens one that the next run of exactly N
 * backticks closes; a run with no partner is literal text. Runs are matched by length in one pass.
 */
function codeSpans(text: string): CodeSpan[] {
  const runs: { start: number; length: number }[] = []
  for (let i = text.indexOf('`'); i >= 0 && i < text.length; i = text.indexOf('`', i)) {
    let j = i
    while (j < text.length && text[j] === '`') j++
    runs.push({ start: i, length: j - i })
    i = j
  }
  // For each run, the index of the next run of the same length (or -1).
  const next = new Array<number>(runs.length).fill(-1)
  const lastOfLength = new Map<number, number>()
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k]
    if (!run) continue
    next[k] = lastOfLength.get(run.length) ?? -1
    lastOfLength.set(run.length, k)
  }
  const spans: CodeSpan[] = []
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k]
    const closeIndex = next[k] ?? -1
    const close = runs[closeIndex]
    if (!open || !close) continue
    spans.push({
      start: open.start,
      contentStart: open.start + open.length,
      contentEnd: close.start,
      end: close.start + close.length
    })
    k = closeIndex
  }
  return spans
}

// Bracket kinds by character: 0 braces, 1 brackets, 2 parentheses.
const KIND: Record<string, number> = { '{': 0, '}': 0, '[': 1, ']': 1, '(': 2, ')': 2 }

/**
 * Splits an inline value on `,` and `;` that are not inside a code span, braces, brackets or
 * parentheses: `src/{a,b}.ts, docs` is two items. A bracket that never closes is taken as a
 * plain character, so that one stray `{` does not glue the rest of the line into one item.
 */
export function splitInline(text: string): string[] {
  const spans = codeSpans(text)
  const ignored = [false, false, false]
  for (let attempt = 0; attempt < 4; attempt++) {
    const result = splitWith(text, spans, ignored)
    if (result.unclosed < 0) return result.items
    ignored[result.unclosed] = true
  }
  return [text]
}

function splitWith(
  text: string,
  spans: CodeSpan[],
  ignored: boolean[]
): { items: string[]; unclosed: number } {
  const depth = [0, 0, 0]
  let total = 0
  const items: string[] = []
  let from = 0
  let span = 0
  let nextSpan = spans[0]?.start ?? -1
  for (let i = 0; i < text.length; i++) {
    if (i === nextSpan) {
      i = (spans[span]?.end ?? i + 1) - 1
      span++
      nextSpan = spans[span]?.start ?? -1
      continue
    }
    const ch = text[i] ?? ''
    if (ch === ',' || ch === ';') {
      if (total === 0) {
        items.push(text.slice(from, i))
        from = i + 1
      }
      continue
    }
    const kind = KIND[ch]
    if (kind === undefined || ignored[kind]) continue
    if (ch === '{' || ch === '[' || ch === '(') {
      depth[kind] = (depth[kind] ?? 0) + 1
      total++
    } else if ((depth[kind] ?? 0) > 0) {
      depth[kind] = (depth[kind] ?? 0) - 1
      total--
    }
  }
  items.push(text.slice(from))
  return { items, unclosed: depth.findIndex((d) => d > 0) }
}

/**
 * Replaces Markdown links and images by their text: `[a.ts](src/a.ts)` -> `a.ts`. Once a `[` has
 * no link, none before its `]` has either, so the scan jumps there: linear time.
 */
export function stripLinks(text: string): string {
  let out = ''
  let pos = 0
  for (;;) {
    const open = text.indexOf('[', pos)
    if (open < 0) return out + text.slice(pos)
    const close = text.indexOf(']', open + 1)
    if (close < 0) return out + text.slice(pos)
    const nested = text.lastIndexOf('[', close)
    if (text[close + 1] !== '(') {
      out += text.slice(pos, close + 1)
      pos = close + 1
      continue
    }
    const end = text.indexOf(')', close + 2)
    if (end < 0) return out + text.slice(pos)
    const start = nested > 0 && text[nested - 1] === '!' ? nested - 1 : nested
    out += text.slice(pos, start) + text.slice(nested + 1, close)
    pos = end + 1
  }
}

/** An item with its code marks handled: the plain text, and the code spans found in it. */
export interface Unquoted {
  /** The text with code-span backticks removed (their content kept). */
  text: string
  /** The contents of the code spans, each prefixed by a `!` written just before it. */
  spans: string[]
  /** The text outside the code spans. */
  prose: string
}

/** Removes the backticks of code spans: `` `src/a.ts` `` -> `src/a.ts`. */
export function unquote(text: string): Unquoted {
  const spans = codeSpans(text)
  let plain = ''
  let prose = ''
  let pos = 0
  const contents: string[] = []
  for (const span of spans) {
    const before = text.slice(pos, span.start)
    const content = text.slice(span.contentStart, span.contentEnd).trim()
    plain += before + content
    prose += before
    contents.push(text[span.start - 1] === '!' ? `!${content}` : content)
    pos = span.end
  }
  plain += text.slice(pos)
  prose += text.slice(pos)
  return { text: plain, spans: contents, prose }
}

/** A path entry, and whether all of it was written in backticks (so its spaces are meant). */
export interface PathItem {
  text: string
  quoted: boolean
}

/**
 * The patterns one path item stands for. Usually the item itself without its backticks; when
 * code is mixed with prose (`` `src/a.ts` (new file) ``), only the code is the path.
 */
export function pathItems(item: string): PathItem[] {
  const { text, spans, prose } = unquote(stripLinks(item).trim())
  const rest = prose.replace(/[\s!]/g, '')
  if (spans.length > 0 && rest !== '') {
    return spans.filter((s) => s !== '' && s !== '!').map((s) => ({ text: s, quoted: true }))
  }
  const plain = text.trim()
  // One span and nothing but `!` around it: the whole entry is code. Two spans with a space between
  // them (`a` `b`) join into an entry whose space was not in backticks.
  return plain === '' ? [] : [{ text: plain, quoted: spans.length === 1 }]
}

/** The text of a dependency item: links reduced to their text, backticks removed. */
export function dependencyText(item: string): string {
  return unquote(stripLinks(item).trim()).text.trim()
}

function canonical(text: string): string {
  let t = stripEmphasis(text).toLowerCase()
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1)
  t = stripEmphasis(t)
  while (t.endsWith('.')) t = t.slice(0, -1)
  return t.trim().replace(/\s+/g, ' ')
}

const EMPTY_MARKERS = new Set(['none', 'n/a', '-', '—', '–', 'nothing'])

/**
 * True for an empty marker (`none`, `n/a`, `-`, `—`), also with a comment after a dash, colon or
 * parenthesis: `None (read-only task)`.
 */
export function isEmptyMarker(item: string): boolean {
  if (item.length > 200) return false
  const t = canonical(item)
  if (EMPTY_MARKERS.has(t)) return true
  return /^(?:none|n\/a)(?:\s+[-—–]|\s*[:(])/.test(t)
}

const FORBID_OTHERS = new Set([
  'any file not listed above',
  'any files not listed above',
  'anything else',
  'everything else',
  'all other files',
  'any other file',
  'any other files',
  'anything not listed above',
  'everything not listed above'
])

/** True for a forbidden-field phrase meaning "nothing beyond the write set" (CONTRACT §1.3). */
export function isForbidOthersPhrase(item: string): boolean {
  if (item.length > 200) return false
  return FORBID_OTHERS.has(canonical(unquote(item).text))
}
