// Runs git without a shell, for every module of src/git: the exit status comes back as a value
// (so that callers can name the fix), output is bounded, and a failure to start is a GitError.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

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

/** What a git run printed, and its exit status. */
export interface GitOutput {
  code: number
  stdout: string
  stderr: string
}

/** The same, with standard output as bytes (blob contents are not always text). */
export interface GitBytes {
  code: number
  stdout: Buffer
  stderr: string
}

// Far above any real diff (100,000 paths of 100 bytes are 10 MB) but still a bound.
const MAX_OUTPUT = 1024 * 1024 * 1024

/** Runs git and returns its output as text; a non-zero exit is returned, not thrown. */
export async function runGit(cwd: string, args: string[], input?: string): Promise<GitOutput> {
  const result = await runGitBytes(cwd, args, input)
  return { ...result, stdout: result.stdout.toString('utf8') }
}

/** Runs git and returns its output as bytes; `input`, when given, is written to its stdin. */
export function runGitBytes(cwd: string, args: string[], input?: string): Promise<GitBytes> {
  const command = ['git', ...args].join(' ')
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      windowsHide: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Read-only commands must not take the index lock that a concurrent git may hold.
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (fn: () => void): void => {
      if (settled) return
      settled = true
      fn()
    }
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_OUTPUT) {
        child.kill()
        settle(() => reject(new GitError(`${command}: output over ${MAX_OUTPUT} bytes`, command)))
        return
      }
      out.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      settle(() => {
        // spawn reports a missing working folder and a missing git binary alike.
        if ((error.code === 'ENOENT' || error.code === 'ENOTDIR') && !existsSync(cwd)) {
          reject(new GitError(`${command}: folder ${cwd} does not exist`, command))
        } else if (error.code === 'ENOENT') {
          reject(
            new GitError(`git was not found (${command}): install git and put it on PATH`, command)
          )
        } else {
          reject(new GitError(`${command} failed: ${error.message}`, command))
        }
      })
    })
    child.on('close', (code) => {
      settle(() =>
        resolve({
          code: code ?? 1,
          stdout: Buffer.concat(out),
          stderr: Buffer.concat(err).toString('utf8').trim()
        })
      )
    })
    // git may exit before reading all of its input (a bad object name): that is its answer.
    child.stdin.on('error', () => undefined)
    child.stdin.end(input ?? '')
  })
}

/** Turns a failed git run into an error that names the command and, when known, the fix. */
export function failure(
  result: { code: number; stderr: string },
  args: string[],
  fix: string
): GitError {
  const command = ['git', ...args].join(' ')
  const said = result.stderr.split('\n')[0] ?? ''
  const detail = said === '' ? `exit ${result.code}` : said
  return new GitError(`${command} failed (${detail}): ${fix}`, command, result.stderr)
}

/** A ref that starts with '-' would be read by git as an option. */
export function isOptionLike(ref: string): boolean {
  return ref.startsWith('-') || ref === ''
}
