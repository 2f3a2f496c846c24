// The cross-pull-request checks of CONTRACT §2: write-write overlaps (this write set against
// another open pull request's, and this pull request's changed files against it) and read-write
// overlaps, except between pull requests that are sequenced by a dependency either way.
// Pure: data in, findings and Conflict rows out. Every list is compiled once per call.
//
// Bounded (CONTRACT §2): one call spends at most OVERLAP_WORK_LIMIT units of engine work
// (glob/work-bound.ts), whatever the others declare. The other pull requests share half of it
// equally (what one leaves unspent goes to those after it), then those with pairs left open share
// the rest, so one whose patterns eat all they are given leaves only its own pairs undecided. A
// pair not decided within the bound is a warning that names both pull requests and both patterns
// ("could not decide"): never a conflict, never a silent pass. Entries their author's own check
// refuses count for nothing (glob/intersect.ts).
import {
  OverlapSet,
  compareSets,
  type OverlapAnswer,
  type OverlapPair,
  type UndecidedPair
} from '../glob/intersect.js'
import { OVERLAP_WORK_LIMIT, PAIR_WORK_LIMIT, WorkMeter } from '../glob/work-bound.js'
import { parseScope } from '../parser/parse.js'
import type { PatternList } from '../glob/patterns.js'
import { touchedPaths } from './touched.js'
import type {
  ChangedFile,
  Conflict,
  DependencyRef,
  Finding,
  FindingLevel,
  Scope,
  SharedPattern
} from '../types.js'

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

/**
 * Another open pull request whose sets meet this one's, sequenced by a declared dependency: no
 * conflict (the dependency check speaks for it), named so that the report can say what it compared.
 */
export interface SequencedOverlap extends Omit<Conflict, 'level'> {
  /** Who waits: this pull request for the other, the other for this one, or each names the other. */
  waiting: 'this' | 'other' | 'both'
}

