// Which work orders' sets meet, for `pr-scope plan`: write-write and read-write pairs, and the
// protocol's "File | Used by WOs" rows. The overlap engine decides every meeting; a prefix index
// only spares it the pairs that cannot meet, so that hundreds of work orders plan in well under a
// second instead of asking the engine about every pair.
//
// The engine's work is bounded (PLAN_WORK_LIMIT, glob/work-bound.ts), so that no set of work orders
// can hang the plan. Two work orders whose meeting could not be decided within the bound are a
// possible conflict: listed with `decided: false` and no shared path, and, when both write, they
// are sequenced like any write-write conflict. Only decided meetings make file rows.

import { OverlapSet, compareSets, type OverlapAnswer } from '../glob/intersect.js'
import { PLAN_WORK_LIMIT, WorkMeter } from '../glob/work-bound.js'
import type { FileUse } from './types.js'
import { idRanks } from '../work-order/id.js'
import { splitNegation } from '../glob/paths.js'
import type { SharedPattern } from '../types.js'

/** What the overlap pass needs of one work order: its ID and its write and read entries. */
export interface OverlapInput {
  id: string
  write: readonly string[]
  read: readonly string[]
}

/** Two work orders (indexes into the input) whose sets meet, with the pattern pairs that meet. */
export interface RawOverlap {
  kind: 'write-write' | 'read-write'
  /** write-write: a < b in ID order; read-write: a reads what b writes. */
  a: number
  b: number
  patterns: SharedPattern[]
  witness: string
  /** False when the bound was reached first: `patterns` are the undecided pairs, witness ''. */
  decided: boolean
}

/** Every meeting between the work orders, and the shared-file rows built from them. */
export interface OverlapReport {
  overlaps: RawOverlap[]
  files: FileUse[]
  /** Units of engine work spent (glob/work-bound.ts), for benchmarks. */
  workSpent: number
}

// Characters after which a pattern's text no longer says what its paths start with.
const MAGIC = /[{}*?[\]\\!@+()]/

/**
 * Finds all write-write and read-write meetings between work orders, and the shared-file rows,
 * within `workLimit` units of engine work.
 */
export function findPlanOverlaps(
  orders: readonly OverlapInput[],
  workLimit: number = PLAN_WORK_LIMIT
): OverlapReport {
  const rank = idRanks(orders.map((o) => o.id))
  const meter = new WorkMeter(workLimit)
  const compile = (entries: readonly string[]): OverlapSet | null =>
    hasPositive(entries) ? OverlapSet.compile(entries, meter) : null
  const writes = orders.map((o) => compile(o.write))
  const reads = orders.map((o) => compile(o.read))
  const index = new PrefixIndex()
  orders.forEach((o, i) => {
    for (const prefix of positivePrefixes(o.write)) index.add(prefix, i)
  })
  index.freeze()

  const overlaps: RawOverlap[] = []
  const rows = new Map<string, { pattern: string; members: Set<number> }>()
  for (let a = 0; a < orders.length; a++) {
    const order = orders[a] as OverlapInput
    const writeA = writes[a]
    if (writeA) {
      for (const b of index.candidates(positivePrefixes(order.write))) {
        if (b === a || (rank[a] ?? 0) > (rank[b] ?? 0)) continue
        const writeB = writes[b]
        const overlap = writeB ? toOverlap('write-write', a, b, compareSets(writeA, writeB)) : null
        if (overlap === null) continue
        overlaps.push(overlap)
        if (!overlap.decided) continue
        for (const pair of overlap.patterns) {
          const rep = representative(pair)
          const pattern = rep.isWitness ? escapeGlob(rep.path) : rep.path
          const row = rows.get(rep.path) ?? { pattern, members: new Set<number>() }
          row.members.add(a).add(b)
          rows.set(rep.path, row)
        }
      }
    }
    const readA = reads[a]
    if (readA) {
      for (const b of index.candidates(positivePrefixes(order.read))) {
        const writeB = writes[b]
        if (b === a || !writeB) continue
        const overlap = toOverlap('read-write', a, b, compareSets(readA, writeB))
        if (overlap !== null) overlaps.push(overlap)
      }
    }
  }

  const files = [...rows].map(([path, row]) => ({
    path,
    workOrders: coveringOrders(row.pattern, row.members, writes, index)
      .sort((x, y) => (rank[x] ?? 0) - (rank[y] ?? 0))
      .map((i) => orders[i]?.id ?? '')
  }))
  files.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
  overlaps.sort((x, y) => compareOverlaps(x, y, rank))
  return { overlaps, files, workSpent: meter.spent }
}

