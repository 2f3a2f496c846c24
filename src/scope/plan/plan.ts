// Pre-dispatch planning of work orders (PROTOCOL "File Ownership Analysis", CONTRACT §5): which
// paths several work orders write, which work orders conflict, which may run in parallel, in
// what order the rest must go, and what can be dispatched in each wave. With the open pull
// requests already at work (`plan --repo`, the dispatch board), also which work orders are in
// flight already and which must wait for which pull request. Pure: data in, data out.

import { OverlapSet, UNKNOWN_WITNESS, compareSets } from '../glob/intersect.js'
import { PLAN_WORK_LIMIT, WorkMeter } from '../glob/work-bound.js'
import { findPlanOverlaps, positivePrefixes, PrefixIndex } from './overlaps.js'
import { schedule } from './schedule.js'
import type {
  InFlightConflict,
  InFlightPull,
  Plan,
  PlanConflict,
  PlanGroup,
  PlanMessage,
  PlannedPull,
  PlannedWorkOrder,
  PlanOptions,
  PullWait,
  WorkOrder
} from './types.js'
import { compareIds } from '../work-order/id.js'
import { splitNegation } from '../glob/paths.js'
import { PatternList, validatePattern } from '../glob/patterns.js'
import type { DependencyRef, Scope, ScopeEntry, SharedPattern } from '../types.js'

/** A work order that has a scope, with its place among the planned ones. */
interface Scoped {
  order: WorkOrder
  scope: Scope
}

/**
 * Plans a set of work orders. Errors (duplicate IDs, unusable patterns, dependency cycles) are in
 * `messages`; with duplicate IDs or bad patterns nothing is planned, with a cycle the work orders
 * caught in it are left out of the waves. With `options.inFlight`, a work order an open pull
 * request carries is in flight and not planned, and one that must wait for an open pull request
 * (their write sets meet, or it names it as a dependency) is kept out of wave 0.
 */
export function planWorkOrders(workOrders: readonly WorkOrder[], options: PlanOptions = {}): Plan {
  const sorted = [...workOrders].sort((a, b) => compareIds(a.id, b.id) || compare(a.path, b.path))
  const messages: PlanMessage[] = [...duplicateIds(sorted), ...badPatterns(sorted)]
  const given = options.inFlight !== undefined
  const pulls = inFlightParties(options.inFlight ?? [], sorted, messages)
  const carried = carriers(pulls)
  const isCarried = (order: WorkOrder): boolean => carried.has(order.id.toUpperCase())
  const scoped: Scoped[] = sorted.flatMap((order) =>
    order.scope && !isCarried(order) ? [{ order, scope: order.scope }] : []
  )
  const unplanned = sorted
    .filter((o) => !o.scope && !isCarried(o))
    .map(({ id, path }) => ({ id, path }))
  const listedPulls = given ? pulls.map(plannedPull) : null
  const noWaits = (o: WorkOrder): PlannedWorkOrder =>
    listed(o, [], [], carried.get(o.id.toUpperCase()) ?? [])
  if (messages.some((m) => m.level === 'error')) {
    return {
      workOrders: sorted.map(noWaits),
      files: [],
      conflicts: [],
      groups: [],
      waves: [],
      unplanned,
      messages,
      inFlight: listedPulls,
      inFlightConflicts: []
    }
  }

  const edgeLines = new Map<string, number>()
  const declared = new Map<string, string[]>()
  const dependsOn = resolveDependencies(
    scoped,
    sorted,
    messages,
    edgeLines,
    declared,
    carried,
    given
  )
  const ids = scoped.map((s) => s.order.id)
  const ignore = ignoring(options.ignore ?? [])
  const workLimit = options.workLimit ?? PLAN_WORK_LIMIT
  const raw = findPlanOverlaps(
    scoped.map(({ order, scope }) => ({
      id: order.id,
      write: ignore.takeBack(scope.write),
      read: ignore.takeBack(scope.read)
    })),
    workLimit
  )
  const overlaps = ignore.keepOverlaps(raw.overlaps)
  const files = raw.files.filter((f) => !ignore.drops(f.path))
  const conflicts: PlanConflict[] = overlaps.map((o) => ({
    kind: o.kind,
    workOrders: [ids[o.a] ?? '', ids[o.b] ?? ''],
    patterns: o.patterns,
    witness: o.witness,
    sequenced: (dependsOn[o.a] ?? []).includes(o.b) || (dependsOn[o.b] ?? []).includes(o.a),
    decided: o.decided
  }))
  const undecided = conflicts.filter((c) => !c.decided)
  if (undecided.length > 0) messages.push(undecidedWarning(undecided))
  const meeting = inFlightOverlaps(scoped, pulls, ignore, workLimit, messages)
  const named = pullLookup(pulls)
  const waits = scoped.map((s, i) => pullWaits(s, named, meeting.byOrder[i] ?? []))
  const planned = schedule({
    ids,
    conflicts: overlaps.filter((o) => o.kind === 'write-write').map((o) => [o.a, o.b] as const),
    dependsOn,
    notBefore: waits.map((w) => (w.length > 0 ? 1 : 0))
  })
  for (const cycle of planned.cycles) messages.push(cycleError(cycle, scoped, edgeLines))
  const waitsOf = new Map(scoped.map((s, i) => [s.order.id, waits[i] ?? []]))

  const idOf = (i: number): string => ids[i] ?? ''
  const groups: PlanGroup[] = planned.groups.map((g) => ({
    workOrders: g.members.map(idOf),
    waitsFor: g.waitsFor.map((w) => ({
      workOrder: idOf(w.member),
      dependsOn: idOf(w.dependsOn),
      group: w.group
    }))
  }))
  return {
    workOrders: sorted.map((o) =>
      listed(
        o,
        declared.get(o.id) ?? [],
        waitsOf.get(o.id) ?? [],
        carried.get(o.id.toUpperCase()) ?? []
      )
    ),
    files,
    conflicts,
    groups,
    waves: planned.waves.map((wave) => wave.map(idOf)),
    unplanned,
    messages,
    inFlight: listedPulls,
    inFlightConflicts: meeting.conflicts
  }
}

