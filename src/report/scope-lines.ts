// Session Scope lines written back, for the report's ready-to-paste fixes: a changed path as a
// write entry that covers it, and a field as a line the parser reads back to the same entries.
//
// Paths come from the pull request and are hostile. What is written here goes into a fenced code
// block that a user pastes into a Session Scope, so it must never hold a control, bidi or other
// invisible character, a line break, or a backtick (nothing can close the block or a code span),
// and the entry must still cover the path: such characters become `?`, which matches any one
// character, glob characters are escaped with `\`, and `@` is written `[@]`.
import { isEmptyMarker } from '../scope/parser/items.js'
import { MAX_PATTERN_LENGTH } from '../scope/glob/bounds.js'
import type { ScopeEntry, ScopeField } from '../scope/types.js'

/** How the scope was written: Markdown field lines, or a fenced `session-scope` YAML block. */
export type ScopeForm = 'markdown' | 'fenced'

// Characters no pasted line may hold: controls, format characters (bidi, zero-width), line and
// paragraph separators, and lone surrogates.
const INVISIBLE = /^(?:[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|[\uD800-\uDFFF])$/u
// In a path, also the backtick (it would end the code span), the backslash (an escape) and `<`
// (the scope parser reads `<!--` as the start of an HTML comment, even in backticks).
const UNSHOWABLE = /^(?:[\p{Cc}\p{Cf}\p{Zl}\p{Zp}`\\<]|[\uD800-\uDFFF])$/u

// Glob characters that would not match themselves (minimatch reads `\` as an escape).
const GLOB_SPECIAL = /[*?[\]{}()]/

/** One piece of an entry: a character (a surrogate pair is one), or `\` and what it escapes. */
function tokens(segment: string, form: ScopeForm, first: boolean, last: boolean): string[] {
  const out: string[] = []
  const units = [...segment]
  units.forEach((char, i) => {
    // Whitespace at the ends of an item is trimmed away; in YAML any is a warning.
    const edge = (first && i === 0) || (last && i === units.length - 1)
    if (UNSHOWABLE.test(char) || (/\s/.test(char) && (edge || form === 'fenced'))) {
      // `?` matches one UTF-16 unit: a pair needs two.
      out.push('?'.repeat(char.length))
    } else if (GLOB_SPECIAL.test(char) || (char === '!' && first && i === 0)) {
      out.push(`\\${char}`)
    } else if (char === '@') {
      // A class of one: the same path, and no `@name` that any renderer could take for a mention.
      out.push('[@]')
    } else {
      out.push(char)
    }
  })
  return out
}

/** A path that is its own entry: no glob, Markdown or invisible character, no empty segment. */
const PLAIN_PATH = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/

/** Longest last segment kept whole in a shortened entry. */
const TAIL = 120

/**
 * A write entry that covers `path`: the path itself, with glob characters escaped; characters no
 * pasted line may hold become `?` (so it may cover a few more paths), and a path longer than the
 * pattern bound keeps its first folders and its file name around a `**`.
 */
export function entryForPath(path: string, form: ScopeForm): string {
  // Most paths need nothing done: checked in one pass, thousands of them in a long report.
  if (PLAIN_PATH.test(path) && path.length <= MAX_PATTERN_LENGTH && !isEmptyMarker(path)) {
    return path
  }
  const parts = path.split('/')
  const segments = parts.map((segment, i) => tokens(segment, form, i === 0, i === parts.length - 1))
  const whole = segments.map((t) => t.join('')).join('/')
  // A path named like an empty marker (`-`, `none`) would read as an empty list: `./` keeps it.
  if (isEmptyMarker(whole)) return `./${whole}`
  if (whole.length <= MAX_PATTERN_LENGTH) return whole
  const lastTokens = segments[segments.length - 1] ?? []
  let tail = lastTokens.join('')
  if (tail.length > TAIL) {
    let kept = ''
    for (const token of lastTokens) {
      if (kept.length + token.length > TAIL - 1) break
      kept += token
    }
    tail = `${kept}*`
  }
  let head = ''
  for (const segment of segments.slice(0, -1)) {
    const text = segment.join('')
    if (head.length + text.length + 1 + '**/'.length + tail.length > MAX_PATTERN_LENGTH) break
    head += `${text}/`
  }
  return `${head}**/${tail}`
}

/** An entry as written, made safe to paste: what no line may hold becomes `?`. */
function pasteable(text: string): string {
  return [...text].map((char) => (INVISIBLE.test(char) ? '?'.repeat(char.length) : char)).join('')
}

// Entries that read back the same without backticks: path characters with no Markdown meaning
// (an underscore only inside a word, where it cannot start emphasis).
const PLAIN_MARKDOWN = /^(?:[A-Za-z0-9./-]|(?<=[A-Za-z0-9])_(?=[A-Za-z0-9]))+$/
// And without quotes in YAML: no indicator at the start, no `: ` or ` #`, nothing to escape, and
// a `/`, so that YAML cannot read it as a number, a boolean or null (`1.`, `no`, `~`).
const PLAIN_YAML = /^(?=.*\/)[A-Za-z0-9_./][A-Za-z0-9_./*-]*$/

/** An entry in backticks, with a fence longer than any backtick run inside it. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** An entry as a Markdown item: as written when that reads back the same, else in backticks. */
function markdownItem(text: string, asWritten: boolean): string {
  return asWritten && PLAIN_MARKDOWN.test(text) && !isEmptyMarker(text) ? text : codeSpan(text)
}

/** An entry as a YAML list element. */
function yamlItem(text: string): string {
  return PLAIN_YAML.test(text) ? text : `'${text.replace(/'/g, "''")}'`
}

const MARKDOWN_LABEL: Record<Exclude<ScopeField, 'dependencies'>, string> = {
  write: 'Write set',
  read: 'Read set',
  forbidden: 'Do NOT touch'
}

/** One field to write back: the entries kept as written, then new entries (always quoted). */
export interface FieldLines {
  field: Exclude<ScopeField, 'dependencies'>
  kept: readonly ScopeEntry[]
  added: readonly string[]
  /** Forbidden only: "any file not listed above" was written. */
  othersPhrase?: boolean
}

/** The field as it goes in the Session Scope: one Markdown line, or a YAML key with its list. */
export function fieldLines(form: ScopeForm, field: FieldLines): string[] {
  const kept = field.kept.map((entry) => pasteable(entry.text))
  if (form === 'fenced') {
    const items = [...kept, ...field.added].map((text) => `  - ${yamlItem(text)}`)
    return items.length === 0 ? [`${field.field}: []`] : [`${field.field}:`, ...items]
  }
  const items = [
    ...kept.map((text) => markdownItem(text, true)),
    ...field.added.map((text) => markdownItem(text, false)),
    ...(field.othersPhrase ? ['any file not listed above'] : [])
  ]
  return [`**${MARKDOWN_LABEL[field.field]}:** ${items.length === 0 ? 'none' : items.join(', ')}`]
}

/** A fenced code block around the lines, its fence longer than any backtick run inside them. */
export function codeBlock(info: string, lines: readonly string[]): string {
  const longest = Math.max(
    0,
    ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length))
  )
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}${info}`, ...lines, fence].join('\n')
}
