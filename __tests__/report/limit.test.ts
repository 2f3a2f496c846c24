import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { cutText, fitBlocks, textBlock, type Block } from '../../src/report/limit.js'
import { renderReport } from '../../src/report/markdown.js'
import type { Conflict, Verdict } from '../../src/scope/types.js'
import { failing, input, tableLines } from './fixtures.js'

const MARKER = '<!-- pr-scope-check:ci/check -->'
const COMMENT_LIMIT = 65_536

function longPaths(n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) =>
      `services/${'deeply-nested-module/'.repeat(8)}component-${String(i).padStart(5, '0')}/index.ts`
  )
}

describe('renderReport with maxLength', () => {
  const paths = longPaths(3000)
  const report = input({ verdict: failing(paths) })

  it('lists every file when there is no limit', () => {
    const full = renderReport(report, { marker: MARKER })
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT)
    for (const path of paths) expect(full).toContain(`<code>${path}</code>`)
    expect(full).not.toContain('more, see the job summary')
  })

  it('fits 3,000 long paths under the comment limit, keeping marker, verdict and rows', () => {
    const short = renderReport(report, { marker: MARKER, maxLength: COMMENT_LIMIT })
    expect(short.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(short.split('\n').slice(0, 2)).toEqual([
      MARKER,
      "❌ **pr-scope-check failed**: 3,000 files are outside this pull request's Session Scope."
    ])
    const rows = tableLines(short).length - 2
    expect(rows).toBeGreaterThan(50)
    expect(short).toContain(
      `…and ${(3000 - rows).toLocaleString('en-US')} more, see the job summary.`
    )
    expect(short.split('<details>').length).toBe(short.split('</details>').length)
    // The cap is the largest that fits: one more row (and its line break) would not.
    const row = Math.max(...tableLines(short).map((line) => line.length))
    expect(short.length + row + 1).toBeGreaterThan(COMMENT_LIMIT)
  })

  it('is unchanged when the report already fits', () => {
    const small = input({ verdict: failing(['a.ts']) })
    expect(renderReport(small, { maxLength: COMMENT_LIMIT })).toBe(renderReport(small))
  })

  it('shortens the longest list first', () => {
    const conflict: Conflict = {
      number: 5,
      title: 'Other',
      author: 'mona',
      url: 'https://github.com/o/r/pull/5',
      kind: 'write-write',
      level: 'error',
      patterns: [{ ours: 'a/**', theirs: 'a/b/**', witness: 'a/b/c' }],
      files: ['a/b/c', 'a/b/d']
    }
    const verdict: Verdict = { ...failing(longPaths(400)), conflicts: [conflict] }
    const text = renderReport(input({ verdict }), { maxLength: 20_000 })
    expect(text.length).toBeLessThanOrEqual(20_000)
    expect(text).toContain('more, see the job summary')
    expect(text).toContain('<code>a/b/c</code>')
    expect(text).toContain('<code>a/b/d</code>')
  })

  it('never goes over any limit', () => {
    const full = renderReport(report, { marker: MARKER })
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length + 10 }), (maxLength) => {
        const text = renderReport(report, { marker: MARKER, maxLength })
        expect(text.length).toBeLessThanOrEqual(maxLength)
      }),
      { numRuns: 25 }
    )
  })

  it('falls back to the verdict and a pointer when not even one row fits', () => {
    const text = renderReport(report, { marker: MARKER, maxLength: 400 })
    expect(text).toBe(
      `${MARKER}\n❌ **pr-scope-check failed**: 3,000 files are outside this pull request's Session Scope.\n\n` +
        'The full report is too long for this comment: see the job summary.\n'
    )
  })

  it('fits a byte limit, for the job summary', () => {
    const wide = input({ verdict: failing(longPaths(3000).map((p) => p.replace(/e/g, 'é'))) })
    const text = renderReport(wide, { maxBytes: 1_000_000 })
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(1_000_000)
    expect(Buffer.byteLength(renderReport(wide), 'utf8')).toBeGreaterThan(1_000_000)
    expect(text).toContain('more, see the job summary')
  })

  it('uses the caller’s hint', () => {
    const text = renderReport(report, { maxLength: 10_000, hint: 'see the workflow run' })
    expect(text).toContain('more, see the workflow run.')
  })
})

describe('fitBlocks', () => {
  const list = (rows: string[]): Block => ({
    rows: rows.length,
    render: (cap) => rows.slice(0, cap).join('\n')
  })

  it('takes the largest cap that fits', () => {
    const blocks = [textBlock('head'), list(['a1', 'a2', 'a3', 'a4']), list(['b1'])]
    expect(fitBlocks(blocks, { maxLength: 19 }, () => 'x')).toBe('head\n\na1\na2\na3\n\nb1\n')
    expect(fitBlocks(blocks, { maxLength: 18 }, () => 'x')).toBe('head\n\na1\na2\n\nb1\n')
    expect(fitBlocks(blocks, { maxLength: 15 }, () => 'x')).toBe('head\n\na1\n\nb1\n')
    expect(fitBlocks(blocks, { maxLength: 12 }, () => 'fallback')).toBe('head\n')
    expect(fitBlocks(blocks, { maxLength: 4 }, () => 'fallback')).toBe('fall')
  })

  it('cuts the fallback without splitting a surrogate pair', () => {
    expect(fitBlocks([textBlock('a long head')], { maxLength: 2 }, () => 'a😀b')).toBe('a')
    expect(cutText('a😀b', { maxLength: 3 })).toBe('a😀')
    expect(cutText('a😀b', { maxBytes: 4 })).toBe('a')
  })
})