function listed(
  order: WorkOrder,
  dependsOn: string[],
  waits: PullWait[],
  carriedBy: number[]
): PlannedWorkOrder {
  return {
    id: order.id,
    path: order.path,
    scoped: order.scope !== null,
    dependsOn,
    waits,
    carriedBy
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// IDs name work orders in dependencies, so two files with one ID would make every reference to it
// ambiguous. Case is ignored, as `wo-fix-03.md` and `WO-FIX-03` are meant to be the same.
function duplicateIds(sorted: readonly WorkOrder[]): PlanMessage[] {
  const byKey = new Map<string, WorkOrder[]>()
  for (const order of sorted) {
    const key = order.id.toUpperCase()
    byKey.set(key, [...(byKey.get(key) ?? []), order])
  }
  return [...byKey.values()]
    .filter((same) => same.length > 1)
    .map((same) => ({
      level: 'error',
      workOrder: same[0]?.id,
      path: same[1]?.path,
      message:
        `work-order ID ${same[0]?.id ?? ''} is used by ${same.map((o) => o.path).join(' and ')}: ` +
        'give each work order its own ID (file name, or a first-level heading starting with it)'
    }))
}

function badPatterns(sorted: readonly WorkOrder[]): PlanMessage[] {
  const messages: PlanMessage[] = []
  // Work orders repeat entries (`src/**/*.ts`); compiling each text once halves planning time.
  const checked = new Map<string, string | null>()
  const check = (text: string): string | null => {
    const known = checked.get(text)
    if (known !== undefined) return known
    const problem = validatePattern(text)
    checked.set(text, problem)
    return problem
  }
  for (const order of sorted) {
    const scope = order.scope
    if (!scope) continue
    for (const [what, entries] of [
      ['write set', scope.write],
      ['read set', scope.read],
      ['do-not-touch list', scope.forbidden]
    ] as const) {
      for (const entry of entries) {
        const problem = check(entry.text)
        if (problem === null) continue
        messages.push({
          level: 'error',
          workOrder: order.id,
          path: order.path,
          line: entry.line,
          message: `${order.id} ${what}: ${problem}`
        })
      }
    }
  }
  return messages
}

// Only work-order IDs order the plan; `#123` and pull request URLs are for `pr-scope check`.
// `declared` gets every work-order ID each one names, given or not: the plan orders by the given
// ones only, but a reader of `dependsOn` must still see the others.
function resolveDependencies(
  scoped: readonly Scoped[],
  all: readonly WorkOrder[],
  messages: PlanMessage[],
  edgeLines: Map<string, number>,
  declared: Map<string, string[]>,
  inFlight: ReadonlyMap<string, readonly number[]>,
  against: boolean
): number[][] {
  const indexOf = new Map(scoped.map((s, i) => [s.order.id.toUpperCase(), i]))
  const known = new Map(all.map((o) => [o.id.toUpperCase(), o]))
  return scoped.map(({ order, scope }) => {
    const found = new Set<number>()
    const named = new Map<string, string>()
    for (const dependency of scope.dependencies) {
      for (const ref of dependency.refs) {
        if (ref.kind !== 'work-order') continue
        const key = ref.id.toUpperCase()
        const other = known.get(key)
        named.set(key, other?.id ?? ref.id)
        const index = indexOf.get(key)
        if (index !== undefined) {
          found.add(index)
          edgeLines.set(`${order.id} ${scoped[index]?.order.id ?? ''}`, dependency.line)
          continue
        }
        // An open pull request carries it: the work order waits for that one (pullWaits).
        if (inFlight.has(key)) continue
        messages.push({
          level: 'warning',
          workOrder: order.id,
          path: order.path,
          line: dependency.line,
          message: other
            ? `${order.id} depends on ${other.id}, which has no Session Scope and is not planned: ` +
              `add a Session Scope to ${other.path} to order them`
            : against
              ? `${order.id} depends on ${ref.id}, which is neither among the work orders given nor ` +
                'carried by an open pull request: taken as merged; if it is not, check the ID or ' +
                'add its file'
              : `${order.id} depends on ${ref.id}, which is not among the work orders given: ` +
                'check the ID, or add its file to the command; the plan ignores this dependency'
        })
      }
    }
    declared.set(order.id, [...named.values()].sort(compareIds))
    return [...found].sort((a, b) =>
      compareIds(scoped[a]?.order.id ?? '', scoped[b]?.order.id ?? '')
    )
  })
}

function cycleError(
  cycle: readonly number[],
  scoped: readonly Scoped[],
  edgeLines: ReadonlyMap<string, number>
): PlanMessage {
  const ids = cycle.map((i) => scoped[i]?.order.id ?? '')
  const first = scoped[cycle[0] ?? 0]?.order
  const edges = ids.slice(0, -1).map((id, k) => {
    const next = ids[k + 1] ?? ''
    const path = scoped[cycle[k] ?? 0]?.order.path ?? ''
    return `${id} depends on ${next} (${path}, line ${edgeLines.get(`${id} ${next}`) ?? '?'})`
  })
  return {
    level: 'error',
    workOrder: first?.id,
    path: first?.path,
    line: edgeLines.get(`${ids[0] ?? ''} ${ids[1] ?? ''}`),
    message:
      `dependency cycle ${ids.join(' -> ')}: none of them can start first (${edges.join('; ')}); ` +
      'remove one of these dependencies'
  }
}

// ---- Work in flight (plan --repo, the dispatch board) ----

/** An open pull request with the scope it is planned around (valid entries only). */
interface Party {
  pull: InFlightPull
  scope: Scope | null
  /** Its work order's scope stands in for a pull request that declares none. */
  fromWorkOrder: boolean
  unknown: string | null
}

/**
 * The open pull requests by number, each with the scope it is planned around: its own, else the
 * scope of the given work order it carries. Entries its own check would refuse count for nothing
 * (CONTRACT §1.4), each with a warning; one with no scope gets a warning that nothing can be
 * planned around it.
 */
function inFlightParties(
  pulls: readonly InFlightPull[],
  orders: readonly WorkOrder[],
  messages: PlanMessage[]
): Party[] {
  const byId = new Map(orders.map((o) => [o.id.toUpperCase(), o]))
  const seen = new Set<number>()
  const checked = new Map<string, string | null>()
  const problem = (text: string): string | null => {
    if (!checked.has(text)) checked.set(text, validatePattern(text))
    return checked.get(text) ?? null
  }
  const parties: Party[] = []
  for (const pull of [...pulls].sort((a, b) => a.number - b.number)) {
    if (seen.has(pull.number)) continue
    seen.add(pull.number)
    const carried = pull.workOrder === null ? undefined : byId.get(pull.workOrder.toUpperCase())
    const fromWorkOrder = pull.scope === null && (carried?.scope ?? null) !== null
    const declared = pull.scope ?? carried?.scope ?? null
    if (declared === null) {
      const why = pull.unknown ?? 'it declares no Session Scope'
      parties.push({ pull, scope: null, fromWorkOrder: false, unknown: why })
      messages.push({
        level: 'warning',
        pullRequest: pull.number,
        message:
          `#${pull.number} "${pull.title}" is in flight with no Session Scope (${why}): nothing ` +
          'can be planned around it. Give it a Session Scope, in its body or in a work order it names.'
      })
      continue
    }
    const valid = (entries: readonly ScopeEntry[], what: string): ScopeEntry[] =>
      entries.filter((entry) => {
        const why = problem(entry.text)
        if (why === null) return true
        messages.push({
          level: 'warning',
          pullRequest: pull.number,
          message: `#${pull.number} ${what}: ${why}; it counts for nothing in the plan`
        })
        return false
      })
    const scope = {
      ...declared,
      write: valid(declared.write, 'write set'),
      read: valid(declared.read, 'read set')
    }
    parties.push({ pull, scope, fromWorkOrder, unknown: null })
  }
  return parties
}

/** Work-order ID (upper case) -> the open pull requests that carry it. */
function carriers(parties: readonly Party[]): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const { pull } of parties) {
    if (pull.workOrder === null) continue
    const key = pull.workOrder.toUpperCase()
    out.set(key, [...(out.get(key) ?? []), pull.number])
  }
  return out
}

