// The dispatch board's Markdown (src/report/board-markdown.ts) and the plan's JSON with the work in
// flight (src/report/board-json.ts): what they say, and that nothing from a pull request or a
// repository can break a table, ping anyone, inject HTML or reach a terminal as a control.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { inertJson, planJson, renderPlanJson } from '../../src/report/board-json.js'
import { dispatchLines, renderBoardMarkdown } from '../../src/report/board-markdown.js'
import { planWorkOrders } from '../../src/scope/plan/plan.js'
import type { InFlightPull } from '../../src/scope/plan/types.js'
import { scopeOf, wo } from '../scope/plan/helpers.js'

const context = {
  repository: { owner: 'octo', repo: 'game', serverUrl: 'https://github.com' },
  base: 'main',
  ref: 'a'.repeat(40)
}

function pull(
  number: number,
  write: string[] | null,
  more: Partial<InFlightPull> = {}
): InFlightPull {
  return {
    number,
    title: `Pull request ${number}`,
    url: `https://github.com/octo/game/pull/${number}`,
    draft: false,
    workOrder: null,
    scope: write === null ? null : scopeOf(write),
    ...more
  }
}

const plan = planWorkOrders(
  [
    wo('WO-1', ['src/a.ts']),
    wo('WO-2', ['src/b.ts', 'src/shared.ts']),
    wo('WO-3', ['src/shared.ts']),
    wo('WO-4', ['src/c.ts'], [], ['WO-9']),
    wo('WO-5', null)
  ],
  {
    inFlight: [
      pull(12, ['src/a.ts']),
      pull(13, ['src/c.ts'], { workOrder: 'WO-9' }),
      pull(14, null, { unknown: 'its body has no Session Scope' }),
      pull(15, ['src/b.ts'], { draft: true })
    ]
  }
)

describe('renderBoardMarkdown', () => {
  const markdown = renderBoardMarkdown(plan, context)

  it('opens with a dispatch list in words', () => {
    const link = (n: number): string => `[#${n}](https://github.com/octo/game/pull/${n})`
    expect(markdown).toContain(
      [
        '- **Dispatch now:** WO-3',
        `- **After ${link(12)} merges:** WO-1`,
        `- **After ${link(15)} and WO-3 merge:** WO-2`,
        `- **After ${link(13)} merges:** WO-4`,
        `- **In flight:** ${link(12)}, ${link(13)} (WO-9), ${link(15)}`,
        `- **In flight, scope unknown:** ${link(14)}`,
        '- **Not planned, no Session Scope:** WO-5'
      ].join('\n')
    )
    expect(dispatchLines(plan)).toEqual([
      'Dispatch now: WO-3',
      'After #12 merges: WO-1',
      'After #15 and WO-3 merge: WO-2',
      'After #13 merges: WO-4',
      'In flight: #12, #13 (WO-9), #15',
      'In flight, scope unknown: #14',
      'Not planned, no Session Scope: WO-5'
    ])
  })

  it('has a table per wave, saying what each work order waits for and why', () => {
    expect(markdown).toContain('## Wave 1: dispatch now (1)\n\n| Work order | File |')
    expect(markdown).toContain(
      '| WO-2 | `work-orders/WO-2.md` | [#15](https://github.com/octo/game/pull/15) to merge: both write `src/b.ts`<br>WO-3 first: both write `src/shared.ts` |'
    )
    expect(markdown).toContain(
      '| WO-4 | `work-orders/WO-4.md` | [#13](https://github.com/octo/game/pull/13) to merge: a declared dependency |'
    )
    expect(markdown).toContain(
      '| [#15](https://github.com/octo/game/pull/15) Pull request 15 (draft) |   | `src/b.ts` |'
    )
    expect(markdown).toContain(
      '| [#14](https://github.com/octo/game/pull/14) Pull request 14 | its body has no Session Scope |'
    )
  })

  it('says when nothing can be dispatched now', () => {
    const waiting = planWorkOrders([wo('WO-1', ['a'])], { inFlight: [pull(3, ['a'])] })
    const text = renderBoardMarkdown(waiting, context)
    expect(text).toContain('- **Dispatch now:** nothing: every work order waits')
    expect(text).toContain('## Wave 1: dispatch now (0)\n\nNothing can be dispatched now')
  })

  it('fits a board too large for the job summary, saying where the rest is', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      pull(
        i + 1,
        Array.from({ length: 20 }, (_, k) => `src/pr${i}/file${k}.ts`),
        {
          title: 'T'.repeat(200)
        }
      )
    )
    const big = planWorkOrders([wo('WO-1', ['a'])], { inFlight: many })
    const full = renderBoardMarkdown(big, context)
    const fitted = renderBoardMarkdown(big, {
      ...context,
      maxBytes: 20_000,
      hint: 'see the output `plan`'
    })
    expect(Buffer.byteLength(full)).toBeGreaterThan(20_000)
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(20_000)
    expect(fitted).toMatch(/\| …and \d+ more rows: see the output \\`plan\\` \|/)
    expect(fitted).toContain('- **Dispatch now:** WO-1')
  })
})

