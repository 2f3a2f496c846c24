// `pr-scope check` must predict the action's verdict on the pull request a branch becomes
// (CONTRACT §5, issue 12). The built command (dist/cli.js, `npm run bundle`) runs as a child
// process in real temporary repositories: a bare origin with origin/HEAD, pushed branches, staged,
// unstaged and untracked files, work orders and settings at the base.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isolatedGitEnv, TempRepo } from '../../git/temp-repo.js'

const top = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const cli = join(top, 'dist', 'cli.js')
// The Node running the tests: CI runs these on the pinned Node and on the oldest one `engines` claims.
const node = process.execPath

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function prScope(cwd: string, args: string[], input?: string): Run {
  const result = spawnSync(node, [cli, ...args], {
    cwd,
    env: isolatedGitEnv,
    encoding: 'utf8',
    timeout: 60_000,
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input })
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const json = <T = Record<string, unknown>>(run: Run): T => JSON.parse(run.stdout) as T

const order = (id: string, write: string): string =>
  `# ${id}: work order\n\n## Session Scope\n**Write set:** ${write}\n**Read set:** none\n**Dependencies:** none\n`

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle before these tests`)
})

describe('the base: after `git push -u origin feature`', () => {
  let repo: TempRepo
  let fork: string
  beforeAll(() => {
    repo = new TempRepo('pr-scope-pushed-')
    repo.write('work-orders/WO-FIX-03.md', order('WO-FIX-03', 'aidm/grapple.py'))
    repo.commit('work order')
    repo.addOrigin()
    fork = repo.git('rev-parse', 'HEAD').trim()
    repo.git('checkout', '-q', '-b', 'wo-fix-03-grapple')
    repo.write('aidm/grapple.py')
    repo.write('aidm/combat.py')
    repo.commit('grapple, and a file outside the scope')
    repo.git('push', '-q', '-u', 'origin', 'wo-fix-03-grapple')
  })
  afterAll(() => repo.remove())

  it('fails on the out-of-scope commit: the base is origin/HEAD, not the upstream', () => {
    const run = prScope(repo.dir, ['check'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(
        `^pr-scope check: 2 changed paths since origin/main \\(merge base ${fork.slice(0, 12)}\\), all committed\\n`
      )
    )
    expect(run.stdout).toMatch(/^Scope: work order work-orders\/WO-FIX-03\.md at the base$/m)
    expect(run.stdout).toMatch(/^ {2}aidm\/combat\.py: is not in the write set/m)
    expect(run.stdout).toMatch(/FAIL: 1 of 2 changed paths since origin\/main is out of scope\./)
  })

  it('names the base ref and commit, the mode and the paths it judged in --json', () => {
    const run = prScope(repo.dir, ['check', '--json'])
    expect(run.code).toBe(1)
    const doc = json(run)
    expect(doc).toMatchObject({
      result: 'fail',
      base: { ref: 'origin/main', commit: fork },
      mode: 'working-tree',
      changedFiles: [
        { path: 'aidm/combat.py', status: 'added', uncommitted: false },
        { path: 'aidm/grapple.py', status: 'added', uncommitted: false }
      ],
      uncommittedPaths: 0,
      outOfScopeFiles: ['aidm/combat.py'],
      scope: {
        source: { kind: 'work-order', path: 'work-orders/WO-FIX-03.md', ref: fork },
        write: ['aidm/grapple.py']
      },
      warnings: [],
      settings: { file: null, scopeSource: 'auto', ignore: [], outOfScope: 'fail' }
    })
  })
})

describe('what is checked: what git status shows, or only the commits', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-status-')
    repo.write('.gitignore', '*.log\n')
    repo.write('work-orders/WO-FIX-04.md', order('WO-FIX-04', 'src/**'))
    repo.write('docs/old.md')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'wo-fix-04')
    repo.write('src/a.ts')
    repo.commit('in scope')
    repo.write('staged.py')
    repo.git('add', 'staged.py')
    repo.write('README.md', '# edited, not staged\n')
    repo.write('untracked.py')
    repo.write('debug.log')
    repo.git('rm', '-q', 'docs/old.md')
  })
  afterAll(() => repo.remove())

  it('fails on staged, unstaged, untracked and deleted files, and says how many are not committed', () => {
    const run = prScope(repo.dir, ['check'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^pr-scope check: 5 changed paths since main \(merge base [0-9a-f]{12}\), 4 of them not committed yet$/m
    )
    for (const path of ['staged.py', 'README.md', 'untracked.py', 'docs/old.md']) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${path.replace('.', '\\.')}: `, 'm'))
    }
    expect(run.stdout).not.toMatch(/debug\.log/)
    expect(run.stdout).toMatch(/FAIL: 4 of 5 changed paths since main are out of scope\./)
  })

  it('passes with --committed when the commits are clean', () => {
    const run = prScope(repo.dir, ['check', '--committed'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^pr-scope check: 1 changed path in the commits since main .*uncommitted work is not checked \(--committed\)$/m
    )
    expect(run.stdout).toMatch(/PASS: the 1 changed path since main is in scope\./)
    expect(json(prScope(repo.dir, ['check', '--committed', '--json']))).toMatchObject({
      mode: 'committed',
      changedFiles: [{ path: 'src/a.ts', status: 'added', uncommitted: false }],
      uncommittedPaths: 0
    })
  })

  it('marks the uncommitted paths in --json', () => {
    const doc = json<{
      mode: string
      uncommittedPaths: number
      changedFiles: Array<{ path: string; uncommitted: boolean }>
    }>(prScope(repo.dir, ['check', '--json']))
    expect(doc.mode).toBe('working-tree')
    expect(doc.uncommittedPaths).toBe(4)
    expect(doc.changedFiles.filter((f) => !f.uncommitted).map((f) => f.path)).toEqual(['src/a.ts'])
  })
})

