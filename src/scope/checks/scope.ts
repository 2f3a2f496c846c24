// The checks of CONTRACT §2 that need no other pull request: scope syntax, missing scope, out of
// scope, read-only modified and unused write entries, folded into a verdict. Pure: data in, data out.

import { PatternList, type CompiledEntry } from '../glob/patterns.js'
import { touchedPaths } from './touched.js'
import type {
  ChangedFile,
  CheckLevels,
  CheckName,
  Finding,
  FindingLevel,
  ParseResult,
  Scope,
  Verdict
} from '../types.js'

/** What the single-pull-request checks read. */
export interface CheckInput {
  parse: ParseResult
  files: ChangedFile[]
  /** Paths always allowed (input `ignore`): they count for no check. */
  ignore: PatternList
  levels: CheckLevels
}

/** The checks of CONTRACT §2 that need no other pull request. */
export function checkScope(input: CheckInput): Verdict {
  const { parse, levels } = input
  const findings: Finding[] = parse.messages.map((m) => ({
    check: 'scope-syntax',
    level: m.level,
    message: m.message,
    scopeLine: m.line
  }))
  const outOfScope = new Set<string>()
  const scope = parse.scope
  if (scope === null) {
    const level = missingScopeLevel(levels.missingScope)
    if (level && !parse.messages.some((m) => m.level === 'error')) {
      findings.push({ check: 'missing-scope', level, message: MISSING_SCOPE })
    }
  } else {
    const touched = touchedPaths(input.files).filter((path) => !input.ignore.covers(path))
    checkPaths(scope, touched, renamedTo(input.files), levels, findings, outOfScope)
  }
  findings.sort(compareFindings)
  return {
    result: findings.some((f) => f.level === 'error') ? 'fail' : 'pass',
    findings,
    outOfScopeFiles: [...outOfScope].sort(compareText),
    conflicts: [],
    unmetDependencies: []
  }
}

const MISSING_SCOPE =
  'No Session Scope block was found: add a `## Session Scope` section with a `**Write set:**` line to the pull request body or to its work order'

function missingScopeLevel(setting: CheckLevels['missingScope']): FindingLevel | null {
  if (setting === 'fail') return 'error'
  if (setting === 'warn') return 'warning'
  return null
}

/** Old paths of renames (that are not changed paths themselves), to their new paths. */
function renamedTo(files: readonly ChangedFile[]): Map<string, string> {
  const current = new Set(files.map((file) => file.path))
  const olds = new Map<string, string>()
  for (const file of files) {
    const old = file.previousPath
    if (file.status === 'renamed' && old && !current.has(old)) olds.set(old, file.path)
  }
  return olds
}

function checkPaths(
  scope: Scope,
  touched: readonly string[],
  renames: ReadonlyMap<string, string>,
  levels: CheckLevels,
  findings: Finding[],
  outOfScope: Set<string>
): void {
  const write = compileInto(scope.write, 'write set', findings)
  const read = compileInto(scope.read, 'read set', findings)
  // `forbidOthers` ("any file not listed above") adds no pattern: the write set already says it.
  const forbidden = compileInto(scope.forbidden, 'forbidden list', findings)
  const level: FindingLevel = levels.outOfScope === 'fail' ? 'error' : 'warning'

  for (const path of touched) {
    const finding = judgePath(path, write, read, forbidden)
    if (finding) {
      // An old path appears in no file list of the pull request: say where it comes from.
      const renamed = renames.get(path)
      const message =
        renamed === undefined
          ? finding.message
          : `${finding.message} (the old path of a file renamed to \`${renamed}\`: a rename touches both paths)`
      findings.push({ ...finding, message, level, path })
      outOfScope.add(path)
    }
  }

  for (const entry of write.unmatched(touched)) {
    if (entry.negated) continue
    findings.push({
      check: 'unused-write-entry',
      level: 'notice',
      message: `\`${entry.text}\` matched no changed file: the work may not have been done`,
      rule: entry.text,
      scopeLine: entry.line
    })
  }
}

function compileInto(entries: Scope['write'], what: string, findings: Finding[]): PatternList {
  const { list, messages } = PatternList.compile(entries, what)
  for (const m of messages) {
    findings.push({ check: 'scope-syntax', level: 'error', message: m.message, scopeLine: m.line })
  }
  return list
}

type PathFinding = Pick<Finding, 'check' | 'message' | 'rule' | 'scopeLine'>

/** Why a touched path is out of scope, or null when the scope allows it. Forbidden beats write. */
function judgePath(
  path: string,
  write: PatternList,
  read: PatternList,
  forbidden: PatternList
): PathFinding | null {
  const forbids = forbidden.decide(path)
  if (forbids && !forbids.negated) {
    return outOfScopeFinding(`\`${path}\` is forbidden by ${ruleName(forbids)}`, forbids)
  }
  const grants = write.decide(path)
  if (grants && !grants.negated) return null
  const reads = read.decide(path)
  if (reads && !reads.negated) {
    const why = grants ? `, and taken back from the write set by ${ruleName(grants)}` : ''
    return {
      check: 'read-only-modified',
      message: `\`${path}\` was modified but is declared read-only by ${ruleName(reads)}${why}`,
      rule: reads.text,
      scopeLine: reads.line
    }
  }
  if (grants) return outOfScopeFinding(`\`${path}\` is taken back by ${ruleName(grants)}`, grants)
  return { check: 'out-of-scope', message: `\`${path}\` is not in the write set` }
}

function outOfScopeFinding(message: string, entry: CompiledEntry): PathFinding {
  return { check: 'out-of-scope', message, rule: entry.text, scopeLine: entry.line }
}

function ruleName(entry: CompiledEntry): string {
  return `\`${entry.text}\` (line ${entry.line})`
}

const CHECK_ORDER: readonly CheckName[] = [
  'scope-syntax',
  'missing-scope',
  'out-of-scope',
  'read-only-modified',
  'unused-write-entry',
  'write-write-overlap',
  'read-write-overlap',
  'undecided-overlap',
  'unmet-dependency'
]

/** By check, then path, then scope line, then message: no order depends on the input's. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check) ||
    compareText(a.path ?? '', b.path ?? '') ||
    (a.scopeLine ?? 0) - (b.scopeLine ?? 0) ||
    compareText(a.message, b.message)
  )
}

/** Code-unit order, the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
