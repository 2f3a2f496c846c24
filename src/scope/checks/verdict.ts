// Checks run in steps (the scope itself, then overlaps, then dependencies); each step adds to one
// verdict, and the result is always derived from the findings, never carried separately.
import type { Conflict, Finding, UnmetDependency, Verdict } from '../types.js'

/** What one more check adds to a verdict. */
export interface VerdictAddition {
  findings?: readonly Finding[]
  conflicts?: readonly Conflict[]
  unmetDependencies?: readonly UnmetDependency[]
}

/** The verdict with the addition's findings and lists; `fail` iff any finding is an error. */
export function addToVerdict(verdict: Verdict, addition: VerdictAddition): Verdict {
  const findings = [...verdict.findings, ...(addition.findings ?? [])]
  return {
    result: findings.some((finding) => finding.level === 'error') ? 'fail' : 'pass',
    findings,
    outOfScopeFiles: verdict.outOfScopeFiles,
    conflicts: [...verdict.conflicts, ...(addition.conflicts ?? [])],
    unmetDependencies: [...verdict.unmetDependencies, ...(addition.unmetDependencies ?? [])]
  }
}
