// Reads the output of `git diff --name-status -z`: NUL-separated records, so that every path
// arrives exactly as git stores it (no quoting, no escaping, newlines and tabs included).
import type { ChangedFile, ChangeStatus } from '../scope/types.js'

/**
 * The `git diff` that `parseNameStatus` reads, before its revisions: NUL-separated, renames found,
 * paths unquoted and from the top level whatever the user's configuration says.
 */
export const NAME_STATUS_DIFF: readonly string[] = [
  '-c',
  'core.quotePath=false',
  'diff',
  '--name-status',
  '-z',
  '-M',
  // A user's diff.relative=true would make paths relative to the current folder.
  '--no-relative',
  '--no-ext-diff',
  '--no-color'
]

const SIMPLE: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  T: 'changed'
}

/**
 * Parses `git diff --name-status -z` output into changed files. Renames and copies keep their
 * old path in `previousPath`. Throws on output that git does not produce for a commit range
 * (a bug in our assumptions, not something a user can cause).
 */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0')
  // The output ends with a NUL, which leaves one empty field after the last record.
  if (fields[fields.length - 1] === '') fields.pop()
  const files: ChangedFile[] = []
  let i = 0
  const take = (status: string): string => {
    const value = fields[i++]
    if (value === undefined || value === '') {
      throw new Error(
        `git diff --name-status -z: status ${status} has no path (record ${files.length + 1})`
      )
    }
    return value
  }
  while (i < fields.length) {
    const status = fields[i++] ?? ''
    const letter = status.charAt(0)
    const simple = SIMPLE[letter]
    if (simple !== undefined && status.length === 1) {
      files.push({ path: take(status), status: simple })
    } else if ((letter === 'R' || letter === 'C') && /^[RC]\d{0,3}$/.test(status)) {
      const previousPath = take(status)
      const path = take(status)
      files.push({ path, status: letter === 'R' ? 'renamed' : 'copied', previousPath })
    } else {
      throw new Error(
        `git diff --name-status -z: unexpected status ${JSON.stringify(status)} (record ${files.length + 1})`
      )
    }
  }
  return files
}
