// Issue 14: a report that says how to fix it. Every case reads the rendered Markdown as a
// CommonMark/GFM tree (mdast.ts), as GitHub reads it, and asserts on its tables, code blocks,
// links and text rather than on strings.
import { describe, expect, it } from '@jest/globals'
import { renderReport } from '../../src/report/markdown.js'
import type { Finding } from '../../src/scope/types.js'
import { input, verdict } from './fixtures.js'
import { parseMarkdown, tablesOf } from './mdast.js'

const notInWriteSet = (path: string): Finding => ({
  check: 'out-of-scope',
  level: 'error',
  path,
  message: `\`${path}\` is not in the write set`
})

function failingWith(findings: Finding[]) {
  return verdict({
    result: 'fail',
    findings,
    outOfScopeFiles: [...new Set(findings.flatMap((f) => (f.path === undefined ? [] : [f.path])))]
  })
}

describe('the out-of-scope table shows only the columns some row fills', () => {
  it('has no Scope entry or Line column when no row has a rule or a line', () => {
    const tree = parseMarkdown(
      renderReport(input({ verdict: failingWith([notInWriteSet('a.py'), notInWriteSet('b.py')]) }))
    )
    const [table] = tablesOf(tree)
    expect(table?.header).toEqual(['File', 'Why'])
    expect(table?.rows).toEqual([
      ['a.py', 'Not in the write set'],
      ['b.py', 'Not in the write set']
    ])
  })

  it.each<[string, Partial<Finding>, string[]]>([
    ['a rule', { rule: '!src/gen/**' }, ['File', 'Why', 'Scope entry']],
    ['a line', { scopeLine: 4 }, ['File', 'Why', 'Line']],
    [
      'a rule and a line',
      { rule: '!src/gen/**', scopeLine: 4 },
      ['File', 'Why', 'Scope entry', 'Line']
    ]
  ])('shows the column of %s, with a dash in the rows that have none', (_name, extra, header) => {
    const taken: Finding = {
      ...notInWriteSet('src/gen/x.ts'),
      message: '`src/gen/x.ts` is taken back',
      ...extra
    }
    const tree = parseMarkdown(
      renderReport(input({ verdict: failingWith([notInWriteSet('a.py'), taken]) }))
    )
    const [table] = tablesOf(tree)
    expect(table?.header).toEqual(header)
    const plain = table?.rows.find((row) => row[0] === 'a.py')
    expect(plain?.slice(2)).toEqual(header.slice(2).map(() => '—'))
    const ruled = table?.rows.find((row) => row[0] === 'src/gen/x.ts')
    expect(ruled?.slice(2)).toEqual(
      header.slice(2).map((title) => (title === 'Line' ? '4' : '!src/gen/**'))
    )
  })
})
