// The report's fast paths (one-pass escaping, fitting by measured sizes, rows rendered once) must
// give exactly the text of the plain way: each is checked here against a reference that does the
// work the slow, obvious way.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { escapeText, ZERO_WIDTH_SPACE } from '../../src/report/escape.js'
import {
  fitBlocks,
  joinBlocks,
  partsBlock,
  sizeOf,
  textBlock,
  type Block,
  type Limits
} from '../../src/report/limit.js'
import { conflictsBlock, dependenciesBlock, outOfScopeBlock } from '../../src/report/sections.js'
import type { DependencyStatus } from '../../src/scope/checks/dependencies.js'
import type { Conflict, FindingLevel } from '../../src/scope/types.js'
import { input } from './fixtures.js'

// What src/report/escape.ts says it hides, one class per kind: controls but line breaks and tabs;
// the Arabic letter mark, the left-to-right and right-to-left marks; a zero-width space; bidi
// embeddings and overrides; the word joiner and invisible operators; bidi isolates; the byte order
// mark; interlinear annotation characters; tag characters.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\u061c\u200e\u200f]|\u200b|[\u202a-\u202e]|[\u2060-\u2064]|[\u2066-\u2069]|\ufeff|[\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu

/** Escaping rule by rule, one replace after another. */
function referenceEscape(text: string): string {
  const visible = text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(INVISIBLE, '\uFFFD')
  const html = visible.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return html
    .replace(/[\\`*_[\]|~$]/g, '\\$&')
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/(gh-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`)
    .replace(/(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
}

/** Fitting as before sizes were measured: the whole text rendered at every cap tried. */
function referenceFit(blocks: readonly Block[], limits: Limits, fallback: string): string {
  const within = (text: string): boolean =>
    (limits.maxLength === undefined || text.length <= limits.maxLength) &&
    (limits.maxBytes === undefined || Buffer.byteLength(text) <= limits.maxBytes)
  const full = joinBlocks(blocks, Infinity)
  if (within(full)) return full
  const fits = (cap: number): string | null => {
    const text = joinBlocks(blocks, cap)
    return within(text) ? text : null
  }
  let best = fits(0)
  if (best === null) return `cut:${fallback}`
  let low = 0
  let high = Math.max(0, ...blocks.map((block) => block.rows))
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    const text = fits(middle)
    if (text === null) high = middle
    else {
      low = middle
      best = text
    }
  }
  return best
}

const hostile = fc.string({
  unit: fc.constantFrom(
    ...'@#1<>&|`\\\n\r\t\u2028\u202E\u200B\u0000\u009f\ufeffaAgGhH-:/wW.$*_[]~!😀'.split(''),
    // Every other kind of hidden character, the astral tag characters whole.
    ...'\u061c\u200e\u200f\u2060\u2064\u2066\ufff9\ufffb'.split(''),
    '\u{e0001}',
    '\u{e007f}'
  ),
  maxLength: 30
})
const anyText = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 30 }))

describe('escapeText in one pass', () => {
  it('equals the rules applied one after another', () => {
    fc.assert(
      fc.property(anyText, (text) => expect(escapeText(text)).toBe(referenceEscape(text))),
      {
        numRuns: 2000
      }
    )
  })

  it.each([
    ['plain text', 'plain text'],
    ['a\r\nb\rc\nd\te', 'a b c d e'],
    ['WWW.example.com gh-12 GH-3 #4 x://y', 'WWW​.example.com gh-​12 GH-​3 #​4 x:/​/y'],
    ['wwww.x', 'wwww​.x'],
    ['@@a', '@​@​a'],
    ['&lt;', '&amp;lt;']
  ])('escapes %j', (text, expected) => {
    expect(escapeText(text)).toBe(expected)
  })
})

describe('partsBlock', () => {
  it('tells the size of what it renders, at every cap', () => {
    const part = fc.string({ unit: 'grapheme', maxLength: 6 })
    fc.assert(
      fc.property(fc.array(fc.array(part, { maxLength: 5 }), { maxLength: 6 }), (rows) => {
        const block = partsBlock(rows.length, (cap) => rows.slice(0, cap).flat())
        for (let cap = 0; cap <= rows.length + 1; cap++) {
          expect(block.size?.(cap)).toEqual(sizeOf(block.render(cap)))
        }
      })
    )
  })
})

