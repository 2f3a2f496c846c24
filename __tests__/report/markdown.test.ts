import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { renderReport } from '../../src/report/markdown.js'
import { parseScope } from '../../src/scope/parser/parse.js'
import type { Conflict, Finding, UnmetDependency } from '../../src/scope/types.js'
import {
  HOSTILE,
  failing,
  input,
  outOfScope,
  tableLines,
  unescapedPipes,
  verdict,
  visibleText
} from './fixtures.js'
import {
  foreignHtml,
  foreignLinks,
  headingsOf,
  linksOf,
  liveReferences,
  nodesOf,
  parseMarkdown,
  rootOf,
  sectionOf,
  tablesOf
} from './mdast.js'

const firstLine = (text: string): string => text.split('\n')[0] ?? ''

/** Every table line has as many cells as its header. */
function expectTablesIntact(report: string): void {
  for (const block of report.split(/\n{2,}/)) {
    const lines = tableLines(block)
    if (lines.length === 0) continue
    const columns = unescapedPipes(lines[0] ?? '')
    for (const line of lines) expect(unescapedPipes(line)).toBe(columns)
  }
}

const conflict: Conflict = {
  number: 12,
  title: 'Rework the core',
  author: 'mona',
  url: 'https://github.com/o/r/pull/12',
  kind: 'write-write',
  level: 'error',
  patterns: [{ ours: 'src/**', theirs: 'src/core/*.ts', witness: 'src/core/a.ts' }],
  files: ['src/core/a.ts']
}

describe('renderReport: the verdict line', () => {
  it.each([
    [14, '✅ **pr-scope-check passed**: all 14 changed files are inside the Session Scope.'],
    [1, '✅ **pr-scope-check passed**: the 1 changed file is inside the Session Scope.'],
    [0, '✅ **pr-scope-check passed**: this pull request changes no files.'],
    [undefined, '✅ **pr-scope-check passed**: every changed file is inside the Session Scope.']
  ])('passes with %s changed files', (changedFileCount, line) => {
    const report = renderReport(input(changedFileCount === undefined ? {} : { changedFileCount }))
    expect(firstLine(report)).toBe(line)
  })

  it('fails naming the number of files outside the scope', () => {
    const report = renderReport(input({ verdict: failing(['a.ts', 'b.ts']) }))
    expect(firstLine(report)).toBe(
      "❌ **pr-scope-check failed**: 2 files are outside this pull request's Session Scope."
    )
  })

  it('fails naming every failing check', () => {
    const unmet: UnmetDependency = {
      reference: '#7',
      number: 7,
      state: 'open',
      url: 'https://github.com/o/r/pull/7',
      level: 'error'
    }
    const report = renderReport(
      input({
        verdict: { ...failing(['a.ts']), conflicts: [conflict], unmetDependencies: [unmet] }
      })
    )
    expect(firstLine(report)).toBe(
      "❌ **pr-scope-check failed**: 1 file is outside this pull request's Session Scope; it overlaps 1 other open pull request; 1 dependency is not met."
    )
  })

  it('points to the list for an error no table explains', () => {
    const overlap: Finding = {
      check: 'write-write-overlap',
      level: 'error',
      message: 'Overlaps #3.'
    }
    const report = renderReport(
      input({ verdict: verdict({ result: 'fail', findings: [overlap] }) })
    )
    expect(firstLine(report)).toBe('❌ **pr-scope-check failed**: 1 error listed below.')
    expect(report).toContain('- ❌ **Write-write overlap**: Overlaps #\u200B3.')
  })

  it('passes with warnings when out-of-scope files are only warned about', () => {
    const report = renderReport(
      input({
        verdict: verdict({ findings: [outOfScope('a.ts', 'warning')], outOfScopeFiles: ['a.ts'] })
      })
    )
    expect(firstLine(report)).toBe(
      "✅ **pr-scope-check passed** with 1 warning: 1 file is outside this pull request's Session Scope, reported as warnings."
    )
    expect(report).toContain('### ⚠️ 1 file outside the Session Scope')
  })

  it('puts the marker first, then the verdict', () => {
    const report = renderReport(input(), { marker: '<!-- pr-scope-check:ci/check -->' })
    expect(report.split('\n').slice(0, 2)).toEqual([
      '<!-- pr-scope-check:ci/check -->',
      '✅ **pr-scope-check passed**: every changed file is inside the Session Scope.'
    ])
  })
})

