// Real throwaway git repositories for the git and command line tests.
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Environment that keeps the machine's own git configuration out of the tests. */
export const isolatedGitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com'
}

/** Runs git in `dir` with the isolated configuration and returns its stdout. */
export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: isolatedGitEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
}

/** A temporary repository on branch main (or the branch given) with one commit, plus helpers to change it. */
export class TempRepo {
  readonly dir: string

  constructor(prefix = 'pr-scope-git-', branch = 'main') {
    this.dir = mkdtempSync(join(tmpdir(), prefix))
    this.git('init', '-q', '-b', branch)
    this.git('config', 'user.name', 'Test')
    this.git('config', 'user.email', 'test@example.com')
    this.git('config', 'commit.gpgsign', 'false')
    this.write('README.md', '# test\n')
    this.commit('initial')
  }

  /** Runs git in the repository and returns its stdout. */
  git(...args: string[]): string {
    return gitIn(this.dir, ...args)
  }

  /** Writes a file (creating folders) relative to the repository. */
  write(path: string, content = `${path}\n`): void {
    const full = join(this.dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
  }

  /** Moves a file (creating the new folder); the next commit records it as a rename. */
  move(from: string, to: string): void {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true })
    renameSync(join(this.dir, from), join(this.dir, to))
  }

  /** Keeps files out of every commit (.git/info/exclude), such as scope files written for a run. */
  exclude(...patterns: string[]): void {
    appendFileSync(
      join(this.dir, '.git', 'info', 'exclude'),
      patterns.map((p) => `${p}\n`).join('')
    )
  }

  /** Stages everything and commits. */
  commit(message: string): void {
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
  }

  /**
   * Commits `count` added files on a new commit whose parent is HEAD, without writing them to the
   * working tree (plumbing only, so that 100,000 files take seconds); returns the commit id.
   */
  commitManyFiles(count: number, name: (i: number) => string): string {
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], {
      cwd: this.dir,
      env: isolatedGitEnv,
      input: 'same content\n',
      encoding: 'utf8'
    }).trim()
    const index = join(this.dir, '.git', 'many-files-index')
    const env = { ...isolatedGitEnv, GIT_INDEX_FILE: index }
    execFileSync('git', ['read-tree', 'HEAD'], { cwd: this.dir, env })
    const lines = Array.from({ length: count }, (_, i) => `100644 ${blob}\t${name(i)}\0`).join('')
    execFileSync('git', ['update-index', '-z', '--index-info'], {
      cwd: this.dir,
      env,
      input: lines
    })
    const tree = execFileSync('git', ['write-tree'], {
      cwd: this.dir,
      env,
      encoding: 'utf8'
    }).trim()
    rmSync(index, { force: true })
    return this.git('commit-tree', tree, '-p', 'HEAD', '-m', `${count} files`).trim()
  }

  /**
   * Gives the repository a bare `origin` holding its main branch, with origin/HEAD pointing at
   * origin/main, as a clone of a hosted repository has; returns the bare repository's folder.
   */
  addOrigin(): string {
    const bare = mkdtempSync(join(tmpdir(), 'pr-scope-origin-'))
    gitIn(bare, 'init', '-q', '--bare', '-b', 'main')
    this.git('remote', 'add', 'origin', bare)
    this.git('push', '-q', 'origin', 'main')
    this.git('remote', 'set-head', 'origin', 'main')
    this.origins.push(bare)
    return bare
  }

  private readonly origins: string[] = []

  /** Deletes the repository (and its origin). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
    for (const bare of this.origins) rmSync(bare, { recursive: true, force: true })
  }
}
