// The one text function for the log and the annotations (CONTRACT §3 "Log"): what it shows, and,
// for any text at all, that the runner (as testing/workflow-commands.ts reads stdout) obeys
// nothing in a line it makes.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  annotationText,
  logLine,
  REPLACEMENT,
  shownText,
  showsAsIs
} from '../../src/report/log-text.js'
import { parseWorkflowCommands } from '../../testing/workflow-commands.js'

const R = REPLACEMENT
const ZWSP = '\u200B'

describe('shownText', () => {
  it.each([
    ['plain text stays', 'src/a b/ü.ts', 'src/a b/ü.ts'],
    ['LF', 'a\n::add-mask::x', `a${R}::add-mask::x`],
    ['CR', 'a\r::stop-commands::t', `a${R}::stop-commands::t`],
    ['CRLF as one', 'a\r\nb', `a${R}b`],
    ['NEL, U+2028, U+2029', 'a\u0085b\u2028c\u2029d', `a${R}b${R}c${R}d`],
    ['tab and other C0 controls', 'a\tb\u0000c\u0007d', `a${R}b${R}c${R}d`],
    ['an ANSI colour', '\u001b[31mred\u001b[0m', `${R}[31mred${R}[0m`],
    ['DEL and C1', 'a\u007fb\u009bc', `a${R}b${R}c`],
    [
      'bidi overrides and isolates',
      'a\u202eb\u2066c\u2069d\u200fe\u061cf',
      `a${R}b${R}c${R}d${R}e${R}f`
    ],
    ['invisible characters', 'a\u200bb\u2060c\ufeffd', `a${R}b${R}c${R}d`],
    ['tag characters', 'a\u{E0041}b', `a${R}b`],
    ['percent signs stay (core escapes them)', '100%0A', '100%0A'],
    ['colons and brackets stay', '::x ##[y]', '::x ##[y]'],
    ['emoji with a joiner stay', 'docs/👩‍💻.md', 'docs/👩‍💻.md']
  ])('%s', (_name, text, shown) => {
    expect(shownText(text)).toBe(shown)
    expect(showsAsIs(text)).toBe(shown === text)
  })
})

describe('logLine', () => {
  it.each([
    ['our own text stays', 'error: Out of scope: src/a.ts: not in the write set'],
    ['a leading command is broken', '::add-mask::x', `${ZWSP}::add-mask::x`],
    ['after leading spaces too', '  \u3000::warning::x', `  \u3000${ZWSP}::warning::x`],
    ['a leading tab is shown, so it cannot hide one', '\t::error::x', `${R}::error::x`],
    ['the legacy form anywhere', 'title ##[add-mask]x', `title #${ZWSP}#[add-mask]x`],
    ['three hashes', '###[x]', `##${ZWSP}#[x]`],
    ['a line break', 'a\n::add-mask::x', `a${R}::add-mask::x`],
    ['a colon pair inside the line stays', 'Pull request #1 "a::b"', 'Pull request #1 "a::b"']
  ])('%s', (_name, text, expected = text) => {
    expect(logLine(text)).toBe(expected)
  })

  const anything = fc.string({
    unit: fc.constantFrom(
      ...['\r', '\n', '\u2028', '\u2029', '\u0085', '\t', ' ', '\u3000', ':', '#', '[', ']'],
      ...['%', '\u001b', '\u202e', '\u200b', 'a', 'add-mask', 'stop-commands', '=', ',']
    ),
    maxLength: 40
  })

  it('makes one line in which the runner obeys nothing, for any text', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const line = logLine(text)
        expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
        expect(parseWorkflowCommands(`${line}\n`)).toEqual([])
        expect(logLine(line)).toBe(line)
      }),
      { numRuns: 2000 }
    )
  })

  it('keeps text that has nothing to hide as it is', () => {
    const plain = fc.string({
      unit: fc.constantFrom(...'abc /.-_@é:#[]%'.split('')),
      maxLength: 30
    })
    fc.assert(
      fc.property(plain, (text) => {
        if (/##\[/.test(text) || /^\s*::/.test(text)) return
        expect(logLine(text)).toBe(text)
      })
    )
  })
})

describe('annotationText', () => {
  it('keeps the paragraphs of a message and shows everything else hidden', () => {
    expect(annotationText('one\n\n…and 3 more\r\u202e')).toBe(`one\n\n…and 3 more${R}${R}`)
    expect(annotationText('a\r\nb')).toBe(`a${R}b`)
  })

  it('keeps a title on one line', () => {
    expect(annotationText('Out of scope\n(#3)', false)).toBe(`Out of scope${R}(#3)`)
  })
})
