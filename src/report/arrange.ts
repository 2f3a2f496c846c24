// The verdict put in display order, independent of the order the checks produced it in.
import type { DependencyStatus } from '../scope/checks/dependencies.js'
import type {
  CheckName,
  Conflict,
  Finding,
  FindingLevel,
  UnmetDependency,
  Verdict
} from '../scope/types.js'

/** A changed path that is out of scope, with the finding that says why. */
export interface PathRow {
  path: string
  check: 'out-of-scope' | 'read-only-modified'
  level: FindingLevel
  message: string
  rule?: string
  scopeLine?: number
}

/** The verdict split into the report's sections, each sorted. */
export interface ArrangedVerdict {
  pathRows: PathRow[]
  conflicts: Conflict[]
  unmet: UnmetDependency[]
  /**
   * Every dependency the report lists: the check's statuses (met ones included) when given, else
   * the unmet list as statuses.
   */
  dependencies: DependencyStatus[]
  /** Findings no table shows: syntax, missing scope, unused write entries, and the like. */
  others: Finding[]
}

const LEVEL_RANK: Record<FindingLevel, number> = { error: 0, warning: 1, notice: 2 }

const CHECK_RANK: Record<CheckName, number> = {
  'scope-syntax': 0,
  'missing-scope': 1,
  'out-of-scope': 2,
  'read-only-modified': 3,
  'write-write-overlap': 4,
  'read-write-overlap': 5,
  'undecided-overlap': 6,
  'unmet-dependency': 7,
  'unused-write-entry': 8
}

/** Orders strings by code unit, so that the order never depends on the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Orders levels from the most severe. */
export function compareLevel(a: FindingLevel, b: FindingLevel): number {
  return LEVEL_RANK[a] - LEVEL_RANK[b]
}

/** Orders checks as the report lists them. */
export function compareCheck(a: CheckName, b: CheckName): number {
  return CHECK_RANK[a] - CHECK_RANK[b]
}

function isPathCheck(check: CheckName): check is PathRow['check'] {
  return check === 'out-of-scope' || check === 'read-only-modified'
}

function compareFinding(a: Finding, b: Finding): number {
  return (
    compareLevel(a.level, b.level) ||
    compareCheck(a.check, b.check) ||
    compareText(a.path ?? '', b.path ?? '') ||
    (a.scopeLine ?? 0) - (b.scopeLine ?? 0) ||
    compareText(a.rule ?? '', b.rule ?? '') ||
    compareText(a.message, b.message)
  )
}

function comparePathRow(a: PathRow, b: PathRow): number {
  return (
    compareText(a.path, b.path) ||
    compareCheck(a.check, b.check) ||
    compareLevel(a.level, b.level) ||
    compareText(a.rule ?? '', b.rule ?? '') ||
    (a.scopeLine ?? 0) - (b.scopeLine ?? 0) ||
    compareText(a.message, b.message)
  )
}

/** A conflict with its patterns and files sorted. */
export function sortedConflict(conflict: Conflict): Conflict {
  return {
    ...conflict,
    patterns: [...conflict.patterns].sort(
      (a, b) =>
        compareText(a.ours, b.ours) ||
        compareText(a.theirs, b.theirs) ||
        compareText(a.witness, b.witness)
    ),
    files: [...conflict.files].sort(compareText)
  }
}

/** Conflicts by severity, then pull request number, then kind, each with sorted contents. */
export function sortConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return conflicts
    .map(sortedConflict)
    .sort(
      (a, b) =>
        compareLevel(a.level, b.level) ||
        a.number - b.number ||
        compareText(a.kind, b.kind) ||
        compareText(JSON.stringify(a), JSON.stringify(b))
    )
}

/** Unmet dependencies by severity, then reference. */
export function sortUnmet(unmet: readonly UnmetDependency[]): UnmetDependency[] {
  return [...unmet].sort(
    (a, b) =>
      compareLevel(a.level, b.level) ||
      compareText(a.reference, b.reference) ||
      (a.number ?? 0) - (b.number ?? 0) ||
      compareText(a.state, b.state) ||
      compareText(a.url ?? '', b.url ?? '')
  )
}

/** An unmet row as a status, for a caller that has no statuses: no title, no scope line. */
function statusOfUnmet(unmet: UnmetDependency): DependencyStatus {
  const kind = /^#\d+$/.test(unmet.reference)
    ? 'number'
    : /^https?:\/\//i.test(unmet.reference)
      ? 'url'
      : 'work-order'
  return {
    reference: unmet.reference,
    kind,
    state: unmet.state,
    item:
      unmet.number === null || unmet.url === null
        ? null
        : { kind: 'pull', number: unmet.number, title: '', url: unmet.url },
    level: unmet.level,
    line: 0
  }
}

/**
 * Splits the verdict into sections. Overlap findings are assumed to mirror `conflicts`: when that
 * list is non-empty it speaks for them, and they are not listed twice. A dependency finding is
 * left out only when the dependency table has a row for its reference (`dependencies`, the
 * check's statuses, else the unmet list); any other (a notice with no row) is listed.
 */
export function arrangeVerdict(
  verdict: Verdict,
  dependencies?: readonly DependencyStatus[]
): ArrangedVerdict {
  const pathRows: PathRow[] = []
  const others: Finding[] = []
  const hasConflicts = verdict.conflicts.length > 0
  const unmet = sortUnmet(verdict.unmetDependencies)
  const statuses = dependencies ? [...dependencies] : unmet.map(statusOfUnmet)
  const rowFor = new Set(statuses.map((status) => status.reference))
  for (const finding of verdict.findings) {
    if (isPathCheck(finding.check) && finding.path !== undefined) {
      pathRows.push({
        path: finding.path,
        check: finding.check,
        level: finding.level,
        message: finding.message,
        ...(finding.rule !== undefined ? { rule: finding.rule } : {}),
        ...(finding.scopeLine !== undefined ? { scopeLine: finding.scopeLine } : {})
      })
    } else if (
      hasConflicts &&
      (finding.check === 'write-write-overlap' || finding.check === 'read-write-overlap')
    ) {
      continue
    } else if (
      finding.check === 'unmet-dependency' &&
      finding.reference !== undefined &&
      rowFor.has(finding.reference)
    ) {
      continue
    } else {
      others.push(finding)
    }
  }
  // A path the verdict lists without a finding still gets its row.
  const covered = new Set(pathRows.map((row) => row.path))
  for (const path of new Set(verdict.outOfScopeFiles)) {
    if (covered.has(path)) continue
    pathRows.push({
      path,
      check: 'out-of-scope',
      level: verdict.result === 'fail' ? 'error' : 'warning',
      message: 'Not covered by the write set.'
    })
  }
  return {
    pathRows: pathRows.sort(comparePathRow),
    conflicts: sortConflicts(verdict.conflicts),
    unmet,
    dependencies: statuses,
    others: others.sort(compareFinding)
  }
}
