// The human report of `pr-scope check`: plain text for a terminal, built purely from the verdict.
import { arrangeVerdict, type PathRow } from '../../report/arrange.js'
import { withoutLinePrefix } from '../../report/line-prefix.js'
import type { Finding, Verdict } from '../../scope/types.js'

/** Where the scope came from, as the report names it. */
export type ReportScope =
  | { kind: 'file'; shown: string }
  | { kind: 'stdin' }
  | { kind: 'work-order'; path: string }
  | { kind: 'none'; level: 'warn' | 'ignore' }

/** What the report is about, besides the verdict. */
export interface CheckReport {
  /** The scope's source as messages name it (a file relative to the current folder, a work order). */
  scopePath: string
  scope: ReportScope
  /** The base: the ref as given or found, and the commit changes are counted from. */
  base: { ref: string; commit: string }
  /** `working-tree`: commits plus what is not committed; `committed`: only the commits. */
  mode: 'working-tree' | 'committed'
  /** How many paths the changes touch (a rename touches its old and its new path). */
  changedPaths: number
  /** How many of those are not committed yet (working-tree mode). */
  uncommittedPaths: number
  /** `.github/pr-scope.yml` when the base holds it, else null. */
  settingsFile: string | null
  /** Things the user should know that are not findings (a work order changed on the branch). */
  warnings: readonly string[]
  verdict: Verdict
  /** How many dependency items the scope lists (the command cannot check them). */
  dependencies: number
}

// C0 and C1 controls (but tab and line feed), line and paragraph separators, bidi controls.
/* eslint-disable no-control-regex -- these find control characters on purpose */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g
const ODD_PATH = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|^\s|\s$/
/* eslint-enable no-control-regex */
// What JSON.stringify leaves as it is.
const NOT_ESCAPED = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g

