// Pre-dispatch planning of work orders (PROTOCOL "File Ownership Analysis", CONTRACT §5): which
// paths several work orders write, which work orders conflict, which may run in parallel, in
// what order the rest must go, and what can be dispatched in each wave. Pure: data in, data out.

import { PLAN_WORK_LIMIT } from './overlap-work.js'
import { findPlanOverlaps } from './plan-overlaps.js'
import { schedule } from './plan-schedule.js'
import type {
  Plan,
  PlanConflict,
  PlanGroup,
  PlanMessage,
  PlannedWorkOrder,
  WorkOrder
} from './plan-types.js'
import { compareIds } from './plan-work-order-id.js'
import { validatePattern } from './patterns.js'
import type { Scope } from './types.js'

export type {
  FileUse,
  GroupWait,
  Plan,
  PlanConflict,
  PlanGroup,
  PlanMessage,
  PlannedWorkOrder,
  WorkOrder
} from './plan-types.js'
export { compareIds, workOrderId } from './plan-work-order-id.js'

/** A work order that has a scope, with its place among the planned ones. */
interface Scoped {
  order: WorkOrder
  scope: Scope
}

/**
 * Plans a set of work orders. Errors (duplicate IDs, unusable patterns, dependency cycles) are in
 * `messages`; with duplicate IDs or bad patterns nothing is planned, with a cycle the work orders
 * caught in it are left out of the waves. `workLimit` bounds the overlap engine's work (tests
 * lower it; see plan-overlaps.ts for what a pair left undecided means).
 */
export function planWorkOrders(
  workOrders: readonly WorkOrder[],
  workLimit: number = PLAN_WORK_LIMIT
): Plan {
  const sorted = [...workOrders].sort((a, b) => compareIds(a.id, b.id) || compare(a.path, b.path))
  const messages: PlanMessage[] = [...duplicateIds(sorted), ...badPatterns(sorted)]
  const scoped: Scoped[] = sorted.flatMap((order) =>
    order.scope ? [{ order, scope: order.scope }] : []
  )
  const unplanned = sorted.filter((o) => !o.scope).map(({ id, path }) => ({ id, path }))
  const empty: Plan = {
    workOrders: [],
    files: [],
    conflicts: [],
    groups: [],
    waves: [],
    unplanned,
    messages
  }
  if (messages.length > 0) {
    return { ...empty, workOrders: sorted.map((o) => listed(o, [])) }
  }

  const edgeLines = new Map<string, number>()
  const dependsOn = resolveDependencies(scoped, sorted, messages, edgeLines)
  const ids = scoped.map((s) => s.order.id)
  const { overlaps, files } = findPlanOverlaps(
    scoped.map(({ order, scope }) => ({
      id: order.id,
      write: scope.write.map((e) => e.text),
      read: scope.read.map((e) => e.text)
    })),
    workLimit
  )
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
  const planned = schedule({
    ids,
    conflicts: overlaps.filter((o) => o.kind === 'write-write').map((o) => [o.a, o.b] as const),
    dependsOn
  })
  for (const cycle of planned.cycles) messages.push(cycleError(cycle, scoped, edgeLines))

  const idOf = (i: number): string => ids[i] ?? ''
  const groups: PlanGroup[] = planned.groups.map((g) => ({
    workOrders: g.members.map(idOf),
    waitsFor: g.waitsFor.map((w) => ({
      workOrder: idOf(w.member),
      dependsOn: idOf(w.dependsOn),
      group: w.group
    }))
  }))
  const dependencyIds = new Map(scoped.map((s, i) => [s.order.id, (dependsOn[i] ?? []).map(idOf)]))
  return {
    workOrders: sorted.map((o) => listed(o, dependencyIds.get(o.id) ?? [])),
    files,
    conflicts,
    groups,
    waves: planned.waves.map((wave) => wave.map(idOf)),
    unplanned,
    messages
  }
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

function listed(order: WorkOrder, dependsOn: string[]): PlannedWorkOrder {
  return { id: order.id, path: order.path, scoped: order.scope !== null, dependsOn }
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
function resolveDependencies(
  scoped: readonly Scoped[],
  all: readonly WorkOrder[],
  messages: PlanMessage[],
  edgeLines: Map<string, number>
): number[][] {
  const indexOf = new Map(scoped.map((s, i) => [s.order.id.toUpperCase(), i]))
  const known = new Map(all.map((o) => [o.id.toUpperCase(), o]))
  return scoped.map(({ order, scope }) => {
    const found = new Set<number>()
    for (const dependency of scope.dependencies) {
      for (const ref of dependency.refs) {
        if (ref.kind !== 'work-order') continue
        const key = ref.id.toUpperCase()
        const index = indexOf.get(key)
        if (index !== undefined) {
          found.add(index)
          edgeLines.set(`${order.id} ${scoped[index]?.order.id ?? ''}`, dependency.line)
          continue
        }
        const other = known.get(key)
        messages.push({
          level: 'warning',
          workOrder: order.id,
          path: order.path,
          line: dependency.line,
          message: other
            ? `${order.id} depends on ${other.id}, which has no Session Scope and is not planned: ` +
              `add a Session Scope to ${other.path} to order them`
            : `${order.id} depends on ${ref.id}, which is not among the work orders given: ` +
              'check the ID, or add its file to the command; the plan ignores this dependency'
        })
      }
    }
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
