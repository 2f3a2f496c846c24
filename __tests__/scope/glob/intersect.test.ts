import { describe, expect, it } from '@jest/globals'
import { Minimatch, braceExpand } from 'minimatch'
import {
  OverlapSet,
  UNKNOWN_WITNESS,
  findOverlaps,
  patternsOverlap
} from '../../../src/scope/glob/intersect.js'
import { splitNegation } from '../../../src/scope/glob/paths.js'

// The reference reading of CONTRACT §1.4 for overlap: minimatch with dot, per brace alternative,
// plus the folder rule for an alternative that can name a folder (a trailing `/`, or a last
// segment with no `.` after its first character).
function namesFolder(alternative: string): boolean {
  if (alternative.endsWith('/')) return true
  return alternative.slice(alternative.lastIndexOf('/') + 1).indexOf('.', 1) < 0
}

function covers(entry: string, path: string): boolean {
  const parts = path.split('/')
  return braceExpand(splitNegation(entry).body).some((alternative) => {
    const mm = new Minimatch(alternative, { dot: true, nobrace: true })
    if (mm.match(path)) return true
    if (!namesFolder(alternative)) return false
    for (let n = parts.length - 1; n >= 1; n--) {
      const folder = parts.slice(0, n).join('/')
      if (mm.match(folder) || mm.match(`${folder}/`)) return true
    }
    return false
  })
}

function listCovers(list: readonly string[], path: string): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    const entry = list[i] as string
    if (covers(entry, path)) return !entry.startsWith('!')
  }
  return false
}

function isRealPath(path: string): boolean {
  return path.length > 0 && path.split('/').every((s) => s !== '' && s !== '.' && s !== '..')
}

describe('patternsOverlap', () => {
  it.each([
    // [a, b, overlap, exact witness when it is forced]
    ['src/**/*.ts', 'src/core/*.ts', true, 'src/core/x.ts'],
    ['src/*.ts', 'lib/*.ts', false, null],
    ['docs/', 'docs/api/index.md', true, 'docs/api/index.md'],
    ['docs', 'docs/api/index.md', true, 'docs/api/index.md'],
    ['**/*.md', 'README.md', true, 'README.md'],
    ['aidm/core/**', 'aidm/core/attack_resolver.py', true, 'aidm/core/attack_resolver.py'],
    ['a/{b,c}/*.ts', 'a/c/x.ts', true, 'a/c/x.ts'],
    ['a/{b,c}/*.ts', 'a/d/x.ts', false, null],
    ['[a-c].md', 'b.md', true, 'b.md'],
    ['[a-c].md', 'd.md', false, null],
    ['[!a].md', 'a.md', false, null],
    ['[^a].md', 'b.md', true, 'b.md'],
    ['[abc]/x', '[!b]/x', true, null],
    ['?.ts', 'ab.ts', false, null],
    ['??.ts', 'ab.ts', true, 'ab.ts'],
    ['src/*.ts', 'src/*.js', false, null],
    ['src/a*', 'src/*b', true, 'src/ab'],
    ['a/**/b', 'a/b', true, 'a/b'],
    ['a/**/b', 'a/x/y/b', true, 'a/x/y/b'],
    ['a/**/b/*.ts', 'a/*/c/b/q.ts', true, null],
    ['a/**/b', 'a/**/c', true, null],
    ['.github/**', '**/*.yml', true, null],
    ['**/.env', 'config/.env', true, 'config/.env'],
    ['*', '.gitignore', true, '.gitignore'],
    ['src/**', 'src', true, 'src/x'],
    ['src/', 'src', true, 'src/x'],
    ['src/', 'srcs/a', false, null],
    ['src', 'src2', false, null],
    ['src/a.ts', 'src/a.ts', true, 'src/a.ts'],
    ['src/a.ts', 'src/b.ts', false, null],
    ['file{1..3}.txt', 'file2.txt', true, 'file2.txt'],
    ['file{1..3}.txt', 'file4.txt', false, null],
    ['{a,{b,c}}/x', 'c/x', true, 'c/x'],
    ['a\\*b', 'a*b', true, 'a*b'],
    ['a\\*b', 'axb', false, null],
    ['src/[z-a].ts', 'src/**', false, null],
    ['Src/a.ts', 'src/a.ts', false, null],
    ['./src/a.ts', '/src/*.ts', true, 'src/a.ts'],
    ['!src/gen/**', 'src/gen/x.ts', true, 'src/gen/x.ts'],
    // The folder rule applies only to an entry that can name a folder.
    ['**/*.md', 'src/index.ts', false, null],
    ['**/*.md', 'docs', true, 'docs/x.md'],
    ['src/*', 'src/a/b.ts', true, 'src/a/b.ts'],
    ['src/*', 'src/**/*.md', true, 'src/x.md'],
    ['src/index.ts', 'src/index.ts/x', false, null],
    ['src/index.ts', 'src/**', true, 'src/index.ts'],
    ['*.md', 'a.md/b.md', false, null],
    ['.github', '.github/workflows/ci.yml', true, '.github/workflows/ci.yml'],
    ['.github', '**/*.yml', true, '.github/x.yml'],
    ['src/*.ts/', 'src/a.ts/x', true, 'src/a.ts/x'],
    ['src/{a.ts,core}', 'src/core/x.ts', true, 'src/core/x.ts'],
    ['src/{a.ts,core}', 'src/a.ts/x', false, null],
    ['src/[[:alpha:]].ts', 'src/a.ts/x', false, null],
    ['src/[[:alpha:]]', 'src/a/x.ts', true, 'src/a/x.ts'],
    // Different literal endings of file names never meet.
    ['**/*.ts', '**/*.md', false, null],
    ['**/*.ts', '**/*.tsx', false, null],
    ['**/*.ts', 'src/**/x.d.ts', true, 'src/x.d.ts'],
    ['**/*.ts', 'config/{a,b}.json', false, null],
    ['**/*.ts', 'config/{a.json,b.ts}', true, 'config/b.ts'],
    ['src/{a,b}.md', '**/b.md', true, 'src/b.md'],
    ['**/*.md', 'src', true, 'src/x.md'],
    ['a/**/', 'a/x', true, 'a/x'],
    ['**/', 'a', true, null],
    ['src/[[:alpha:]].ts', 'src/a.ts', true, 'src/a.ts'],
    ['src/[[:digit:]]*', 'src/**', true, null]
  ])('%s vs %s: %s', (a, b, overlap, exact) => {
    const witness = patternsOverlap(a, b)
    expect(witness !== null).toBe(overlap)
    if (witness === null) return
    expect(witness).not.toBe(UNKNOWN_WITNESS)
    expect(isRealPath(witness)).toBe(true)
    expect(covers(a, witness)).toBe(true)
    expect(covers(b, witness)).toBe(true)
    if (exact !== null) expect(witness).toBe(exact)
    // Overlap is symmetric.
    expect(patternsOverlap(b, a) !== null).toBe(true)
  })
})

