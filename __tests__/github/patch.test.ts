import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { firstAddedLine } from '../../src/github/patch.js'

describe('firstAddedLine', () => {
  it.each([
    ['a new file', '@@ -0,0 +1,3 @@\n+a\n+b\n+c', 1],
    ['a one-line new file (count omitted)', '@@ -0,0 +1 @@\n+a', 1],
    ['context before the addition', '@@ -10,4 +10,5 @@ function f() {\n a\n b\n+c\n d', 12],
    ['removals before the addition', '@@ -5,4 +5,3 @@\n a\n-b\n-c\n+d\n e', 6],
    ['a removal only', '@@ -5,3 +5,2 @@\n a\n-b\n c', undefined],
    [
      'an addition only in the second hunk',
      '@@ -1,2 +1,1 @@\n a\n-b\n@@ -20,1 +19,2 @@\n x\n+y',
      undefined
    ],
    ['the first hunk wins', '@@ -3,1 +3,2 @@\n a\n+b\n@@ -20,1 +21,2 @@\n x\n+y', 4],
    ['a "no newline" marker', '@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+b', 1],
    ['an empty added line', '@@ -7,0 +8,1 @@\n+', 8],
    ['no patch (binary or too large)', undefined, undefined],
    ['an empty patch', '', undefined],
    ['text without a hunk', 'Binary files differ', undefined]
  ])('%s', (_name, patch, line) => {
    expect(firstAddedLine(patch)).toBe(line)
  })

  it('points at the added line whatever context and removals come first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.constantFrom(' ', '-'), { maxLength: 30 }),
        (start, before) => {
          const body = [...before.map((c) => `${c}text`), '+added', ' tail']
          const patch = `@@ -${start},${body.length} +${start},${body.length} @@\n${body.join('\n')}`
          const context = before.filter((c) => c === ' ').length
          expect(firstAddedLine(patch)).toBe(start + context)
        }
      )
    )
  })
})
