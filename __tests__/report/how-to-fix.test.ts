// Issue 14: a report that says how to fix it. Every case reads the rendered Markdown as a
// CommonMark/GFM tree (mdast.ts), as GitHub reads it, and asserts on its tables, code blocks,
// links and text rather than on strings.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { renderReport } from '../../src/report/markdown.js'
import type { Comparison } from '../../src/report/context.js'
import type { DependencyStatus } from '../../src/scope/dependency-check.js'
import type { SequencedOverlap } from '../../src/scope/overlap-check.js'
import type { Conflict, Finding, UnmetDependency } from '../../src/scope/types.js'
import { input, verdict } from './fixtures.js'
import {
  foreignHtml,
  headingsOf,
  linksOf,
  liveReferences,
  nodesOf,
  parseMarkdown,
  rootOf,
  sectionOf,
  tablesOf,
  textOf
} from './mdast.js'

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

const pullUrl = (n: number): string => `https://github.com/o/r/pull/${n}`

function status(
  reference: string,
  state: DependencyStatus['state'],
  number: number | null,
  level: DependencyStatus['level'] = state === 'met' ? null : 'error'
): DependencyStatus {
  const kind = reference.startsWith('#')
    ? 'number'
    : /^https?:/.test(reference)
      ? 'url'
      : 'work-order'
  return {
    reference,
    kind,
    state,
    item:
      number === null
        ? null
        : { kind: 'pull', number, title: `Title of ${number}`, url: pullUrl(number) },
    level,
    line: 5
  }
}

/** The unmet rows and findings the dependency check gives beside its statuses. */
function dependencyVerdict(statuses: DependencyStatus[]) {
  const judged = statuses.filter((s) => s.level !== null)
  const unmet: UnmetDependency[] = judged
    .filter((s) => s.state !== 'elsewhere')
    .map((s) => ({
      reference: s.reference,
      number: s.item?.number ?? null,
      state: s.state as UnmetDependency['state'],
      url: s.item?.url ?? null,
      level: s.level ?? 'notice'
    }))
  const findings: Finding[] = judged.map((s) => ({
    check: 'unmet-dependency',
    level: s.level ?? 'notice',
    message: `Dependency ${s.reference} says more.`,
    reference: s.reference,
    scopeLine: s.line
  }))
  return verdict({
    result: findings.some((f) => f.level === 'error') ? 'fail' : 'pass',
    findings,
    unmetDependencies: unmet
  })
}

function dependencySection(statuses: DependencyStatus[]) {
  const markdown = renderReport(
    input({ verdict: dependencyVerdict(statuses), dependencies: statuses })
  )
  const tree = parseMarkdown(markdown)
  const section = rootOf(sectionOf(tree, /dependenc/i))
  return { markdown, tree, section, table: tablesOf(section)[0] }
}

