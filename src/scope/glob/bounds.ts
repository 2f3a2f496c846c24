// The work bounds of CONTRACT §1.4, checked on the pattern text before minimatch sees it, so that
// a hostile or careless pattern is refused with a message instead of expanded or run.
import { braceExpand } from 'minimatch'

/** Longest pattern accepted, in characters. */
export const MAX_PATTERN_LENGTH = 256
/** Most brace alternatives one pattern may expand to. */
export const MAX_BRACE_ALTERNATIVES = 1000
/**
 * Most brace alternatives a pattern with wildcards may expand to. Each such alternative may have
 * to read the whole path, so this bounds a match at about a hundred linear passes.
 */
export const MAX_WILDCARD_ALTERNATIVES = 100
/** Most `**` one pattern may hold. */
export const MAX_GLOBSTARS = 64

/**
 * Counts the alternatives brace expansion would produce, without expanding: groups in sequence
 * multiply, alternatives of one group add, a range `{1..5000}` counts its size. Never less than
 * the true count for the shapes brace expansion accepts; a group that is not one (no comma, no
 * range) counts as literal text.
 */
export function countBraceAlternatives(glob: string): number {
  return countSequence(glob, 0, glob.length)
}

function countSequence(text: string, from: number, to: number): number {
  let total = 1
  let i = from
  while (i < to) {
    const c = text[i]
    if (c === '\\') {
      i += 2
      continue
    }
    if (c !== '{') {
      i++
      continue
    }
    const close = matchingBrace(text, i, to)
    if (close < 0) {
      i++
      continue
    }
    total *= countGroup(text, i + 1, close)
    i = close + 1
  }
  return total
}

/** Alternatives of the body of one `{...}`: the sum over its top-level comma parts, or a range. */
function countGroup(text: string, from: number, to: number): number {
  const parts: Array<[number, number]> = []
  let depth = 0
  let start = from
  for (let i = from; i < to; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}') depth--
    else if (c === ',' && depth === 0) {
      parts.push([start, i])
      start = i + 1
    }
  }
  parts.push([start, to])
  if (parts.length > 1) {
    return parts.reduce((sum, [a, b]) => sum + countSequence(text, a, b), 0)
  }
  const range = rangeSize(text.slice(from, to))
  return range ?? countSequence(text, from, to)
}

const NUMERIC_RANGE = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/
const LETTER_RANGE = /^([^\\])\.\.([^\\])(?:\.\.([-+]?\d+))?$/

/** Size of a `{x..y}` or `{x..y..step}` range body, or null when the body is not a range. */
function rangeSize(body: string): number | null {
  const numeric = NUMERIC_RANGE.exec(body)
  const letters = numeric ? null : LETTER_RANGE.exec(body)
  const m = numeric ?? letters
  if (!m) return null
  const [, a = '', b = '', stepText] = m
  const x = numeric ? Number(a) : a.charCodeAt(0)
  const y = numeric ? Number(b) : b.charCodeAt(0)
  const step = Math.max(Math.abs(Number(stepText ?? '1')) || 1, 1)
  return Math.floor(Math.abs(y - x) / step) + 1
}

/** Index of the `}` closing the `{` at `open`, or -1 when it is never closed. */
function matchingBrace(text: string, open: number, to: number): number {
  let depth = 0
  for (let i = open; i < to; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i
  }
  return -1
}

/** Counts the `**` runs of a pattern (each `**` counts, in a segment of its own or not). */
export function countGlobstars(glob: string): number {
  return glob.match(/\*\*/g)?.length ?? 0
}

/**
 * Checks the bounds that need no compiling. `glob` is the normalised body (no `!`); `shown` is
 * the entry as written, for the message. Returns the problem and its fix, or null.
 */
export function checkBounds(glob: string, shown: string): string | null {
  const name = `pattern \`${shown.length > MAX_PATTERN_LENGTH ? shown.slice(0, 60) + '...' : shown}\``
  if (shown.length > MAX_PATTERN_LENGTH) {
    return `${name} is ${shown.length} characters long, more than ${MAX_PATTERN_LENGTH}: shorten it or split it into several entries`
  }
  if (glob === '' || glob.replace(/\/+$/, '') === '') {
    return `${name} is empty: name a file, a folder or a glob such as \`src/**\``
  }
  // The checks below scan the whole pattern; most patterns need only some of them.
  const globstars = glob.includes('**') ? countGlobstars(glob) : 0
  if (globstars > MAX_GLOBSTARS) {
    return `${name} holds ${globstars} \`**\`, more than ${MAX_GLOBSTARS}: one \`**\` already matches any depth, so drop the repeats`
  }
  const braces = glob.includes('{')
  const alternatives = braces ? countBraceAlternatives(glob) : 1
  if (alternatives > MAX_BRACE_ALTERNATIVES) {
    const count = Number.isFinite(alternatives) ? alternatives.toLocaleString('en-US') : 'too many'
    return `${name} expands to ${count} brace alternatives, more than ${MAX_BRACE_ALTERNATIVES.toLocaleString('en-US')}: use a wildcard such as \`*\` or a class such as \`[0-9]\` instead of a long brace list or range`
  }
  if (alternatives > MAX_WILDCARD_ALTERNATIVES && /[*?[]/.test(glob)) {
    return `${name} expands to ${alternatives.toLocaleString('en-US')} brace alternatives with wildcards, more than ${MAX_WILDCARD_ALTERNATIVES}: each one searches the whole path, so split it into fewer, broader patterns`
  }
  // A `.` or `..` segment may also come out of a brace (`a/{,x}../b` holds `a/../b`), so each
  // alternative is read; there are at most MAX_BRACE_ALTERNATIVES of them.
  if (glob.includes('.')) {
    for (const alternative of braces ? braceExpand(glob) : [glob]) {
      const dots = alternative
        .replace(/\/+$/, '')
        .split('/')
        .find((s) => s === '.' || s === '..')
      if (dots !== undefined) {
        const within = alternative === glob ? '' : ` in its brace alternative \`${alternative}\``
        return `${name} has a \`${dots}\` segment${within}: write the path from the repository root without \`./\` or \`../\``
      }
    }
  }
  return null
}
