import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { editDistance, suggest } from '../../src/settings/suggest.js'

describe('suggest', () => {
  const commands = ['check', 'plan']
  const keys = ['scope-source', 'work-orders', 'ignore', 'out-of-scope', 'overlap', 'read-overlap']
  it.each<[string, readonly string[], string | null]>([
    ['chekc', commands, 'check'],
    ['chek', commands, 'check'],
    ['Check', commands, 'check'],
    ['plna', commands, 'plan'],
    ['deploy', commands, null],
    ['', commands, null],
    ['overlaps', keys, 'overlap'],
    ['out_of_scope', keys, 'out-of-scope'],
    ['workorders', keys, 'work-orders'],
    ['ignores', keys, 'ignore'],
    ['token', keys, null]
  ])('%s -> %s', (word, candidates, expected) => {
    expect(suggest(word, candidates)).toBe(expected)
  })

  it('counts a swap of neighbours as one edit and stops past the limit', () => {
    expect(editDistance('chekc', 'check', 3)).toBe(1)
    expect(editDistance('abc', 'abc', 0)).toBe(0)
    expect(editDistance('a'.repeat(50), 'b'.repeat(50), 2)).toBe(3)
  })

  it('is a distance: symmetric, zero only for equal words, within the limit or limit + 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 30)
        expect(d).toBe(editDistance(b, a, 30))
        expect(d === 0).toBe(a === b)
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
        expect(editDistance(a, b, 1)).toBe(Math.min(d, 2))
      })
    )
  })
})
