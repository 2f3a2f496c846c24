// The data model of `pr-scope plan` (CONTRACT §5): what the planner takes and what it returns.
// Pure data, shared by the planner, its helpers and the command's renderers.

import type { Scope, SharedPattern } from './types.js'

/** One work-order file, as the planner receives it: `scope` is null when the file declares none. */
export interface WorkOrder {
  id: string
  /** The file's path, as it should be printed (the command makes it relative to the cwd). */
  path: string
  scope: Scope | null
}

/** One row of the protocol's "File | Used by WOs" table: a path written by several work orders. */
export interface FileUse {
  /** A representative path: the literal entry the work orders share, or a witness of the overlap. */
  path: string
  /** The work orders whose write sets cover `path`, in ID order. */
  workOrders: string[]
}

/**
 * Two work orders whose sets meet. For `write-write` the IDs are in ID order and both sets are
 * write sets; for `read-write` the first work order reads what the second one writes. In each
 * pattern pair `ours` belongs to `workOrders[0]` and `theirs` to `workOrders[1]`.
 */
export interface PlanConflict {
  kind: 'write-write' | 'read-write'
  workOrders: [string, string]
  patterns: SharedPattern[]
  /** A path both sides cover (the first pattern pair's representative). */
  witness: string
  /** True when a declared dependency already orders the two work orders. */
  sequenced: boolean
  /**
   * False when the overlap engine's work bound was reached before it could tell whether the two
   * share a path: the plan treats them as conflicting (two writers are sequenced), `patterns`
   * are the pairs it could not decide and `witness` is ''.
   */
  decided: boolean
}

/** A member of one group that must wait for a work order of another group. */
export interface GroupWait {
  workOrder: string
  dependsOn: string
  /** 0-based index, in `Plan.groups`, of the group that holds `dependsOn`. */
  group: number
}

/** A parallel-safe group: work orders that run one after another, in this order. */
export interface PlanGroup {
  workOrders: string[]
  /** Dependencies on work orders of other groups: this group waits for them. */
  waitsFor: GroupWait[]
}

/** A problem found while planning. Errors make the plan unusable; warnings do not. */
export interface PlanMessage {
  level: 'error' | 'warning'
  message: string
  /** The work order the message is about, when there is one. */
  workOrder?: string
  path?: string
  /** 1-based line in `path`. */
  line?: number
}

/** A work order as listed in the plan. */
export interface PlannedWorkOrder {
  id: string
  path: string
  /** False when the file has no Session Scope: the work order is listed but not planned. */
  scoped: boolean
  /** IDs of the planned work orders this one declares it depends on, in ID order. */
  dependsOn: string[]
}

/** The planner's answer (CONTRACT §5). All lists are in a stable order. */
export interface Plan {
  /** Every input work order, in ID order. */
  workOrders: PlannedWorkOrder[]
  /** Paths written by more than one work order, by path. */
  files: FileUse[]
  /** Write-write conflicts first, then read-write overlaps, each by work-order IDs. */
  conflicts: PlanConflict[]
  /** Parallel-safe groups, largest first (ties by their first ID). */
  groups: PlanGroup[]
  /** What may be dispatched together: wave 0 now, wave 1 next, and so on. */
  waves: string[][]
  /** Work orders without a Session Scope, in ID order: listed, not planned. */
  unplanned: Array<{ id: string; path: string }>
  messages: PlanMessage[]
}
