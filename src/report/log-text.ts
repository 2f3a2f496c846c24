// Text for the step's log and its annotations (CONTRACT §3 "Log"). The runner reads every line an
// action prints as a possible workflow command: a line that starts with `::` (after white space)
// is one, and so is the older form `##[name]` anywhere in a line. Text from a pull request or a
// repository can hold line breaks that would start such a line, and bidi or ANSI controls that
// make the log show something else than it says. Pure: strings in, strings out.

/** What a character that must not reach the log as it is turns into. */
export const REPLACEMENT = '\uFFFD'

/** Put between the characters of `##[` and before a leading `::`: the runner then obeys nothing. */
const BREAK = '\u200B'

// The characters shown as U+FFFD: CRLF (as one), every other line break (CR, LF, NEL, U+2028,
// U+2029), the other C0 and C1 controls (ESC, so no ANSI sequence), the bidi controls and
// isolates (Trojan Source), and the invisible format characters that can hide or fake text
// (word joiner, invisible operators, BOM, interlinear annotation, tag characters).
const HIDDEN = String.raw`\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}\u2060-\u2064\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}`
const hidden = (extra: string, flags: string): RegExp =>
  new RegExp(String.raw`\r\n|[${HIDDEN}${extra}]`, flags)

// Text from a pull request also loses its zero-width spaces: one could fake our own breaks.
const HIDDEN_IN_TEXT = hidden('\\u200B', 'gu')
const ANY_HIDDEN_IN_TEXT = hidden('\\u200B', 'u')
const HIDDEN_IN_LINE = hidden('', 'gu')
// The same, but a lone LF stays: the paragraph break of an annotation's message.
const HIDDEN_IN_MESSAGE = new RegExp(String.raw`(?!\n)(?:\r\n|[${HIDDEN}])`, 'gu')

// What .NET's TrimStart() skips before the runner looks for `::` (Char.IsWhiteSpace); the line
// breaks and controls among them are already gone when this is used.
const LEADING_COMMAND = /^([\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]*)::/u

// Printable ASCII holds nothing hidden: most text takes this fast path past the Unicode classes.
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/

/**
 * Text from a pull request or repository (a title, path, pattern, login, branch) as the log and
 * the annotations show it: on one line, every line break, control, bidi or invisible character
 * replaced by U+FFFD.
 */
export function shownText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text
  return text.replace(HIDDEN_IN_TEXT, REPLACEMENT)
}

/** Whether text shows as it is (shownText would change nothing): a path fit to be an annotation's `file`. */
export function showsAsIs(text: string): boolean {
  return PRINTABLE_ASCII.test(text) || !ANY_HIDDEN_IN_TEXT.test(text)
}

/**
 * One line of the step's log, whatever it holds: line breaks and the other hidden characters show
 * as U+FFFD, `##[` is broken by a zero-width space, and so is a `::` that would start the line.
 * The runner obeys nothing in it. Idempotent.
 */
export function logLine(text: string): string {
  const shown = PRINTABLE_ASCII.test(text) ? text : text.replace(HIDDEN_IN_LINE, REPLACEMENT)
  if (!shown.includes('##[') && !shown.includes('::')) return shown
  return shown.replace(/##\[/g, `#${BREAK}#[`).replace(LEADING_COMMAND, `$1${BREAK}::`)
}

/**
 * The message (or title, with `keepLineFeeds` false) of an annotation or of the step's failure:
 * @actions/core escapes its line breaks, so the runner cannot read a command in it, but every
 * hidden character still shows as U+FFFD. A lone LF stays in a message: it is how the action
 * itself breaks a long message into paragraphs.
 */
export function annotationText(text: string, keepLineFeeds = true): string {
  if (PRINTABLE_ASCII.test(text)) return text
  return text.replace(keepLineFeeds ? HIDDEN_IN_MESSAGE : HIDDEN_IN_LINE, REPLACEMENT)
}
