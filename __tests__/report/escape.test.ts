import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  codeText,
  escapeText,
  messageText,
  tableRow,
  ZERO_WIDTH_SPACE
} from '../../src/report/escape.js'
import { HOSTILE, unescapedPipes, visibleText } from './fixtures.js'
import { foreignHtml, liveReferences, parseMarkdown } from './mdast.js'

const Z = ZERO_WIDTH_SPACE

// Text made of the characters that matter, so that they meet in every order.
const hostileText = fc.string({
  unit: fc.constantFrom(...'@#1<>&|`\\\n\r\u202E\u200Bagh-:/w.$*_[]~!'.split('')),
  maxLength: 30
})

// What escapeText shows as U+FFFD: controls, bidi marks, the word joiner and invisible
// operators, interlinear annotation and tag characters.
/* eslint-disable no-control-regex -- the test names the control characters on purpose */
const HIDDEN_CHARACTERS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu
/* eslint-enable no-control-regex */

describe('escapeText', () => {
  it.each([
    ['plain path', 'src/a.ts', 'src/a.ts'],
    ['mention', '@octocat', `@${Z}octocat`],
    ['team mention', '@org/team', `@${Z}org/team`],
    ['issue reference', 'fixes #123', `fixes #${Z}123`],
    ['cross-repository reference', 'owner/repo#1', `owner/repo#${Z}1`],
    ['GH- reference', 'GH-1 and gh-22', `GH-${Z}1 and gh-${Z}22`],
    ['heading-like hash', '#define', '#define'],
    ['html tag', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['html comment', '<!-- x -->', '&lt;!-- x --&gt;'],
    ['details tag', '</details><details open>', '&lt;/details&gt;&lt;details open&gt;'],
    ['entity', '&#64;octocat &amp;', `&amp;#${Z}64;octocat &amp;amp;`],
    ['pipe', 'a|b', 'a\\|b'],
    ['escaped pipe', 'a\\|b', 'a\\\\\\|b'],
    ['backticks', '`x`', '\\`x\\`'],
    ['emphasis', '*a* _b_ ~~c~~', '\\*a\\* \\_b\\_ \\~\\~c\\~\\~'],
    ['link', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['image', '![x](y)', '!\\[x\\](y)'],
    ['math', '$x^2$', '\\$x^2\\$'],
    ['newlines', 'a\nb\r\nc\rd\te', 'a b c d e'],
    ['url autolink', 'https://evil.example', `https:/${Z}/evil.example`],
    ['www autolink', 'www.evil.example', `www${Z}.evil.example`],
    ['email autolink', 'a@b.example', `a@${Z}b.example`],
    ['bidi override', 'a\u202Eb', 'a\uFFFDb'],
    ['control character', 'a\u0000b\u0007', 'a\uFFFDb\uFFFD'],
    ['our own zero-width space', `@${Z}x`, `@${Z}\uFFFDx`],
    ['bidi marks', 'a\u200Fb\u061Cc', 'a\uFFFDb\uFFFDc'],
    ['word joiner and invisible operators', 'a\u2060b\u2064c', 'a\uFFFDb\uFFFDc'],
    ['tag characters', 'a\u{E0041}\u{E007F}b', 'a\uFFFD\uFFFDb'],
    ['emoji with joiner', '👩‍💻', '👩‍💻']
  ])('%s', (_name, text, expected) => {
    expect(escapeText(text)).toBe(expected)
  })

  it('keeps the hostile path of the contract readable and inert', () => {
    const escaped = escapeText(HOSTILE)
    expect(escaped).not.toMatch(/@octocat/)
    expect(escaped).not.toContain('<')
    expect(unescapedPipes(escaped)).toBe(0)
    expect(visibleText(escaped)).toBe(HOSTILE)
  })

  it('loses nothing visible and leaves nothing live, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), hostileText), (text) => {
        const escaped = escapeText(text)
        expect(escaped).not.toMatch(/[<>\n\r]/)
        expect(escaped).not.toMatch(/@[A-Za-z0-9]/)
        expect(escaped).not.toMatch(/#\d/)
        expect(escaped).not.toMatch(/gh-\d/i)
        expect(unescapedPipes(escaped)).toBe(0)
        const normalised = text
          .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
          .replace(HIDDEN_CHARACTERS, '\uFFFD')
        expect(visibleText(escaped)).toBe(normalised)
      }),
      { numRuns: 500 }
    )
  })

  it('leaves no backtick that could open a code span', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[`\\a|]{0,12}$/), (text) => {
        const escaped = escapeText(text)
        // Every backtick is preceded by an odd run of backslashes.
        for (const match of escaped.matchAll(/(\\*)`/g)) {
          expect((match[1] ?? '').length % 2).toBe(1)
        }
      })
    )
  })
})

describe('codeText', () => {
  it('wraps escaped text in a code element', () => {
    expect(codeText('a|`b`<c>')).toBe('<code>a\\|\\`b\\`&lt;c&gt;</code>')
  })
})

describe('messageText', () => {
  it.each([
    ['`src/a.ts` is not in the write set', '<code>src/a.ts</code> is not in the write set'],
    ['`@x|<y>` and `*`', '<code>@\u200Bx\\|&lt;y&gt;</code> and <code>\\*</code>'],
    ['`a`b.md` is odd', '\\`a\\`b.md\\` is odd'],
    ['no quotes #1', 'no quotes #\u200B1']
  ])('%s', (message, expected) => {
    expect(messageText(message)).toBe(expected)
  })

  it('leaves nothing live, whatever the message', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = messageText(text)
        expect(out.replace(/<\/?code>/g, '')).not.toMatch(/[<>\n]/)
        expect(unescapedPipes(out)).toBe(0)
        // GitHub links references inside one text node: `#<code>1</code>` is two, and no link.
        const tree = parseMarkdown(out)
        expect(liveReferences(tree)).toEqual([])
        expect(foreignHtml(tree)).toEqual([])
      }),
      { numRuns: 500 }
    )
  })
})

describe('tableRow', () => {
  it('joins cells and keeps empty ones', () => {
    expect(tableRow(['a', '', 'c'])).toBe('| a |   | c |')
    expect(unescapedPipes(tableRow([escapeText('x|y'), escapeText('\\|')]))).toBe(3)
  })
})

describe('escapeText inside words', () => {
  it.each(['agh-1', 'xwww.a', '1#2', 'a@b'])('defuses %s', (text) => {
    expect(escapeText(text)).toContain(ZERO_WIDTH_SPACE)
  })
})
