import { describe, expect, it } from '@jest/globals'
import {
  formatScopeMessage,
  renderCheckReport,
  showPath,
  terminalSafe,
  type CheckReport
} from '../../../src/cli/check/render.js'
import type { Finding, Verdict } from '../../../src/scope/types.js'

const verdict = (findings: Finding[], outOfScopeFiles: string[] = []): Verdict => ({
  result: findings.some((f) => f.level === 'error') ? 'fail' : 'pass',
  findings,
  outOfScopeFiles,
  conflicts: [],
  unmetDependencies: []
})

const report = (
  v: Verdict,
  changedFiles = 3,
  dependencies = 0,
  extra: Partial<CheckReport> = {}
): string =>
  renderCheckReport({
    scopePath: 'WO.md',
    scope: { kind: 'file', shown: 'WO.md' },
    base: { ref: 'main', commit: '1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d' },
    mode: 'working-tree',
    changedPaths: changedFiles,
    uncommittedPaths: 0,
    settingsFile: null,
    warnings: [],
    verdict: v,
    dependencies,
    ...extra
  })

describe('renderCheckReport', () => {
  it('lists each out-of-scope file with its rule and scope line, then the verdict', () => {
    const text = report(
      verdict(
        [
          {
            check: 'out-of-scope',
            level: 'error',
            path: 'c.py',
            message: '`c.py` is not in the write set'
          },
          {
            check: 'out-of-scope',
            level: 'error',
            path: 'src/gen/x.ts',
            message: '`src/gen/x.ts` is taken back by `!src/gen/**` (line 4)',
            rule: '!src/gen/**',
            scopeLine: 4
          },
          {
            check: 'read-only-modified',
            level: 'error',
            path: 'b.py',
            message: '`b.py` was modified but is declared read-only by `b.py` (line 5)',
            rule: 'b.py',
            scopeLine: 5
          },
          {
            check: 'unused-write-entry',
            level: 'notice',
            message: '`d.py` matched no changed file: the work may not have been done',
            rule: 'd.py',
            scopeLine: 4
          },
          {
            check: 'scope-syntax',
            level: 'warning',
            message: 'line 8: unknown label "Owner"',
            scopeLine: 8
          }
        ],
        ['b.py', 'c.py', 'src/gen/x.ts']
      ),
      5,
      2
    )
    expect(text).toBe(
      [
        'pr-scope check: 5 changed paths since main (merge base 1a2b3c4d5e6f), all committed',
        'Scope: WO.md, as the pull request body',
        'Settings: defaults (the base has no .github/pr-scope.yml)',
        '',
        'Out of scope (2):',
        '  c.py: is not in the write set',
        '  src/gen/x.ts: is taken back by `!src/gen/**` [WO.md:4]',
        '',
        'Declared read-only but modified (1):',
        '  b.py: was modified but is declared read-only by `b.py` [WO.md:5]',
        '',
        'Unused write entries (1):',
        '  `d.py` matched no changed file: the work may not have been done [WO.md:4]',
        '',
        'Scope warnings (1):',
        '  WO.md:8: warning: unknown label "Owner"',
        '',
        'Not checked here: 2 dependencies (the pull request check reads them from GitHub).',
        '',
        'FAIL: 3 of 5 changed paths since main are out of scope.',
        ''
      ].join('\n')
    )
  })

  it.each<[string, Verdict, number, string]>([
    ['all in scope', verdict([]), 4, 'PASS: all 4 changed paths since main are in scope.'],
    ['nothing changed', verdict([]), 0, 'PASS: nothing changed since main.'],
    ['one file in scope', verdict([]), 1, 'PASS: the 1 changed path since main is in scope.'],
    [
      'the one file out of scope',
      verdict([{ check: 'out-of-scope', level: 'error', path: 'c.py', message: 'x' }], ['c.py']),
      1,
      'FAIL: 1 of 1 changed path since main is out of scope.'
    ],
    [
      'one of several out of scope',
      verdict([{ check: 'out-of-scope', level: 'error', path: 'c.py', message: 'x' }], ['c.py']),
      3,
      'FAIL: 1 of 3 changed paths since main is out of scope.'
    ],
    [
      'warnings only',
      verdict([{ check: 'out-of-scope', level: 'warning', path: 'c.py', message: 'x' }], ['c.py']),
      2,
      'PASS with warnings: 1 of 2 changed paths since main is out of scope.'
    ],
    [
      'a failing finding without paths',
      verdict([{ check: 'missing-scope', level: 'error', message: 'no scope' }]),
      2,
      'FAIL: 1 failing finding.'
    ]
  ])('verdict line: %s', (_name, v, changed, line) => {
    expect(report(v, changed).trimEnd().split('\n').pop()).toBe(line)
  })
})