function plannedPull(party: Party): PlannedPull {
  const { number, title, url, draft, workOrder } = party.pull
  const write = party.pull.scope?.write ?? (party.fromWorkOrder ? party.scope?.write : null)
  return {
    number,
    title,
    url,
    draft,
    workOrder,
    write: write ? write.map((e) => e.text) : null,
    unknown: party.unknown
  }
}

/** Input `ignore` applied to overlaps as the action's overlap check applies it. */
interface Ignoring {
  /** Entry texts with the ignored paths taken back at the end (when the list allows it). */
  takeBack(entries: readonly ScopeEntry[]): string[]
  /** Drops pairs whose example path is ignored (lists with `!` entries of their own). */
  keep(pairs: SharedPattern[]): SharedPattern[]
  keepOverlaps<T extends { patterns: SharedPattern[]; witness: string }>(overlaps: T[]): T[]
  drops(path: string): boolean
}

// Appended as take-backs (`!glob`), ignored paths drop out of every list exactly; a list with `!`
// entries of its own cannot be turned around, so then pairs whose example is ignored are dropped.
function ignoring(globs: readonly string[]): Ignoring {
  const texts = (entries: readonly ScopeEntry[]): string[] => entries.map((e) => e.text)
  if (globs.length === 0 || !globs.some((g) => splitNegation(g).negated)) {
    const backs = globs.map((g) => `!${g}`)
    return {
      takeBack: (entries) => [...texts(entries), ...backs],
      keep: (pairs) => pairs,
      keepOverlaps: (overlaps) => overlaps,
      drops: () => false
    }
  }
  const list = PatternList.compile(
    globs.map((text, i) => ({ text, line: i + 1 })),
    'ignore'
  ).list
  const keep = (pairs: SharedPattern[]): SharedPattern[] =>
    pairs.filter((p) => p.witness === UNKNOWN_WITNESS || !list.covers(p.witness))
  return {
    takeBack: texts,
    keep,
    keepOverlaps: (overlaps) =>
      overlaps.flatMap((o) => {
        const patterns = keep(o.patterns)
        if (patterns.length === 0) return []
        const witness = patterns.some((p) => p.witness === o.witness)
          ? o.witness
          : (patterns[0]?.witness ?? '')
        return [{ ...o, patterns, witness }]
      }),
    drops: (path) => list.covers(path)
  }
}

