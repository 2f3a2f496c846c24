// The cross-pull-request checks of CONTRACT §2: write-write overlaps (this write set against
// another open pull request's, and this pull request's changed files against it) and read-write
// overlaps, except between pull requests that are sequenced by a dependency either way.
// Pure: data in, findings and Conflict rows out. Every list is compiled once per call.
import { OverlapSet, UNKNOWN_WITNESS, findOverlaps, type OverlapPair } from './intersect.js'
import { parseScope } from './parse.js'
import type { PatternList } from './patterns.js'
import { touchedPaths } from './touched.js'
import type {
  ChangedFile,
  Conflict,
  DependencyRef,
  Finding,
  FindingLevel,
  Scope,
  SharedPattern
} from './types.js'

/** Another open pull request, with its scope (null when it declares none or it is unreadable). */
export interface OverlapParty {
  number: number
  title: string
  author: string
  url: string
  scope: Scope | null
  workOrderId: string | null
}

/** What the overlap check reads. */
export interface OverlapInput {
  self: { number: number; scope: Scope; workOrderId: string | null; files: ChangedFile[] }
  others: OverlapParty[]
  /** Paths always allowed (input `ignore`): they count for no overlap. */
  ignore: PatternList
  levels: { overlap: 'fail' | 'warn' | 'off'; readOverlap: 'warn' | 'off' }
}

/** What the overlap check found. */
export interface OverlapResult {
  conflicts: Conflict[]
  findings: Finding[]
  /** Other pull requests that declare no (readable) scope, so could not be compared. */
  withoutScope: number
}

/** An open pull request as the listing gives it: the fields overlapParties reads. */
export interface ListedPull {
  number: number
  title: string
  author: string
  url: string
  body: string
  draft: boolean
  baseRef: string
}

/** How the others are chosen. */
export interface PartyOptions {
  /** This pull request's number: never compared with itself. */
  self: number
  /** Only pull requests to this base branch are compared. */
  base: string
  /** Input `include-drafts`: drafts count as open unless false. */
  includeDrafts: boolean
}

/** Pattern pairs named in a finding's message; the rest are in the conflict row. */
const PAIRS_IN_MESSAGE = 3

/**
 * The other open pull requests to compare: same base, not this one, drafts per `include-drafts`,
 * each with the scope of its body (null when it has none or it cannot be read).
 */
export function overlapParties(
  pulls: readonly ListedPull[],
  options: PartyOptions
): OverlapParty[] {
  return pulls
    .filter((pull) => pull.number !== options.self && pull.baseRef === options.base)
    .filter((pull) => options.includeDrafts || !pull.draft)
    .map((pull) => {
      const parse = parseScope(pull.body)
      const unreadable = parse.messages.some((m) => m.level === 'error')
      return {
        number: pull.number,
        title: pull.title,
        author: pull.author,
        url: pull.url,
        scope: unreadable ? null : parse.scope,
        workOrderId: null
      }
    })
}

/** Conflicts with other open pull requests, as findings and Conflict rows; others without scope are counted. */
export function checkOverlaps(input: OverlapInput): OverlapResult {
  const { self, levels } = input
  const others = input.others.filter((other) => other.number !== self.number)
  const withoutScope = others.filter((other) => other.scope === null).length
  const writeLevel = levelOf(levels.overlap)
  const readLevel = levels.readOverlap === 'warn' ? 'warning' : null
  if (writeLevel === null && readLevel === null)
    return { conflicts: [], findings: [], withoutScope }

  const ignore = ignoreFilter(input.ignore)
  const ourWrite = OverlapSet.compile([...texts(self.scope.write), ...ignore.negations])
  const ourRead = OverlapSet.compile([...texts(self.scope.read), ...ignore.negations])
  const touched = touchedPaths(self.files).filter((path) => !input.ignore.covers(path))

  const conflicts: Conflict[] = []
  for (const other of others) {
    if (other.scope === null || sequenced(self, other)) continue
    const theirWrite = OverlapSet.compile(texts(other.scope.write))
    let wrote = false
    if (writeLevel !== null) {
      const claimed = theirWrite.grantsAmong(touched)
      const pairs = [
        ...ignore.keep(findOverlaps(ourWrite, theirWrite)),
        ...filePairs(claimed, ourWrite)
      ]
      const files = claimed.map((c) => c.path)
      if (pairs.length > 0 || files.length > 0) {
        conflicts.push(conflictWith(other, 'write-write', writeLevel, pairs, files))
        wrote = true
      }
    }
    // A write-write conflict already asks for sequencing, which settles reads as well.
    if (readLevel !== null && !wrote) {
      const theirRead = OverlapSet.compile(texts(other.scope.read))
      const claimed = theirRead.grantsAmong(touched)
      const pairs = [
        ...ignore.keep(findOverlaps(ourRead, theirWrite)),
        ...ignore.keep(findOverlaps(ourWrite, theirRead)),
        ...filePairs(claimed, ourWrite)
      ]
      const files = claimed.map((c) => c.path)
      if (pairs.length > 0 || files.length > 0) {
        conflicts.push(conflictWith(other, 'read-write', readLevel, pairs, files))
      }
    }
  }
  return { conflicts, findings: conflicts.map(findingOf), withoutScope }
}

