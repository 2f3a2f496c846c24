// User text (paths, titles, logins, scope entries) made inert for GitHub-flavoured Markdown:
// it cannot break a table, ping anyone, link an issue, inject HTML or hide characters.

/** Inserted after `@`, `#`, `GH-` and the like: the text reads the same but GitHub links nothing. */
export const ZERO_WIDTH_SPACE = '\u200B'

// Every character that escaping changes, matched in one pass (the replacements never contain a
// character a later rule would change, so one pass equals applying the rules one after another):
// - line breaks and tabs become spaces: they would end a table row;
// - controls, bidi marks, overrides and isolates (Trojan Source), invisible format characters
//   (word joiner, invisible operators, interlinear annotation, tag characters) and a stray
//   zero-width space (it could fake our own defusing) become U+FFFD, as in the log (log-text.ts);
// - `&`, `<`, `>` become entities: no HTML;
// - characters with inline meaning in GFM (emphasis, code, links, tables, strikethrough, math) get
//   a backslash; `#`, `+`, `-`, `.` only matter at the start of a line, which escaped text never is;
// - `@` gets a zero-width space after it: GitHub links mentions after rendering, despite escapes.
const CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /\r\n|[\r\n\t\u2028\u2029]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]|[&<>\\`*_[\]|~$@]/gu

const REPLACEMENT: Readonly<Record<string, string>> = {
  '\r\n': ' ',
  '\r': ' ',
  '\n': ' ',
  '\t': ' ',
  '\u2028': ' ',
  '\u2029': ' ',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': `@${ZERO_WIDTH_SPACE}`,
  ...Object.fromEntries([...'\\`*_[]|~$'].map((c) => [c, `\\${c}`]))
}

// What GitHub autolinks besides mentions: issue references, and URLs by scheme or by `www.`.
const LINK_TRIGGER = /#\d|gh-\d|:\/\/|www\./i

/** Escapes text for use inline anywhere in the report, table cells included. */
export function escapeText(text: string): string {
  const escaped = text.replace(CHARACTERS, (match) => REPLACEMENT[match] ?? '\uFFFD')
  return LINK_TRIGGER.test(escaped) ? defuseLinks(escaped) : escaped
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

// GitHub turns these into issue references and autolinks after Markdown is rendered, so escaping
// alone does not stop them; a zero-width space right after the trigger does.
function defuseLinks(text: string): string {
  return text
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