describe('renderReport: sections', () => {
  it('lists out-of-scope files with a diff link, the rule and the scope line', () => {
    const report = renderReport(input({ verdict: failing(['src/a.ts']) }))
    expect(report).toContain(
      '| [<code>src/a.ts</code>](https://github.com/o/r/pull/34/files#diff-072fc23b941d05af2383888f292b78e406e0e82a4a3f8ee698113dd9bcc79e5f) | Not covered by the write set. | <code>src/feature/\\*\\*</code> | 3 |'
    )
    expectTablesIntact(report)
  })

  it('links scope lines into a work-order file at its ref', () => {
    const report = renderReport(
      input({
        verdict: failing(['src/a.ts']),
        source: { kind: 'work-order', path: 'work-orders/WO-1.md', ref: 'main' }
      })
    )
    expect(report).toContain('[3](https://github.com/o/r/blob/main/work-orders/WO-1.md#L3) |')
    expect(report).toContain(
      'Read from work order [<code>work-orders/WO-1.md</code>](https://github.com/o/r/blob/main/work-orders/WO-1.md#L2) at <code>main</code>, line 2.'
    )
  })

  it('shows paths without links when there is no pull request', () => {
    const report = renderReport(input({ verdict: failing(['src/a.ts']), pullRequest: null }))
    expect(report).toContain('| <code>src/a.ts</code> |')
    expect(report).not.toContain('/pull/')
  })

  it('explains a missing scope and how to add one', () => {
    const missing: Finding = {
      check: 'missing-scope',
      level: 'error',
      message: 'No Session Scope block was found.'
    }
    const report = renderReport(
      input({
        scope: null,
        source: null,
        verdict: verdict({ result: 'fail', findings: [missing] })
      })
    )
    expect(firstLine(report)).toBe(
      '❌ **pr-scope-check failed**: no Session Scope was found in the pull request body or its work order.'
    )
    expect(report).toContain('- ❌ **Missing scope**: No Session Scope block was found.')
    expect(report).toContain('```markdown\n## Session Scope\n**Write set:**')
    expect(report).not.toContain('### Declared scope')
  })

  it('passes and says the checks were skipped when a missing scope is only a warning', () => {
    const missing: Finding = { check: 'missing-scope', level: 'warning', message: 'No scope.' }
    const report = renderReport(
      input({ scope: null, source: null, verdict: verdict({ findings: [missing] }) })
    )
    expect(firstLine(report)).toBe(
      '✅ **pr-scope-check passed** with 1 warning: no Session Scope was found, so the scope checks were skipped.'
    )
  })

  it('reports a scope that cannot be read, with its line', () => {
    const syntax: Finding = {
      check: 'scope-syntax',
      level: 'error',
      message: 'YAML does not parse: unexpected `:` <here>',
      scopeLine: 4
    }
    const report = renderReport(
      input({ scope: null, source: null, verdict: verdict({ result: 'fail', findings: [syntax] }) })
    )
    expect(firstLine(report)).toBe(
      '❌ **pr-scope-check failed**: the Session Scope could not be read.'
    )
    expect(report).toContain(
      '- ❌ **Session Scope** (line 4): YAML does not parse: unexpected <code>:</code> &lt;here&gt;'
    )
  })

  it("names a parser message's line once, where the parser also put it in the text", () => {
    // The parser words its messages "line N: ..."; the list item already links line N.
    const parse = parseScope('## Session Scope\n**Write set:** a.py\n**Colour:** blue\n')
    const warning = parse.messages.find((m) => m.level === 'warning')
    expect(warning?.message).toMatch(/^line 3: /)
    const findings: Finding[] = parse.messages.map((m) => ({
      check: 'scope-syntax',
      level: m.level,
      message: m.message,
      scopeLine: m.line
    }))
    const report = renderReport(input({ verdict: verdict({ findings }) }))
    expect(report).toContain('- ⚠️ **Session Scope** (line 3): unknown label')
    expect(report).not.toMatch(/line 3\)?: line 3/)
  })

  it('lists unused write entries as notices', () => {
    const unused: Finding = {
      check: 'unused-write-entry',
      level: 'notice',
      message: 'No changed file matches this entry.',
      rule: 'docs/feature.md',
      scopeLine: 3
    }
    const report = renderReport(input({ verdict: verdict({ findings: [unused] }) }))
    expect(report).toContain(
      '- ℹ️ **Unused write entry** (line 3, entry <code>docs/feature.md</code>): No changed file matches this entry.'
    )
  })

  it('shows a conflict with the other pull request and what to do', () => {
    const report = renderReport(
      input({ verdict: verdict({ result: 'fail', conflicts: [conflict] }), skippedWithoutScope: 2 })
    )
    expect(report).toContain('### ❌ Overlaps with 1 other open pull request')
    expect(report).toContain(
      '| [#12](https://github.com/o/r/pull/12) Rework the core<br>by mona | ❌ write-write | <code>src/\\*\\*</code> ~ <code>src/core/\\*.ts</code>, e.g. <code>src/core/a.ts</code> |'
    )
    expect(report).toContain('Sequence them by adding `Dependencies: #12`')
    expect(report).toContain('2 other open pull requests to the same base declare no Session Scope')
    expectTablesIntact(report)
  })

  it('advises on a read-write conflict without failing', () => {
    const readWrite: Conflict = { ...conflict, kind: 'read-write', level: 'warning' }
    const report = renderReport(input({ verdict: verdict({ conflicts: [readWrite] }) }))
    expect(firstLine(report)).toMatch(/^✅ \*\*pr-scope-check passed\*\* with 1 warning/)
    expect(report).toContain('⚠️ read-write')
    expect(report).toContain('Let the reader go first or tolerate the write')
  })

  it('does not list overlap findings twice when the conflicts speak for them', () => {
    const mirrored: Finding = {
      check: 'write-write-overlap',
      level: 'error',
      message: 'Overlaps #12.'
    }
    const report = renderReport(
      input({ verdict: verdict({ result: 'fail', findings: [mirrored], conflicts: [conflict] }) })
    )
    expect(report).not.toContain('Overlaps #12.')
  })

  it('shows an overlap not decided within the work bound as a warning, beside the conflicts', () => {
    const undecided: Finding = {
      check: 'undecided-overlap',
      level: 'warning',
      message:
        'Could not decide whether this pull request (#34) overlaps #15 "Hostile" by @eve (https://github.com/o/r/pull/15) within the overlap work bound: `x/*a*a*` (ours) ~ `x/??*b` (theirs). This warning does not fail the check: compare the two scopes by hand, or narrow the patterns.'
    }
    const alone = renderReport(input({ verdict: verdict({ findings: [undecided] }) }))
    expect(firstLine(alone)).toMatch(/^✅ \*\*pr-scope-check passed\*\* with 1 warning/)
    expect(alone).toContain(
      '⚠️ **Overlap not decided**: Could not decide whether this pull request (#\u200b34) overlaps #\u200b15'
    )
    expect(alone).toContain('<code>x/\\*a\\*a\\*</code> (ours) \\~ <code>x/??\\*b</code> (theirs)')
    // The conflicts table speaks for conflicts only: the undecided pair is still listed.
    const beside = renderReport(
      input({
        verdict: verdict({ result: 'fail', findings: [undecided], conflicts: [conflict] })
      })
    )
    expect(beside).toContain('**Overlap not decided**')
    expect(beside).toContain('### ❌ Overlaps with 1 other open pull request')
    expectTablesIntact(beside)
  })

  it('shows unmet dependencies with their state and link', () => {
    const unmet: UnmetDependency[] = [
      { reference: 'WO-FIX-03', number: null, state: 'not-started', url: null, level: 'error' },
      {
        reference: '#7',
        number: 7,
        state: 'closed-unmerged',
        url: 'https://github.com/o/r/pull/7',
        level: 'error'
      },
      { reference: 'WO-X', number: null, state: 'unknown', url: null, level: 'notice' }
    ]
    const report = renderReport(
      input({ verdict: verdict({ result: 'fail', unmetDependencies: unmet }) })
    )
    expect(firstLine(report)).toBe('❌ **pr-scope-check failed**: 2 dependencies are not met.')
    const tree = parseMarkdown(report)
    expect(headingsOf(tree)).toContain('❌ 2 unmet dependencies, 1 not checked')
    expect(tablesOf(tree)[0]?.rows).toEqual([
      ['#7', '❌ not met: closed without being merged'],
      ['WO-FIX-03', '❌ not met: not started, no pull request carries it yet'],
      ['WO-X', 'ℹ️ not checked: no pull request, issue or work-order file goes by this name']
    ])
    const section = rootOf(sectionOf(tree, /dependenc/))
    expect(linksOf(section).map((link) => [link.text, link.url])).toEqual([
      ['#7', 'https://github.com/o/r/pull/7']
    ])
  })

  it('leaves out empty sections', () => {
    const report = renderReport(input())
    expect(report).not.toMatch(/outside the Session Scope\n|Overlaps with|unmet dependenc|finding/)
    expect(report).toContain('### Declared scope')
    expect(report).toContain(
      '- **Write set:** <code>src/feature/\\*\\*</code>, <code>docs/feature.md</code>'
    )
    expect(report).toContain('- **Do not touch:** any file not listed above')
  })

  it('folds lists of more than 10 rows into <details>', () => {
    const paths = (n: number): string[] => Array.from({ length: n }, (_, i) => `f${i}.ts`)
    expect(renderReport(input({ verdict: failing(paths(10)) }))).not.toContain('<details>')
    const long = renderReport(input({ verdict: failing(paths(11)) }))
    expect(long).toContain('<details>\n<summary>Show 11 rows</summary>\n\n| File |')
    expect(long.split('<details>').length).toBe(long.split('</details>').length)
  })
})

