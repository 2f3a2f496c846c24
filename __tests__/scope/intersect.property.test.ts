import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { Minimatch, braceExpand } from 'minimatch'
import { alphabetFor } from '../../src/scope/glob-alphabet.js'
import { GlobAutomaton } from '../../src/scope/glob-automaton.js'
import { shapeCovers } from '../../src/scope/glob-match.js'
import { searchWitness } from '../../src/scope/glob-search.js'
import { parseGlob } from '../../src/scope/glob-syntax.js'
import { OverlapSet, findOverlaps, patternsOverlap } from '../../src/scope/intersect.js'
import { splitNegation } from '../../src/scope/paths.js'

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