describe('findOverlaps', () => {
  it.each([
    [['src/**', '!src/gen/**'], ['src/gen/x.ts'], []],
    [
      ['src/**', '!src/gen/**', 'src/gen/keep.ts'],
      ['src/gen/*.ts'],
      [
        ['src/**', 'src/gen/*.ts', 'src/gen/keep.ts'],
        ['src/gen/keep.ts', 'src/gen/*.ts', 'src/gen/keep.ts']
      ]
    ],
    [['src/**', '!src/gen/**'], ['src/**'], [['src/**', 'src/**', null]]],
    [['src/**'], ['src/**', '!src/**'], []],
    [['src/**'], ['!src/a.ts', 'src/**'], [['src/**', 'src/**', null]]],
    [['src/*.ts'], ['lib/*.ts', 'test/**'], []],
    [
      ['src/core/*.ts', 'docs/'],
      ['docs/api/index.md', 'src/**/*.ts'],
      [
        ['src/core/*.ts', 'src/**/*.ts', 'src/core/x.ts'],
        ['docs/', 'docs/api/index.md', 'docs/api/index.md']
      ]
    ],
    [['src/**', '!src/*.ts'], ['src/*.ts'], []],
    [['src/**', '!src/*.ts'], ['src/*'], [['src/**', 'src/*', null]]],
    // The take-back covers what lies below a matched folder too.
    [['src/**', '!src/gen'], ['src/gen/**'], []],
    [['a/**', '!a/*/b/**'], ['a/x/**'], [['a/**', 'a/x/**', null]]],
    [['src/**', '!**/*.snap'], ['src/**/*.snap'], []]
  ])('%j vs %j', (ours, theirs, expected) => {
    const pairs = findOverlaps(OverlapSet.compile(ours), OverlapSet.compile(theirs))
    expect(pairs.map((p) => [p.ours, p.theirs])).toEqual(expected.map(([o, t]) => [o, t]))
    for (const [index, pair] of pairs.entries()) {
      const want = (expected[index] as (string | null)[])[2]
      if (want !== null && want !== undefined) expect(pair.witness).toBe(want)
      expect(isRealPath(pair.witness)).toBe(true)
      expect(listCovers(ours, pair.witness)).toBe(true)
      expect(listCovers(theirs, pair.witness)).toBe(true)
      expect(covers(pair.ours, pair.witness)).toBe(true)
      expect(covers(pair.theirs, pair.witness)).toBe(true)
    }
  })

  it('takes scope entries and reports their texts as written', () => {
    const ours = OverlapSet.compile([{ text: './aidm/core/**', line: 3 }])
    const theirs = OverlapSet.compile([
      { text: 'lib/**', line: 1 },
      { text: 'aidm/core/a.py', line: 2 }
    ])
    expect(findOverlaps(ours, theirs)).toEqual([
      { ours: './aidm/core/**', theirs: 'aidm/core/a.py', witness: 'aidm/core/a.py' }
    ])
  })

  it('gives the same answer every time, ordered by our entries then theirs', () => {
    const ours = OverlapSet.compile(['b/**', 'a/**', '**/*.md'])
    const theirs = OverlapSet.compile(['a/x.md', 'b/y.md'])
    const first = findOverlaps(ours, theirs)
    expect(first.map((p) => `${p.ours} ${p.theirs}`)).toEqual([
      'b/** b/y.md',
      'a/** a/x.md',
      '**/*.md a/x.md',
      '**/*.md b/y.md'
    ])
    expect(findOverlaps(ours, theirs)).toEqual(first)
  })

  it('says whether a list grants anything', () => {
    expect(OverlapSet.compile([]).isEmpty).toBe(true)
    expect(OverlapSet.compile(['!src/**']).isEmpty).toBe(true)
    expect(OverlapSet.compile(['src/[z-a]']).isEmpty).toBe(true)
    expect(OverlapSet.compile(['src/**', '!src/a']).isEmpty).toBe(false)
    expect(findOverlaps(OverlapSet.compile([]), OverlapSet.compile(['**']))).toEqual([])
  })
})

