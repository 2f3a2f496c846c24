import { describe, expect, it } from '@jest/globals'
import { countBraceAlternatives } from '../../../src/scope/glob/bounds.js'
import { PatternList, validatePattern } from '../../../src/scope/glob/patterns.js'
import type { ScopeEntry } from '../../../src/scope/types.js'

function list(...texts: string[]): PatternList {
  const entries: ScopeEntry[] = texts.map((text, i) => ({ text, line: i + 1 }))
  const { list, messages } = PatternList.compile(entries, 'write set')
  expect(messages).toEqual([])
  return list
}

describe('CompiledEntry.matches', () => {
  it.each([
    // plain paths and the folder rule
    ['aidm/core/x.py', 'aidm/core/x.py', true],
    ['aidm/core', 'aidm/core/x.py', true],
    ['aidm/core/', 'aidm/core/x.py', true],
    ['aidm/core', 'aidm/core/deep/x.py', true],
    ['aidm/core', 'aidm/core', true],
    ['aidm/core/', 'aidm/core', false],
    ['aidm/core', 'aidm/corex/x.py', false],
    ['aidm/core', 'aidm', false],
    ['./aidm/core', 'aidm/core/x.py', true],
    ['/aidm/core', 'aidm/core/x.py', true],
    // `*` stays in one segment, but matches a folder that holds the path
    ['src/*', 'src/a.ts', true],
    ['src/*', 'src/a/b.ts', true],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/a/b.ts', false],
    ['*.ts', 'a.ts', true],
    ['*.ts', 'lib/a.ts', false],
    ['x*y*z', 'xaayaz', true],
    ['x*y*z', 'xaaya', false],
    // `**`
    ['**', 'a', true],
    ['**/*.ts', 'a.ts', true],
    ['**/*.ts', 'a/b/c.ts', true],
    ['**/*.ts', 'a/b/c.js', false],
    ['src/**', 'src/a/b.ts', true],
    ['src/**', 'src', false],
    // `x/**/` matches the folder `x/` itself (as minimatch reads it), so it covers all of x
    ['src/**/', 'src/a.ts', true],
    ['src/**/', 'src/a/b.ts', true],
    ['src/**/', 'src', false],
    ['**/', 'a.ts', false],
    ['**/', 'a/b.ts', true],
    ['src/**/test/*.ts', 'src/test/a.ts', true],
    ['src/**/test/*.ts', 'src/a/b/test/a.ts', true],
    ['src/**/test/*.ts', 'src/a/b/test/a.js', false],
    ['src/**/gen', 'src/x/gen/y.ts', true],
    ['**/a/**/b', 'x/a/y/z/b', true],
    ['**/a/**/b', 'x/b/y/a', false],
    // `?` and classes
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['src/[ab].ts', 'src/b.ts', true],
    ['src/[ab].ts', 'src/c.ts', false],
    ['src/[!ab].ts', 'src/c.ts', true],
    ['src/[^ab].ts', 'src/a.ts', false],
    ['src/[a-c]x', 'src/bx', true],
    ['src/[[:digit:]]*', 'src/7up', true],
    ['src/[[:digit:]]*', 'src/up', false],
    // braces
    ['src/{a,b}.ts', 'src/a.ts', true],
    ['src/{a,b}.ts', 'src/b.ts', true],
    ['src/{a,b}.ts', 'src/c.ts', false],
    ['{src,lib}/**/*.{ts,tsx}', 'lib/x/y.tsx', true],
    ['{src,lib}/**/*.{ts,tsx}', 'test/x/y.tsx', false],
    ['docs/v{1..3}.md', 'docs/v2.md', true],
    ['docs/v{1..3}.md', 'docs/v4.md', false],
    ['src/{a/b,c}', 'src/a/b/x', true],
    // each brace alternative has its own trailing `/` and folder rule (CONTRACT §1.4)
    ['{docs/,lib}', 'docs/a.md', true],
    ['{docs/,lib}', 'docs/api/a.md', true],
    ['{docs/,lib}', 'docs', false],
    ['{docs/,lib}', 'lib', true],
    ['{docs/,lib}', 'lib/x', true],
    ['{docs/,lib}', 'docsx/a.md', false],
    ['{src/,lib/}', 'src/x', true],
    ['{src/,lib/}', 'lib/y/z', true],
    ['{src/,lib/}', 'src', false],
    ['src/{,a}', 'src/x', true],
    ['src/{,a}', 'src/a', true],
    ['src/{,a}', 'src', false],
    ['{src/**/,x}', 'src/a.ts', true],
    ['{src/**/,x}', 'x/y', true],
    ['{src/**/,x}', 'src', false],
    ['{*.md,docs/}', 'docs/x.ts', true],
    ['{*.md,docs/}', 'a.md', true],
    ['{*.md,docs/}', 'docs', false],
    // dot files are ordinary files (dot: true)
    ['*', '.env', true],
    ['.github/**', '.github/workflows/ci.yml', true],
    ['**/*.yml', '.github/workflows/ci.yml', true],
    ['src/*', 'src/.hidden', true],
    // case-sensitive, as git paths are
    ['README.md', 'readme.md', false],
    ['src/*.TS', 'src/a.ts', false],
    ['Src/**', 'src/a.ts', false],
    // escapes and characters that look like syntax
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['#notes.md', '#notes.md', true],
    ['src/file(1).ts', 'src/file(1).ts', true],
    ['a[', 'a[', true]
  ])('%s matches %s: %s', (glob, path, expected) => {
    const entry = list(glob).entries[0]
    expect(entry?.matches(path)).toBe(expected)
  })
})

