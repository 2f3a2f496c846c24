// `pr-scope plan --json`: the machine shape of CONTRACT §5. The contract's fields (workOrders,
// conflicts, groups, waves and their members) keep their names; the rest are additions.

import type { Plan } from '../scope/plan.js'

/** The JSON document of `pr-scope plan --json`. */
export interface PlanJson {
  workOrders: Array<{ id: string; path: string; scoped: boolean; dependsOn: string[] }>
  conflicts: Array<{
    kind: 'write-write' | 'read-write'
    workOrders: [string, string]
    patterns: Array<{ ours: string; theirs: string; witness: string }>
    witness: string
    sequenced: boolean
    /** False: the work bound was reached first; treated as a conflict (sequenced), witness ''. */
    decided: boolean
  }>
  groups: Array<{ workOrders: string[]; waitsFor: Array<{ workOrder: string; dependsOn: string }> }>
  waves: string[][]
  files: Array<{ path: string; workOrders: string[] }>
  unplanned: Array<{ id: string; path: string; reason: 'no scope' }>
  warnings: Array<{
    message: string
    workOrder: string | null
    path: string | null
    line: number | null
  }>
}

/** Builds the JSON document of a plan (field order fixed, so the output is stable). */
export function planJson(plan: Plan): PlanJson {
  return {
    workOrders: plan.workOrders.map(({ id, path, scoped, dependsOn }) => ({
      id,
      path,
      scoped,
      dependsOn
    })),
    conflicts: plan.conflicts.map(
      ({ kind, workOrders, patterns, witness, sequenced, decided }) => ({
        kind,
        workOrders,
        patterns: patterns.map(({ ours, theirs, witness }) => ({ ours, theirs, witness })),
        witness,
        sequenced,
        decided
      })
    ),
    groups: plan.groups.map((g) => ({
      workOrders: g.workOrders,
      waitsFor: g.waitsFor.map(({ workOrder, dependsOn }) => ({ workOrder, dependsOn }))
    })),
    waves: plan.waves,
    files: plan.files.map(({ path, workOrders }) => ({ path, workOrders })),
    unplanned: plan.unplanned.map(({ id, path }) => ({ id, path, reason: 'no scope' })),
    warnings: plan.messages
      .filter((m) => m.level === 'warning')
      .map((m) => ({
        message: m.message,
        workOrder: m.workOrder ?? null,
        path: m.path ?? null,
        line: m.line ?? null
      }))
  }
}

/** The JSON text of a plan, two-space indented, ending with a newline. */
export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(planJson(plan), null, 2)}\n`
}
