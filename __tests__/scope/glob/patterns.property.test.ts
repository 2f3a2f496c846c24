import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { braceExpand, minimatch } from 'minimatch'
import { OverlapSet } from '../../../src/scope/glob/intersect.js'
import { splitNegation } from '../../../src/scope/glob/paths.js'
import { MATCH_OPTIONS } from '../../../src/scope/glob/compile.js'
import { PatternList, validatePattern } from '../../../src/scope/glob/patterns.js'

// Small alphabets so that random globs and paths actually meet.
const name = fc.stringMatching(/^[ab.]{1,3}$/).filter((s) => s !== '.' && s !== '..')
const path = fc.array(name, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'))

// Brace alternatives that end in `/` (or are empty) are patterns of their own (CONTRACT §1.4).
const globPiece = fc.constantFrom(
  'a',
  'b',
  '.',
  '*',
  '?',
  '[ab]',
  '[!a]',
  '{a,b}',
  '{a,.b}',
  '{a/,b}',
  '{a/,b/}',
  '{,a}',
  '{a/**/,b}'
)
const globSegment = fc.oneof(
  { weight: 1, arbitrary: fc.constant('**') },
  {
    weight: 5,
    arbitrary: fc.array(globPiece, { minLength: 1, maxLength: 3 }).map((p) => p.join(''))
  }
)
const glob = fc
  .array(globSegment, { minLength: 1, maxLength: 4 })
  .map((segments) => segments.join('/'))
  .filter((g) => validatePattern(g) === null)

function compile(texts: string[]): PatternList {
  const { list, messages } = PatternList.compile(
    texts.map((text, i) => ({ text, line: i + 1 })),
    'write set'
  )
  expect(messages).toEqual([])
  return list
}

/** The proper ancestor folders of a path: `a/b/c` -> `a`, `a/b`. */
function ancestors(p: string): string[] {
  const parts = p.split('/')
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'))
}

describe('matching agrees with minimatch', () => {
  it('matches every path minimatch matches, and agrees exactly where no ancestor folder matches', () => {
    fc.assert(
      fc.property(glob, path, (g, p) => {
        const entry = compile([g]).entries[0]
        // Compare on the normalised glob: a leading `./` is ours to drop (CONTRACT §1.4).
        const normal = entry?.glob ?? ''
        const ours = entry?.matches(p)
        const theirs = minimatch(p, normal, MATCH_OPTIONS)
        if (theirs) expect(ours).toBe(true)
        // A folder is matched as `a` or, by an alternative that ends in `/`, as `a/`.
        const folder = (a: string): boolean =>
          minimatch(a, normal, MATCH_OPTIONS) || minimatch(`${a}/`, normal, MATCH_OPTIONS)
        if (!ancestors(p).some(folder)) expect(ours).toBe(theirs)
        else expect(ours).toBe(true)
      }),
      { numRuns: 1500 }
    )
  })
})

describe('decide follows gitignore order', () => {
  it('an appended `!` entry that matches the path takes it back; a plain one grants it again', () => {
    fc.assert(
      fc.property(fc.array(glob, { maxLength: 4 }), glob, path, (earlier, last, p) => {
        fc.pre(compile([last]).entries[0]?.matches(p) === true)
        const takenBack = compile([...earlier, `!${last}`])
        expect(takenBack.covers(p)).toBe(false)
        expect(takenBack.decide(p)?.text).toBe(`!${last}`)
        expect(compile([...earlier, `!${last}`, last]).covers(p)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it('an appended entry that does not match the path changes nothing', () => {
    fc.assert(
      fc.property(fc.array(glob, { maxLength: 4 }), glob, path, (earlier, last, p) => {
        fc.pre(compile([last]).entries[0]?.matches(p) === false)
        expect(compile([...earlier, `!${last}`]).covers(p)).toBe(compile(earlier).covers(p))
      }),
      { numRuns: 500 }
    )
  })
})

describe('entries with a trailing `/` agree with minimatch on folders', () => {
  // An entry covers P when the glob matches P, or matches a folder holding P, written `a` or
  // `a/` (minimatch reads `x/**/` as matching the folder `x/` itself, so it covers all of x).
  it('covers exactly the paths that the glob or a folder of them matches', () => {
    fc.assert(
      fc.property(glob, fc.boolean(), path, (g, slash, p) => {
        const text = slash ? `${g}/` : g
        fc.pre(validatePattern(text) === null)
        const entry = compile([text]).entries[0]
        // Compare on the normalised glob: a leading `./` is ours to drop (CONTRACT §1.4).
        const normal = `${entry?.glob ?? ''}${slash ? '/' : ''}`
        const mm = (candidate: string): boolean => minimatch(candidate, normal, MATCH_OPTIONS)
        const expected = (!slash && mm(p)) || ancestors(p).some((a) => mm(a) || mm(`${a}/`))
        expect(entry?.matches(p)).toBe(expected)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('the overlap engine and the matcher agree', () => {
  // `check` and `plan` must never disagree about a path. They read the folder rule differently
  // only below a folder that an alternative written like a file name matches (`x.ts` holding
  // `x.ts/y`, CONTRACT §1.4); on every other path the engine's list and the matcher's list cover
  // exactly the same paths.
  const namesFolder = (alt: string): boolean =>
    alt.endsWith('/') || alt.slice(alt.lastIndexOf('/') + 1).indexOf('.', 1) < 0
  const fileLikeHolds = (texts: string[], p: string): boolean =>
    texts.some((text) =>
      braceExpand(splitNegation(text).body)
        .filter((alt) => !namesFolder(alt))
        .some((alt) => ancestors(p).some((a) => minimatch(a, alt, MATCH_OPTIONS)))
    )

  it('cover the same paths, except below a folder matched as a file name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), glob), { minLength: 1, maxLength: 3 }),
        path,
        (entries, p) => {
          const texts = entries.map(([bang, g]) => (bang ? `!${g}` : g))
          fc.pre(!fileLikeHolds(texts, p))
          const engine = OverlapSet.compile(texts).grantOf(p) !== null
          expect(engine).toBe(compile(texts).covers(p))
        }
      ),
      { numRuns: 3000 }
    )
  })

  it.each([
    ['{docs/,lib}', 'docs/a.md'],
    ['{src/,lib/}', 'src/x'],
    ['src/{,a}', 'src/x'],
    ['{src/**/,x}', 'src/a.ts']
  ])('%s covers %s for both', (g, p) => {
    expect(OverlapSet.compile([g]).grantOf(p)).toBe(g)
    expect(compile([g]).covers(p)).toBe(true)
  })
})

describe('validatePattern without glob syntax', () => {
  // Plain text skips minimatch (a thousand plain paths would otherwise cost most of a plan); the
  // answer must be the one the full compile gives.
  const plain = fc
    .array(fc.constantFrom('a', '/', '.', ' ', '-', 'é', ':', '#', '%', '\t', 'x'.repeat(90)), {
      maxLength: 8
    })
    .map((parts) => parts.join(''))
  it('refuses exactly what compiling the entry refuses', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '!'), plain, (bang, text) => {
        const entry = `${bang}${text}`
        const compiled = PatternList.compile([{ text: entry, line: 1 }], 'write set')
        const refused = compiled.messages.some((m) => m.level === 'error')
        expect(validatePattern(entry) !== null).toBe(refused)
      }),
      { numRuns: 2000 }
    )
  })
})
