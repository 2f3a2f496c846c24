// The step outputs of CONTRACT §3, as the strings core.setOutput takes.
import { compareText, sortConflicts, sortUnmet } from './arrange.js'
import type { Scope } from '../scope/types.js'
import type { ReportInput } from './context.js'

/** The names of the action's outputs. */
export type OutputName =
  'result' | 'out-of-scope-files' | 'conflicts' | 'unmet-dependencies' | 'scope'

/**
 * The outputs of CONTRACT §3 as strings (JSON where the contract says JSON).
 * `conflicts[].patterns` are objects `{ours, theirs, witness}`: this pull request's pattern, the
 * other's, and a path both match. Lists are sorted, except the scope's, which keep the written
 * order (the last matching entry decides).
 */
export function buildOutputs(input: ReportInput): Record<OutputName, string> {
  const { verdict, scope, source } = input
  const outOfScope = [...new Set(verdict.outOfScopeFiles)].sort(compareText)
  const conflicts = sortConflicts(verdict.conflicts).map((c) => ({
    number: c.number,
    kind: c.kind,
    patterns: c.patterns.map((p) => ({ ours: p.ours, theirs: p.theirs, witness: p.witness })),
    files: c.files
  }))
  const unmet = sortUnmet(verdict.unmetDependencies).map((d) => ({
    reference: d.reference,
    number: d.number,
    state: d.state,
    url: d.url
  }))
  const scopeJson =
    scope === null
      ? null
      : {
          source:
            source === null ? null : { kind: source.kind, path: source.path, ref: source.ref },
          ...scopeLists(scope)
        }
  return {
    result: verdict.result,
    'out-of-scope-files': JSON.stringify(outOfScope),
    conflicts: JSON.stringify(conflicts),
    'unmet-dependencies': JSON.stringify(unmet),
    scope: JSON.stringify(scopeJson)
  }
}

/** The scope's four lists as strings, as written: the `scope` output and `pr-scope check --json`. */
export function scopeLists(
  scope: Scope
): Record<'write' | 'read' | 'dependencies' | 'forbidden', string[]> {
  return {
    write: scope.write.map((e) => e.text),
    read: scope.read.map((e) => e.text),
    dependencies: scope.dependencies.map((d) => d.text),
    forbidden: scope.forbidden.map((e) => e.text)
  }
}
