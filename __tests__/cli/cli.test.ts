// Runs the built command (dist/cli.js, made by `npm run bundle`) as a child process in real
// temporary repositories, as a user would.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isolatedGitEnv, TempRepo } from '../git/temp-repo.js'

const top = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const cli = join(top, 'dist', 'cli.js')
// The Node running the tests: CI runs these on the pinned Node and on the oldest one `engines` claims.
const node = process.execPath

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function prScope(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(node, [cli, ...args], {
    cwd,
    env: { ...isolatedGitEnv, ...env },
    encoding: 'utf8',
    timeout: 60_000
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

// Scope files the tests write next to the work; never committed, so never changed files.
const SCOPE_FILES = ['WO.md', 'TWO.md', 'NONE.md', 'LONG.md', 'other.md']

const scopeDoc = (write: string, extra = ''): string =>
  `# Work order\n\n## Session Scope\n**Write set:** ${write}\n**Read set:** b.py\n${extra}`

/** A repository whose branch `work` changes a.py and c.py since main. */
function workRepo(): TempRepo {
  const repo = new TempRepo('pr-scope-cli-')
  repo.exclude(...SCOPE_FILES)
  repo.write('b.py')
  repo.write('sub/folder/keep.txt')
  repo.commit('base')
  repo.git('checkout', '-q', '-b', 'work')
  repo.write('a.py', 'changed\n')
  repo.write('c.py', 'changed\n')
  repo.commit('work')
  return repo
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle before these tests`)
})

describe('pr-scope check: the verdict', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = workRepo()
  })
  afterAll(() => repo.remove())

  it('fails and names c.py when the write set is only a.py', () => {
    repo.write('WO.md', scopeDoc('a.py'))
    const run = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Out of scope \(1\):\n {2}c\.py: /)
    expect(run.stdout).not.toMatch(/^ {2}a\.py/m)
    expect(run.stdout).toMatch(/FAIL: 1 of 2 changed paths since main is out of scope/)
    expect(run.stderr).toBe('')
  })

  it('passes once c.py is in the write set', () => {
    repo.write('WO.md', scopeDoc('a.py, c.py'))
    const run = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/PASS: all 2 changed paths since main are in scope/)
  })

  it('reads --scope relative to the current folder and paths from the top level', () => {
    repo.write('sub/folder/WO.md', scopeDoc('a.py'))
    const run = prScope(join(repo.dir, 'sub', 'folder'), [
      'check',
      '--scope',
      'WO.md',
      '--base',
      'main'
    ])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^ {2}c\.py: /m)
    expect(run.stdout).toMatch(/^Scope: WO\.md, as the pull request body$/m)
  })

  it('lists unused write entries and scope warnings, and still passes', () => {
    repo.write('WO.md', scopeDoc('a.py, c.py, never.py', '**Owner:** me\n'))
    const run = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Unused write entries \(1\):\n.*never\.py/)
    expect(run.stdout).toMatch(
      /Scope warnings \(1\):\n {2}WO\.md:6: warning: unknown label "Owner"/
    )
  })

  it('reports a modified read-only file as such', () => {
    repo.git('checkout', '-q', '-b', 'touches-read')
    repo.write('b.py', 'edited\n')
    repo.commit('edit b')
    try {
      repo.write('WO.md', scopeDoc('a.py, c.py'))
      const run = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main', '--json'])
      expect(run.code).toBe(1)
      const json = JSON.parse(run.stdout) as {
        outOfScopeFiles: string[]
        findings: { check: string; path?: string }[]
      }
      expect(json.outOfScopeFiles).toEqual(['b.py'])
      expect(json.findings).toContainEqual(
        expect.objectContaining({ check: 'read-only-modified', path: 'b.py' })
      )
    } finally {
      repo.git('checkout', '-q', 'work')
    }
  })

  it('lets --ignore allow a file and --warn turn failures into warnings', () => {
    repo.write('WO.md', scopeDoc('a.py'))
    const ignored = prScope(repo.dir, [
      'check',
      '--scope',
      'WO.md',
      '--base',
      'main',
      '--ignore',
      '*.py',
      '--ignore',
      'x'
    ])
    expect(ignored.code).toBe(0)
    const warned = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main', '--warn'])
    expect(warned.code).toBe(0)
    expect(warned.stdout).toMatch(/^ {2}c\.py: /m)
    expect(warned.stdout).toMatch(/PASS with warnings: 1 of 2 changed paths/)
  })

  it('prints the verdict and what it was reached from with --json', () => {
    repo.write('WO.md', scopeDoc('a.py', '**Dependencies:** WO-FIX-03\n'))
    const run = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main', '--json'])
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(json)).toEqual([
      'result',
      'base',
      'mode',
      'changedFiles',
      'uncommittedPaths',
      'findings',
      'outOfScopeFiles',
      'scope',
      'warnings',
      'settings'
    ])
    expect(json.result).toBe('fail')
    expect(json.outOfScopeFiles).toEqual(['c.py'])
    expect(json.findings).toContainEqual(
      expect.objectContaining({ check: 'out-of-scope', level: 'error', path: 'c.py' })
    )
    expect(json.scope).toEqual({
      source: { kind: 'body', path: 'WO.md', ref: null },
      write: ['a.py'],
      read: ['b.py'],
      dependencies: ['WO-FIX-03'],
      forbidden: []
    })
  })
})

describe('pr-scope check: odd paths', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-cli-odd-')
    repo.exclude(...SCOPE_FILES)
    repo.write('lib/old.py', 'a body long enough for git to see the rename clearly\n'.repeat(4))
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'odd')
    repo.write('my docs/naïve résumé.md')
    repo.write('数据/文件.py')
    repo.write('quote "q".txt')
    repo.move('lib/old.py', 'lib/new.py')
    repo.commit('odd names and a rename')
  })
  afterAll(() => repo.remove())

  it('matches paths with spaces and non-ASCII names exactly', () => {
    repo.write(
      'WO.md',
      scopeDoc('`my docs/naïve résumé.md`, `quote "q".txt`, lib/old.py, lib/new.py')
    )
    const run = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main', '--json'])
    expect(run.code).toBe(1)
    expect((JSON.parse(run.stdout) as { outOfScopeFiles: string[] }).outOfScopeFiles).toEqual([
      '数据/文件.py'
    ])
    const human = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main'])
    expect(human.stdout).toMatch(/^ {2}数据\/文件\.py: /m)
  })

  it('counts the old path of a rename', () => {
    repo.write('WO.md', scopeDoc('lib/new.py, my docs/**, 数据/**, quote*'))
    const run = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main', '--json'])
    expect(run.code).toBe(1)
    expect((JSON.parse(run.stdout) as { outOfScopeFiles: string[] }).outOfScopeFiles).toEqual([
      'lib/old.py'
    ])
  })

  it('counts paths, not records: a rename touches two', () => {
    repo.write('WO.md', scopeDoc('lib/new.py, my docs/**, 数据/**, quote*'))
    const run = prScope(repo.dir, ['check', '--scope', 'WO.md', '--base', 'main'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^pr-scope check: 5 changed paths since main/)
    expect(run.stdout).toMatch(/FAIL: 1 of 5 changed paths since main is out of scope\./)
  })
})

describe('pr-scope check: bad usage and bad input exit 2', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = workRepo()
    repo.write('WO.md', scopeDoc('a.py'))
    repo.write('TWO.md', scopeDoc('a.py') + '\n## Session Scope\n**Write set:** c.py\n')
    repo.write('NONE.md', '# Just notes\n')
    repo.write('LONG.md', scopeDoc('src/' + 'x'.repeat(300)))
  })
  afterAll(() => repo.remove())

  it.each<[string, string[], RegExp]>([
    [
      'a missing scope file',
      ['--scope', 'missing.md'],
      /scope file missing\.md not found: check the path or pass --scope FILE/
    ],
    ['a folder as scope file', ['--scope', 'sub'], /scope file sub is a folder/],
    [
      'two scope blocks',
      ['--scope', 'TWO.md'],
      /TWO\.md:\d+: error: .*3 and 7.*Session Scope blocks/
    ],
    [
      'no scope block',
      ['--scope', 'NONE.md'],
      /NONE\.md has no Session Scope block and names no work order: add a "## Session Scope" section/
    ],
    ['a pattern that cannot be used', ['--scope', 'LONG.md'], /LONG\.md:4: error: .*src\/xxx/],
    [
      'an unknown flag',
      ['--scope', 'WO.md', '--frobnicate'],
      /unknown option --frobnicate for pr-scope check/
    ],
    ['a missing flag value', ['--scope'], /--scope needs a value: --scope FILE/],
    [
      'an unknown base ref',
      ['--scope', 'WO.md', '--base', 'no-such'],
      /base ref `no-such` not found .*check the name, or fetch it \(git fetch origin <branch>, or full history with git fetch --unshallow\)\n$/
    ],
    [
      'a bad --ignore pattern',
      ['--scope', 'WO.md', '--ignore', 'y'.repeat(300)],
      /an --ignore pattern cannot be used/
    ]
  ])('%s', (_name, args, message) => {
    const base = args.includes('--base') ? [] : ['--base', 'main']
    const run = prScope(repo.dir, ['check', ...base, ...args])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
  })

  it('an unknown command', () => {
    const run = prScope(repo.dir, ['chekc'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/unknown command `chekc`: did you mean `check`\? Use one of check/)
  })

  it('no --scope and no work order for the branch', () => {
    const run = prScope(repo.dir, ['check', '--base', 'main'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /no scope: branch work names no work order at main \([0-9a-f]{12}\) .*; pass --scope FILE/
    )
  })

  it('outside a repository', () => {
    const run = prScope(dirname(repo.dir), ['check', '--scope', join(repo.dir, 'WO.md')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/git rev-parse --show-toplevel failed .*run pr-scope from a clone/)
  })
})

describe('pr-scope check: defaults', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-cli-defaults-')
    repo.exclude(...SCOPE_FILES)
    repo.write('work-orders/WO-FIX-03.md', scopeDoc('a.py'))
    repo.commit('work order on main')
    // develop has work of its own; `work` grows from it and tracks it.
    repo.git('checkout', '-q', '-b', 'develop')
    repo.write('d.py')
    repo.commit('develop work')
    repo.git('checkout', '-q', '-b', 'wo-fix-03-grapple')
    repo.git('branch', '-q', '--set-upstream-to=develop')
    repo.write('a.py')
    repo.commit('the work order')
  })
  afterAll(() => repo.remove())

  it('compares with the default branch, never with the upstream branch', () => {
    // Against develop (the upstream) only a.py changed; the pull request to main holds d.py too.
    const run = prScope(repo.dir, ['check', '--scope', 'work-orders/WO-FIX-03.md'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^pr-scope check: 2 changed paths since main \(merge base [0-9a-f]{12}\)/
    )
    expect(run.stdout).toMatch(/^ {2}d\.py: /m)
    const againstDevelop = prScope(repo.dir, [
      'check',
      '--scope',
      'work-orders/WO-FIX-03.md',
      '--base',
      'develop'
    ])
    expect(againstDevelop.code).toBe(0)
    expect(againstDevelop.stdout).toMatch(/since develop \(merge base [0-9a-f]{12}\)/)
  })

  it('finds the work order named by the branch, at the base', () => {
    const run = prScope(join(repo.dir, 'work-orders'), ['check', '--base', 'develop'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Scope: work order work-orders\/WO-FIX-03\.md at the base$/m)
  })

  it('takes the scope file from PR_SCOPE_FILE', () => {
    repo.write('other.md', scopeDoc('nothing.py'))
    const run = prScope(repo.dir, ['check'], { PR_SCOPE_FILE: 'other.md' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^ {2}a\.py: /m)
  })
})

describe('pr-scope help and version', () => {
  it.each([
    [['--help'], /Usage:\n {2}pr-scope check \[--base REF\]/],
    [['check', '--help'], /Usage: pr-scope check .*\n[\s\S]*--ignore GLOB/],
    [['help', 'check'], /Usage: pr-scope check/]
  ])('%j', (args, text) => {
    const run = prScope(top, args)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(text)
  })

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(top, 'package.json'), 'utf8')) as {
      version: string
    }
    const run = prScope(top, ['--version'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(`${version}\n`)
  })
})
