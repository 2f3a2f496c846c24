// The data model of `pr-scope plan` (CONTRACT §5): what the planner takes and what it returns,
// with and without the open pull requests already at work (`plan --repo` and the dispatch board).
// Pure data, shared by the planner, its helpers and the renderers.

import type { Scope, SharedPattern } from '../types.js'

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
  /** The open pull request the message is about, when there is one. */
  pullRequest?: number
  path?: string
  /** 1-based line in `path`. */
  line?: number
}

/** An open pull request already at work, as the planner receives it (text in it is hostile). */
export interface InFlightPull {
  number: number
  title: string
  url: string
  draft: boolean
  /** The ID of the work order it carries (title, head branch or `Work order:` line), or null. */
  workOrder: string | null
  /** Its Session Scope; null when none could be read. */
  scope: Scope | null
  /** Why the scope is null, in words (`its body has no Session Scope and it names no work order`). */
  unknown?: string
}

/** How `planWorkOrders` plans around the work in flight. */
export interface PlanOptions {
  /** The open pull requests to the base branch; with it the plan says what waits for them. */
  inFlight?: readonly InFlightPull[]
  /** Globs of paths that count for no overlap (input `ignore`), as the action's overlap check. */
  ignore?: readonly string[]
  /**
   * The overlap engine's work bound for the plan (PLAN_WORK_LIMIT; tests lower it): pairs it
   * cannot decide are possible conflicts, sequenced (or waited for) with a warning.
   */
  workLimit?: number
}

/** An open pull request as the plan lists it. */
export interface PlannedPull {
  number: number
  title: string
  url: string
  draft: boolean
  workOrder: string | null
  /** Its write entries as written; null when its scope is unknown. */
  write: string[] | null
  /** Why nothing can be planned around it; null when its scope is known. */
  unknown: string | null
}

/**
 * A work order whose write set meets an open pull request's (read-write meetings make nobody
 * wait: the action's check of the pull request reports them).
 */
export interface InFlightConflict {
  workOrder: string
  number: number
  /** `ours` is the work order's entry, `theirs` the pull request's. Empty when undecided. */
  patterns: SharedPattern[]
  /** A path both cover ('' when not known). */
  witness: string
  /**
   * True when a declared dependency orders the two, either way: the pull request names the work
   * order (the work order need not wait), or the work order names the pull request (it waits for
   * it as a dependency).
   */
  sequenced: boolean
  /** True when the pair could not be decided within the bound: it is taken as overlapping. */
  undecided: boolean
}

/** Why a work order waits for an open pull request. */
export interface PullWait {
  number: number
  /** `overlap`: their write sets meet; `dependency`: the work order names it (or its work order). */
  reason: 'overlap' | 'dependency'
}

/** A work order as listed in the plan. */
export interface PlannedWorkOrder {
  id: string
  path: string
  /** False when the file has no Session Scope: the work order is listed but not planned. */
  scoped: boolean
  /**
   * IDs of the work orders this one declares it depends on, in ID order, given or not: the plan
   * orders only by the planned ones (a warning names the others).
   */
  dependsOn: string[]
  /** The open pull requests it must wait for, by number (empty without `inFlight`). */
  waits: PullWait[]
  /** The open pull requests that already carry it: it is in flight, not planned again. */
  carriedBy: number[]
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
  /**
   * What may be dispatched together: wave 0 now, wave 1 next, and so on. With `inFlight`, wave 0
   * holds only work orders that wait for no open pull request, and may be empty.
   */
  waves: string[][]
  /** Work orders without a Session Scope, in ID order: listed, not planned. */
  unplanned: Array<{ id: string; path: string }>
  messages: PlanMessage[]
  /** The open pull requests planned around, by number; null when none were given (plain plan). */
  inFlight: PlannedPull[] | null
  /** Where planned work orders' write sets meet open pull requests', by work order, then number. */
  inFlightConflicts: InFlightConflict[]
}
