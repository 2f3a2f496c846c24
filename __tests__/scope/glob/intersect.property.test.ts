import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { Minimatch, braceExpand } from 'minimatch'
import { alphabetFor } from '../../../src/scope/glob/alphabet.js'
import { GlobAutomaton } from '../../../src/scope/glob/automaton.js'
import { shapeCovers } from '../../../src/scope/glob/match.js'
import { searchWitness } from '../../../src/scope/glob/search.js'
import { parseGlob } from '../../../src/scope/glob/syntax.js'
import {
  OverlapSet,
  compareSets,
  findOverlaps,
  isRefusedEntry,
  patternsOverlap
} from '../../../src/scope/glob/intersect.js'
import { samplesOf } from '../../../src/scope/glob/sample.js'
import { WorkMeter } from '../../../src/scope/glob/work-bound.js'
import { splitNegation } from '../../../src/scope/glob/paths.js'
import { PatternList, validatePattern } from '../../../src/scope/glob/patterns.js'

// Brute force over a small universe against minimatch (dot: true) plus the folder rule, which
// for overlap applies only to a brace alternative that can name a folder (a trailing `/`, or a
// last segment with no `.` after its first character).

const NAMES = ['a', 'b', 'ab', 'ba', 'aa', '.a', 'c', 'a.b', 'b.ab']
const UNIVERSE: string[] = []
for (const x of NAMES) {
  UNIVERSE.push(x)
  for (const y of NAMES) {
    UNIVERSE.push(`${x}/${y}`)
    for (const z of NAMES) UNIVERSE.push(`${x}/${y}/${z}`)
  }
}

const SEGMENTS = [
  'a',
  'b',
  'ab',
  '*',
  '**',
  '?',
  '[ab]',
  '[!a]',
  '{a,b}',
  '{a,b*}',
  'a*',
  '*b',
  'a?',
  '.a',
  '.*',
  '[a-b]b',
  'a.b',
  '*.b',
  '*.ab',
  'a.*',
  '{a,a.b}'
]

const glob = fc
  .tuple(
    fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', '', '', '/')
  )
  .map(([segments, end]) => segments.join('/') + end)

const entry = fc.tuple(fc.constantFrom('', '', '!'), glob).map(([bang, g]) => bang + g)
const list = fc
  .tuple(glob, fc.array(entry, { maxLength: 3 }))
  .map(([first, rest]) => [first, ...rest])

function namesFolder(alternative: string): boolean {
  if (alternative.endsWith('/')) return true
  return alternative.slice(alternative.lastIndexOf('/') + 1).indexOf('.', 1) < 0
}

const matchers = new Map<string, { mm: Minimatch; folderRule: boolean }[]>()
function covers(text: string, path: string): boolean {
  const body = splitNegation(text).body
  let alternatives = matchers.get(body)
  if (alternatives === undefined) {
    alternatives = braceExpand(body).map((alt) => ({
      mm: new Minimatch(alt, { dot: true, nobrace: true }),
      folderRule: namesFolder(alt)
    }))
    matchers.set(body, alternatives)
  }
  const parts = path.split('/')
  return alternatives.some(({ mm, folderRule }) => {
    if (mm.match(path)) return true
    if (!folderRule) return false
    for (let n = parts.length - 1; n >= 1; n--) {
      const folder = parts.slice(0, n).join('/')
      if (mm.match(folder) || mm.match(`${folder}/`)) return true
    }
    return false
  })
}

function listCovers(entries: readonly string[], path: string): boolean {
  for (let i = entries.length - 1; i >= 0; i--) {
    const text = entries[i] as string
    if (covers(text, path)) return !text.startsWith('!')
  }
  return false
}

function isRealPath(path: string): boolean {
  return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..')
}

describe('patternsOverlap against brute force', () => {
  it('finds an overlap exactly when some path is covered by both, with a real witness', () => {
    fc.assert(
      fc.property(glob, glob, (a, b) => {
        const witness = patternsOverlap(a, b)
        const shared = UNIVERSE.find((p) => covers(a, p) && covers(b, p))
        if (shared !== undefined) expect(witness).not.toBeNull()
        if (witness === null) return
        expect(witness).not.toBe('')
        expect(isRealPath(witness)).toBe(true)
        expect(covers(a, witness)).toBe(true)
        expect(covers(b, witness)).toBe(true)
      }),
      { numRuns: 400 }
    )
  })
})