describe('renderReport: hostile text', () => {
  const hostileConflict: Conflict = {
    ...conflict,
    title: 'Fix #3 for @org/team <img src=x onerror=alert(1)> | `x`',
    author: '@octocat<!--',
    patterns: [{ ours: HOSTILE, theirs: '<details>', witness: HOSTILE }],
    files: [HOSTILE]
  }
  const report = renderReport(
    input({
      verdict: {
        ...failing([HOSTILE, 'GH-1/owner/repo#1.md']),
        conflicts: [hostileConflict],
        unmetDependencies: [
          { reference: '@octocat #9', number: null, state: 'unknown', url: null, level: 'notice' }
        ],
        findings: [
          ...failing([HOSTILE, 'GH-1/owner/repo#1.md']).findings,
          {
            check: 'scope-syntax',
            level: 'warning',
            message: '@octocat </details> #5',
            scopeLine: 1
          }
        ]
      },
      scope: {
        write: [{ text: HOSTILE, line: 3 }],
        read: [],
        dependencies: [{ text: '@octocat/team GH-2 <img>', line: 4, refs: [] }],
        forbidden: [{ text: '|`<!--`|', line: 5 }],
        forbidOthers: false,
        line: 2,
        form: 'markdown'
      }
    })
  )

  // Read as GitHub reads it: a path may stand raw in the code block of lines to paste, where
  // nothing is linked or rendered; everywhere else it is escaped text.
  const tree = parseMarkdown(report)

  it('mentions nobody and references no issue by accident', () => {
    expect(liveReferences(tree)).toEqual([])
  })

  it('injects no HTML', () => {
    expect(foreignHtml(tree)).toEqual([])
  })

  it('links only where the report links', () => {
    expect(foreignLinks(tree)).toEqual([])
  })

  it('keeps every table row at its column count', () => {
    expectTablesIntact(report)
    expect(tableLines(report).length).toBeGreaterThan(6)
  })

  it('stays readable', () => {
    const cell =
      /\[<code>(.*?)<\/code>\]\(https:\/\/github\.com\/o\/r\/pull\/34\/files#diff-7d14e0b8/.exec(
        report
      )
    expect(visibleText(cell?.[1] ?? '')).toBe(HOSTILE)
  })

  it('holds for any path', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 15 }),
        (paths) => {
          const text = renderReport(input({ verdict: failing(paths) }))
          expectTablesIntact(text)
          const parsed = parseMarkdown(text)
          expect(foreignHtml(parsed)).toEqual([])
          expect(liveReferences(parsed)).toEqual([])
          expect(tablesOf(parsed)[0]?.rows ?? []).toHaveLength(paths.length)
          expect(nodesOf(parsed, 'code').length).toBeLessThanOrEqual(1)
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('the out-of-scope table', () => {
  it('gives the reason without repeating the path the File column shows', () => {
    const finding: Finding = {
      check: 'out-of-scope',
      level: 'error',
      path: 'c.py',
      message: '`c.py` is not in the write set'
    }
    const report = renderReport(
      input({
        verdict: verdict({ result: 'fail', findings: [finding], outOfScopeFiles: ['c.py'] })
      })
    )
    const row = tableLines(report).find((line) => line.includes('c.py'))
    expect(row).toContain('| Not in the write set |')
    expect(row?.match(/c\.py/g)).toHaveLength(1)
  })
})
