import { describe, expect, it } from '@jest/globals'
import { checkScope, type CheckInput } from '../../../src/scope/checks/scope.js'
import { PatternList } from '../../../src/scope/glob/patterns.js'
import type {
  ChangedFile,
  CheckLevels,
  ParseResult,
  Scope,
  ScopeEntry,
  ScopeMessage
} from '../../../src/scope/types.js'

const FAIL: CheckLevels = { outOfScope: 'fail', missingScope: 'fail' }

/** Entries numbered from `line`, one per line, as a parser would report them. */
function entries(line: number, ...texts: string[]): ScopeEntry[] {
  return texts.map((text, i) => ({ text, line: line + i }))
}

function scope(parts: Partial<Scope>): Scope {
  return {
    write: [],
    read: [],
    dependencies: [],
    forbidden: [],
    forbidOthers: false,
    line: 1,
    form: 'markdown',
    ...parts
  }
}

function modified(...paths: string[]): ChangedFile[] {
  return paths.map((path) => ({ path, status: 'modified' }))
}

function ignoring(...globs: string[]): PatternList {
  return PatternList.compile(entries(1, ...globs), 'ignore').list
}

function run(
  parse: ParseResult,
  files: ChangedFile[],
  levels: CheckLevels = FAIL,
  ignore: PatternList = ignoring()
) {
  const input: CheckInput = { parse, files, ignore, levels }
  return checkScope(input)
}

const withScope = (parts: Partial<Scope>, messages: ScopeMessage[] = []): ParseResult => ({
  scope: scope(parts),
  messages
})

describe('missing scope', () => {
  it.each([
    ['fail', 'error', 'fail'],
    ['warn', 'warning', 'pass']
  ] as const)('at %s is a %s finding and the verdict is %s', (setting, level, result) => {
    const verdict = run({ scope: null, messages: [] }, modified('src/a.ts'), {
      outOfScope: 'fail',
      missingScope: setting
    })
    expect(verdict.result).toBe(result)
    expect(verdict.findings).toEqual([
      expect.objectContaining({
        check: 'missing-scope',
        level,
        message: expect.stringMatching(/Session Scope/)
      })
    ])
    expect(verdict.outOfScopeFiles).toEqual([])
    expect(verdict.conflicts).toEqual([])
    expect(verdict.unmetDependencies).toEqual([])
  })

  it('at ignore is no finding and the scope checks are skipped', () => {
    const verdict = run({ scope: null, messages: [] }, modified('src/a.ts'), {
      outOfScope: 'fail',
      missingScope: 'ignore'
    })
    expect(verdict).toMatchObject({ result: 'pass', findings: [], outOfScopeFiles: [] })
  })

  it('is not reported when the block was found but could not be read', () => {
    const parse: ParseResult = {
      scope: null,
      messages: [{ level: 'error', line: 7, message: 'two Session Scope blocks, lines 3 and 7' }]
    }
    const verdict = run(parse, modified('src/a.ts'), { outOfScope: 'fail', missingScope: 'ignore' })
    expect(verdict.result).toBe('fail')
    expect(verdict.findings).toEqual([
      {
        check: 'scope-syntax',
        level: 'error',
        message: 'two Session Scope blocks, lines 3 and 7',
        scopeLine: 7
      }
    ])
  })
})

describe('scope syntax', () => {
  it('passes parse warnings and notices through at their level', () => {
    const verdict = run(
      withScope({ write: entries(3, 'src/**') }, [
        { level: 'warning', line: 5, message: 'unknown label `Owner`' },
        { level: 'notice', line: 6, message: 'dependency without a reference' }
      ]),
      modified('src/a.ts')
    )
    expect(verdict.result).toBe('pass')
    expect(verdict.findings).toEqual([
      { check: 'scope-syntax', level: 'warning', message: 'unknown label `Owner`', scopeLine: 5 },
      {
        check: 'scope-syntax',
        level: 'notice',
        message: 'dependency without a reference',
        scopeLine: 6
      }
    ])
  })

  it('fails on a pattern that cannot be compiled, naming its list and line', () => {
    const verdict = run(
      withScope({ write: entries(3, 'src/**', '{1..5000}') }),
      modified('src/a.ts')
    )
    expect(verdict.result).toBe('fail')
    expect(verdict.findings).toEqual([
      expect.objectContaining({
        check: 'scope-syntax',
        level: 'error',
        scopeLine: 4,
        message: expect.stringMatching(/write set \(line 4\).*\{1\.\.5000\}/)
      })
    ])
  })
})

