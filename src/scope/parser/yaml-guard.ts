// A linear screen run before the YAML parser sees a session-scope fence. The `yaml` package
// spends up to tens of microseconds per character or node on hostile text (thousands of `[`,
// `,`, repeated keys), so it is given only bodies that keep to the plain shape of a scope, and
// are not huge, or else that are small. The plain shape: top-level `key: value` lines, each
// followed by `- item` lines at one indentation, values plain or quoted scalars or one-line flow
// lists of scalars. The screen also catches the usual trap of globs in YAML: an unquoted `*`,
// `!` or `{` at the start of a value, which YAML reads as an alias, a tag or a mapping.

/** The verdict of the screen (0-based line, 1-based column of the first offending place). */
export interface ScreenResult {
  /** `plain`: the body keeps to the plain shape; `shape`: it does not; `count`: too many keys or items. */
  kind: 'plain' | 'shape' | 'count'
  line: number
  column: number
  /** Set when a value YAML would misread must be quoted (the value as written). */
  quote: string | null
}

/** Most keys (the four, and some unknown ones to warn about) and items a plain body may hold. */
export const MAX_KEYS = 16
export const MAX_ITEMS = 500

// Characters that give a value at its start a meaning other than text in YAML.
const MISREAD = new Set(['*', '!', '{', '`', '@', '%'])

interface Problem {
  column: number
  quote: string | null
}

/** Screens the lines of a fence body; see the file comment. */
export function screenYaml(body: readonly string[]): ScreenResult {
  let first: ScreenResult = { kind: 'plain', line: -1, column: 0, quote: null }
  const note = (kind: ScreenResult['kind'], line: number, problem: Problem): void => {
    if (first.kind === 'plain') first = { kind, line, column: problem.column, quote: problem.quote }
  }
  let keys = 0
  let items = 0
  let takesItems = false
  let itemIndent = -1

  for (let i = 0; i < body.length; i++) {
    const line = body[i] ?? ''
    const indent = line.length - line.trimStart().length
    const content = line.trim()
    if (content === '' || content.startsWith('#')) continue

    let problem: Problem | null
    if (content === '-' || content.startsWith('- ')) {
      items++
      const misplaced = !takesItems || (itemIndent >= 0 && indent !== itemIndent)
      if (itemIndent < 0) itemIndent = indent
      const value = content.slice(1)
      problem = screenValue(value.trim(), indent + 1 + (value.length - value.trimStart().length))
      if (problem?.quote)
        return { kind: 'shape', line: i, column: problem.column, quote: problem.quote }
      if (misplaced) problem = problem ?? { column: indent + 1, quote: null }
    } else {
      const key = /^[A-Za-z][\w .-]{0,63}:(?=[ \t]|$)/.exec(content)
      if (!key || indent > 0) {
        note('shape', i, { column: indent + 1, quote: null })
        continue
      }
      keys++
      const rest = content.slice(key[0].length)
      const value = rest.trim()
      takesItems = value === '' || value.startsWith('#')
      itemIndent = -1
      if (value.startsWith('[')) items += value.split(',').length
      problem = screenValue(value, key[0].length + (rest.length - rest.trimStart().length))
      if (problem?.quote)
        return { kind: 'shape', line: i, column: problem.column, quote: problem.quote }
    }
    if (problem) note('shape', i, problem)
    if (keys > MAX_KEYS || items > MAX_ITEMS) {
      note('count', i, { column: 1, quote: null })
      if (first.kind === 'shape') first = { ...first, kind: 'count' }
      return first
    }
  }
  return first
}

function screenValue(value: string, at: number): Problem | null {
  if (value === '' || value.startsWith('#')) return null
  const first = value[0] ?? ''
  if (MISREAD.has(first)) return { column: at + 1, quote: value }
  if (first === '[') return screenFlowList(value, at)
  if (first === '"' || first === "'") {
    return closedQuote(value, 0) > 0 ? null : { column: at + 1, quote: null }
  }
  if ('|>?-:&,]}'.includes(first)) return { column: at + 1, quote: null }
  return null
}

// `[a, "b", c]` on one line: no nesting, no empty element, nothing after the `]` but a comment.
function screenFlowList(value: string, at: number): Problem | null {
  const fail = { column: at + 1, quote: null }
  let expectItem = true
  let i = 1
  while (i < value.length) {
    const ch = value[i] ?? ''
    if (ch === ' ' || ch === '\t') {
      i++
      continue
    }
    if (ch === ']') {
      const after = value.slice(i + 1).trim()
      return after === '' || after.startsWith('#') ? null : fail
    }
    if (ch === ',') {
      if (expectItem) return fail
      expectItem = true
      i++
      continue
    }
    if (!expectItem) return fail
    if (MISREAD.has(ch)) return { column: at + i + 1, quote: flowItem(value, i) }
    if (ch === '"' || ch === "'") {
      const end = closedQuote(value, i)
      if (end < 0) return fail
      i = end
    } else {
      if ('[]{}#|>?:-&'.includes(ch)) return fail
      while (i < value.length && !',]'.includes(value[i] ?? '')) {
        if ('[{}'.includes(value[i] ?? '')) return fail
        i++
      }
    }
    expectItem = false
  }
  return fail
}

function flowItem(value: string, start: number): string {
  let end = start
  while (end < value.length && !',]'.includes(value[end] ?? '')) end++
  return value.slice(start, end).trim()
}

// The index after the quote that closes the one at `start`, or -1 when the line does not close it.
function closedQuote(text: string, start: number): number {
  const quote = text[start]
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]
    if (quote === '"' && ch === '\\') {
      i++
      continue
    }
    if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++
        continue
      }
      return i + 1
    }
  }
  return -1
}