/** Text as a terminal may show it: what could move the cursor or reorder text becomes U+FFFD. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, '\uFFFD')
}

/** Shows a path as is, or quoted when it holds characters a terminal would hide or mangle. */
export function showPath(path: string): string {
  if (!ODD_PATH.test(path)) return path
  // JSON escapes C0 controls; the others are spelt out too, so the path can still be told apart.
  return JSON.stringify(path).replace(
    NOT_ESCAPED,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** A message about the scope text, as `FILE:LINE: level: message` (editors jump to it). */
export function formatScopeMessage(
  scopePath: string,
  message: { line: number; column?: number; level: string; message: string }
): string {
  // Parser messages open with "line N:"; the location already says so.
  const text = withoutLinePrefix(message.message, message.line)
  const column = message.column === undefined ? '' : `:${message.column}`
  return `${scopePath}:${message.line}${column}: ${message.level}: ${text}`
}

function location(scopePath: string, line: number | undefined): string {
  return line === undefined ? '' : ` [${scopePath}:${line}]`
}

// The checks word their messages "`path` is ...": after the path column, the rest says why.
function reason(path: string, message: string): string {
  const named = `\`${path}\` `
  return message.startsWith(named) ? message.slice(named.length) : message
}

// The checks name scope lines as "(line N)"; the report puts the deciding line last as
// [FILE:N], so that one is dropped from the text and any other becomes (FILE:M).
function withScopeLines(message: string, scopePath: string, line: number | undefined): string {
  // Only right after a code span, where the checks put it: a pattern may itself hold "(line 2)".
  return message.replace(/` \(line (\d+)\)/g, (_all, n: string) =>
    Number(n) === line ? '`' : `\` (${scopePath}:${n})`
  )
}

function pathLines(rows: readonly PathRow[], scopePath: string): string[] {
  return rows.map((row) => {
    const why = withScopeLines(reason(row.path, row.message), scopePath, row.scopeLine)
    return `  ${showPath(row.path)}: ${why}${location(scopePath, row.scopeLine)}`
  })
}

function findingLines(findings: readonly Finding[], scopePath: string, level: boolean): string[] {
  return findings.map((f) => {
    const subject = f.path === undefined ? '' : `${showPath(f.path)}: `
    const prefix = level ? `${f.level}: ` : ''
    return `  ${prefix}${subject}${f.message}${location(scopePath, f.scopeLine)}`
  })
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title} (${lines.length}):`, ...lines]
}

function changed(n: number): string {
  return `${n} changed path${n === 1 ? '' : 's'}`
}

function verdictLine(report: CheckReport): string {
  const { verdict, changedPaths } = report
  const base = report.base.ref
  const out = new Set(verdict.outOfScopeFiles).size
  const errors = verdict.findings.filter((f) => f.level === 'error').length
  const outside = `${out} of ${changed(changedPaths)} since ${base} ${out === 1 ? 'is' : 'are'} out of scope.`
  if (verdict.result === 'fail') {
    return out > 0
      ? `FAIL: ${outside}`
      : `FAIL: ${errors} failing finding${errors === 1 ? '' : 's'}.`
  }
  if (out > 0) return `PASS with warnings: ${outside}`
  if (report.scope.kind === 'none') {
    return `PASS: no Session Scope, and missing-scope is ${report.scope.level}: no path was checked.`
  }
  if (changedPaths === 0) return `PASS: nothing changed since ${base}.`
  if (changedPaths === 1) return `PASS: the 1 changed path since ${base} is in scope.`
  return `PASS: all ${changed(changedPaths)} since ${base} are in scope.`
}

function headLines(report: CheckReport): string[] {
  const { base, mode, changedPaths, uncommittedPaths } = report
  const since = `since ${base.ref} (merge base ${base.commit.slice(0, 12)})`
  const first =
    mode === 'committed'
      ? `pr-scope check: ${changed(changedPaths)} in the commits ${since}; uncommitted work is not checked (--committed)`
      : `pr-scope check: ${changed(changedPaths)} ${since}, ` +
        (uncommittedPaths === 0 ? 'all committed' : `${uncommittedPaths} of them not committed yet`)
  const scope = report.scope
  const scopeLine =
    scope.kind === 'file'
      ? `Scope: ${scope.shown}, as the pull request body`
      : scope.kind === 'stdin'
        ? 'Scope: standard input, as the pull request body'
        : scope.kind === 'work-order'
          ? `Scope: work order ${showPath(scope.path)} at the base`
          : `Scope: none found (missing-scope: ${scope.level})`
  const settings =
    report.settingsFile === null
      ? 'Settings: defaults (the base has no .github/pr-scope.yml)'
      : `Settings: ${report.settingsFile} at the base`
  return [first, scopeLine, settings]
}

/** Renders the report: out-of-scope and read-only files, unused entries, scope warnings, verdict. */
export function renderCheckReport(report: CheckReport): string {
  const { scopePath, dependencies } = report
  const view = arrangeVerdict(report.verdict)
  const rows = (check: PathRow['check']): PathRow[] =>
    view.pathRows.filter((r) => r.check === check)
  const others = (test: (f: Finding) => boolean): Finding[] => view.others.filter(test)
  const syntax = others((f) => f.check === 'scope-syntax').sort(
    (a, b) => (a.scopeLine ?? 0) - (b.scopeLine ?? 0)
  )
  const lines = [
    ...headLines(report),
    ...section(
      'Warnings',
      report.warnings.map((w) => `  ${w}`)
    ),
    ...section('Out of scope', pathLines(rows('out-of-scope'), scopePath)),
    ...section('Declared read-only but modified', pathLines(rows('read-only-modified'), scopePath)),
    ...section(
      'Unused write entries',
      findingLines(
        others((f) => f.check === 'unused-write-entry'),
        scopePath,
        false
      )
    ),
    ...section(
      'Scope warnings',
      syntax.map((f) =>
        f.scopeLine === undefined
          ? `  ${f.level}: ${f.message}`
          : `  ${formatScopeMessage(scopePath, { ...f, line: f.scopeLine })}`
      )
    ),
    ...section(
      'Other findings',
      findingLines(
        others((f) => f.check !== 'unused-write-entry' && f.check !== 'scope-syntax'),
        scopePath,
        true
      )
    ),
    ...(dependencies > 0
      ? [
          '',
          `Not checked here: ${dependencies} ${dependencies === 1 ? 'dependency' : 'dependencies'} (the pull request check reads them from GitHub).`
        ]
      : []),
    '',
    verdictLine(report)
  ]
  return terminalSafe(lines.join('\n') + '\n')
}
