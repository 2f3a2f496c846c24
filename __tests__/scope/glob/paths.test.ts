import { describe, expect, it } from '@jest/globals'
import { normaliseEntry, splitNegation } from '../../../src/scope/glob/paths.js'

describe('normaliseEntry', () => {
  it.each([
    ['./src/a.ts', 'src/a.ts'],
    ['/src/a.ts', 'src/a.ts'],
    ['.//src//a.ts', 'src/a.ts'],
    ['  docs/  ', 'docs/'],
    ['src/**', 'src/**']
  ])('%s -> %s', (input, expected) => {
    expect(normaliseEntry(input)).toBe(expected)
  })
})

describe('splitNegation', () => {
  it('splits a leading !', () => {
    expect(splitNegation('!./src/gen/**')).toEqual({ negated: true, body: 'src/gen/**' })
    expect(splitNegation('src/**')).toEqual({ negated: false, body: 'src/**' })
  })
})
