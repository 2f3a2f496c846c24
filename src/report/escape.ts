// User text (paths, titles, logins, scope entries) made inert for GitHub-flavoured Markdown:
// it cannot break a table, ping anyone, link an issue, inject HTML or hide characters.

/** Inserted after `@`, `#`, `GH-` and the like: the text reads the same but GitHub links nothing. */
export const ZERO_WIDTH_SPACE = '\u200B'

// Characters with inline meaning in GFM (emphasis, code, links, tables, strikethrough, math).
// `#`, `+`, `-`, `.` only matter at the start of a line, which escaped text never is.
const INLINE_PUNCTUATION = /[\\`*_[\]|~$]/g

// Controls would end a table row or hide text; bidi overrides and isolates reorder what is shown
// (Trojan Source); a stray zero-width space could fake our own defusing.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g

/** Escapes text for use inline anywhere in the report, table cells included. */
export function escapeText(text: string): string {
  const visible = text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '\uFFFD')
  const html = visible.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return defuse(html.replace(INLINE_PUNCTUATION, '\\$&'))
}

/** Escaped text in a monospace `<code>` element (a Markdown code span could not hold `&lt;`). */
export function codeText(text: string): string {
  return `<code>${escapeText(text)}</code>`
}

/**
 * A message of our checks, which quote paths and entries in backticks: each quoted span becomes a
 * code element and every segment is escaped, so an odd backtick inside a path costs only looks.
 */
export function messageText(message: string): string {
  const parts = message.split('`')
  if (parts.length % 2 === 0) return escapeText(message)
  return parts.map((part, i) => (i % 2 === 1 ? codeText(part) : escapeText(part))).join('')
}

// GitHub turns these into mentions, issue references and autolinks after Markdown is rendered,
// so escaping alone does not stop them; a zero-width space right after the trigger does.
function defuse(text: string): string {
  return text
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/(gh-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`)
    .replace(/(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
}

/** One row of a Markdown table from cells that are already escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`
}

/** The header and delimiter rows of a Markdown table. */
export function tableHeader(titles: readonly string[]): string {
  return `${tableRow(titles)}\n${tableRow(titles.map(() => '---'))}`
}
