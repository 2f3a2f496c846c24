// Ready-to-paste fixes for the files outside the Session Scope (issue 14): the fields of the
// scope as they must read for the pull request to pass, in the form the scope was written, in a
// code block under the out-of-scope table, with where to put them and what happens next.
import { PatternList } from '../scope/glob/patterns.js'
import { normaliseEntry } from '../scope/glob/paths.js'
import type { Conflict, Scope, ScopeEntry } from '../scope/types.js'
import type { PathRow } from './arrange.js'
import type { ReportInput } from './context.js'
import { codeText, escapeText } from './escape.js'
import { HINT_SLOT, textBlock, type Block } from './limit.js'
import { blobLineUrl, markdownLink, safeHref } from './links.js'
import { codeBlock, entryForPath, fieldLines, type FieldLines } from './scope-lines.js'
import { count } from './words.js'

const REVERT = 'Revert these changes, or widen the write set of the Session Scope'

/** Where a text was quoted from, for the note under the lines (`x`, `x and y`, `x, y and z`). */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** `line 3`, `lines 3 and 4`, `lines 3–5 and 8`. */
function linesText(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++
    // Two lines in a row read better as "3 and 4" than as a range.
    if (j === i + 1) j = i
    ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]))
    i = j + 1
  }
  return `${sorted.length === 1 ? 'line' : 'lines'} ${listText(ranges)}`
}

/** A read-only path moves to the write set; its read entry goes too when it names just that path. */
function readEntriesToDrop(rows: readonly PathRow[], scope: Scope): Set<ScopeEntry> {
  const moved = new Set(rows.filter((r) => r.check === 'read-only-modified').map((r) => r.path))
  return new Set(scope.read.filter((entry) => moved.has(normaliseEntry(entry.text))))
}

/** The forbidden entries that decided a row: they must go, or the write set cannot allow it. */
function forbiddenEntriesToDrop(rows: readonly PathRow[], scope: Scope): Set<ScopeEntry> {
  const deciding = rows.filter(
    (r) => r.check === 'out-of-scope' && r.rule !== undefined && / is forbidden by /.test(r.message)
  )
  return new Set(
    scope.forbidden.filter((entry) =>
      deciding.some((row) => row.rule === entry.text && row.scopeLine === entry.line)
    )
  )
}

/** What changes: the new write entries, and the read and forbidden entries that go. */
interface Change {
  fields: FieldLines[]
  lines: number[]
  notes: string[]
}

/** Pull requests shown by number: linked, or as text GitHub cannot turn into a reference. */
function pullsText(conflicts: readonly Conflict[]): string {
  return listText(
    conflicts.map((c) =>
      safeHref(c.url) === null ? escapeText(`#${c.number}`) : markdownLink(`#${c.number}`, c.url)
    )
  )
}

/** Files shown in a note: the first few, then how many more. */
const NAMED_FILES = 3

/**
 * A note when a path to add is one another open pull request also writes: widening the write set
 * keeps that overlap (the table above), reverting the file ends it.
 */
function overlapNote(paths: readonly string[], conflicts: readonly Conflict[]): string | null {
  const added = new Set(paths)
  const meeting = conflicts.filter(
    (c) => c.kind === 'write-write' && c.files.some((file) => added.has(file))
  )
  if (meeting.length === 0) return null
  const files = [...new Set(meeting.flatMap((c) => c.files.filter((f) => added.has(f))))]
  const named = files.slice(0, NAMED_FILES).map(codeText)
  const more = files.length - named.length
  const what = more > 0 ? `${named.join(', ')} and ${count(more, 'more file')}` : listText(named)
  const unique = [...new Map(meeting.map((c) => [c.number, c])).values()]
  const verb = unique.length === 1 ? 'writes' : 'write'
  return `${pullsText(unique)} ${verb} ${what} too: widening the write set keeps the overlap above, reverting ends it.`
}