describe('findOverlaps against brute force', () => {
  it('reports every meeting pair, each with a witness both whole lists cover', () => {
    fc.assert(
      fc.property(list, list, (ours, theirs) => {
        const pairs = findOverlaps(OverlapSet.compile(ours), OverlapSet.compile(theirs))
        const reported = new Set(pairs.map((p) => `${p.ours}\u0000${p.theirs}`))
        const both = UNIVERSE.filter((p) => listCovers(ours, p) && listCovers(theirs, p))
        for (const o of ours.filter((t) => !t.startsWith('!'))) {
          for (const t of theirs.filter((x) => !x.startsWith('!'))) {
            const meet = both.some((p) => covers(o, p) && covers(t, p))
            if (meet) expect(reported).toContain(`${o}\u0000${t}`)
          }
        }
        if (pairs.length === 0) expect(both).toEqual([])
        for (const pair of pairs) {
          expect(pair.witness).not.toBe('')
          expect(isRealPath(pair.witness)).toBe(true)
          expect(covers(pair.ours, pair.witness)).toBe(true)
          expect(covers(pair.theirs, pair.witness)).toBe(true)
          expect(listCovers(ours, pair.witness)).toBe(true)
          expect(listCovers(theirs, pair.witness)).toBe(true)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('the two readings of a glob against minimatch', () => {
  it('agree path by path: automaton, direct matcher and minimatch with the folder rule', () => {
    fc.assert(
      fc.property(glob, (g) => {
        const shape = parseGlob(g)
        const automaton = new GlobAutomaton(shape)
        for (const path of UNIVERSE) {
          const expected = covers(g, path)
          expect([path, automaton.covers(path)]).toEqual([path, expected])
          expect([path, shapeCovers(shape, path)]).toEqual([path, expected])
        }
      }),
      { numRuns: 300 }
    )
  })

  it('the product search alone finds a common path exactly when brute force does', () => {
    fc.assert(
      fc.property(glob, glob, (a, b) => {
        const shapes = [parseGlob(a), parseGlob(b)]
        const [x, y] = shapes.map((shape) => new GlobAutomaton(shape)) as [
          GlobAutomaton,
          GlobAutomaton
        ]
        const found = searchWitness({
          automata: [x, y],
          required: 2,
          goal: (s) => x.accepting(s[0] as number) && y.accepting(s[1] as number),
          alphabet: alphabetFor(shapes)
        })
        const shared = UNIVERSE.some((p) => covers(a, p) && covers(b, p))
        expect(found.kind).not.toBe('unknown')
        if (shared) expect(found.kind).toBe('found')
        if (found.kind !== 'found') return
        expect(isRealPath(found.witness)).toBe(true)
        expect(covers(a, found.witness)).toBe(true)
        expect(covers(b, found.witness)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })
})

describe('every pair gets an answer within the work bound (CONTRACT §2)', () => {
  // Hostile pieces next to ordinary ones: long star runs, `?` runs, classes, POSIX classes,
  // brace products, `**`, and extglobs (which their author's check refuses).
  const piece = fc.oneof(
    fc.integer({ min: 1, max: 60 }).map((n) => '*a'.repeat(n)),
    fc.integer({ min: 1, max: 40 }).map((n) => '?'.repeat(n)),
    fc.constantFrom('[ab]', '[!a]', '[[:alpha:]]', '{a,b}', '{*a,?b}', '{a/,b}', '+(a|b)', '@(x)'),
    fc.stringMatching(/^[ab.]{1,4}$/)
  )
  const segment = fc.oneof(
    { weight: 1, arbitrary: fc.constant('**') },
    { weight: 5, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')) }
  )
  const hostile = fc
    .array(segment, { minLength: 1, maxLength: 4 })
    .map((segments) => segments.join('/'))
  const LIMIT = 300_000

  it('meets with a path both cover, provably does not, or is undecided; never past the bound', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const meter = new WorkMeter(LIMIT)
        const sa = OverlapSet.compile([a], meter)
        const sb = OverlapSet.compile([b], meter)
        const { pairs, undecided } = compareSets(sa, sb)
        expect(meter.spent).toBeLessThanOrEqual(LIMIT)
        expect(pairs.length + undecided.length).toBeLessThanOrEqual(1)
        const refused = validatePattern(a) !== null || validatePattern(b) !== null
        if (refused) expect(pairs.length + undecided.length).toBe(0)
        for (const pair of pairs) {
          expect(isRealPath(pair.witness)).toBe(true)
          // The engine's reading (exact, unmetered here) and the matcher's both cover it.
          expect(OverlapSet.compile([a]).grantOf(pair.witness)).toBe(a)
          expect(OverlapSet.compile([b]).grantOf(pair.witness)).toBe(b)
          expect(matcherCovers(a, pair.witness) && matcherCovers(b, pair.witness)).toBe(true)
        }
        if (pairs.length + undecided.length > 0 || refused) return
        // "No overlap": no simple path either pattern covers is covered by the other.
        for (const path of [...samplesOf(parseGlob(a)), ...samplesOf(parseGlob(b))]) {
          if (!isRealPath(path)) continue
          const both =
            OverlapSet.compile([a]).grantOf(path) !== null &&
            OverlapSet.compile([b]).grantOf(path) !== null
          expect([path, both]).toEqual([path, false])
        }
      }),
      { numRuns: 300 }
    )
  })
})

/** The check's matcher (its folder rule is the wider one): what it covers includes the engine's. */
function matcherCovers(text: string, path: string): boolean {
  return PatternList.compile([{ text, line: 1 }], 'write set').list.covers(path)
}

describe("the engine refuses what the author's own check refuses", () => {
  // It reads most entries without minimatch: that shortcut must give validatePattern's answer,
  // except for a class that matches nothing (`[z-a]`), which it reads as matching nothing.
  const text = (alphabet: string): fc.Arbitrary<string> =>
    fc
      .array(fc.constantFrom(...alphabet.split('')), { minLength: 1, maxLength: 14 })
      .map((chars) => chars.join(''))
  it.each([
    ['without groups, classes or escapes', 'ab.*?/{},!-'],
    ['with them', 'ab.*?/{},!-()[]|+@\\:^']
  ])('%s', (_name, alphabet) => {
    fc.assert(
      fc.property(text(alphabet), (pattern) => {
        const refused = validatePattern(pattern) !== null
        if (isRefusedEntry(pattern)) expect([pattern, refused]).toEqual([pattern, true])
        else if (refused) expect([pattern, patternsOverlap(pattern, '**')]).toEqual([pattern, null])
      }),
      { numRuns: 3000 }
    )
  })

  it('reads a refused pattern without classes, groups or escapes exactly as refused', () => {
    fc.assert(
      fc.property(text('ab.*?/{},!-'), (pattern) => {
        expect([pattern, isRefusedEntry(pattern)]).toEqual([
          pattern,
          validatePattern(pattern) !== null
        ])
      }),
      { numRuns: 3000 }
    )
  })
})
