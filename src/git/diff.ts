// The one place that runs git: the pr-scope command and the action (for pull requests over
// GitHub's 3,000-file list limit) read changed files, refs and the repository's top level here.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { ChangedFile } from '../scope/types.js'
import { parseNameStatus } from './name-status.js'

/** A git command that failed: the message names the command and how to fix it. */
export class GitError extends Error {
  override readonly name = 'GitError'

  constructor(
    message: string,
    /** The git command line that failed, for the record. */
    readonly command: string,
    /** What git printed on stderr (may be empty). */
    readonly stderr: string = ''
  ) {
    super(message)
  }
}

interface GitOutput {
  code: number
  stdout: string
  stderr: string
}

// Far above any real diff (100,000 paths of 100 bytes are 10 MB) but still a bound.
const MAX_OUTPUT = 1024 * 1024 * 1024

/** Runs git without a shell; a non-zero exit is returned, not thrown, so callers can name the fix. */
function runGit(cwd: string, args: string[]): Promise<GitOutput> {
  const command = ['git', ...args].join(' ')
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_OUTPUT,
        windowsHide: true,
        // Read-only commands must not take the index lock that a concurrent git may hold.
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }
      },
      (error, stdout, stderr) => {
        const out = { stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8').trim() }
        if (error === null) return resolve({ code: 0, ...out })
        const code = (error as { code?: unknown }).code
        if (typeof code === 'number') return resolve({ code, ...out })
        // spawn reports a missing working folder and a missing git binary alike.
        if ((code === 'ENOENT' || code === 'ENOTDIR') && !existsSync(cwd)) {
          return reject(new GitError(`${command}: folder ${cwd} does not exist`, command))
        }
        if (code === 'ENOENT') {
          return reject(
            new GitError(`git was not found (${command}): install git and put it on PATH`, command)
          )
        }
        reject(new GitError(`${command} failed: ${error.message}`, command, out.stderr))
      }
    )
  })
}

/** Turns a failed git run into an error that names the command and, when known, the fix. */
function failure(result: GitOutput, args: string[], fix: string): GitError {
  const command = ['git', ...args].join(' ')
  const said = result.stderr.split('\n')[0] ?? ''
  const detail = said === '' ? `exit ${result.code}` : said
  return new GitError(`${command} failed (${detail}): ${fix}`, command, result.stderr)
}

// A ref that starts with '-' would be read by git as an option.
function isOptionLike(ref: string): boolean {
  return ref.startsWith('-') || ref === ''
}

/** True when `ref` names a commit in the repository at `cwd`; throws GitError when git cannot run there. */
export async function hasCommit(cwd: string, ref: string): Promise<boolean> {
  if (isOptionLike(ref)) return false
  const args = ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]
  const result = await runGit(cwd, args)
  if (result.code === 0) return true
  if (result.code === 1) return false
  throw failure(result, args, 'run it inside a git repository')
}

/** A base to compare against, and how to name it to the user. */
export interface Base {
  ref: string
  label: string
}

/**
 * The base to compare against when none is given: the merge base of HEAD and its upstream
 * branch (`git merge-base HEAD @{upstream}`), else `origin/HEAD` when it exists, else `main`.
 */
export async function defaultBase(cwd: string): Promise<Base> {
  const result = await runGit(cwd, ['merge-base', 'HEAD', '@{upstream}'])
  const sha = result.stdout.trim()
  if (result.code === 0 && sha !== '') {
    // A bare commit id tells the user nothing: name the branch it was found from.
    const upstream = await runGit(cwd, ['rev-parse', '--abbrev-ref', '@{upstream}'])
    const name = upstream.code === 0 ? upstream.stdout.trim() : ''
    const short = sha.slice(0, 12)
    return { ref: sha, label: name === '' ? short : `the merge base with ${name} (${short})` }
  }
  if (await hasCommit(cwd, 'origin/HEAD')) return { ref: 'origin/HEAD', label: 'origin/HEAD' }
  return { ref: 'main', label: 'main' }
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
        'fetch it (git fetch origin <branch>, or full history with git fetch --unshallow) or pass --base',
      `git rev-parse --verify ${base}^{commit}`
    )
  }
  const args = [
    '-c',
    'core.quotePath=false',
    'diff',
    '--name-status',
    '-z',
    '-M',
    // A user's diff.relative=true would make paths relative to the current folder.
    '--no-relative',
    '--no-ext-diff',
    '--no-color',
    `${base}...${head}`,
    '--'
  ]
  const result = await runGit(cwd, args)
  if (result.code !== 0) {
    const noHistory = /no merge base/i.test(result.stderr)
    throw failure(
      result,
      args,
      noHistory
        ? `\`${base}\` and \`${head}\` share no history: fetch full history (git fetch --unshallow) or pass a --base that ${head} grew from`
        : 'check that both refs exist and the repository is readable'
    )
  }
  return parseNameStatus(result.stdout)
}
