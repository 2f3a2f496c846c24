import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  currentBranch,
  gitChangedFiles,
  GitError,
  hasCommit,
  repositoryRoot
} from '../../src/git/diff.js'
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gitIn, TempRepo } from './temp-repo.js'

const sortByPath = <T extends { path: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

describe('gitChangedFiles on a real repository', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo()
    repo.write('keep.py', 'keep\n')
    repo.write('edit.py', 'one\n')
    repo.write('gone.py', 'gone\n')
    repo.write('old/name.py', 'a body long enough for rename detection to be sure\n'.repeat(5))
    repo.commit('base files')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write('edit.py', 'two\n')
    repo.git('rm', '-q', 'gone.py')
    repo.move('old/name.py', 'new/name.py')
    repo.write('added.py')
    repo.write('with space/a b.txt')
    repo.write('tab\there.txt')
    repo.write('new\nline.txt')
    repo.write('quote "q" \'s\'.txt')
    repo.write('données/façade.py')
    repo.write('文档/🚀.md')
    repo.commit('feature work')
  })
  afterAll(() => repo.remove())

  it('lists every status with byte-exact paths', async () => {
    const files = await gitChangedFiles({ cwd: repo.dir, base: 'main' })
    expect(sortByPath(files)).toEqual(
      sortByPath([
        { path: 'added.py', status: 'added' },
        { path: 'edit.py', status: 'modified' },
        { path: 'gone.py', status: 'removed' },
        { path: 'new/name.py', status: 'renamed', previousPath: 'old/name.py' },
        { path: 'with space/a b.txt', status: 'added' },
        { path: 'tab\there.txt', status: 'added' },
        { path: 'new\nline.txt', status: 'added' },
        { path: 'quote "q" \'s\'.txt', status: 'added' },
        { path: 'données/façade.py', status: 'added' },
        { path: '文档/🚀.md', status: 'added' }
      ])
    )
  })

  it('compares with the merge base, not with the tip of base', async () => {
    repo.git('checkout', '-q', 'main')
    repo.write('main-only.py')
    repo.commit('moves main on')
    repo.git('checkout', '-q', 'feature')
    const paths = (await gitChangedFiles({ cwd: repo.dir, base: 'main' })).map((f) => f.path)
    expect(paths).not.toContain('main-only.py')
    expect(paths).toContain('added.py')
  })

  it('takes an explicit head and works from a subfolder with top-level paths', async () => {
    const files = await gitChangedFiles({
      cwd: join(repo.dir, 'new'),
      base: 'main',
      head: 'feature'
    })
    expect(files.map((f) => f.path)).toContain('new/name.py')
  })

  it('reports a type change', async () => {
    const r = new TempRepo()
    try {
      r.write('file', 'text\n')
      r.write('src.txt', 'copy me, this body is long enough to be recognised\n'.repeat(5))
      r.commit('base')
      r.git('checkout', '-q', '-b', 'x')
      r.git('rm', '-q', 'file')
      symlinkSync('src.txt', join(r.dir, 'file'))
      r.commit('type change')
      const files = await gitChangedFiles({ cwd: r.dir, base: 'main' })
      expect(files).toEqual([{ path: 'file', status: 'changed' }])
    } finally {
      r.remove()
    }
  })

  it('reads 100,000 changed files', async () => {
    const head = repo.commitManyFiles(100_000, (i) => `bulk/dir ${i % 100}/file ${i}.txt`)
    const files = await gitChangedFiles({ cwd: repo.dir, base: 'feature', head })
    expect(files).toHaveLength(100_000)
    expect(files).toContainEqual({ path: 'bulk/dir 99/file 99999.txt', status: 'added' })
  })

  it('rejects a missing base ref with the fix', async () => {
    const failure = gitChangedFiles({ cwd: repo.dir, base: 'no-such-branch' })
    await expect(failure).rejects.toBeInstanceOf(GitError)
    await expect(failure).rejects.toThrow(
      /base ref `no-such-branch` not found .*fetch it \(git fetch origin <branch>, or full history with git fetch --unshallow\)$/
    )
  })

  it('rejects a ref that git would read as an option', async () => {
    await expect(gitChangedFiles({ cwd: repo.dir, base: '--output=/tmp/x' })).rejects.toThrow(
      /base ref `--output=\/tmp\/x` not found/
    )
  })

  it('says when the two commits share no history', async () => {
    repo.git('checkout', '-q', '--orphan', 'unrelated')
    repo.git('rm', '-rq', '--cached', '.')
    repo.commit('orphan')
    try {
      await expect(gitChangedFiles({ cwd: repo.dir, base: 'main' })).rejects.toThrow(
        /share no history: fetch full history/
      )
    } finally {
      repo.git('checkout', '-q', '-f', 'feature')
    }
  })
})

describe('hasCommit', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo()
  })
  afterAll(() => repo.remove())

  it.each([
    ['main', true],
    ['HEAD', true],
    ['HEAD~0', true],
    ['nope', false],
    ['-h', false],
    ['', false]
  ])('%s -> %s', async (ref, expected) => {
    expect(await hasCommit(repo.dir, ref)).toBe(expected)
  })

  it('finds a full commit id and not a tree id', async () => {
    const sha = repo.git('rev-parse', 'HEAD').trim()
    const tree = repo.git('rev-parse', 'HEAD^{tree}').trim()
    expect(await hasCommit(repo.dir, sha)).toBe(true)
    expect(await hasCommit(repo.dir, tree)).toBe(false)
  })

  it('asks for a first commit in a repository that has none, whatever the base', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-scope-unborn-'))
    try {
      gitIn(dir, 'init', '-q', '-b', 'main')
      const changed = gitChangedFiles({ cwd: dir, base: 'main' })
      await expect(changed).rejects.toBeInstanceOf(GitError)
      await expect(changed).rejects.toThrow(/HEAD has no commit.*commit the work/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('throws a GitError outside a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-scope-norepo-'))
    try {
      await expect(hasCommit(dir, 'HEAD')).rejects.toBeInstanceOf(GitError)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('repositoryRoot and currentBranch', () => {
  it('find the top level from a subfolder, and the branch', async () => {
    const repo = new TempRepo()
    try {
      repo.write('deep/er/x.txt')
      repo.commit('deep')
      expect(await repositoryRoot(join(repo.dir, 'deep', 'er'))).toBe(realpathSync(repo.dir))
      expect(await currentBranch(repo.dir)).toBe('main')
      repo.git('checkout', '-q', '--detach')
      expect(await currentBranch(repo.dir)).toBeNull()
    } finally {
      repo.remove()
    }
  })

  it('name the fix outside a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-scope-norepo-'))
    try {
      await expect(repositoryRoot(dir)).rejects.toThrow(
        /git rev-parse --show-toplevel failed .*not inside a git working tree: run pr-scope from a clone/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('names a missing folder', async () => {
    await expect(repositoryRoot('/no/such/folder/here')).rejects.toThrow(
      /folder \/no\/such\/folder\/here does not exist/
    )
  })
})