/** What the overlap check found. */
export interface OverlapResult {
  conflicts: Conflict[]
  findings: Finding[]
  /** Other pull requests that declare no (readable) scope, so could not be compared. */
  withoutScope: number
  /** Other pull requests with a readable scope, compared with this one or sequenced with it. */
  compared: number
  /**
   * The sequenced pull requests whose sets meet this one's, found with the work the comparisons
   * left over (one not decided with it is left out: it is never a finding either way).
   */
  sequenced: SequencedOverlap[]
  /**
   * Other pull requests whose overlap with this one could not be decided within the work bound
   * (each has an 'undecided-overlap' warning): like those in `conflicts`, they are worth reading
   * work orders for, since a work-order ID may sequence them away.
   */
  undecidedWith: number[]
  /** Units of engine work spent (glob/work-bound.ts), for benchmarks. */
  workSpent: number
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

/**
 * Conflicts with other open pull requests, as findings and Conflict rows, and a warning for each
 * one whose overlap could not be decided within the work bound; others without scope are
 * counted. `workLimit` is for tests: the action always runs with OVERLAP_WORK_LIMIT.
 */
export function checkOverlaps(
  input: OverlapInput,
  workLimit: number = OVERLAP_WORK_LIMIT
): OverlapResult {
  const { self, levels } = input
  const others = input.others.filter((other) => other.number !== self.number)
  const withoutScope = others.filter((other) => other.scope === null).length
  const writeLevel = levelOf(levels.overlap)
  const readLevel = levels.readOverlap === 'warn' ? 'warning' : null
  if (writeLevel === null && readLevel === null) {
    return {
      conflicts: [],
      findings: [],
      withoutScope,
      compared: 0,
      sequenced: [],
      undecidedWith: [],
      workSpent: 0
    }
  }

  const meter = new WorkMeter(workLimit)
  const ignore = ignoreFilter(input.ignore)
  const ourWrite = OverlapSet.compile([...texts(self.scope.write), ...ignore.negations], meter)
  const ourRead = OverlapSet.compile([...texts(self.scope.read), ...ignore.negations], meter)
  const touched = touchedPaths(self.files).filter((path) => !input.ignore.covers(path))
  const context: Comparison = { ourWrite, ourRead, touched, ignore, writeLevel, readLevel, meter }

  const scoped = others.filter((other) => other.scope !== null)
  const waits = new Map(scoped.map((other) => [other, waiting(self, other)]))
  const compared = scoped.filter((other) => waits.get(other) === null)
  const outcomes = new Map<OverlapParty, Outcome>()
  // Two rounds. In the first every other pull request gets an equal share of half the work, so
  // that one whose patterns eat all they are given leaves only its own pairs undecided. In the
  // second those with pairs left undecided try again with an equal share of what is left;
  // decided pairs are remembered, so only the undecided ones cost anything the second time.
  for (const round of [1, 2]) {
    const turn = round === 1 ? compared : compared.filter((o) => isUndecided(outcomes.get(o)))
    const reserve = round === 1 ? meter.limit - Math.floor(meter.limit / 2) : 0
    turn.forEach((other, index) => {
      const share = Math.floor(Math.max(0, meter.left - reserve) / (turn.length - index))
      // With next to no work left a second try would only repeat the first one's answer.
      if (round === 2 && share < MIN_SECOND_SHARE) return
      const outcome = meter.attempt(share, () => compareWith(other, context))
      // Every engine call inside is a task of its own; this only guards the bookkeeping.
      outcomes.set(
        other,
        outcome.done
          ? outcome.value
          : {
              conflict: null,
              undecided: [{ ours: 'the write set', theirs: 'the write set' }],
              unread: 0
            }
      )
    })
  }

  const conflicts: Conflict[] = []
  const findings: Finding[] = []
  const undecidedWith: number[] = []
  for (const other of compared) {
    const outcome = outcomes.get(other) as Outcome
    if (outcome.conflict) conflicts.push(outcome.conflict)
    if (!isUndecided(outcome)) continue
    findings.push(undecidedFinding(self.number, other, outcome))
    undecidedWith.push(other.number)
  }
  return {
    conflicts,
    findings: [...conflicts.map(findingOf), ...findings],
    withoutScope,
    compared: scoped.length,
    sequenced: sequencedOverlaps(scoped, waits, context),
    undecidedWith,
    workSpent: meter.spent
  }
}

/**
 * The sequenced pull requests whose sets meet ours. They are compared last, each with an equal
 * share of the work the conflicts left, so that they never take any from a comparison that decides.
 */
function sequencedOverlaps(
  scoped: readonly OverlapParty[],
  waits: ReadonlyMap<OverlapParty, SequencedOverlap['waiting'] | null>,
  context: Comparison
): SequencedOverlap[] {
  const meter = context.meter
  const turn = scoped.filter((other) => waits.get(other) != null)
  const found: SequencedOverlap[] = []
  turn.forEach((other, index) => {
    const share = Math.floor(meter.left / (turn.length - index))
    const outcome = meter.attempt(share, () => compareWith(other, context))
    const conflict = outcome.done ? outcome.value.conflict : null
    if (conflict === null) return
    const { level: _level, ...meeting } = conflict
    found.push({ ...meeting, waiting: waits.get(other) ?? 'this' })
  })
  return found
}

/** One other pull request against ours: its conflict, if any, and the pairs left undecided. */
interface Outcome {
  conflict: Conflict | null
  undecided: UndecidedPair[]
  /** Changed files not read at all once the work was spent (undecided, not named). */
  unread: number
}

/** Below this many units a second round for one pull request is not worth starting. */
const MIN_SECOND_SHARE = 10_000

function isUndecided(outcome: Outcome | undefined): boolean {
  return outcome !== undefined && (outcome.undecided.length > 0 || outcome.unread > 0)
}

/** What every comparison of one call shares. */
interface Comparison {
  ourWrite: OverlapSet
  ourRead: OverlapSet
  touched: string[]
  ignore: ReturnType<typeof ignoreFilter>
  writeLevel: FindingLevel | null
  readLevel: FindingLevel | null
  meter: WorkMeter
}

/** Compares one other pull request with ours. */
function compareWith(other: OverlapParty, context: Comparison): Outcome {
  const scope = other.scope as Scope
  const { ourWrite, ourRead, touched, ignore, writeLevel, readLevel, meter } = context
  const theirWrite = OverlapSet.compile(texts(scope.write), meter)
  const undecided: UndecidedPair[] = []
  let unread = 0
  if (writeLevel !== null) {
    // Pattern pairs first: a few entries are cheaper to compare than thousands of files.
    const answer = ignore.keep(compareSets(ourWrite, theirWrite))
    const claimed = theirWrite.grantsAmong(touched)
    const pairs = [...answer.pairs, ...filePairs(claimed.claims, ourWrite, meter)]
    const files = claimed.claims.map((c) => c.path)
    // A write-write conflict already asks for sequencing, which settles reads (and any pair
    // left undecided) as well.
    if (pairs.length > 0 || files.length > 0) {
      const conflict = conflictWith(other, 'write-write', writeLevel, pairs, files)
      return { conflict, undecided, unread: 0 }
    }
    undecided.push(...answer.undecided, ...claimedUndecided(claimed.undecided))
    unread += claimed.unread
  }
  if (readLevel !== null) {
    const theirRead = OverlapSet.compile(texts(scope.read), meter)
    const readsTheirs = ignore.keep(compareSets(ourRead, theirWrite))
    const writesTheirs = ignore.keep(compareSets(ourWrite, theirRead))
    const claimed = theirRead.grantsAmong(touched)
    const pairs = [
      ...readsTheirs.pairs,
      ...writesTheirs.pairs,
      ...filePairs(claimed.claims, ourWrite, meter)
    ]
    const files = claimed.claims.map((c) => c.path)
    if (pairs.length > 0 || files.length > 0) {
      const conflict = conflictWith(other, 'read-write', readLevel, pairs, files)
      return { conflict, undecided, unread }
    }
    undecided.push(
      ...readsTheirs.undecided,
      ...writesTheirs.undecided,
      ...claimedUndecided(claimed.undecided)
    )
    unread += claimed.unread
  }
  return { conflict: null, undecided, unread }
}

/** A changed file whose claim could not be decided is named as the pair (the file, their entry). */
function claimedUndecided(claims: readonly { path: string; entry: string }[]): UndecidedPair[] {
  return claims.map(({ path, entry }) => ({ ours: path, theirs: entry }))
}

function levelOf(setting: 'fail' | 'warn' | 'off'): FindingLevel | null {
  if (setting === 'fail') return 'error'
  return setting === 'warn' ? 'warning' : null
}

function texts(entries: readonly { text: string }[]): string[] {
  return entries.map((entry) => entry.text)
}

/**
 * A changed file outside our own write set is named as the pair (the file, their entry). Whether
 * our write set covers it only decides how the claim is shown: a file we cannot decide within
 * the bound is shown as a pair of its own.
 */
function filePairs(
  claimed: readonly { path: string; entry: string }[],
  ourWrite: OverlapSet,
  meter: WorkMeter
): OverlapPair[] {
  return claimed
    .filter(({ path }) => {
      const ours = meter.attempt(PAIR_WORK_LIMIT, () => ourWrite.grantOf(path))
      return !ours.done || ours.value === null
    })
    .map(({ path, entry }) => ({ ours: path, theirs: entry, witness: path }))
}

/**
 * Ignored paths count for no overlap. Appended to our lists as take-backs, the engine leaves them
 * out exactly; an ignore list with `!` entries of its own cannot be turned around that way, so
 * then pairs whose example path is ignored are dropped instead.
 */
function ignoreFilter(ignore: PatternList): {
  negations: string[]
  keep: (answer: OverlapAnswer) => OverlapAnswer
} {
  const entries = ignore.entries
  if (!entries.some((entry) => entry.negated)) {
    return { negations: entries.map((entry) => `!${entry.text}`), keep: (answer) => answer }
  }
  // An undecided pair has no path to test, so it stays: it is only ever a warning.
  return {
    negations: [],
    keep: (answer) => ({
      pairs: answer.pairs.filter((pair) => !ignore.covers(pair.witness)),
      undecided: answer.undecided
    })
  }
}

/**
 * Who waits for whom when either pull request lists the other as a dependency (then their overlap
 * is sequenced): this one for the other, the other for this one, or both; null when neither does.
 */
function waiting(
  self: OverlapInput['self'],
  other: OverlapParty
): SequencedOverlap['waiting'] | null {
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
  const we = refsOf(self.scope).some((ref) => names(ref, other.number, other.workOrderId))
  const they =
    other.scope !== null &&
    refsOf(other.scope).some((ref) => names(ref, self.number, self.workOrderId))
  if (we && they) return 'both'
  return we ? 'this' : they ? 'other' : null
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
  const example = pair.witness === '' ? '' : ` (e.g. \`${pair.witness}\`)`
  return `\`${pair.ours}\` ~ \`${pair.theirs}\`${example}`
}

/** The warning for a pull request whose overlap with ours could not be decided within the bound. */
function undecidedFinding(selfNumber: number, other: OverlapParty, outcome: Outcome): Finding {
  const seen = new Set<string>()
  const unique = outcome.undecided.filter((pair) => {
    const key = `${pair.ours}\u0000${pair.theirs}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const shown = unique
    .slice(0, PAIRS_IN_MESSAGE)
    .map((pair) => `\`${pair.ours}\` (ours) ~ \`${pair.theirs}\` (theirs)`)
  const more = unique.length - shown.length + outcome.unread
  const list =
    shown.length === 0
      ? `${outcome.unread} changed ${outcome.unread === 1 ? 'file' : 'files'} against their write and read sets`
      : shown.join('; ') + (more > 0 ? ` and ${more} more` : '')
  return {
    check: 'undecided-overlap',
    level: 'warning',
    message:
      `Could not decide whether this pull request (#${selfNumber}) overlaps ` +
      `#${other.number} "${other.title}" by @${other.author} (${other.url}) within the overlap ` +
      `work bound: ${list}. This warning does not fail the check: compare the two scopes by ` +
      `hand, or narrow the patterns.`
  }
}