/** A meeting from the engine's answer: its decided pairs, else its undecided ones, else none. */
function toOverlap(
  kind: RawOverlap['kind'],
  a: number,
  b: number,
  answer: OverlapAnswer
): RawOverlap | null {
  const decided = answer.pairs.length > 0
  const patterns = decided
    ? answer.pairs.map(({ ours, theirs, witness }) => ({ ours, theirs, witness }))
    : answer.undecided.map(({ ours, theirs }) => ({ ours, theirs, witness: '' }))
  if (patterns.length === 0) return null
  if (patterns.length > 1) {
    patterns.sort((x, y) => compareText(x.ours, y.ours) || compareText(x.theirs, y.theirs))
  }
  const first = patterns[0] as SharedPattern
  return { kind, a, b, patterns, witness: decided ? representative(first).path : '', decided }
}

/**
 * The path a shared-file row is named by. Two work orders that write the same entry share that
 * entry (`aidm/core/**` stays a row of its own); otherwise the engine's witness, which is the
 * cheapest shared path and so the literal file when one side names a file the other covers.
 */
function representative(pair: SharedPattern): { path: string; isWitness: boolean } {
  const ours = splitNegation(pair.ours).body
  if (ours === splitNegation(pair.theirs).body) return { path: ours, isWitness: false }
  // The engine could not name a path within its bounds: the entry stands for it.
  if (pair.witness === '') return { path: ours, isWitness: false }
  return { path: pair.witness, isWitness: true }
}

// A row lists every work order whose write set meets its path, not only the pair it came from:
// three work orders may share a file while the engine names another witness for one pair.
function coveringOrders(
  pattern: string,
  members: ReadonlySet<number>,
  writes: readonly (OverlapSet | null)[],
  index: PrefixIndex
): number[] {
  const found = new Set(members)
  const probe = OverlapSet.compile([pattern])
  for (const i of index.candidates([staticPrefix(pattern)])) {
    const set = writes[i]
    if (!found.has(i) && set && compareSets(set, probe).pairs.length > 0) found.add(i)
  }
  return [...found]
}

function compareOverlaps(x: RawOverlap, y: RawOverlap, rank: readonly number[]): number {
  if (x.kind !== y.kind) return x.kind === 'write-write' ? -1 : 1
  return (rank[x.a] ?? 0) - (rank[y.a] ?? 0) || (rank[x.b] ?? 0) - (rank[y.b] ?? 0)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function hasPositive(entries: readonly string[]): boolean {
  return entries.some((e) => !splitNegation(e).negated)
}

/** The static prefix of each positive entry: negated entries only take paths back, so only positive ones can make two sets meet. */
export function positivePrefixes(entries: readonly string[]): string[] {
  const prefixes: string[] = []
  for (const entry of entries) {
    const { negated, body } = splitNegation(entry)
    if (!negated) prefixes.push(staticPrefix(body))
  }
  return prefixes
}

/** The text every path a pattern covers starts with (conservative: may be shorter than exact). */
function staticPrefix(body: string): string {
  const cut = body.search(MAGIC)
  const prefix = cut < 0 ? body : body.slice(0, cut)
  // `a/../b` covers paths under `b`: the written text is no guide there.
  return /(^|\/)\.\.?(\/|$)/.test(prefix) ? '' : prefix
}

/** A concrete path as a pattern that matches only that path (and, by the folder rule, below it). */
function escapeGlob(path: string): string {
  return path.replace(/[{}*?[\]\\!@+()]/g, '\\$&')
}

/**
 * Which owners (work orders, pull requests) wrote a pattern whose covered paths could start like a
 * given one: two sets of paths can only meet when one static prefix is a prefix of the other.
 * `add` every prefix, `freeze`, then ask for `candidates`.
 */
export class PrefixIndex {
  private readonly owners = new Map<string, Set<number>>()
  private sorted: string[] = []
  private readonly meeting = new Map<string, readonly number[]>()

  add(prefix: string, owner: number): void {
    const set = this.owners.get(prefix) ?? new Set<number>()
    set.add(owner)
    this.owners.set(prefix, set)
  }

  freeze(): void {
    this.sorted = [...this.owners.keys()].sort(compareText)
  }

  candidates(prefixes: readonly string[]): Set<number> {
    const found = new Set<number>()
    for (const prefix of prefixes) for (const owner of this.ownersMeeting(prefix)) found.add(owner)
    return found
  }

  // Work orders repeat prefixes (`src/api/`), so each prefix's answer is worked out once.
  private ownersMeeting(prefix: string): readonly number[] {
    const cached = this.meeting.get(prefix)
    if (cached) return cached
    const found = new Set<number>()
    const take = (key: string): void => {
      for (const owner of this.owners.get(key) ?? []) found.add(owner)
    }
    for (let i = 0; i < prefix.length; i++) take(prefix.slice(0, i))
    for (let j = this.lowerBound(prefix); j < this.sorted.length; j++) {
      const key = this.sorted[j] as string
      if (!key.startsWith(prefix)) break
      take(key)
    }
    const owners = [...found]
    this.meeting.set(prefix, owners)
    return owners
  }

  private lowerBound(prefix: string): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.sorted[mid] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
