// Issue 14: a report that says how to fix it. Every case reads the rendered Markdown as a
// CommonMark/GFM tree (mdast.ts), as GitHub reads it, and asserts on its tables, code blocks,
// links and text rather than on strings.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { runLinks, runPageUrl, scopeHelpUrl } from '../../src/report/links.js'
import { renderReport } from '../../src/report/markdown.js'
import type { Comparison, ReportInput } from '../../src/report/context.js'
import type { DependencyStatus } from '../../src/scope/checks/dependencies.js'
import type { SequencedOverlap } from '../../src/scope/checks/overlaps.js'
import type { Code } from 'mdast'
import { parseScope } from '../../src/scope/parser/parse.js'
import { PatternList } from '../../src/scope/glob/patterns.js'
import type {
  Conflict,
  Finding,
  Scope,
  SharedPattern,
  UnmetDependency
} from '../../src/scope/types.js'
import { input, verdict } from './fixtures.js'
import {
  codeBlocksOf,
  foreignHtml,
  foreignLinks,
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
        expect(foreignLinks(tree)).toEqual([])
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

  it.each<[Comparison['off'], string]>([
    ['write-write', 'Write-write overlaps were not checked: the input overlap is off.'],
    ['read-write', 'Read-write overlaps were not checked: the input read-overlap is off.']
  ])('says when %s overlaps were not checked', (off, sentence) => {
    const { section } = comparedSection({ compared: 2, withoutScope: 0, sequenced: [], off })
    expect(nodesOf(section, 'paragraph').map((p) => textOf(p))).toEqual([
      'Compared with 2 other open pull requests to the same base branch: none overlaps this one.',
      sentence
    ])
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
        expect(foreignLinks(tree)).toEqual([])
      }),
      { numRuns: 200 }
    )
  })
})