describe('every dependency with its state', () => {
  const demo = [status('WO-FIX-03', 'met', 40), status('#41', 'open', 41)]

  it('lists a met dependency with the merged pull request, linked, beside the unmet one', () => {
    const { section, table } = dependencySection(demo)
    expect(headingsOf(section)).toEqual(['❌ 1 unmet dependency, 1 met'])
    expect(table?.header).toEqual(['Dependency', 'State'])
    expect(table?.rows).toEqual([
      ['WO-FIX-03', '✅ met: merged as #40 Title of 40'],
      ['#41 Title of 41', '❌ not met: still open, so this pull request waits for it']
    ])
    expect(linksOf(section).map((l) => [l.text, l.url])).toEqual([
      ['#40', pullUrl(40)],
      ['#41', pullUrl(41)]
    ])
  })

  it('names a pull request once per row, with its title', () => {
    const { table } = dependencySection([status('#41', 'open', 41)])
    const row = (table?.rows[0] ?? []).join(' | ')
    expect(row.match(/41/g)).toHaveLength(2) // `#41` and "Title of 41"
    expect(row).toContain('Title of 41')
  })

  it.each<[string, DependencyStatus, string]>([
    ['a merged pull request', status('#12', 'met', 12), '✅ met: merged'],
    [
      'a closed issue',
      {
        ...status('#12', 'met', 12),
        item: { kind: 'issue', number: 12, title: 'Bug', url: pullUrl(12) }
      },
      '✅ met: closed'
    ],
    [
      'a closed pull request',
      status('#12', 'closed-unmerged', 12),
      '❌ not met: closed without being merged'
    ],
    [
      'a work order carried by an open pull request',
      status('WO-9', 'open', 9),
      '❌ not met: #9 Title of 9 carries it and is still open'
    ],
    [
      'a work order not started',
      status('WO-9', 'not-started', null),
      '❌ not met: not started, no pull request carries it yet'
    ],
    [
      'a warning',
      status('#12', 'open', 12, 'warning'),
      '⚠️ not met: still open, so this pull request waits for it'
    ],
    [
      'an unknown reference',
      status('WO-9', 'unknown', null, 'notice'),
      'ℹ️ not checked: no pull request, issue or work-order file goes by this name'
    ],
    [
      'another repository',
      status('https://github.com/else/where/pull/3', 'elsewhere', null, 'notice'),
      'ℹ️ not checked: it is in another repository'
    ]
  ])('says the state of %s', (_name, given, state) => {
    const { table } = dependencySection([given])
    expect(table?.rows[0]?.[1]).toBe(state)
  })

  it('counts only unmet dependencies as unmet, in the headline and the heading', () => {
    const { tree, section } = dependencySection([
      status('#41', 'open', 41),
      status('WO-9', 'unknown', null, 'notice'),
      status('https://github.com/else/where/pull/3', 'elsewhere', null, 'notice')
    ])
    expect(textOf(tree.children[0] ?? tree)).toBe(
      '❌ pr-scope-check failed: 1 dependency is not met.'
    )
    expect(headingsOf(section)).toEqual(['❌ 1 unmet dependency, 2 not checked'])
  })

  it.each<[string, DependencyStatus[], string]>([
    ['all met', [status('#1', 'met', 1), status('WO-2', 'met', 2)], '✅ 2 dependencies met'],
    [
      'one not checked',
      [status('#1', 'met', 1), status('WO-2', 'unknown', null, 'notice')],
      'ℹ️ 1 dependency met, 1 not checked'
    ]
  ])('heads the list in words when %s', (_name, statuses, heading) => {
    const { markdown, section } = dependencySection(statuses)
    expect(headingsOf(section)).toEqual([heading])
    expect(markdown.split('\n')[0]).toMatch(/^✅/)
  })

  it('keeps a dependency notice the table does not show, beside an unmet dependency', () => {
    // No statuses (a caller that has only the unmet list): the notice about another repository
    // has no row, and must still be listed.
    const unmet: UnmetDependency = {
      reference: '#41',
      number: 41,
      state: 'open',
      url: pullUrl(41),
      level: 'error'
    }
    const findings: Finding[] = [
      {
        check: 'unmet-dependency',
        level: 'error',
        message: 'Dependency #41 waits.',
        reference: '#41',
        scopeLine: 5
      },
      {
        check: 'unmet-dependency',
        level: 'notice',
        message: 'Dependency https://github.com/else/where/pull/3 is in another repository.',
        reference: 'https://github.com/else/where/pull/3',
        scopeLine: 5
      }
    ]
    const tree = parseMarkdown(
      renderReport(
        input({ verdict: verdict({ result: 'fail', findings, unmetDependencies: [unmet] }) })
      )
    )
    const items = nodesOf(tree, 'listItem').map((item) => textOf(item))
    expect(items.some((item) => item.includes('in another repository'))).toBe(true)
    // The row speaks for the finding about #41.
    expect(items.some((item) => item.includes('waits'))).toBe(false)
    expect(tablesOf(tree)[0]?.rows.map((row) => row[0])).toEqual(['#41'])
  })

  it('keeps one row per dependency and no markup of its own, whatever the titles and references', () => {
    const hostile = fc.string({
      unit: fc.constantFrom(...'@#1<>&|`\\\n\r\u202E\u200Bagh-:/w.$*_[]~!()'.split('')),
      maxLength: 24
    })
    const state = fc.constantFrom<DependencyStatus['state']>(
      'met',
      'open',
      'closed-unmerged',
      'not-started',
      'unknown',
      'elsewhere'
    )
    const given = fc.record({
      reference: hostile,
      kind: fc.constantFrom<DependencyStatus['kind']>('number', 'url', 'work-order'),
      state,
      item: fc.option(
        fc.record({
          kind: fc.constantFrom<'pull' | 'issue'>('pull', 'issue'),
          number: fc.integer({ min: 1, max: 9999 }),
          title: hostile,
          url: fc.oneof(fc.constant(pullUrl(7)), hostile)
        }),
        { nil: null }
      ),
      level: fc.constantFrom<DependencyStatus['level']>('error', 'warning', 'notice'),
      line: fc.nat({ max: 50 })
    })
    fc.assert(
      fc.property(fc.array(given, { minLength: 1, maxLength: 12 }), (statuses) => {
        const fixed = statuses.map((s) => (s.state === 'met' ? { ...s, level: null } : s))
        const { tree, table } = dependencySection(fixed)
        expect(table?.rows).toHaveLength(fixed.length)
        for (const row of table?.rows ?? []) expect(row).toHaveLength(2)
        expect(foreignHtml(tree)).toEqual([])
        expect(liveReferences(tree)).toEqual([])
        for (const link of linksOf(tree)) expect(link.url).toMatch(/^https:\/\/github\.com\/o\/r\//)
      }),
      { numRuns: 300 }
    )
  })
})

describe('what was compared', () => {
  const sequenced = (
    number: number,
    waiting: SequencedOverlap['waiting'],
    kind: SequencedOverlap['kind'] = 'write-write'
  ): SequencedOverlap => ({
    number,
    title: `Title of ${number}`,
    author: `dev${number}`,
    url: pullUrl(number),
    kind,
    patterns: [{ ours: 'src/**', theirs: 'src/a.ts', witness: 'src/a.ts' }],
    files: [],
    waiting
  })

  function comparedSection(comparison: Comparison, conflicts: Conflict[] = []) {
    const tree = parseMarkdown(
      renderReport(
        input({
          verdict: verdict({ result: conflicts.length > 0 ? 'fail' : 'pass', conflicts }),
          comparison
        })
      )
    )
    return { tree, section: rootOf(sectionOf(tree, 'Other open pull requests')) }
  }

  it('says how many other open pull requests were compared, and how many had no scope', () => {
    const { section } = comparedSection({ compared: 3, withoutScope: 2, sequenced: [] })
    expect(nodesOf(section, 'paragraph').map((p) => textOf(p))).toEqual([
      'Compared with 3 other open pull requests to the same base branch: none overlaps this one.',
      '2 more declare no Session Scope, so overlaps with them could not be checked.'
    ])
  })

  it('counts the ones that overlap, which the table above lists', () => {
    const conflict: Conflict = {
      number: 12,
      title: 'Twelve',
      author: 'mona',
      url: pullUrl(12),
      kind: 'write-write',
      level: 'error',
      patterns: [{ ours: 'src/**', theirs: 'src/b.ts', witness: 'src/b.ts' }],
      files: []
    }
    const { section } = comparedSection({ compared: 1, withoutScope: 0, sequenced: [] }, [conflict])
    expect(textOf(section)).toContain(
      'Compared with 1 other open pull request to the same base branch: 1 overlaps this one (above).'
    )
    // The table speaks for it: no second link.
    expect(linksOf(section)).toEqual([])
  })

  it('says when there was nothing to compare', () => {
    const { section } = comparedSection({ compared: 0, withoutScope: 0, sequenced: [] })
    expect(textOf(section)).toBe(
      'Other open pull requestsNo other open pull request targets the same base branch: there was nothing to compare.'
    )
  })

  it('names the overlaps a declared dependency sequences, and who waits', () => {
    const { section } = comparedSection({
      compared: 3,
      withoutScope: 0,
      sequenced: [
        sequenced(41, 'this'),
        sequenced(43, 'other', 'read-write'),
        sequenced(44, 'both')
      ]
    })
    expect(nodesOf(section, 'listItem').map((item) => textOf(item))).toEqual([
      '#41 Title of 41 — writes the same files (e.g. src/a.ts); this pull request waits for it.',
      '#43 Title of 43 — reads what this pull request writes, or writes what it reads (e.g. src/a.ts); it waits for this pull request.',
      '#44 Title of 44 — writes the same files (e.g. src/a.ts); each names the other as a dependency.'
    ])
    expect(linksOf(section).map((link) => link.url)).toEqual([
      pullUrl(41),
      pullUrl(43),
      pullUrl(44)
    ])
  })

  it('keeps one list item per sequenced pull request, whatever its title and paths', () => {
    const hostile = fc.string({
      unit: fc.constantFrom(...'@#1<>&|`\\\n\r\u202E\u200Bagh-:/w.$*_[]~!()'.split('')),
      maxLength: 24
    })
    const meeting = fc.record<SequencedOverlap>({
      number: fc.integer({ min: 1, max: 9999 }),
      title: hostile,
      author: hostile,
      url: fc.oneof(fc.constant(pullUrl(5)), hostile),
      kind: fc.constantFrom('write-write', 'read-write'),
      patterns: fc.array(fc.record({ ours: hostile, theirs: hostile, witness: hostile }), {
        maxLength: 3
      }),
      files: fc.array(hostile, { maxLength: 3 }),
      waiting: fc.constantFrom('this', 'other', 'both')
    })
    fc.assert(
      fc.property(fc.array(meeting, { minLength: 1, maxLength: 8 }), (meetings) => {
        const { tree, section } = comparedSection({
          compared: meetings.length,
          withoutScope: 0,
          sequenced: meetings
        })
        expect(nodesOf(section, 'listItem')).toHaveLength(meetings.length)
        expect(foreignHtml(tree)).toEqual([])
        expect(liveReferences(tree)).toEqual([])
        for (const link of linksOf(tree)) expect(link.url).toMatch(/^https:\/\/github\.com\/o\/r\//)
      }),
      { numRuns: 200 }
    )
  })
})