/** Where the planned work orders meet the open pull requests, all and per work order. */
interface Meetings {
  conflicts: InFlightConflict[]
  /** By index into the planned work orders. */
  byOrder: InFlightConflict[][]
}

/**
 * Every write-write meeting of a planned work order with an open pull request (read-write ones
 * are left to the pull request's own check: they make nobody wait). A prefix index spares the
 * engine the pairs that cannot meet. The engine's work is bounded as for the work orders among
 * themselves (`workLimit` units in all); a pair it cannot decide is taken as overlapping.
 */
function inFlightOverlaps(
  scoped: readonly Scoped[],
  parties: readonly Party[],
  ignore: Ignoring,
  workLimit: number,
  messages: PlanMessage[]
): Meetings {
  const known = parties.filter((p): p is Party & { scope: Scope } => p.scope !== null)
  const byOrder: InFlightConflict[][] = scoped.map(() => [])
  if (known.length === 0 || scoped.length === 0) return { conflicts: [], byOrder }
  // One meter for every pair: whatever the pull requests declare, the work stays bounded.
  const meter = new WorkMeter(workLimit)
  const writes = known.map((p) => OverlapSet.compile(ignore.takeBack(p.scope.write), meter))
  const index = new PrefixIndex()
  known.forEach((p, k) => {
    for (const prefix of positivePrefixes(texts(p.scope.write))) index.add(prefix, k)
  })
  index.freeze()
  const undecided: string[] = []
  const conflicts: InFlightConflict[] = []
  scoped.forEach(({ order, scope }, i) => {
    const ours = OverlapSet.compile(ignore.takeBack(scope.write), meter)
    const candidates = [...index.candidates(positivePrefixes(texts(scope.write)))].sort(
      (a, b) => a - b
    )
    for (const k of candidates) {
      const party = known[k] as Party & { scope: Scope }
      const base = {
        workOrder: order.id,
        number: party.pull.number,
        sequenced: sequencedAfter(party.scope, order.id) || namesPull(scope, party.pull)
      }
      const answer = compareSets(ours, writes[k] as OverlapSet)
      const pairs = ignore.keep(answer.pairs)
      let found: InFlightConflict | null = null
      if (pairs.length > 0) found = meeting(base, pairs)
      else if (answer.undecided.length > 0) {
        undecided.push(`${order.id} and #${party.pull.number}`)
        const patterns = answer.undecided.map((p) => ({ ...p, witness: UNKNOWN_WITNESS }))
        found = { ...base, patterns, witness: UNKNOWN_WITNESS, undecided: true }
      }
      if (found === null) continue
      byOrder[i]?.push(found)
      conflicts.push(found)
    }
  })
  if (undecided.length > 0) {
    const shown = undecided.slice(0, 5).join(', ')
    const more = undecided.length > 5 ? ` and ${undecided.length - 5} more` : ''
    messages.push({
      level: 'warning',
      message:
        `could not decide within the overlap work bound whether ${undecided.length} work-order and ` +
        `pull-request pairs overlap (${shown}${more}): each is taken as overlapping, so the work ` +
        'order waits; narrow the write sets to plan them exactly'
    })
  }
  return { conflicts, byOrder }
}

