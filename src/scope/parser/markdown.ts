// Markdown line shapes the scope parser needs: headings, list items, bold-only lines, breaks.
// Each test looks at one line with string operations or regexes that cannot backtrack badly
// (no two neighbouring quantifiers can match the same character).

/** A heading: its level (1-6) and its text without the `#` marks. */
export interface Heading {
  level: number
  text: string
}

/** Reads an ATX heading (`## Title ##`); null when the line is not one. */
export function atxHeading(line: string): Heading | null {
  const match = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line)
  if (!match) return null
  const level = match[1]?.length ?? 0
  let text = line.slice(match[0].length).trim()
  // An optional closing sequence of `#` counts only after a space (or as the whole text).
  let end = text.length
  while (end > 0 && text[end - 1] === '#') end--
  if (end === 0) text = ''
  else if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) {
    text = text.slice(0, end).trim()
  }
  return { level, text }
}

/** The level a setext underline gives the line above it (`===` 1, `---` 2), else 0. */
export function setextLevel(line: string): number {
  const t = line.trim()
  if (t === '' || line.length - line.trimStart().length > 3) return 0
  if (/^=+$/.test(t)) return 1
  if (/^-+$/.test(t)) return 2
  return 0
}

/** True for a thematic break (`---`, `***`, `___`, spaced or not). */
export function isThematicBreak(line: string): boolean {
  return /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(line)
}

/** A list item: the text after its marker (and after a task box `[ ]`/`[x]`). */
export interface ListItem {
  /** Columns before the marker. */
  indent: number
  content: string
}

/** Reads a list item (`-`, `*`, `+`, `1.`, `1)`); null when the line is not one. */
export function listItem(line: string): ListItem | null {
  const match = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.exec(line)
  if (!match) return null
  let content = line.slice(match[0].length).trim()
  const box = /^\[[ xX]\](?:[ \t]|$)/.exec(content)
  if (box) content = content.slice(box[0].length).trim()
  return { indent: match[1]?.length ?? 0, content }
}

/**
 * The inner text of a line that is only bold (`**Text**`, `__Text__`), with a colon written just
 * outside the bold moved inside (`**Text**:` -> `Text:`); null for any other line.
 */
export function boldOnly(line: string): string | null {
  const t = line.trim()
  const mark = t.slice(0, 2)
  if (mark !== '**' && mark !== '__') return null
  let body = t
  let colon = ''
  if (body.endsWith(':') && body.slice(-3, -1) === mark) {
    body = body.slice(0, -1).trimEnd()
    colon = ':'
  }
  if (body.length < 5 || !body.endsWith(mark)) return null
  const inner = body.slice(2, -2)
  if (inner.includes(mark) || inner.trim() === '') return null
  return inner.trim() + colon
}

/** Strips one layer of emphasis around a text: `**x**`, `__x__`, `*x*`, `_x_`. */
export function stripEmphasis(text: string): string {
  const t = text.trim()
  for (const mark of ['**', '__', '*', '_']) {
    if (t.length > 2 * mark.length && t.startsWith(mark) && t.endsWith(mark)) {
      return t.slice(mark.length, -mark.length).trim()
    }
  }
  return t
}

/** True when a heading or bold line names the Session Scope (case-insensitive, optional colon). */
export function isSessionScopeTitle(text: string): boolean {
  if (text.length > 64 || !/session/i.test(text)) return false
  let t = stripEmphasis(text)
  if (t.endsWith(':')) t = t.slice(0, -1)
  t = stripEmphasis(t)
  if (t.endsWith(':')) t = t.slice(0, -1)
  return t.trim().toLowerCase().split(/\s+/).join(' ') === 'session scope'
}