describe('out of scope', () => {
  const parse = withScope({
    write: entries(10, 'src/**', '!src/gen/**', 'src/gen/keep.ts'),
    forbidden: entries(20, 'src/secrets/**')
  })

  it('passes when every path is written', () => {
    const verdict = run(parse, modified('src/a.ts', 'src/b/c.ts', 'src/gen/keep.ts'))
    expect(verdict).toMatchObject({ result: 'pass', findings: [], outOfScopeFiles: [] })
  })

  it.each([
    ['lib/a.ts', 'not in the write set', undefined, undefined],
    ['src/gen/x.ts', 'taken back by `!src/gen/**` (line 11)', '!src/gen/**', 11],
    ['src/secrets/key.pem', 'forbidden by `src/secrets/**` (line 20)', 'src/secrets/**', 20]
  ])('reports %s as %s', (path, why, rule, scopeLine) => {
    const verdict = run(parse, modified('src/a.ts', 'src/gen/keep.ts', path))
    expect(verdict.result).toBe('fail')
    expect(verdict.outOfScopeFiles).toEqual([path])
    expect(verdict.findings).toEqual(
      [
        {
          check: 'out-of-scope',
          level: 'error',
          path,
          message: `\`${path}\` is ${why}`,
          rule,
          scopeLine
        }
      ].map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)))
    )
  })

  it('lets forbidden beat write', () => {
    const verdict = run(
      withScope({ write: entries(1, 'config/**'), forbidden: entries(2, 'config/prod.yml') }),
      modified('config/prod.yml')
    )
    expect(verdict.findings[0]).toMatchObject({ check: 'out-of-scope', rule: 'config/prod.yml' })
  })

  it('lets a `!` forbidden entry take a path back from the forbidden list', () => {
    const verdict = run(
      withScope({
        write: entries(1, 'config/**'),
        forbidden: entries(2, 'config/**', '!config/dev.yml')
      }),
      modified('config/dev.yml')
    )
    expect(verdict.result).toBe('pass')
  })

  it('is a warning when out-of-scope is warn', () => {
    const verdict = run(parse, modified('src/a.ts', 'src/gen/keep.ts', 'lib/a.ts'), {
      outOfScope: 'warn',
      missingScope: 'fail'
    })
    expect(verdict.result).toBe('pass')
    expect(verdict.findings).toEqual([
      expect.objectContaining({ check: 'out-of-scope', level: 'warning' })
    ])
    expect(verdict.outOfScopeFiles).toEqual(['lib/a.ts'])
  })

  it('treats "any file not listed above" as adding no pattern', () => {
    const verdict = run(
      withScope({ write: entries(1, 'src/**'), forbidOthers: true }),
      modified('src/a.ts')
    )
    expect(verdict.result).toBe('pass')
  })
})

describe('read-only modified', () => {
  const parse = withScope({
    write: entries(2, 'src/**', '!src/schemas/**'),
    read: entries(5, 'src/schemas/**', 'docs/api.md')
  })

  it.each([
    ['docs/api.md', 'declared read-only by `docs/api.md` (line 6)', 'docs/api.md', 6],
    ['src/schemas/a.ts', 'declared read-only by `src/schemas/**` (line 5)', 'src/schemas/**', 5]
  ])('reports %s as %s, and as out of scope', (path, why, rule, scopeLine) => {
    const verdict = run(parse, modified('src/a.ts', path))
    expect(verdict.result).toBe('fail')
    expect(verdict.outOfScopeFiles).toEqual([path])
    expect(verdict.findings).toEqual([
      expect.objectContaining({
        check: 'read-only-modified',
        level: 'error',
        path,
        rule,
        scopeLine
      })
    ])
    expect(verdict.findings[0]?.message).toContain(why)
  })

  it('does not report a path that is both read and written', () => {
    const verdict = run(
      withScope({ write: entries(1, 'a.ts'), read: entries(2, 'a.ts') }),
      modified('a.ts')
    )
    expect(verdict.findings).toEqual([])
  })

  it('is a warning when out-of-scope is warn', () => {
    const verdict = run(parse, modified('src/a.ts', 'docs/api.md'), {
      outOfScope: 'warn',
      missingScope: 'fail'
    })
    expect(verdict.result).toBe('pass')
    expect(verdict.findings).toEqual([
      expect.objectContaining({ check: 'read-only-modified', level: 'warning' })
    ])
    expect(verdict.outOfScopeFiles).toEqual(['docs/api.md'])
  })
})