it('names each scope line once, as FILE:LINE', () => {
  const text = report(
    verdict(
      [
        {
          check: 'read-only-modified',
          level: 'error',
          path: 'src/main.ts',
          message:
            '`src/main.ts` was modified but is declared read-only by `src/**` (line 6), and taken back from the write set by `!src/main.ts` (line 3)',
          rule: 'src/**',
          scopeLine: 6
        }
      ],
      ['src/main.ts']
    )
  )
  expect(text).toContain(
    '  src/main.ts: was modified but is declared read-only by `src/**`, and taken back from the write set by `!src/main.ts` (WO.md:3) [WO.md:6]\n'
  )
  expect(text).not.toMatch(/\(line \d+\)/)
})

it('counts one changed path in the singular on the first line', () => {
  expect(report(verdict([]), 1).split('\n')[0]).toBe(
    'pr-scope check: 1 changed path since main (merge base 1a2b3c4d5e6f), all committed'
  )
})

describe('the head of the report', () => {
  it.each<[string, Partial<CheckReport>, string[]]>([
    [
      'uncommitted work, a work order, a settings file',
      {
        uncommittedPaths: 2,
        scope: { kind: 'work-order', path: 'work-orders/WO-FIX-03.md' },
        settingsFile: '.github/pr-scope.yml'
      },
      [
        'pr-scope check: 3 changed paths since main (merge base 1a2b3c4d5e6f), 2 of them not committed yet',
        'Scope: work order work-orders/WO-FIX-03.md at the base',
        'Settings: .github/pr-scope.yml at the base'
      ]
    ],
    [
      'only the commits, from standard input',
      { mode: 'committed', scope: { kind: 'stdin' } },
      [
        'pr-scope check: 3 changed paths in the commits since main (merge base 1a2b3c4d5e6f); uncommitted work is not checked (--committed)',
        'Scope: standard input, as the pull request body',
        'Settings: defaults (the base has no .github/pr-scope.yml)'
      ]
    ]
  ])('%s', (_name, extra, head) => {
    expect(report(verdict([]), 3, 0, extra).split('\n').slice(0, 3)).toEqual(head)
  })

  it('lists warnings before the findings', () => {
    const text = report(verdict([]), 3, 0, { warnings: ['work order x is changed on this branch'] })
    expect(text).toContain('\nWarnings (1):\n  work order x is changed on this branch\n')
  })

  it('says nothing was checked without a scope at missing-scope warn', () => {
    const text = report(
      verdict([{ check: 'missing-scope', level: 'warning', message: 'No Session Scope block' }]),
      3,
      0,
      { scope: { kind: 'none', level: 'warn' } }
    )
    expect(text.trimEnd().split('\n').pop()).toBe(
      'PASS: no Session Scope, and missing-scope is warn: no path was checked.'
    )
  })
})

describe('terminalSafe', () => {
  it('keeps line breaks and tabs, and blanks what could move the cursor or reorder text', () => {
    expect(terminalSafe('a\tb\nc\u001b[2Jd\u202ee\u2028f\u0085')).toBe(
      'a\tb\nc\uFFFD[2Jd\uFFFDe\uFFFDf\uFFFD'
    )
  })
})

describe('showPath', () => {
  it.each([
    ['plain/path.py', 'plain/path.py'],
    ['with space/a b.py', 'with space/a b.py'],
    ['naïve/文件.py', 'naïve/文件.py'],
    ['new\nline', '"new\\nline"'],
    ['tab\there', '"tab\\there"'],
    [' leading', '" leading"'],
    ['bidi\u202eevil.py', '"bidi\\u202eevil.py"'],
    ['sep\u2028x', '"sep\\u2028x"']
  ])('%j -> %s', (path, shown) => {
    expect(showPath(path)).toBe(shown)
  })
})

describe('formatScopeMessage', () => {
  it('puts the location first and drops a repeated "line N:"', () => {
    expect(formatScopeMessage('WO.md', { level: 'error', line: 3, message: 'line 3: bad' })).toBe(
      'WO.md:3: error: bad'
    )
    expect(
      formatScopeMessage('WO.md', { level: 'error', line: 9, column: 4, message: 'YAML: bad' })
    ).toBe('WO.md:9:4: error: YAML: bad')
  })
})