describe('ready-to-paste fixes', () => {
  const demoScope = (overrides: Partial<Scope> = {}): Scope => ({
    write: [
      { text: 'aidm/core/maneuver_resolver.py', line: 3 },
      { text: 'aidm/schemas/maneuvers.py', line: 3 }
    ],
    read: [
      { text: 'aidm/schemas/attack.py', line: 4 },
      { text: 'aidm/core/attack_resolver.py', line: 4 }
    ],
    dependencies: [],
    forbidden: [],
    forbidOthers: true,
    line: 2,
    form: 'markdown',
    ...overrides
  })

  function fixesOf(findings: Finding[], overrides: Partial<ReportInput> = {}) {
    const markdown = renderReport(
      input({ verdict: failingWith(findings), scope: demoScope(), ...overrides })
    )
    const tree = parseMarkdown(markdown)
    const section = rootOf(sectionOf(tree, 'outside the Session Scope'))
    const paragraphs = nodesOf(section, 'paragraph').map((p) => textOf(p))
    return { markdown, tree, section, code: codeBlocksOf(section), paragraphs }
  }

  /** The lines read back as a Session Scope, as the action would read them once pasted. */
  function readBack(code: Code) {
    const text =
      code.lang === 'yaml'
        ? `\`\`\`session-scope\n${code.value}\n\`\`\`\n`
        : `## Session Scope\n${code.value}\n`
    return parseScope(text)
  }

  it('gives the write-set line with the missing path appended, in backticks, under the table', () => {
    const { section, code, paragraphs } = fixesOf([notInWriteSet('aidm/core/conditions.py')])
    expect(section.children.map((node) => node.type)).toEqual([
      'heading',
      'table',
      'paragraph',
      'code',
      'paragraph'
    ])
    expect(code).toHaveLength(1)
    expect(code[0]?.lang).toBe('markdown')
    expect(code[0]?.value).toBe(
      '**Write set:** aidm/core/maneuver_resolver.py, aidm/schemas/maneuvers.py, `aidm/core/conditions.py`'
    )
    expect(paragraphs[0]).toBe(
      'Revert these changes, or widen the Session Scope: put this line in place of its write set (line 3 of the pull request body).'
    )
    expect(paragraphs.at(-1)).toBe('Editing the pull request description runs this check again.')
    const back = readBack(code[0] as Code)
    expect(back.messages).toEqual([])
    expect(
      PatternList.compile(back.scope?.write ?? [], 'w').list.covers('aidm/core/conditions.py')
    ).toBe(true)
  })

  it('moves a read-only path from the read set to the write set, showing both lines', () => {
    const readOnly: Finding = {
      check: 'read-only-modified',
      level: 'error',
      path: 'aidm/schemas/attack.py',
      message:
        '`aidm/schemas/attack.py` was modified but is declared read-only by `aidm/schemas/attack.py` (line 4)',
      rule: 'aidm/schemas/attack.py',
      scopeLine: 4
    }
    const { code, paragraphs } = fixesOf([readOnly])
    expect(code[0]?.value.split('\n')).toEqual([
      '**Write set:** aidm/core/maneuver_resolver.py, aidm/schemas/maneuvers.py, `aidm/schemas/attack.py`',
      '**Read set:** aidm/core/attack_resolver.py'
    ])
    expect(paragraphs[0]).toBe(
      'Revert these changes, or widen the Session Scope: put these lines in place of its write set and read set (lines 3 and 4 of the pull request body).'
    )
    expect(paragraphs).toContain(
      'A file declared read-only moves from the read set to the write set.'
    )
    const back = readBack(code[0] as Code).scope
    expect(back?.read.map((e) => e.text)).toEqual(['aidm/core/attack_resolver.py'])
  })

  it('keeps a read-set glob that covers other files, and says why', () => {
    const readOnly: Finding = {
      check: 'read-only-modified',
      level: 'error',
      path: 'aidm/schemas/attack.py',
      message: 'declared read-only by `aidm/schemas/**` (line 4)',
      rule: 'aidm/schemas/**',
      scopeLine: 4
    }
    const { code, paragraphs } = fixesOf([readOnly], {
      scope: demoScope({ read: [{ text: 'aidm/schemas/**', line: 4 }] })
    })
    expect(code[0]?.value.split('\n')).toHaveLength(1)
    expect(paragraphs).toContain(
      'A file declared read-only moves from the read set to the write set; aidm/schemas/** stays in the read set, as it covers other files too, and the write set decides first.'
    )
  })

  it('takes a forbidding entry out of Do NOT touch', () => {
    const forbidden: Finding = {
      check: 'out-of-scope',
      level: 'error',
      path: 'aidm/core/maneuver_resolver.py',
      message: '`aidm/core/maneuver_resolver.py` is forbidden by `aidm/core/**` (line 5)',
      rule: 'aidm/core/**',
      scopeLine: 5
    }
    const { code } = fixesOf([forbidden], {
      scope: demoScope({
        forbidden: [
          { text: 'aidm/core/**', line: 5 },
          { text: 'lib/**', line: 5 }
        ]
      })
    })
    // The write set covers it already: only the forbidden line changes.
    expect(code[0]?.value.split('\n')).toEqual([
      '**Do NOT touch:** `lib/**`, any file not listed above'
    ])
  })

  it('writes a fenced scope back as a YAML fragment', () => {
    const { code } = fixesOf([notInWriteSet('src/[id].tsx')], {
      scope: demoScope({ form: 'fenced', write: [{ text: 'src/**/*.ts', line: 3 }] })
    })
    expect(code[0]?.lang).toBe('yaml')
    expect(code[0]?.value.split('\n')).toEqual([
      'write:',
      '  - src/**/*.ts',
      "  - 'src/\\[id\\].tsx'"
    ])
    const back = readBack(code[0] as Code)
    expect(back.messages).toEqual([])
    expect(back.scope?.write.map((e) => e.text)).toEqual(['src/**/*.ts', 'src/\\[id\\].tsx'])
    expect(PatternList.compile(back.scope?.write ?? [], 'w').list.covers('src/[id].tsx')).toBe(true)
  })

  it('names the work-order file to edit, linked at its line, and says when the change counts', () => {
    const { section, paragraphs } = fixesOf([notInWriteSet('aidm/core/conditions.py')], {
      source: { kind: 'work-order', path: 'work-orders/WO-FIX-08.md', ref: 'b'.repeat(40) }
    })
    expect(paragraphs[0]).toContain(
      'in place of its write set (line 3 of work order work-orders/WO-FIX-08.md)'
    )
    expect(linksOf(section).map((l) => [l.text, l.url])).toContainEqual([
      'work-orders/WO-FIX-08.md',
      `https://github.com/o/r/blob/${'b'.repeat(40)}/work-orders/WO-FIX-08.md#L3`
    ])
    expect(paragraphs.at(-1)).toMatch(
      /reads work orders from the base branch.*once the change is merged there, re-run this check/
    )
  })

  it('says when a path to add is one another open pull request also writes', () => {
    const conflict: Conflict = {
      number: 43,
      title: 'Owns the conditions',
      author: 'session-f',
      url: pullUrl(43),
      kind: 'write-write',
      level: 'error',
      patterns: [
        {
          ours: 'aidm/core/conditions.py',
          theirs: 'aidm/core/conditions.py',
          witness: 'aidm/core/conditions.py'
        }
      ],
      files: ['aidm/core/conditions.py']
    }
    const verdictWith = {
      ...failingWith([notInWriteSet('aidm/core/conditions.py')]),
      conflicts: [conflict]
    }
    const tree = parseMarkdown(renderReport(input({ verdict: verdictWith, scope: demoScope() })))
    const section = rootOf(sectionOf(tree, 'outside the Session Scope'))
    const note = nodesOf(section, 'paragraph').find((p) => textOf(p).startsWith('#43'))
    expect(note && textOf(note)).toBe(
      '#43 writes aidm/core/conditions.py too: widening the write set keeps the overlap above, reverting ends it.'
    )
    expect(note && linksOf(rootOf([note])).map((l) => l.url)).toEqual([pullUrl(43)])
  })

  it('gives way first when the comment is too long, pointing to the summary', () => {
    const paths = Array.from(
      { length: 400 },
      (_, i) => `services/${'module-'.repeat(12)}${i}/index.ts`
    )
    const report = input({ verdict: failingWith(paths.map(notInWriteSet)), scope: demoScope() })
    const whole = renderReport(report)
    expect(whole.length).toBeGreaterThan(40_000)
    const comment = renderReport(report, { maxLength: Math.floor(whole.length * 0.75) })
    const tree = parseMarkdown(comment)
    expect(codeBlocksOf(tree)).toEqual([])
    expect(textOf(tree)).toContain(
      'Revert these changes, or widen the write set of the Session Scope: the lines to paste do not fit here, see the job summary.'
    )
    // Only the fixes gave way: the table keeps every row.
    expect(tablesOf(tree)[0]?.rows).toHaveLength(400)
    // The summary has room for them.
    const summary = parseMarkdown(renderReport(report, { maxBytes: 1_000_000 }))
    expect(codeBlocksOf(summary)).toHaveLength(1)
  })

  it('holds exactly the lines meant, covering every path, whatever the paths', () => {
    const char = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'abcXYZ019._-'.split('')) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          ...'`\\*?[]{}()!#@<>&|$~,;: '.split(''),
          '```',
          '<!--',
          '\n',
          '\r',
          '\t',
          '\u0000',
          '\u202E',
          '\u200B',
          '\u2028',
          '\uFEFF',
          '\uD800',
          '\uDC00',
          '😀',
          '\u{E0001}',
          '\u00A0'
        )
      }
    )
    const segment = fc.array(char, { minLength: 1, maxLength: 12 }).map((c) => c.join(''))
    const path = fc
      .array(segment, { minLength: 1, maxLength: 4 })
      .map((segments) => segments.join('/'))
      .filter((p) => !p.split('/').some((s) => s === '.' || s === '..'))
    const long = fc.constant(`${'deep/'.repeat(60)}${'x'.repeat(300)}.ts`)
    const form = fc.constantFrom<Scope['form']>('markdown', 'fenced')
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof({ weight: 20, arbitrary: path }, { weight: 1, arbitrary: long }), {
          minLength: 1,
          maxLength: 6
        }),
        form,
        (paths, scopeForm) => {
          const { tree, section, code } = fixesOf(paths.map(notInWriteSet), {
            scope: demoScope({ form: scopeForm })
          })
          // One table row per path, one code block, no markup of the paths' making.
          expect(tablesOf(section)[0]?.rows).toHaveLength(paths.length)
          expect(code).toHaveLength(1)
          expect(codeBlocksOf(tree)).toHaveLength(1)
          expect(foreignHtml(tree)).toEqual([])
          expect(liveReferences(tree)).toEqual([])
          expect(foreignLinks(tree)).toEqual([])
          const value = code[0]?.value ?? ''
          for (const line of value.split('\n')) {
            expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|[\uD800-\uDFFF]/u)
          }
          // Not even in code, where GitHub links nothing, does a path read as a mention.
          expect(value).not.toMatch(/@\w/)
          // The write field alone: one Markdown line, or the YAML key and one element per entry
          // (two paths may come to one entry when `?` stands for what tells them apart).
          const lines = value.split('\n')
          if (scopeForm === 'markdown') {
            expect(lines).toHaveLength(1)
            expect(lines[0]).toMatch(/^\*\*Write set:\*\* /)
          } else {
            expect(lines[0]).toBe('write:')
            expect(lines.length).toBeGreaterThanOrEqual(4)
            expect(lines.length).toBeLessThanOrEqual(3 + paths.length)
            for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}- \S/)
          }
          // Pasted, the lines read back without a word of complaint and cover every path.
          const back = readBack(code[0] as Code)
          expect(back.messages).toEqual([])
          const write = PatternList.compile(back.scope?.write ?? [], 'w')
          expect(write.messages).toEqual([])
          for (const p of paths) expect(write.list.covers(p)).toBe(true)
          if (scopeForm === 'fenced') expect(back.scope?.write).toHaveLength(lines.length - 1)
          expect(back.scope?.write.slice(0, 2).map((e) => e.text)).toEqual([
            'aidm/core/maneuver_resolver.py',
            'aidm/schemas/maneuvers.py'
          ])
        }
      ),
      { numRuns: 400 }
    )
  })
})