describe('the work order: read at the base, as the action reads it', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-widened-')
    repo.write('work-orders/WO-FIX-08.md', order('WO-FIX-08', 'aidm/terrain.py'))
    repo.commit('work order')
    repo.git('checkout', '-q', '-b', 'wo-fix-08-terrain')
    // The branch widens its own work order: CI would still read the base's copy.
    repo.write('work-orders/WO-FIX-08.md', order('WO-FIX-08', 'aidm/**, work-orders/**'))
    repo.write('aidm/terrain.py')
    repo.write('aidm/combat.py')
    repo.commit('terrain, combat, and a wider work order')
  })
  afterAll(() => repo.remove())

  it('uses the base copy and warns that the branch changed it', () => {
    const run = prScope(repo.dir, ['check'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /Warnings \(1\):\n {2}work order work-orders\/WO-FIX-08\.md is changed on this branch; the check uses its copy at main \([0-9a-f]{12}\), as the action will/
    )
    expect(
      json<{ outOfScopeFiles: string[] }>(prScope(repo.dir, ['check', '--json'])).outOfScopeFiles
    ).toEqual(['aidm/combat.py', 'work-orders/WO-FIX-08.md'])
  })

  it('says when the branch names a work order that only the branch holds', () => {
    repo.git('checkout', '-q', '-b', 'wo-fix-09-new', 'main')
    try {
      repo.write('work-orders/WO-FIX-09.md', order('WO-FIX-09', 'x.py'))
      repo.commit('a new work order, not on main yet')
      const run = prScope(repo.dir, ['check'])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /branch wo-fix-09-new names work order work-orders\/WO-FIX-09\.md, which main \([0-9a-f]{12}\) does not hold: .*merge the work order there first, or pass --scope FILE/
      )
    } finally {
      repo.git('checkout', '-q', 'wo-fix-08-terrain')
    }
  })
})

describe('a fresh repository whose only branch is master', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-master-', 'master')
    repo.exclude('body.md')
    repo.write('body.md', '## Session Scope\n**Write set:** src/**\n')
  })
  afterAll(() => repo.remove())

  it('checks the work on master against master itself', () => {
    repo.write('src/new.ts')
    repo.write('notes.txt')
    const run = prScope(repo.dir, ['check', '--scope', 'body.md'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^pr-scope check: 2 changed paths since master \(merge base [0-9a-f]{12}\), 2 of them not committed yet$/m
    )
    expect(run.stdout).toMatch(/^ {2}notes\.txt: is not in the write set/m)
  })

  it('and a branch of it against master', () => {
    repo.git('checkout', '-q', '-b', 'feature')
    rmSync(join(repo.dir, 'notes.txt'))
    repo.commit('new')
    const run = prScope(repo.dir, ['check', '--scope', 'body.md', '--json'])
    expect(run.code).toBe(0)
    expect(json(run)).toMatchObject({ base: { ref: 'master' }, outOfScopeFiles: [] })
  })
})

