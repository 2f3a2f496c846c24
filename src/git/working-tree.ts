// What a session leaves behind, as `git status` shows it (CONTRACT §5 `check`): the changes of
// the working tree (staged or not) against a commit, plus the files git does not track and does
// not ignore. Paths are relative to the top level and byte-exact.
import type { ChangedFile } from '../scope/types.js'
import { NAME_STATUS_DIFF, parseNameStatus } from './name-status.js'
import { failure, runGit } from './run.js'

/**
 * The working tree's changes since `commit`: `git diff --name-status -z -M COMMIT` (committed,
 * staged and unstaged together, renames as git finds them), plus untracked files that no ignore
 * rule covers, as added. `root` must be the top level (untracked paths are listed from it).
 */
export async function workingTreeChanges(
  root: string,
  commit: string,
  untracked?: readonly string[]
): Promise<ChangedFile[]> {
  const args = [...NAME_STATUS_DIFF, commit, '--']
  const [result, others] = await Promise.all([
    runGit(root, args),
    untracked === undefined ? untrackedFiles(root) : Promise.resolve(untracked)
  ])
  if (result.code !== 0) throw failure(result, args, 'check that the repository is readable')
  const tracked = parseNameStatus(result.stdout)
  const seen = new Set(tracked.map((file) => file.path))
  const added = others.filter((path) => !seen.has(path))
  return [...tracked, ...added.map((path): ChangedFile => ({ path, status: 'added' }))]
}

/**
 * The changes not committed yet (staged, unstaged and untracked), against HEAD. `untracked`,
 * when the caller listed them already, saves a second walk of the working tree.
 */
export async function uncommittedChanges(
  root: string,
  untracked?: readonly string[]
): Promise<ChangedFile[]> {
  return workingTreeChanges(root, 'HEAD', untracked)
}

/** Untracked files that .gitignore, .git/info/exclude and core.excludesFile do not cover. */
export async function untrackedFiles(root: string): Promise<string[]> {
  const args = [
    '-c',
    'core.quotePath=false',
    'ls-files',
    '-z',
    '--others',
    '--exclude-standard',
    '--full-name'
  ]
  const result = await runGit(root, args)
  if (result.code !== 0) throw failure(result, args, 'check that the repository is readable')
  return result.stdout.split('\0').filter((path) => path !== '')
}
