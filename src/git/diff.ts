// The commits of a local repository: the pr-scope command and the action (for pull requests over
// GitHub's 3,000-file list limit) read changed files, refs and the repository's top level here.
import type { ChangedFile } from '../scope/types.js'
import { NAME_STATUS_DIFF, parseNameStatus } from './name-status.js'
import { failure, GitError, isOptionLike, runGit } from './run.js'

export { GitError } from './run.js'

/** True when `ref` names a commit in the repository at `cwd`; throws GitError when git cannot run there. */
export async function hasCommit(cwd: string, ref: string): Promise<boolean> {
  if (isOptionLike(ref)) return false
  const args = ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]
  const result = await runGit(cwd, args)
  if (result.code === 0) return true
  if (result.code === 1) return false
  throw failure(result, args, 'run it inside a git repository')
}

/** The absolute path of the working tree's top level folder that holds `cwd`. */
export async function repositoryRoot(cwd: string): Promise<string> {
  const args = ['rev-parse', '--show-toplevel']
  const result = await runGit(cwd, args)
  if (result.code !== 0) {
    throw failure(
      result,
      args,
      `${cwd} is not inside a git working tree: run pr-scope from a clone`
    )
  }
  // Only the final newline is git's; a folder name may itself end in whitespace.
  return result.stdout.replace(/\n$/, '')
}

/** The short name of the checked-out branch, or null when HEAD is detached or unborn. */
export async function currentBranch(cwd: string): Promise<string | null> {
  const args = ['symbolic-ref', '--quiet', '--short', 'HEAD']
  const result = await runGit(cwd, args)
  if (result.code === 0) return result.stdout.replace(/\n$/, '')
  if (result.code === 1) return null
  throw failure(result, args, 'run it inside a git repository')
}

/**
 * The files changed on `head` (default HEAD) since it left `base`: `git diff --name-status -z -M
 * base...head`, paths relative to the top level and byte-exact. Throws GitError with the fix
 * when a ref is missing or the two commits share no history.
 */
export async function gitChangedFiles(options: {
  cwd: string
  base: string
  head?: string
}): Promise<ChangedFile[]> {
  const { cwd, base } = options
  const head = options.head ?? 'HEAD'
  // HEAD first: in a repository with no commit, no base can exist either, and the fix is to commit.
  if (!(await hasCommit(cwd, head))) {
    throw new GitError(
      head === 'HEAD'
        ? 'HEAD has no commit (git rev-parse --verify HEAD^{commit}): commit the work to check first'
        : `head ref \`${head}\` not found (git rev-parse --verify ${head}^{commit}): fetch it`,
      `git rev-parse --verify ${head}^{commit}`
    )
  }
  if (!(await hasCommit(cwd, base))) {
    throw new GitError(
      `base ref \`${base}\` not found (git rev-parse --verify ${base}^{commit}): ` +
        'fetch it (git fetch origin <branch>, or full history with git fetch --unshallow)',
      `git rev-parse --verify ${base}^{commit}`
    )
  }
  const args = [...NAME_STATUS_DIFF, `${base}...${head}`, '--']
  const result = await runGit(cwd, args)
  if (result.code !== 0) {
    const noHistory = /no merge base/i.test(result.stderr)
    throw failure(
      result,
      args,
      noHistory
        ? `\`${base}\` and \`${head}\` share no history: fetch full history (git fetch --unshallow), or compare with a base that ${head} grew from`
        : 'check that both refs exist and the repository is readable'
    )
  }
  return parseNameStatus(result.stdout)
}
