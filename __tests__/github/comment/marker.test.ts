import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { commentMarker } from '../../../src/github/comment/marker.js'

describe('commentMarker', () => {
  it.each([
    ['CI / check', '<!-- pr-scope-check:CI%20%2F%20check -->'],
    ['a-->b', '<!-- pr-scope-check:a%2D%2D%3Eb -->'],
    ['', '<!-- pr-scope-check: -->'],
    ['\uD800x', '<!-- pr-scope-check:%EF%BF%BDx -->']
  ])('%s', (key, marker) => {
    expect(commentMarker(key)).toBe(marker)
  })

  it('is one closed HTML comment, distinct for distinct keys', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (a, b) => {
        const marker = commentMarker(a)
        expect(marker.indexOf('-->')).toBe(marker.length - 3)
        expect(marker.slice(4, -3)).not.toMatch(/--|[<>\n]/)
        if (a !== b) expect(commentMarker(b)).not.toBe(marker)
      })
    )
  })
})
