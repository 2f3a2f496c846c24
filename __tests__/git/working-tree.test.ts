// What a session leaves behind, read from real repositories: the working tree against a commit,
// and the files of a commit's tree.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { listTree, readFileAt, readTexts } from '../../src/git/tree.js'
import {
  uncommittedChanges,
  untrackedFiles,
  workingTreeChanges
} from '../../src/git/working-tree.js'
import { TempRepo } from './temp-repo.js'

const byPath = <T extends { path: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

describe('workingTreeChanges', () => {
  let repo: TempRepo
  let base: string
  beforeAll(() => {
    repo = new TempRepo()
    repo.write('.gitignore', 'build/\n')
    repo.write('keep.py')
    repo.write('gone.py')
    repo.write('lib/old.py', 'a body long enough for git to see the rename clearly\n'.repeat(4))
    repo.commit('base')
    base = repo.git('rev-parse', 'HEAD').trim()
    repo.git('checkout', '-q', '-b', 'work')
    repo.write('committed.py')
    repo.commit('work')
    repo.write('staged.py')
    repo.git('add', 'staged.py')
    repo.write('keep.py', 'edited, not staged\n')
    repo.git('rm', '-q', 'gone.py')
    repo.git('mv', 'lib/old.py', 'lib/new.py')
    repo.write('untracked dir/naïve.txt')
    repo.write('build/out.js')
    repo.exclude('local-notes.md')
    repo.write('local-notes.md')
  })
  afterAll(() => repo.remove())

  it('lists commits, staged, unstaged, deleted, renamed and untracked files, not ignored ones', async () => {
    expect(byPath(await workingTreeChanges(repo.dir, base))).toEqual([
      { path: 'committed.py', status: 'added' },
      { path: 'gone.py', status: 'removed' },
      { path: 'keep.py', status: 'modified' },
      { path: 'lib/new.py', status: 'renamed', previousPath: 'lib/old.py' },
      { path: 'staged.py', status: 'added' },
      { path: 'untracked dir/naïve.txt', status: 'added' }
    ])
  })

  it('lists what is not committed yet against HEAD', async () => {
    expect(byPath(await uncommittedChanges(repo.dir)).map((f) => f.path)).toEqual([
      'gone.py',
      'keep.py',
      'lib/new.py',
      'staged.py',
      'untracked dir/naïve.txt'
    ])
    expect(await untrackedFiles(repo.dir)).toEqual(['untracked dir/naïve.txt'])
  })
})

describe('listTree and readTexts', () => {
  let repo: TempRepo
  let commit: string
  beforeAll(() => {
    repo = new TempRepo()
    repo.write('work-orders/WO-1.md', '# WO-1\n')
    repo.write('work-orders/sub/WO 2.md', '# WO-2\n')
    repo.write('work-orders/bin.md', 'a\0b')
    repo.write('.github/pr-scope.yml', 'overlap: warn\n')
    symlinkSync('WO-1.md', join(repo.dir, 'work-orders', 'link.md'))
    repo.commit('orders')
    commit = repo.git('rev-parse', 'HEAD').trim()
    // The working tree differs from the commit: reads must not see it.
    repo.write('.github/pr-scope.yml', 'overlap: off\n')
    repo.write('work-orders/WO-1.md', '# changed\n')
    chmodSync(join(repo.dir, 'work-orders', 'WO-1.md'), 0o600)
  })
  afterAll(() => repo.remove())

  it('lists every file of the commit', async () => {
    const files = await listTree(repo.dir, commit)
    expect(files.map((f) => f.path).sort()).toEqual([
      '.github/pr-scope.yml',
      'README.md',
      'work-orders/WO-1.md',
      'work-orders/bin.md',
      'work-orders/link.md',
      'work-orders/sub/WO 2.md'
    ])
    expect(files.find((f) => f.path === 'work-orders/WO-1.md')?.object).toMatch(/^[0-9a-f]{40}$/)
  })

  it('reads texts at the commit in one batch; binary and oversized files have none', async () => {
    const files = (await listTree(repo.dir, commit)).filter((f) =>
      f.path.startsWith('work-orders/')
    )
    const texts = await readTexts(repo.dir, files)
    expect(Object.fromEntries(texts)).toEqual({
      'work-orders/WO-1.md': '# WO-1\n',
      'work-orders/sub/WO 2.md': '# WO-2\n',
      'work-orders/bin.md': null,
      'work-orders/link.md': 'WO-1.md'
    })
    const small = await readTexts(repo.dir, files, 3)
    expect(small.get('work-orders/WO-1.md')).toBeNull()
  })

  it('reads one file at the commit, or says it is not there', async () => {
    expect(await readFileAt(repo.dir, commit, '.github/pr-scope.yml')).toBe('overlap: warn\n')
    expect(await readFileAt(repo.dir, commit, '.github/none.yml')).toBeUndefined()
    expect(await readFileAt(repo.dir, commit, '.github')).toBeUndefined()
    expect(await readFileAt(repo.dir, commit, '*.yml')).toBeUndefined()
  })
})
