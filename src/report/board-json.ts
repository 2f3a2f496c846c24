// The JSON of a plan: `pr-scope plan --json` (CONTRACT §5), and the board's output `plan` (§6),
// which is the JSON of `plan --repo --json`.
// The contract's fields (workOrders, conflicts, groups, waves, inFlight, waitsFor and their
// members) keep their names; the rest are additions. Planned against a repository, every work
// order also has `waitsFor` and `carriedBy`, and the document `inFlight` and `repository`.

import type { Plan } from '../scope/plan/types.js'

/** Where a plan against the work in flight was read: `owner/repo`, the base branch, the ref read. */
export interface PlanAgainst {
  repository: string
  base: string
  /** The commit (or branch) the work orders, scopes and settings were read at. */
  ref: string
}

/** The JSON document of `pr-scope plan --json`. */
export interface PlanJson {
  workOrders: Array<{
    id: string
    path: string
    scoped: boolean
    dependsOn: string[]
    /** The open pull requests it waits for (plan --repo). */
    waitsFor?: number[]
    /** The open pull requests that carry it: it is in flight (plan --repo). */
    carriedBy?: number[]
  }>
  conflicts: Array<{
    kind: 'write-write' | 'read-write'
    workOrders: [string, string]
    /** read-write only: the work order that reads (`workOrders[0]`) and the one that writes. */
    reader?: string
    writer?: string
    patterns: Array<{ ours: string; theirs: string; witness: string }>
    witness: string
    sequenced: boolean
    /** False: the work bound was reached first; treated as a conflict (sequenced), witness ''. */
    decided: boolean
  }>
  groups: Array<{ workOrders: string[]; waitsFor: Array<{ workOrder: string; dependsOn: string }> }>
  waves: string[][]
  inFlight?: Array<{
    number: number
    title: string
    url: string
    workOrder: string | null
    /** Its write entries as written; null when its Session Scope is unknown. */
    write: string[] | null
    draft: boolean
  }>
  /** Which work order meets which open pull request, and on which entries (plan --repo). */
  inFlightConflicts?: Array<{
    workOrder: string
    number: number
    patterns: Array<{ ours: string; theirs: string; witness: string }>
    witness: string
    sequenced: boolean
    undecided: boolean
  }>
  repository?: PlanAgainst
  files: Array<{ path: string; workOrders: string[] }>
  unplanned: Array<{ id: string; path: string; reason: 'no scope' }>
  warnings: Array<{
    message: string
    workOrder: string | null
    path: string | null
    line: number | null
    pullRequest?: number | null
  }>
}

/** Builds the JSON document of a plan (field order fixed, so the output is stable). */
export function planJson(plan: Plan, against?: PlanAgainst): PlanJson {
  const repo = plan.inFlight !== null
  return {
    workOrders: plan.workOrders.map(({ id, path, scoped, dependsOn, waits, carriedBy }) => ({
      id,
      path,
      scoped,
      dependsOn,
      ...(repo ? { waitsFor: waits.map((w) => w.number), carriedBy } : {})
    })),
    conflicts: plan.conflicts.map(
      ({ kind, workOrders, patterns, witness, sequenced, decided }) => ({
        kind,
        workOrders,
        ...(kind === 'read-write' ? { reader: workOrders[0], writer: workOrders[1] } : {}),
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
    ...(plan.inFlight === null
      ? {}
      : {
          inFlight: plan.inFlight.map(({ number, title, url, workOrder, write, draft }) => ({
            number,
            title,
            url,
            workOrder,
            write,
            draft
          })),
          inFlightConflicts: plan.inFlightConflicts.map((c) => ({
            workOrder: c.workOrder,
            number: c.number,
            patterns: c.patterns.map(({ ours, theirs, witness }) => ({ ours, theirs, witness })),
            witness: c.witness,
            sequenced: c.sequenced,
            undecided: c.undecided
          }))
        }),
    ...(against ? { repository: against } : {}),
    files: plan.files.map(({ path, workOrders }) => ({ path, workOrders })),
    unplanned: plan.unplanned.map(({ id, path }) => ({ id, path, reason: 'no scope' })),
    warnings: plan.messages
      .filter((m) => m.level === 'warning')
      .map((m) => ({
        message: m.message,
        workOrder: m.workOrder ?? null,
        path: m.path ?? null,
        line: m.line ?? null,
        ...(repo ? { pullRequest: m.pullRequest ?? null } : {})
      }))
  }
}

/** The JSON text of a plan, two-space indented, ending with a newline, safe in a terminal. */
export function renderPlanJson(plan: Plan, against?: PlanAgainst): string {
  return `${inertJson(JSON.stringify(planJson(plan, against), null, 2))}\n`
}

// JSON.stringify leaves C1 controls, bidi controls, line and paragraph separators and other
// invisible characters raw; titles and paths from pull requests may hold them, and a terminal
// would act on them. Their \u escapes are the same JSON value, shown harmlessly.
const INVISIBLE =
  /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g

/** JSON text with every invisible or control character written as its \u escape. */
export function inertJson(json: string): string {
  return json.replace(INVISIBLE, (c) =>
    c
      .split('')
      .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('')
  )
}