/** Controls (but the line feed), bidi controls, separators, BOM, tag characters. */
const UNSEEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]|\udb40/

// Hostile text: what a pull request title, a branch-named ID or a pattern may hold.
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ...'|`*_[]()<>&@#!\\\n\r\t~$:'.split(''),
      '\u001b',
      '\u0000',
      '\u007f',
      '\u0085',
      '\u202e',
      '\u2066',
      '\u2028',
      '\u200b',
      '\ufeff',
      '\u{e0041}'
    ),
    fc.constantFrom('a', 'b', ' ', '1', 'é')
  ),
  maxLength: 30
})

/**
 * A line of Markdown without its code spans, as CommonMark reads them: a backslash escapes the
 * next character outside a span; a run of backticks opens a span that the next run of the same
 * length closes (or is literal when none does); nothing is escaped inside a span.
 */
function outsideCodeSpans(line: string): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2)
      i += 2
      continue
    }
    if (line[i] !== '`') {
      out += line[i]
      i++
      continue
    }
    let run = 0
    while (line[i + run] === '`') run++
    let close = -1
    for (let j = i + run; j < line.length;) {
      if (line[j] !== '`') {
        j++
        continue
      }
      let other = 0
      while (line[j + other] === '`') other++
      if (other === run) {
        close = j
        break
      }
      j += other
    }
    if (close < 0) {
      out += '`'.repeat(run)
      i += run
    } else {
      i = close + run
    }
  }
  return out
}

describe('hostile text on the board', () => {
  it('never reaches the Markdown as a control, a raw pipe, a mention or a tag', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, pattern, id) => {
        const text = renderBoardMarkdown(
          planWorkOrders(
            [wo('WO-1', ['src/a.ts']), { id, path: `${id}.md`, scope: scopeOf(['x/y']) }],
            {
              inFlight: [
                pull(7, ['src/a.ts', pattern], { title, workOrder: id === '' ? null : id }),
                pull(8, null, { title, unknown: title })
              ]
            }
          ),
          context
        )
        // No control character but the line feeds between lines, no bidi override or tag.
        expect(text).not.toMatch(UNSEEN)
        for (const line of text.split('\n').filter((l) => l.startsWith('| '))) {
          // Every row has its header's number of cells: no pipe of the text splits one.
          const cells = line.replace(/\\\|/g, '').split('|').length
          expect([4, 5]).toContain(cells)
        }
        // Outside code spans (whose text is shown as it is): no mention, only the renderer's tags.
        const prose = text.split('\n').map(outsideCodeSpans).join('\n')
        expect(prose).not.toMatch(/@[A-Za-z0-9]/)
        expect(prose).not.toMatch(/<(?!br>|code>|\/code>)[a-z/]/i)
      }),
      { numRuns: 200 }
    )
  })

  it('is escaped in the JSON, which still holds the very text', () => {
    fc.assert(
      fc.property(hostile, (title) => {
        const p = planWorkOrders([], { inFlight: [pull(7, ['a'], { title })] })
        const text = renderPlanJson(p)
        expect(text).not.toMatch(UNSEEN)
        expect((JSON.parse(text) as ReturnType<typeof planJson>).inFlight?.[0]?.title).toBe(title)
      })
    )
  })

  it('writes invisible characters as their JSON escapes', () => {
    expect(inertJson('"a\u202eb\u0085c\u{e0041}"')).toBe('"a\\u202eb\\u0085c\\udb40\\udc41"')
  })
})