describe('the settings file .github/pr-scope.yml, read at the base', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-settings-')
    repo.write('work-orders/WO-FIX-05.md', order('WO-FIX-05', 'src/**'))
    repo.write('.github/pr-scope.yml', 'ignore:\n  - package-lock.json\nout-of-scope: warn\n')
    repo.commit('base with settings')
    repo.git('checkout', '-q', '-b', 'wo-fix-05')
    repo.write('src/a.ts')
    repo.write('package-lock.json', '{}\n')
    repo.write('other.txt')
    repo.commit('work')
  })
  afterAll(() => repo.remove())

  it('applies its ignore list and level', () => {
    const run = prScope(repo.dir, ['check'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Settings: \.github\/pr-scope\.yml at the base$/m)
    expect(run.stdout).toMatch(/^ {2}other\.txt: /m)
    expect(run.stdout).not.toMatch(/^ {2}package-lock\.json/m)
    expect(run.stdout).toMatch(
      /PASS with warnings: 1 of 3 changed paths since main is out of scope\./
    )
    expect(json(prScope(repo.dir, ['check', '--json']))).toMatchObject({
      settings: { file: '.github/pr-scope.yml', ignore: ['package-lock.json'], outOfScope: 'warn' }
    })
  })

  it('adds --ignore to its list', () => {
    const doc = json<{ outOfScopeFiles: string[]; settings: { ignore: string[] } }>(
      prScope(repo.dir, ['check', '--json', '--ignore', 'other.txt'])
    )
    expect(doc.outOfScopeFiles).toEqual([])
    expect(doc.settings.ignore).toEqual(['package-lock.json', 'other.txt'])
  })

  it('ignores a change to it on the branch, with a warning', () => {
    repo.git('checkout', '-q', '-b', 'wo-fix-05-loosen')
    try {
      repo.write('.github/pr-scope.yml', 'ignore:\n  - "**"\n')
      repo.commit('loosen the settings')
      const run = prScope(repo.dir, ['check', '--json'])
      const doc = json<{ outOfScopeFiles: string[]; warnings: string[] }>(run)
      expect(doc.outOfScopeFiles).toEqual(['.github/pr-scope.yml', 'other.txt'])
      expect(doc.warnings).toEqual([
        expect.stringMatching(
          /^\.github\/pr-scope\.yml is changed on this branch; the check uses its copy at main/
        )
      ])
    } finally {
      repo.git('checkout', '-q', 'wo-fix-05')
    }
  })

  it('stops with exit 2 on a bad file, naming the file, the line and the allowed values', () => {
    const bad = new TempRepo('pr-scope-bad-settings-')
    try {
      bad.write('.github/pr-scope.yml', '# settings\noverlaps: warn\nout-of-scope: error\n')
      bad.commit('bad settings')
      const run = prScope(bad.dir, ['check'])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /the settings file \.github\/pr-scope\.yml at main \([0-9a-f]{12}\) cannot be used:/
      )
      expect(run.stderr).toMatch(
        /\.github\/pr-scope\.yml:2: unknown key "overlaps"\. Did you mean `overlap`\?/
      )
      expect(run.stderr).toMatch(
        /\.github\/pr-scope\.yml:3: `out-of-scope` is "error"; allowed values: fail, warn/
      )
      const machine = prScope(bad.dir, ['check', '--json'])
      expect(machine.code).toBe(2)
      expect(json(machine)).toEqual({
        errors: [
          expect.stringMatching(/^\.github\/pr-scope\.yml:2: unknown key/),
          expect.stringMatching(/^\.github\/pr-scope\.yml:3: `out-of-scope`/)
        ]
      })
    } finally {
      bad.remove()
    }
  })
})