describe('the footer links the commit, the run and what a Session Scope is', () => {
  const sha = '0123456789abcdef0123456789abcdef01234567'

  function footer(overrides: Partial<ReportInput> = {}) {
    const tree = parseMarkdown(
      renderReport(
        input({ pullRequest: { number: 34, title: 'Add the feature', headSha: sha }, ...overrides })
      )
    )
    const last = tree.children.at(-1)
    return { text: last ? textOf(last) : '', links: last ? linksOf(rootOf([last])) : [] }
  }

  it('links the commit, the run and the README section of the action it runs', () => {
    const { text, links } = footer({
      runUrl: 'https://github.com/o/r/actions/runs/77/attempts/2',
      helpUrl: 'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'
    })
    expect(text).toBe('Checked commit 0123456789ab in this workflow run · What is a Session Scope?')
    expect(links.map((l) => [l.text, l.url])).toEqual([
      ['0123456789ab', `https://github.com/o/r/commit/${sha}`],
      ['this workflow run', 'https://github.com/o/r/actions/runs/77/attempts/2'],
      [
        'What is a Session Scope?',
        'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'
      ]
    ])
  })

  it('links what a Session Scope is from this project when the action repository is not known', () => {
    const { text, links } = footer()
    expect(text).toBe('Checked commit 0123456789ab · What is a Session Scope?')
    expect(links.map((l) => l.url)).toEqual([
      `https://github.com/o/r/commit/${sha}`,
      'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'
    ])
  })

  it('does not link a commit that is not a commit id', () => {
    const { links } = footer({
      pullRequest: { number: 34, title: 'x', headSha: 'main) [x](https://evil.example' }
    })
    expect(links.map((l) => l.url)).toEqual([
      'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'
    ])
  })

  it('links what a Session Scope is where it says how to declare one', () => {
    const missing: Finding = { check: 'missing-scope', level: 'error', message: 'No scope.' }
    const tree = parseMarkdown(
      renderReport(
        input({
          scope: null,
          source: null,
          verdict: verdict({ result: 'fail', findings: [missing] })
        })
      )
    )
    const help = tree.children.find((node) => textOf(node).startsWith('Declare what'))
    expect(help && linksOf(rootOf([help])).map((l) => l.url)).toEqual([
      'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'
    ])
  })
})