describe('PatternList.decide and covers: the last matching entry decides', () => {
  it.each([
    [['src/**', '!src/generated/**'], 'src/a.ts', true, 'src/**'],
    [['src/**', '!src/generated/**'], 'src/generated/x.ts', false, '!src/generated/**'],
    [
      ['src/**', '!src/generated/**', 'src/generated/keep.ts'],
      'src/generated/keep.ts',
      true,
      'src/generated/keep.ts'
    ],
    [
      ['src/**', '!src/generated/**', 'src/generated/keep.ts'],
      'src/generated/other.ts',
      false,
      '!src/generated/**'
    ],
    [['!src/generated/**', 'src/**'], 'src/generated/x.ts', true, 'src/**'],
    [['src/**'], 'lib/a.ts', false, null],
    [[], 'lib/a.ts', false, null]
  ])('%j decides %s: covers %s by %s', (texts, path, covers, decider) => {
    const l = list(...texts)
    expect(l.covers(path)).toBe(covers)
    expect(l.decide(path)?.text ?? null).toBe(decider)
  })

  it('keeps the entry as written, its normalised glob, negation and line', () => {
    const [a, b] = list('./src/**', '!/src/gen/').entries
    expect(a).toMatchObject({ text: './src/**', glob: 'src/**', negated: false, line: 1 })
    expect(b).toMatchObject({ text: '!/src/gen/', glob: 'src/gen', negated: true, line: 2 })
  })
})

describe('bounds', () => {
  it.each([
    ['', /empty/],
    ['!', /empty/],
    ['./', /empty/],
    ['a'.repeat(257), /more than 256/],
    ['{1..5000}', /5,000 brace alternatives/],
    ['{a..z}{a..z}{0..9}', /6,760 brace alternatives/],
    ['{a,{b,c}}{d,e}{1..200}', /1,200 brace alternatives/],
    ['**/'.repeat(65) + 'x', /65 `\*\*`/],
    ['**/{1..200}.ts', /with wildcards, more than 100/],
    ['src/+(a|b).ts', /extglob/],
    ['src/@(a).ts', /extglob/],
    ['src/!(a).ts', /extglob/],
    ['src/[z-a].ts', /matches no character/],
    ['../secrets', /`\.\.` segment/],
    ['src/./a', /`\.` segment/],
    // minimatch folds `a/..` away, so a brace alternative `a/../aa` would mean `aa`.
    ['a/{,a}../aa', /`\.\.` segment in its brace alternative `a\/\.\.\/aa`/],
    ['src/{.,lib}/x.ts', /`\.` segment in its brace alternative `src\/\.\/x\.ts`/]
  ])('rejects %j', (pattern, problem) => {
    const message = validatePattern(pattern)
    expect(message).toMatch(problem)
    expect(message).toContain('`')
  })

  it.each([
    'a'.repeat(256),
    'docs/{1..1000}.md',
    '**/'.repeat(64) + 'x',
    'src/**/*.{ts,tsx,js,jsx}',
    '!src/gen/**',
    'src/{a,b}/{c,d}/**',
    'src/\\+(a).ts',
    'src/{.github,lib}/**',
    'a/{b,c}../x'
  ])('accepts %j', (pattern) => {
    expect(validatePattern(pattern)).toBeNull()
  })

  it('names the list, the line and the pattern, and leaves the bad entry out', () => {
    const { list, messages } = PatternList.compile(
      [
        { text: 'src/**', line: 3 },
        { text: '{1..5000}', line: 4 }
      ],
      'read set'
    )
    expect(list.entries.map((e) => e.text)).toEqual(['src/**'])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ level: 'error', line: 4 })
    expect(messages[0]?.message).toMatch(/^In the read set \(line 4\): pattern `\{1\.\.5000\}`/)
  })

  it.each([
    ['a', 1],
    ['{a,b}', 2],
    ['{a,b}{c,d,e}', 6],
    ['{a,{b,c}}', 3],
    ['{1..10}', 10],
    ['{1..10..3}', 4],
    ['{a..e}', 5],
    ['{a}', 1],
    ['\\{a,b\\}', 1],
    ['{a,b', 1],
    ['{x{a,b}}', 2]
  ])('counts the brace alternatives of %s without expanding: %d', (pattern, count) => {
    expect(countBraceAlternatives(pattern)).toBe(count)
  })
})

describe('hostile shapes never hang', () => {
  const long = 'a'.repeat(4095)
  const deep = 'a/'.repeat(2047) + 'b'
  const wide = ('a'.repeat(100) + '/').repeat(40) + 'a'
  // Each of these backtracks for minutes (or forever) as a plain minimatch regular expression.
  it.each([
    ['*a*a*a*a*a*a*a*a*a*a*b', long],
    ['**/' + '*a'.repeat(60) + 'b', wide],
    ['**/a/'.repeat(50) + 'b', deep],
    ['**/a*/'.repeat(40) + 'c', deep],
    ['**/' + '?*/'.repeat(80) + 'x', deep],
    ['**/*{1..99}*', deep],
    ['*{1..99}*a*a*a*b', long],
    ['[[:alpha:]]*'.repeat(20) + 'b', 'é'.repeat(4095)],
    ['**/' + '?'.repeat(200) + '*b', long],
    ['{a/b,c/d,e/f,g/h,i/j}{a/b,c/d,e/f,g/h,i/j}/**/*a*a*a*b', 'a/ba/' + 'aa/'.repeat(1300)]
  ])('%s', (pattern, path) => {
    const l = list(pattern)
    const started = Date.now()
    for (let i = 0; i < 5; i++) l.covers(path)
    // Generous: a match takes well under a few milliseconds; this only catches a hang.
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