function levelOf(setting: 'fail' | 'warn' | 'off'): FindingLevel | null {
  if (setting === 'fail') return 'error'
  return setting === 'warn' ? 'warning' : null
}

function texts(entries: readonly { text: string }[]): string[] {
  return entries.map((entry) => entry.text)
}

/** A changed file outside our own write set is named as the pair (the file, their entry). */
function filePairs(
  claimed: readonly { path: string; entry: string }[],
  ourWrite: OverlapSet
): OverlapPair[] {
  return claimed
    .filter(({ path }) => ourWrite.grantOf(path) === null)
    .map(({ path, entry }) => ({ ours: path, theirs: entry, witness: path }))
}

/**
 * Ignored paths count for no overlap. Appended to our lists as take-backs, the engine leaves them
 * out exactly; an ignore list with `!` entries of its own cannot be turned around that way, so
 * then pairs whose example path is ignored are dropped instead.
 */
function ignoreFilter(ignore: PatternList): {
  negations: string[]
  keep: (pairs: OverlapPair[]) => OverlapPair[]
} {
  const entries = ignore.entries
  if (!entries.some((entry) => entry.negated)) {
    return { negations: entries.map((entry) => `!${entry.text}`), keep: (pairs) => pairs }
  }
  return {
    negations: [],
    keep: (pairs) =>
      pairs.filter((pair) => pair.witness === UNKNOWN_WITNESS || !ignore.covers(pair.witness))
  }
}

/** Whether either pull request lists the other as a dependency: then the overlap is sequenced. */
function sequenced(self: OverlapInput['self'], other: OverlapParty): boolean {
  const repo = repositoryOf(other.url)
  const names = (ref: DependencyRef, number: number, workOrderId: string | null): boolean => {
    switch (ref.kind) {
      case 'number':
        return ref.number === number
      case 'url':
        return (
          ref.number === number &&
          repo !== null &&
          ref.owner.toLowerCase() === repo.owner &&
          ref.repo.toLowerCase() === repo.repo
        )
      case 'work-order':
        return workOrderId !== null && ref.id === workOrderId
    }
  }
  const refsOf = (scope: Scope): DependencyRef[] => scope.dependencies.flatMap((d) => d.refs)
  return (
    refsOf(self.scope).some((ref) => names(ref, other.number, other.workOrderId)) ||
    (other.scope !== null &&
      refsOf(other.scope).some((ref) => names(ref, self.number, self.workOrderId)))
  )
}

/** Owner and repository (lower case) of a pull request URL such as https://github.com/o/r/pull/12. */
function repositoryOf(url: string): { owner: string; repo: string } | null {
  const match = /\/([^/]+)\/([^/]+)\/pull\/\d+\/?$/.exec(url)
  if (!match) return null
  return { owner: (match[1] as string).toLowerCase(), repo: (match[2] as string).toLowerCase() }
}

function conflictWith(
  other: OverlapParty,
  kind: Conflict['kind'],
  level: FindingLevel,
  pairs: OverlapPair[],
  files: string[]
): Conflict {
  const seen = new Set<string>()
  const patterns: SharedPattern[] = []
  for (const pair of pairs) {
    const key = `${pair.ours}\u0000${pair.theirs}`
    if (seen.has(key)) continue
    seen.add(key)
    patterns.push({ ours: pair.ours, theirs: pair.theirs, witness: pair.witness })
  }
  return {
    number: other.number,
    title: other.title,
    author: other.author,
    url: other.url,
    kind,
    level,
    patterns,
    files: [...new Set(files)].sort()
  }
}

function findingOf(conflict: Conflict): Finding {
  const who = `#${conflict.number} "${conflict.title}" by @${conflict.author} (${conflict.url})`
  const shown = conflict.patterns.slice(0, PAIRS_IN_MESSAGE).map(pairText)
  const more = conflict.patterns.length - shown.length
  const shared = shown.join('; ') + (more > 0 ? ` and ${more} more` : '')
  const files =
    conflict.files.length === 0
      ? ''
      : ` It also claims ${conflict.files.length === 1 ? 'the changed file' : `${conflict.files.length} changed files`} ${conflict.files
          .slice(0, PAIRS_IN_MESSAGE)
          .map((f) => `\`${f}\``)
          .join(', ')}${conflict.files.length > PAIRS_IN_MESSAGE ? ', …' : ''}.`
  if (conflict.kind === 'write-write') {
    return {
      check: 'write-write-overlap',
      level: conflict.level,
      message:
        `Write-write overlap with ${who}: ${shared}.${files} Sequence them by adding ` +
        `\`Dependencies: #${conflict.number}\` to the one that must wait, or narrow a write set.`
    }
  }
  return {
    check: 'read-write-overlap',
    level: conflict.level,
    message:
      `Read-write overlap with ${who}: ${shared}.${files} Let the reader go first or tolerate ` +
      `the write; to sequence them, add \`Dependencies: #${conflict.number}\`.`
  }
}

function pairText(pair: SharedPattern): string {
  const example = pair.witness === UNKNOWN_WITNESS ? '' : ` (e.g. \`${pair.witness}\`)`
  return `\`${pair.ours}\` ~ \`${pair.theirs}\`${example}`
}