describe("entries refused by their author's own check count for nothing (CONTRACT §1.4)", () => {
  it.each([
    // extglobs, beyond the brace bound, too long, too many `**`, `..`, braces expanding to nothing
    ['src/@(a|b).ts', 'src/a.ts'],
    ['src/@(a|b)', 'src/a/x.ts'],
    ['x/+(a|aa)+(a|aa)b', 'x/**'],
    [`src/${'{a,b}'.repeat(12)}.ts`, 'src/abababababab.ts'],
    [`src/${'a'.repeat(260)}`, 'src/**'],
    ['**/'.repeat(65) + 'x', '**'],
    ['src/../lib/**', 'lib/x'],
    ['{,}', 'src/**']
  ])('%s meets nothing, not even %s', (refused, other) => {
    expect(patternsOverlap(refused, other)).toBeNull()
    expect(patternsOverlap(other, refused)).toBeNull()
    expect(findOverlaps(OverlapSet.compile([refused]), OverlapSet.compile([other]))).toEqual([])
  })

  it('a refused take-back is left out, which can only widen the list that wrote it', () => {
    const pairs = findOverlaps(
      OverlapSet.compile(['src/**', '!src/@(a|b).ts']),
      OverlapSet.compile(['src/a.ts'])
    )
    expect(pairs).toEqual([{ ours: 'src/**', theirs: 'src/a.ts', witness: 'src/a.ts' }])
  })

  it('a refused grant leaves the rest of its list as it is', () => {
    const list = OverlapSet.compile(['src/+(a).ts', 'lib/**', '!lib/gen/**'])
    expect(list.grantOf('src/a.ts')).toBeNull()
    expect(list.grantOf('lib/x.ts')).toBe('lib/**')
    expect(list.grantOf('lib/gen/x.ts')).toBeNull()
    expect(OverlapSet.compile(['src/+(a).ts']).isEmpty).toBe(true)
  })
})

describe('bounds', () => {
  it('does not hang on patterns built to blow up', () => {
    const started = Date.now()
    const stars = (c: string): string => `${`*${c}`.repeat(40)}*`
    expect(patternsOverlap(stars('a'), stars('b'))).not.toBeNull()
    expect(patternsOverlap(`${'**/a/'.repeat(20)}x`, `${'**/a/'.repeat(19)}y`)).not.toBeNull()
    const classes = '[ab]'.repeat(60)
    expect(patternsOverlap(`*a${classes}`, `${classes}b*`)).not.toBeNull()
    const many = Array.from({ length: 64 }, (_, i) => `!**/${'?'.repeat(i % 8)}[ab]*`)
    findOverlaps(OverlapSet.compile(['**', ...many]), OverlapSet.compile(['**/*a*b*']))
    expect(Date.now() - started).toBeLessThan(20_000)
  })
})