function meeting(
  base: Pick<InFlightConflict, 'workOrder' | 'number' | 'sequenced'>,
  pairs: readonly SharedPattern[]
): InFlightConflict {
  const seen = new Set<string>()
  const patterns: SharedPattern[] = []
  for (const { ours, theirs, witness } of pairs) {
    const key = `${ours}\u0000${theirs}`
    if (seen.has(key)) continue
    seen.add(key)
    patterns.push({ ours, theirs, witness })
  }
  const witness = patterns.find((p) => p.witness !== UNKNOWN_WITNESS)?.witness ?? UNKNOWN_WITNESS
  return { ...base, patterns, witness, undecided: false }
}

/** The open pull requests a planned work order waits for: those it names, and those it overlaps. */
function pullWaits(
  { scope }: Scoped,
  named: PullLookup,
  meetings: readonly InFlightConflict[]
): PullWait[] {
  const waits = new Map<number, PullWait['reason']>()
  for (const dependency of scope.dependencies) {
    for (const ref of dependency.refs) {
      for (const pull of named(ref)) waits.set(pull.number, 'dependency')
    }
  }
  for (const m of meetings) {
    if (!m.sequenced && !waits.has(m.number)) waits.set(m.number, 'overlap')
  }
  return [...waits].sort(([a], [b]) => a - b).map(([number, reason]) => ({ number, reason }))
}

