// `pr-scope check --json`: the verdict with what it was reached from (CONTRACT §5): the base ref
// and commit, the mode, the changed paths judged, the scope as the action's `scope` output shows
// it, and the settings used.
import type { Base } from '../../git/base.js'
import { scopeLists } from '../../report/outputs.js'
import type { ChangeStatus, ChangedFile, Verdict } from '../../scope/types.js'
import type { CheckSettings } from './settings.js'
import type { LocalScope } from './scope.js'

/** The machine-readable result printed by `--json`. */
export interface CheckJson {
  result: Verdict['result']
  base: { ref: string; commit: string }
  mode: 'working-tree' | 'committed'
  /** Every change judged; `uncommitted` is true when the path has changes not committed yet. */
  changedFiles: Array<{
    path: string
    status: ChangeStatus
    previousPath?: string
    uncommitted: boolean
  }>
  /** How many of the paths touched are not committed yet (0 with --committed). */
  uncommittedPaths: number
  findings: Verdict['findings']
  outOfScopeFiles: string[]
  /** As the action's `scope` output: null when no scope was found. */
  scope: {
    source: { kind: 'body' | 'work-order'; path: string | null; ref: string | null }
    write: string[]
    read: string[]
    dependencies: string[]
    forbidden: string[]
  } | null
  warnings: string[]
  settings: {
    file: string | null
    scopeSource: string
    workOrders: string
    ignore: string[]
    outOfScope: string
    missingScope: string
  }
}

/** Builds the `--json` document (field order fixed, so the output is stable). */
export function checkJson(input: {
  verdict: Verdict
  local: LocalScope
  base: Base
  mode: CheckJson['mode']
  files: readonly ChangedFile[]
  /** The paths not committed yet (touched paths). */
  uncommitted: readonly string[]
  warnings: string[]
  settings: CheckSettings
}): CheckJson {
  const { verdict, local, settings } = input
  const pending = new Set(input.uncommitted)
  const changedFiles = input.files.map((f) => ({
    path: f.path,
    status: f.status,
    ...(f.previousPath === undefined ? {} : { previousPath: f.previousPath }),
    uncommitted:
      pending.has(f.path) || (f.previousPath !== undefined && pending.has(f.previousPath))
  }))
  const touched = new Set(
    input.files.flatMap((f) =>
      f.status === 'renamed' && f.previousPath ? [f.path, f.previousPath] : [f.path]
    )
  )
  const source = local.source
  const bodyPath =
    local.body.kind === 'file' ? local.shown : local.body.kind === 'stdin' ? '-' : null
  return {
    result: verdict.result,
    base: { ref: input.base.ref, commit: input.base.commit },
    mode: input.mode,
    changedFiles,
    uncommittedPaths: [...pending].filter((p) => touched.has(p)).length,
    findings: verdict.findings,
    outOfScopeFiles: [...new Set(verdict.outOfScopeFiles)].sort(),
    scope:
      local.scope === null || source === null
        ? null
        : {
            source:
              source.kind === 'work-order'
                ? { kind: 'work-order', path: source.path, ref: source.ref }
                : { kind: 'body', path: bodyPath, ref: null },
            ...scopeLists(local.scope)
          },
    warnings: input.warnings,
    settings: {
      file: settings.file,
      scopeSource: settings.scopeSource,
      workOrders: settings.workOrders,
      ignore: settings.ignore,
      outOfScope: settings.outOfScope,
      missingScope: settings.missingScope
    }
  }
}