describe('the links the action gives the report', () => {
  it.each<[string, Parameters<typeof runPageUrl>[0], string | null]>([
    [
      'a run and its attempt',
      { serverUrl: 'https://github.com', repository: 'o/r', runId: '77', attempt: '2' },
      'https://github.com/o/r/actions/runs/77/attempts/2'
    ],
    [
      'a run without an attempt, on GitHub Enterprise Server',
      { serverUrl: 'https://ghe.example.com/', repository: 'o/r', runId: '77' },
      'https://ghe.example.com/o/r/actions/runs/77'
    ],
    ['no run id', { serverUrl: 'https://github.com', repository: 'o/r', runId: '' }, null],
    [
      'a run id that is not a number',
      { serverUrl: 'https://github.com', repository: 'o/r', runId: '7/../../x' },
      null
    ],
    ['no repository', { serverUrl: 'https://github.com', repository: '', runId: '7' }, null]
  ])('runPageUrl: %s', (_name, run, url) => {
    expect(runPageUrl(run)).toBe(url)
  })

  it.each<[string, string | undefined, string | undefined, string]>([
    [
      'the action repository at its ref',
      'acme/pr-scope-check',
      'v1',
      'https://github.com/acme/pr-scope-check/blob/v1/README.md#writing-a-session-scope'
    ],
    [
      'the action repository without a ref',
      'acme/pr-scope-check',
      undefined,
      'https://github.com/acme/pr-scope-check#writing-a-session-scope'
    ],
    [
      'a local action (no repository)',
      '',
      'v1',
      'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'
    ],
    [
      'a repository name that is not one',
      'a/b/../c',
      'v1',
      'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'
    ]
  ])('scopeHelpUrl: %s', (_name, repository, ref, url) => {
    expect(scopeHelpUrl('https://github.com', repository, ref)).toBe(url)
  })
})