const level = fc.constantFrom<FindingLevel>('error', 'warning', 'notice')
const conflict = fc.record<Conflict>({
  number: fc.integer({ min: 1, max: 99_999 }),
  title: anyText,
  author: anyText,
  url: fc.constantFrom('https://github.com/o/r/pull/7', 'javascript:x', ''),
  kind: fc.constantFrom('write-write', 'read-write'),
  level,
  patterns: fc.array(fc.record({ ours: anyText, theirs: anyText, witness: anyText }), {
    maxLength: 14
  }),
  files: fc.array(anyText, { maxLength: 14 })
})
const dependency = fc.record<DependencyStatus>({
  reference: anyText,
  kind: fc.constantFrom('number', 'url', 'work-order'),
  state: fc.constantFrom('met', 'open', 'closed-unmerged', 'not-started', 'unknown', 'elsewhere'),
  item: fc.option(
    fc.record({
      kind: fc.constantFrom<'pull' | 'issue'>('pull', 'issue'),
      number: fc.integer({ min: 1, max: 999 }),
      title: anyText,
      url: fc.constant('https://github.com/o/r/pull/3')
    }),
    { nil: null }
  ),
  level: fc.option(level, { nil: null }),
  line: fc.nat({ max: 99 })
})

describe('table blocks', () => {
  const context = { input: input(), hint: 'see the job summary' }

  it('render the same at any cap, in any order, as a fresh block does', () => {
    fc.assert(
      fc.property(
        fc.array(conflict, { maxLength: 14 }),
        fc.array(dependency, { maxLength: 14 }),
        fc.array(fc.nat({ max: 16 }), { maxLength: 8 }),
        (conflicts, deps, caps) => {
          const kept = [conflictsBlock(conflicts, context), dependenciesBlock(deps, context)]
          for (const cap of [...caps, Infinity, 0]) {
            const fresh = [conflictsBlock(conflicts, context), dependenciesBlock(deps, context)]
            for (const [i, block] of kept.entries()) {
              const text = block.render(cap)
              expect(text).toBe(fresh[i]?.render(cap))
              if (block.size) expect(block.size(cap)).toEqual(sizeOf(text))
            }
          }
        }
      ),
      { numRuns: 200 }
    )
  })

  it('cut a cell list below the cap after rendering the whole row', () => {
    const block = conflictsBlock(
      [
        {
          number: 7,
          title: 'Seven',
          author: 'dev',
          url: 'https://github.com/o/r/pull/7',
          kind: 'write-write',
          level: 'error',
          patterns: [{ ours: 'src/**', theirs: 'src/a/**', witness: 'src/a/x' }],
          files: ['src/a/one.ts', 'src/a/two.ts', 'src/a/three.ts']
        }
      ],
      context
    )
    expect(block.render(Infinity)).toContain('src/a/three.ts')
    const capped = block.render(2)
    expect(capped).not.toContain('src/a/three.ts')
    expect(capped).toContain('…and 1 more, see the job summary.')
  })

  it('fit the limits exactly as rendering at every cap would', () => {
    fc.assert(
      fc.property(
        fc.array(conflict, { maxLength: 14 }),
        fc.array(anyText, { maxLength: 14 }),
        fc.integer({ min: 0, max: 6000 }),
        fc.boolean(),
        (conflicts, paths, limit, bytes) => {
          const rows = paths.map((path) => ({
            path,
            check: 'out-of-scope' as const,
            level: 'error' as const,
            message: `\`${path}\` is not covered by the write set.`
          }))
          const blocks = [
            textBlock('head'),
            outOfScopeBlock(rows, context),
            conflictsBlock(conflicts, context),
            textBlock('')
          ]
          const limits: Limits = bytes ? { maxBytes: limit } : { maxLength: limit }
          const fitted = fitBlocks(blocks, limits, () => 'fallback')
          const expected = referenceFit(blocks, limits, 'fallback')
          if (expected.startsWith('cut:')) expect('fallback').toContain(fitted)
          else expect(fitted).toBe(expected)
        }
      ),
      { numRuns: 200 }
    )
  })
})
