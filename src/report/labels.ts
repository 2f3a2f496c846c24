// The words and icons the report and the annotations use for checks and levels.
import type { CheckName, FindingLevel } from '../scope/types.js'

/** The icon of each level in the report. */
export const LEVEL_ICON: Record<FindingLevel, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

/** The name of each check, as a title. */
export const CHECK_TITLE: Record<CheckName, string> = {
  'scope-syntax': 'Session Scope',
  'missing-scope': 'Missing scope',
  'out-of-scope': 'Out of scope',
  'read-only-modified': 'Declared read-only',
  'unused-write-entry': 'Unused write entry',
  'write-write-overlap': 'Write-write overlap',
  'read-write-overlap': 'Read-write overlap',
  'undecided-overlap': 'Overlap not decided',
  'unmet-dependency': 'Unmet dependency'
}