describe('runLinks', () => {
  it('reads the run and the action repository from the runner variables', () => {
    expect(
      runLinks({
        GITHUB_SERVER_URL: 'https://ghe.example.com',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '12',
        GITHUB_RUN_ATTEMPT: '3',
        GITHUB_ACTION_REPOSITORY: 'acme/pr-scope-check',
        GITHUB_ACTION_REF: 'v1.2.0'
      })
    ).toEqual({
      runUrl: 'https://ghe.example.com/o/r/actions/runs/12/attempts/3',
      helpUrl:
        'https://ghe.example.com/acme/pr-scope-check/blob/v1.2.0/README.md#writing-a-session-scope'
    })
  })

  it('falls back to github.com, no run link and this project README', () => {
    expect(runLinks({})).toEqual({
      runUrl: null,
      helpUrl: 'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'
    })
  })
})

describe('the overlap table names a shared pattern once', () => {
  it.each<[string, SharedPattern, string]>([
    [
      'two different patterns and a path both match',
      { ours: 'src/**', theirs: 'src/*.ts', witness: 'src/a.ts' },
      'src/** ~ src/*.ts, e.g. src/a.ts'
    ],
    [
      'the same pattern on both sides',
      { ours: 'src/**', theirs: 'src/**', witness: 'src/a.ts' },
      'src/** in both, e.g. src/a.ts'
    ],
    [
      'one file both name',
      { ours: 'src/a.ts', theirs: 'src/a.ts', witness: 'src/a.ts' },
      'src/a.ts in both'
    ],
    [
      'no path the engine could name',
      { ours: 'src/**', theirs: 'src/*.ts', witness: '' },
      'src/** ~ src/*.ts'
    ]
  ])('%s', (_name, pattern, cell) => {
    const conflict: Conflict = {
      number: 12,
      title: 'Twelve',
      author: 'mona',
      url: pullUrl(12),
      kind: 'write-write',
      level: 'error',
      patterns: [pattern],
      files: []
    }
    const tree = parseMarkdown(
      renderReport(input({ verdict: verdict({ result: 'fail', conflicts: [conflict] }) }))
    )
    expect(tablesOf(tree)[0]?.rows[0]?.[2]).toBe(cell)
  })
})