/** The open pull requests a dependency reference names. */
type PullLookup = (ref: DependencyRef) => readonly InFlightPull[]

/** Looks references up among the open pull requests: `#N`, their URLs, their work orders. */
function pullLookup(parties: readonly Party[]): PullLookup {
  const byNumber = new Map(parties.map((p) => [p.pull.number, p.pull]))
  const byWorkOrder = new Map<string, InFlightPull[]>()
  for (const { pull } of parties) {
    if (pull.workOrder === null) continue
    const key = pull.workOrder.toUpperCase()
    byWorkOrder.set(key, [...(byWorkOrder.get(key) ?? []), pull])
  }
  return (ref) => {
    if (ref.kind === 'work-order') return byWorkOrder.get(ref.id.toUpperCase()) ?? []
    const pull = byNumber.get(ref.number)
    return pull && (ref.kind === 'number' || sameRepository(ref, pull.url)) ? [pull] : []
  }
}

/** Whether a scope names the pull request as a dependency: `#N`, its URL, or its work order. */
function namesPull(scope: Scope, pull: InFlightPull): boolean {
  const names = (ref: DependencyRef): boolean => {
    switch (ref.kind) {
      case 'number':
        return ref.number === pull.number
      case 'url':
        return ref.number === pull.number && sameRepository(ref, pull.url)
      case 'work-order':
        return pull.workOrder !== null && ref.id.toUpperCase() === pull.workOrder.toUpperCase()
    }
  }
  return scope.dependencies.some((d) => d.refs.some(names))
}

/** Whether a pull request URL reference names the repository of a pull request's URL. */
function sameRepository(ref: Extract<DependencyRef, { kind: 'url' }>, url: string): boolean {
  const match = /\/([^/]+)\/([^/]+)\/pull\/\d+\/?$/.exec(url)
  return (
    match !== null &&
    ref.owner.toLowerCase() === (match[1] as string).toLowerCase() &&
    ref.repo.toLowerCase() === (match[2] as string).toLowerCase()
  )
}

/** Whether a pull request's scope declares it runs after the work order. */
function sequencedAfter(scope: Scope, workOrder: string): boolean {
  const key = workOrder.toUpperCase()
  return scope.dependencies.some((d) =>
    d.refs.some((ref) => ref.kind === 'work-order' && ref.id.toUpperCase() === key)
  )
}

// Shown in the plan's warnings: which pairs the bound left undecided, and what the plan did.
function undecidedWarning(undecided: readonly PlanConflict[]): PlanMessage {
  const shown = undecided.slice(0, 3).map((c) => c.workOrders.join(' and '))
  const more = undecided.length - shown.length
  return {
    level: 'warning',
    message:
      `could not decide within the overlap work bound whether ${shown.join('; ')}` +
      `${more > 0 ? ` and ${more} more pairs` : ''} share a path: the plan treats them as ` +
      'conflicting (work orders that both write are sequenced); narrow their patterns to plan ' +
      'them exactly'
  }
}

function texts(entries: readonly ScopeEntry[]): string[] {
  return entries.map((entry) => entry.text)
}
