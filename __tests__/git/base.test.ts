// The base of `pr-scope check` on real repositories: the merge base with the default branch,
// never the current branch's own upstream.
import { afterEach, describe, expect, it } from '@jest/globals'
import { defaultBranch, resolveBase } from '../../src/git/base.js'
import { GitError } from '../../src/git/diff.js'
import { TempRepo } from './temp-repo.js'

let repo: TempRepo
afterEach(() => repo.remove())

const sha = (ref: string): string => repo.git('rev-parse', ref).trim()

describe('resolveBase', () => {
  it('is the merge base with origin/HEAD after `git push -u origin feature`', async () => {
    repo = new TempRepo()
    repo.addOrigin()
    const fork = sha('HEAD')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write('out.py')
    repo.commit('work')
    repo.git('push', '-q', '-u', 'origin', 'feature')
    // The upstream is origin/feature, which holds the work: it must not be the base.
    expect(repo.git('rev-parse', '--abbrev-ref', '@{upstream}').trim()).toBe('origin/feature')
    expect(await resolveBase(repo.dir)).toEqual({ ref: 'origin/main', commit: fork, given: false })
  })

  it('follows origin/HEAD to whatever the remote calls its default branch', async () => {
    repo = new TempRepo('pr-scope-git-', 'trunk')
    repo.git('checkout', '-q', '-b', 'main')
    repo.git('checkout', '-q', 'trunk')
    repo.write('trunk-only.txt')
    repo.commit('trunk moves on')
    repo.git('checkout', '-q', 'main')
    const bare = repo.addOrigin()
    repo.git('push', '-q', 'origin', 'trunk')
    repo.git('remote', 'set-head', 'origin', 'trunk')
    repo.git('checkout', '-q', '-b', 'feature', 'origin/trunk')
    expect(bare).not.toBe('')
    expect(await resolveBase(repo.dir)).toMatchObject({ ref: 'origin/trunk', commit: sha('trunk') })
  })

  it('falls back to a local main, then origin/main, master, origin/master', async () => {
    repo = new TempRepo()
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write('f.py')
    repo.commit('feature')
    expect(await resolveBase(repo.dir)).toMatchObject({ ref: 'main', commit: sha('main') })
    repo.git('branch', '-q', '-m', 'main', 'master')
    expect(await resolveBase(repo.dir)).toMatchObject({ ref: 'master', commit: sha('master') })
  })

  it('works in a fresh repository whose only branch is master, on master', async () => {
    repo = new TempRepo('pr-scope-git-', 'master')
    expect(await defaultBranch(repo.dir)).toEqual({ ref: 'master', full: 'refs/heads/master' })
    expect(await resolveBase(repo.dir)).toEqual({
      ref: 'master',
      commit: sha('HEAD'),
      given: false
    })
  })

  it('takes --base as given, at its merge base with HEAD', async () => {
    repo = new TempRepo()
    const fork = sha('HEAD')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write('f.py')
    repo.commit('feature')
    repo.git('checkout', '-q', 'main')
    repo.write('m.py')
    repo.commit('main moves on')
    repo.git('checkout', '-q', 'feature')
    expect(await resolveBase(repo.dir, 'main')).toEqual({ ref: 'main', commit: fork, given: true })
  })

  it.each<[string, string | undefined, RegExp, RegExp | null]>([
    [
      'an unknown --base',
      'no-such',
      /^base ref `no-such` not found .*check the name, or fetch it/,
      /--base/
    ],
    ['an option-like --base', '--output=x', /^base ref `--output=x` not found/, null]
  ])(
    'names the fix for %s, without "pass --base" when it was passed',
    async (_n, given, message, not) => {
      repo = new TempRepo()
      const failure = resolveBase(repo.dir, given)
      await expect(failure).rejects.toBeInstanceOf(GitError)
      await expect(failure).rejects.toThrow(message)
      if (not) await expect(failure).rejects.not.toThrow(/pass --base/)
    }
  )

  it('says there is no default branch, and how to name one', async () => {
    repo = new TempRepo('pr-scope-git-', 'trunk')
    await expect(resolveBase(repo.dir)).rejects.toThrow(
      /no default branch to compare with: none of origin\/HEAD, main, origin\/main, master or origin\/master exists; pass --base REF/
    )
  })

  it('says when HEAD and the base share no history, with the fix that fits', async () => {
    repo = new TempRepo()
    repo.git('checkout', '-q', '--orphan', 'unrelated')
    repo.git('rm', '-rq', '--cached', '.')
    repo.commit('orphan')
    await expect(resolveBase(repo.dir)).rejects.toThrow(
      /HEAD and `main` share no history: fetch full history \(git fetch --unshallow\), or pass --base/
    )
    const given = resolveBase(repo.dir, 'main')
    await expect(given).rejects.toThrow(/share no history: check that HEAD grew from main/)
    await expect(given).rejects.not.toThrow(/pass --base/)
  })
})
