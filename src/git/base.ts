// The base `pr-scope check` counts changes from, as the pull request will (CONTRACT §5): the merge
// base of HEAD with the repository's default branch (origin/HEAD, else a local or remote main,
// else master), or with the ref the user names. Never the current branch's own upstream: after
// `git push -u origin feature`, nothing has changed since origin/feature, yet the pull request
// holds every commit since main.
import { hasCommit } from './diff.js'
import { failure, GitError, isOptionLike, runGit } from './run.js'

/** The base of a check: the ref as named or found, and the commit changes are counted from. */
export interface Base {
  /** As the user gave it, or as found (`origin/main`, `main`, `master`). */
  ref: string
  /** The merge base of HEAD and `ref` (a full commit id). */
  commit: string
  /** True when the user named the ref (--base), false when it was found. */
  given: boolean
}

/** The refs tried, in order, after origin/HEAD; each with the full name that is looked up. */
const FALLBACKS: ReadonlyArray<readonly [string, string]> = [
  ['main', 'refs/heads/main'],
  ['origin/main', 'refs/remotes/origin/main'],
  ['master', 'refs/heads/master'],
  ['origin/master', 'refs/remotes/origin/master']
]

/** The repository's default branch as a ref name, or null when none of the candidates exists. */
export async function defaultBranch(cwd: string): Promise<{ ref: string; full: string } | null> {
  // origin/HEAD names the remote's default branch (set by clone, or `git remote set-head -a`).
  const head = await runGit(cwd, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'])
  const target = head.stdout.trim()
  if (head.code === 0 && target.startsWith('refs/remotes/') && (await hasCommit(cwd, target))) {
    return { ref: target.slice('refs/remotes/'.length), full: target }
  }
  if (await hasCommit(cwd, 'refs/remotes/origin/HEAD')) {
    return { ref: 'origin/HEAD', full: 'refs/remotes/origin/HEAD' }
  }
  for (const [ref, full] of FALLBACKS) {
    if (await hasCommit(cwd, full)) return { ref, full }
  }
  return null
}

/**
 * The base: the merge base of HEAD with `given`, or with the default branch. Throws GitError
 * with the fix when HEAD has no commit, the ref is missing, or the two share no history; a
 * message only suggests --base when the user did not pass one.
 */
export async function resolveBase(cwd: string, given?: string): Promise<Base> {
  if (!(await hasCommit(cwd, 'HEAD'))) {
    throw new GitError(
      'HEAD has no commit yet (git rev-parse --verify HEAD^{commit}): commit the work to check first',
      'git rev-parse --verify HEAD^{commit}'
    )
  }
  let ref: string
  let full: string
  if (given !== undefined) {
    if (isOptionLike(given) || !(await hasCommit(cwd, given))) {
      throw new GitError(
        `base ref \`${given}\` not found (git rev-parse --verify ${given}^{commit}): check the ` +
          'name, or fetch it (git fetch origin <branch>, or full history with git fetch --unshallow)',
        `git rev-parse --verify ${given}^{commit}`
      )
    }
    ref = given
    full = given
  } else {
    const found = await defaultBranch(cwd)
    if (found === null) {
      throw new GitError(
        'no default branch to compare with: none of origin/HEAD, main, origin/main, master or ' +
          'origin/master exists; pass --base REF (the branch the pull request will target), or ' +
          'run git remote set-head origin --auto',
        'git rev-parse --verify refs/remotes/origin/HEAD^{commit}'
      )
    }
    ref = found.ref
    full = found.full
  }
  const args = ['merge-base', 'HEAD', full]
  const result = await runGit(cwd, args)
  const commit = result.stdout.trim()
  if (result.code === 0 && /^[0-9a-f]{40,64}$/.test(commit))
    return { ref, commit, given: given !== undefined }
  if (result.code === 1) {
    const fix =
      given !== undefined
        ? `check that HEAD grew from ${ref}, or fetch full history (git fetch --unshallow)`
        : 'fetch full history (git fetch --unshallow), or pass --base with the branch HEAD grew from'
    throw new GitError(`HEAD and \`${ref}\` share no history: ${fix}`, ['git', ...args].join(' '))
  }
  throw failure(result, args, 'run it inside a git repository')
}