describe('changed paths', () => {
  const parse = withScope({ write: entries(1, 'src/**') })

  it('counts both paths of a rename', () => {
    const verdict = run(parse, [
      { path: 'src/new.ts', previousPath: 'lib/old.ts', status: 'renamed' }
    ])
    expect(verdict.outOfScopeFiles).toEqual(['lib/old.ts'])
    // The old path is in no file list of the pull request: the message says where it comes from.
    expect(verdict.findings).toEqual([
      expect.objectContaining({
        check: 'out-of-scope',
        path: 'lib/old.ts',
        message: expect.stringContaining('renamed to `src/new.ts`')
      })
    ])
  })

  it('counts only the new path of a copy', () => {
    const verdict = run(parse, [
      { path: 'src/new.ts', previousPath: 'lib/old.ts', status: 'copied' }
    ])
    expect(verdict.result).toBe('pass')
  })

  it('counts a removal', () => {
    const verdict = run(parse, [{ path: 'lib/gone.ts', status: 'removed' }])
    expect(verdict.outOfScopeFiles).toEqual(['lib/gone.ts'])
  })

  it('lets ignored paths count for no check', () => {
    const verdict = run(
      withScope({
        write: entries(1, 'src/**', 'package-lock.json'),
        read: entries(3, 'yarn.lock')
      }),
      [
        ...modified('src/a.ts', 'package-lock.json', 'yarn.lock'),
        { path: 'src/b.ts', previousPath: 'dist/b.js', status: 'renamed' }
      ],
      FAIL,
      ignoring('*.lock', 'package-lock.json', 'dist/')
    )
    expect(verdict.result).toBe('pass')
    // package-lock.json was changed, but ignored paths count for no check: not even this one.
    expect(verdict.findings).toEqual([
      expect.objectContaining({ check: 'unused-write-entry', rule: 'package-lock.json' })
    ])
  })
})

describe('unused write entry', () => {
  it('is a notice per plain write entry that covers no changed path', () => {
    const verdict = run(
      withScope({ write: entries(4, 'src/a.ts', 'src/b.ts', 'docs/', '!src/gen/**') }),
      modified('src/a.ts')
    )
    expect(verdict.result).toBe('pass')
    expect(verdict.findings).toEqual([
      {
        check: 'unused-write-entry',
        level: 'notice',
        message: '`src/b.ts` matched no changed file: the work may not have been done',
        rule: 'src/b.ts',
        scopeLine: 5
      },
      {
        check: 'unused-write-entry',
        level: 'notice',
        message: '`docs/` matched no changed file: the work may not have been done',
        rule: 'docs/',
        scopeLine: 6
      }
    ])
  })
})

describe('the verdict', () => {
  const parse = withScope(
    {
      write: entries(2, 'src/**', 'README.md'),
      read: entries(4, 'docs/**'),
      forbidden: entries(6, '.github/**')
    },
    [{ level: 'warning', line: 8, message: 'unknown label' }]
  )
  const files = modified(
    'zeta.txt',
    'src/a.ts',
    '.github/ci.yml',
    'docs/x.md',
    'alpha.txt',
    'alpha.txt'
  )

  it('orders findings by check, then path, and lists out-of-scope files sorted and unique', () => {
    const verdict = run(parse, files)
    expect(verdict.result).toBe('fail')
    expect(verdict.findings.map((f) => [f.check, f.path ?? f.rule])).toEqual([
      ['scope-syntax', undefined],
      ['out-of-scope', '.github/ci.yml'],
      ['out-of-scope', 'alpha.txt'],
      ['out-of-scope', 'zeta.txt'],
      ['read-only-modified', 'docs/x.md'],
      ['unused-write-entry', 'README.md']
    ])
    expect(verdict.outOfScopeFiles).toEqual([
      '.github/ci.yml',
      'alpha.txt',
      'docs/x.md',
      'zeta.txt'
    ])
  })

  it('does not depend on the order of the changed files', () => {
    expect(run(parse, [...files].reverse())).toEqual(run(parse, files))
  })

  it('passes on warnings and notices alone', () => {
    const verdict = run(parse, modified('src/a.ts'))
    expect(verdict.result).toBe('pass')
    expect(verdict.findings.map((f) => f.level)).toEqual(['warning', 'notice'])
  })
})