function changeOf(rows: readonly PathRow[], scope: Scope, conflicts: readonly Conflict[]): Change {
  const form = scope.form
  const write = PatternList.compile(scope.write, 'write set').list
  const paths = [...new Set(rows.map((row) => row.path))]
  const added = [
    ...new Set(paths.filter((path) => !write.covers(path)).map((path) => entryForPath(path, form)))
  ]
  const dropRead = readEntriesToDrop(rows, scope)
  const dropForbidden = forbiddenEntriesToDrop(rows, scope)
  const fields: FieldLines[] = []
  const lines: number[] = []
  const notes: string[] = []
  if (added.length > 0) {
    fields.push({ field: 'write', kept: scope.write, added })
    lines.push(...scope.write.map((entry) => entry.line))
  }
  if (dropRead.size > 0) {
    fields.push({
      field: 'read',
      kept: scope.read.filter((entry) => !dropRead.has(entry)),
      added: []
    })
    lines.push(...scope.read.map((entry) => entry.line))
  }
  if (rows.some((row) => row.check === 'read-only-modified')) {
    const kept = scope.read.filter((entry) => !dropRead.has(entry)).map((entry) => entry.text)
    const stay = rows
      .filter(
        (row) =>
          row.check === 'read-only-modified' && row.rule !== undefined && kept.includes(row.rule)
      )
      .map((row) => codeText(row.rule as string))
    notes.push(
      'A file declared read-only moves from the read set to the write set' +
        (stay.length > 0
          ? `; ${listText([...new Set(stay)])} ${stay.length === 1 ? 'stays' : 'stay'} in the read set, as ${stay.length === 1 ? 'it covers' : 'they cover'} other files too, and the write set decides first.`
          : '.')
    )
  }
  if (dropForbidden.size > 0) {
    fields.push({
      field: 'forbidden',
      kept: scope.forbidden.filter((entry) => !dropForbidden.has(entry)),
      added: [],
      othersPhrase: scope.forbidOthers
    })
    lines.push(...scope.forbidden.map((entry) => entry.line))
    const named = [...dropForbidden].map((entry) => codeText(entry.text))
    notes.push(
      `Do NOT touch no longer lists ${listText(named)}, which forbade ${paths.length === 1 ? 'this file' : 'these files'}.`
    )
  }
  const overlap =
    added.length > 0
      ? overlapNote(
          paths.filter((p) => !write.covers(p)),
          conflicts
        )
      : null
  if (overlap !== null) notes.push(overlap)
  if (added.some((entry) => entry.includes('?') || entry.includes('**'))) {
    notes.push(
      'A character that cannot be shown is written `?`, and a path longer than 256 characters is shortened around `**`: such an entry covers a few more paths than the one changed.'
    )
  }
  return { fields, lines, notes }
}

const FIELD_NAME = { write: 'write set', read: 'read set', forbidden: 'Do NOT touch list' }

/** Where to paste: lines of the pull request body, or of the work-order file, linked at the first. */
function placeText(input: ReportInput, lines: readonly number[]): string {
  const at = lines.length > 0 ? `${linesText(lines)} of ` : 'in '
  const source = input.source
  if (source?.kind !== 'work-order' || source.path === null) return `${at}the pull request body`
  const first = lines.length > 0 ? Math.min(...lines) : (input.scope?.line ?? 1)
  const file = codeText(source.path)
  const link =
    source.ref === null
      ? file
      : markdownLink(file, blobLineUrl(input.repository, source.ref, source.path, first))
  return `${at}work order ${link}`
}

/** What happens once the lines are in place. */
function afterText(input: ReportInput): string {
  if (input.source?.kind === 'work-order') {
    return 'This check reads work orders from the base branch, so that a pull request cannot widen its own scope: once the change is merged there, re-run this check.'
  }
  return 'Editing the pull request description runs this check again.'
}

/**
 * Under the out-of-scope table: revert, or paste these lines. Fixed text, so that the fitting
 * either keeps it whole or, first of all, puts `fixesPointer` in its place.
 */
export function fixesBlock(
  rows: readonly PathRow[],
  input: ReportInput,
  conflicts: readonly Conflict[] = []
): Block {
  if (rows.length === 0) return textBlock('')
  const scope = input.scope
  if (scope === null) return textBlock(`${REVERT}.`)
  const change = changeOf(rows, scope, conflicts)
  if (change.fields.length === 0) return textBlock(`${REVERT}.`)
  const names = change.fields.map((f) => FIELD_NAME[f.field])
  const lines = change.fields.flatMap((field) => fieldLines(scope.form, field))
  const these = lines.length === 1 ? 'this line' : 'these lines'
  const intro =
    `Revert these changes, or widen the Session Scope: put ${these} in place of its ` +
    `${listText(names)} (${placeText(input, change.lines)}).`
  const info = scope.form === 'fenced' ? 'yaml' : 'markdown'
  return textBlock([intro, codeBlock(info, lines), ...change.notes, afterText(input)].join('\n\n'))
}

/** In place of the fixes when the report is too long: where the lines to paste can be read. */
export function fixesPointer(rows: readonly PathRow[], input: ReportInput): Block {
  if (rows.length === 0 || input.scope === null) return fixesBlock(rows, input)
  return textBlock(`${REVERT}: the lines to paste do not fit here, ${HINT_SLOT}.`)
}
