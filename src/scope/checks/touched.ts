// The paths a change touches (CONTRACT §2), one definition for every check: a rename touches its
// old path as well as its new one; a copy leaves its source as it was.
import type { ChangedFile } from '../types.js'

/** Every path the changed files touch, once each, in code-unit order. */
export function touchedPaths(files: readonly ChangedFile[]): string[] {
  const paths = new Set<string>()
  for (const file of files) {
    paths.add(file.path)
    if (file.status === 'renamed' && file.previousPath) paths.add(file.previousPath)
  }
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