describe('hooks', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-hook-')
    repo.write('work-orders/WO-FIX-06.md', order('WO-FIX-06', 'src/**'))
    repo.commit('work order')
    repo.addOrigin()
    repo.git('checkout', '-q', '-b', 'wo-fix-06')
    const hook = join(repo.dir, '.git', 'hooks', 'pre-push')
    writeFileSync(hook, `#!/bin/sh\nexec "${node}" "${cli}" check --committed\n`)
    chmodSync(hook, 0o755)
  })
  afterAll(() => repo.remove())

  it('a pre-push hook running check --committed lets clean commits through, whatever is uncommitted', () => {
    repo.write('src/a.ts')
    repo.commit('in scope')
    repo.write('notes.txt')
    expect(() => repo.git('push', '-q', 'origin', 'wo-fix-06')).not.toThrow()
  })

  it('and stops a push whose commits leave the scope', () => {
    repo.commit('notes, by mistake')
    let said = ''
    try {
      repo.git('push', '-q', 'origin', 'wo-fix-06')
    } catch (error) {
      said = String((error as { stdout?: unknown }).stdout)
    }
    expect(said).toMatch(/^ {2}notes\.txt: is not in the write set/m)
    expect(repo.git('rev-parse', 'origin/wo-fix-06')).not.toBe(repo.git('rev-parse', 'HEAD'))
  })

  it('does not count an untracked scope file saved for the run, but a committed one', () => {
    repo.write('body.md', '## Session Scope\n**Write set:** src/**, notes.txt\n')
    const run = prScope(repo.dir, ['check', '--scope', 'body.md'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^pr-scope check: 2 changed paths since origin\/main .*, all committed$/m
    )
    repo.commit('the scope file, committed by mistake')
    const committed = prScope(repo.dir, ['check', '--scope', 'body.md'])
    expect(committed.code).toBe(1)
    expect(committed.stdout).toMatch(/^ {2}body\.md: is not in the write set/m)
  })
})

describe('--scope - reads the pull request body from standard input', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-stdin-')
    repo.git('checkout', '-q', '-b', 'work')
    repo.write('a.py')
    repo.write('b.py')
    repo.commit('work')
  })
  afterAll(() => repo.remove())

  it('judges by the body piped in', () => {
    const body = 'Implements a.\n\n## Session Scope\n**Write set:** a.py\n'
    const run = prScope(repo.dir, ['check', '--scope', '-'], body)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^Scope: standard input, as the pull request body$/m)
    expect(run.stdout).toMatch(/^ {2}b\.py: is not in the write set/m)
    const doc = json(prScope(repo.dir, ['check', '--scope', '-', '--json'], body))
    expect(doc.scope).toMatchObject({
      source: { kind: 'body', path: '-', ref: null },
      write: ['a.py']
    })
  })

  it('names standard input in scope errors', () => {
    const run = prScope(
      repo.dir,
      ['check', '--scope', '-'],
      '## Session Scope\n**Write set:** `+(a|b)`\n'
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /the Session Scope in standard input cannot be used:\n {2}standard input:2: error: /
    )
  })
})

describe('bad input: exit 2 with what to do, and {"errors"} with --json', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-bad-')
    repo.git('checkout', '-q', '-b', 'no-order-here')
    repo.write('a.py')
    repo.commit('work')
  })
  afterAll(() => repo.remove())

  it.each<[string, string[], RegExp]>([
    [
      'no scope',
      ['check'],
      /^pr-scope check: no scope: branch no-order-here names no work order at main \([0-9a-f]{12}\) .*pass --scope FILE .*--scope - /
    ],
    [
      'an unknown base, without "pass --base"',
      ['check', '--scope', '-', '--base', 'nope'],
      /^pr-scope check: base ref `nope` not found .*check the name, or fetch it/
    ],
    [
      'a pattern that cannot be used',
      ['check', '--scope', '-'],
      /^pr-scope check: the Session Scope in standard input cannot be used:/
    ]
  ])('%s', (name, args, message) => {
    const input =
      name === 'a pattern that cannot be used'
        ? `## Session Scope\n**Write set:** ${'x'.repeat(300)}\n`
        : '## Session Scope\n**Write set:** a.py\n'
    const human = prScope(repo.dir, args, input)
    expect(human.code).toBe(2)
    expect(human.stderr).toMatch(message)
    expect(human.stderr).not.toMatch(/pass --base/)
    expect(human.stdout).toBe('')
    const machine = prScope(repo.dir, [...args, '--json'], input)
    expect(machine.code).toBe(2)
    const doc = json<{ errors: string[] }>(machine)
    expect(Object.keys(doc)).toEqual(['errors'])
    expect(doc.errors.length).toBeGreaterThan(0)
  })

  it('prints {"errors"} for a usage error with --json too', () => {
    const run = prScope(repo.dir, ['check', '--json', '--comitted'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /unknown option --comitted for pr-scope check: did you mean --committed\?/
    )
    expect(json(run)).toEqual({ errors: [expect.stringMatching(/^unknown option --comitted/)] })
  })
})
