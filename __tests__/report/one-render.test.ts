// One render (issue 15): the report is prepared once, its sections built and measured once, and
// fitted to the comment's limit and to the job summary's. The text must be byte for byte what the
// renderer gave before, which built every section again for each use with the hint in place: that
// renderer is kept below as the oracle, and compared on fixtures and on any report fast-check
// makes, each prepared report rendered for several uses in turn.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { arrangeVerdict } from '../../src/report/arrange.js'
import type { ReportInput } from '../../src/report/context.js'
import { renderHeadline } from '../../src/report/headline.js'
import { fixesBlock, fixesPointer } from '../../src/report/fixes.js'
import {
  type Block,
  fitBlocks,
  fitsWhole,
  HINT_SLOT,
  joinBlocks,
  textBlock
} from '../../src/report/limit.js'
import { prepareReport, renderReport, type RenderOptions } from '../../src/report/markdown.js'
import {
  comparisonBlock,
  conflictsBlock,
  findingsBlock,
  footerBlock,
  missingScopeHelp,
  outOfScopeBlock,
  dependenciesBlock,
  scopeBlock,
  skippedBlock
} from '../../src/report/sections.js'
import type {
  CheckName,
  Conflict,
  Finding,
  Scope,
  UnmetDependency,
  Verdict
} from '../../src/scope/types.js'
import type { DependencyStatus } from '../../src/scope/checks/dependencies.js'
import { failing, HOSTILE, input, outOfScope, scope, verdict } from './fixtures.js'

/**
 * The renderer before the one render: the sections built with the hint, for one use (and, as the
 * renderer does since issue 14, the fixes whole when everything fits, else a pointer in their place).
 */
function renderedBefore(report: ReportInput, options: RenderOptions = {}): string {
  const view = arrangeVerdict(report.verdict, report.dependencies)
  const context = { input: report, hint: options.hint ?? 'see the job summary' }
  const headline = renderHeadline(report, view)
  const head = options.marker === undefined ? headline : `${options.marker}\n${headline}`
  const missing =
    report.scope === null && report.verdict.findings.some((f) => f.check === 'missing-scope')
  const blocks = (fixes: Block): Block[] => [
    textBlock(head),
    outOfScopeBlock(view.pathRows, context),
    fixes,
    conflictsBlock(view.conflicts, context),
    report.comparison === undefined
      ? skippedBlock(report.skippedWithoutScope)
      : comparisonBlock(report.comparison, view.conflicts, context),
    dependenciesBlock(view.dependencies, context),
    findingsBlock(view.others, context),
    missing ? missingScopeHelp(report) : textBlock(''),
    scopeBlock(report.scope, context),
    footerBlock(report)
  ]
  const limits = {
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {})
  }
  const whole = blocks(fixesBlock(view.pathRows, report, view.conflicts))
  if (fitsWhole(whole, limits)) return joinBlocks(whole, Infinity)
  const pointer = fixesPointer(view.pathRows, report).render(0).replaceAll(HINT_SLOT, context.hint)
  return fitBlocks(
    blocks(textBlock(pointer)),
    limits,
    () => `${head}\n\nThe full report is too long for this comment: ${context.hint}.\n`
  )
}

const MARKER = '<!-- pr-scope-check:Scope%20%2F%20scope -->'
const SUMMARY_HINT =
  'the outputs `out-of-scope-files`, `conflicts` and `unmet-dependencies` list every one'

/** The uses of a run (summary, then comment) and limits that cut each list, and every list. */
const USES: RenderOptions[] = [
  { maxBytes: 1_000_000, hint: SUMMARY_HINT },
  { maxLength: 65_536, marker: MARKER },
  {},
  { maxLength: 20_000, marker: MARKER },
  { maxLength: 3_000 },
  { maxBytes: 5_000, hint: SUMMARY_HINT },
  { maxLength: 400, marker: MARKER },
  // Too small for any list: the fallback, cut.
  { maxLength: 60, marker: MARKER, hint: 'see elsewhere' }
]

const longPath = (i: number): string =>
  `services/${'deeply-nested-module/'.repeat(8)}component-${String(i).padStart(5, '0')}/index.ts`

function conflictOf(n: number, width: number): Conflict {
  return {
    number: n,
    title: `Session ${n} @team <b>#${n}</b>`,
    author: `dev${n % 37}`,
    url: `https://github.com/o/r/pull/${n}`,
    kind: n % 3 === 0 ? 'read-write' : 'write-write',
    level: n % 3 === 0 ? 'warning' : 'error',
    patterns: Array.from({ length: width }, (_, i) => ({
      ours: `src/m${i}/**`,
      theirs: `src/m${i}/*.ts`,
      witness: `src/m${i}/f${n}.ts`
    })),
    files: Array.from({ length: width }, (_, i) => `src/m${i}/f${n}.ts`)
  }
}

const unmet: UnmetDependency[] = [
  { reference: 'WO-2', number: null, state: 'not-started', url: null, level: 'error' },
  {
    reference: '#7',
    number: 7,
    state: 'open',
    url: 'https://github.com/o/r/pull/7',
    level: 'error'
  },
  { reference: 'WO-1', number: null, state: 'unknown', url: null, level: 'notice' }
]

const FIXTURES: Array<[string, ReportInput]> = [
  ['a pass', input({ changedFileCount: 14 })],
  ['one file out of scope', input({ verdict: failing(['src/a.ts']) })],
  [
    'a hostile path and title',
    input({
      verdict: failing([HOSTILE, 'src/\u0000hint\u0000.ts', `x${HINT_SLOT}`]),
      pullRequest: { number: 34, title: `Fix ${HINT_SLOT} \u202e`, headSha: 'a'.repeat(40) }
    })
  ],
  [
    '3,000 long paths',
    input({ verdict: failing(Array.from({ length: 3000 }, (_, i) => longPath(i))) })
  ],
  [
    '1,000 conflicts of 20 patterns',
    input({
      verdict: verdict({
        result: 'fail',
        conflicts: Array.from({ length: 1000 }, (_, i) => conflictOf(i + 2, 20))
      }),
      skippedWithoutScope: 12
    })
  ],
  [
    'conflicts, unmet dependencies and findings together',
    input({
      verdict: verdict({
        result: 'fail',
        findings: [
          ...Array.from({ length: 40 }, (_, i) => outOfScope(`src/x${i % 7}/f${i}.ts`)),
          {
            check: 'unused-write-entry',
            level: 'notice',
            message: 'unused',
            rule: 'docs/a.md',
            scopeLine: 3
          },
          {
            check: 'scope-syntax',
            level: 'warning',
            message: 'Unknown label "Owner".',
            scopeLine: 7
          }
        ],
        outOfScopeFiles: Array.from({ length: 40 }, (_, i) => `src/x${i % 7}/f${i}.ts`),
        conflicts: Array.from({ length: 15 }, (_, i) => conflictOf(i + 2, 12)),
        unmetDependencies: unmet
      })
    })
  ],
  [
    'no scope',
    input({
      scope: null,
      source: null,
      verdict: verdict({
        result: 'fail',
        findings: [{ check: 'missing-scope', level: 'error', message: 'No Session Scope.' }]
      })
    })
  ],
  [
    'a scope read from a work order, with long lists',
    input({
      source: { kind: 'work-order', path: 'work-orders/WO-FIX-03.md', ref: 'b'.repeat(40) },
      scope: scope({
        write: Array.from({ length: 300 }, (_, i) => ({ text: `src/w${i}/**`, line: 3 })),
        read: Array.from({ length: 120 }, (_, i) => ({ text: `docs/r${i}.md`, line: 4 }))
      }),
      verdict: verdict({
        findings: Array.from({ length: 300 }, (_, i) => ({
          check: 'unused-write-entry' as const,
          level: 'notice' as const,
          message: `\`src/w${i}/**\` matched no changed file`,
          rule: `src/w${i}/**`,
          scopeLine: 3
        }))
      })
    })
  ]
]

describe('the prepared report', () => {
  it.each(FIXTURES)(
    'renders %s as the renderer before did, for every use in turn',
    (_name, report) => {
      const prepared = prepareReport(report)
      for (const options of USES) {
        expect(prepared.render(options)).toBe(renderedBefore(report, options))
      }
      // renderReport prepares for one use.
      expect(renderReport(report, USES[1])).toBe(renderedBefore(report, USES[1]))
    }
  )

  it('cuts both uses of the largest fixtures, so that the hint is filled into each', () => {
    const report = (FIXTURES[4] as [string, ReportInput])[1]
    const prepared = prepareReport(report)
    const summary = prepared.render(USES[0])
    const comment = prepared.render(USES[1])
    expect(summary).toContain(`more, ${SUMMARY_HINT}.`)
    expect(comment).toContain('more, see the job summary.')
    expect(summary).not.toContain('\u0000')
    expect(comment).not.toContain('\u0000')
  })
})

// Any text: control characters (NUL among them), lone surrogates, the slot itself.
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom(HINT_SLOT, '\u0000', 'hint', '`x`', '@a #1', '') }
)
const level = fc.constantFrom('error' as const, 'warning' as const, 'notice' as const)
const CHECKS: CheckName[] = [
  'scope-syntax',
  'missing-scope',
  'out-of-scope',
  'read-only-modified',
  'unused-write-entry',
  'write-write-overlap',
  'read-write-overlap',
  'unmet-dependency'
]
const finding: fc.Arbitrary<Finding> = fc.record(
  {
    check: fc.constantFrom(...CHECKS),
    level,
    path: text,
    message: text,
    rule: text,
    scopeLine: fc.nat({ max: 500 })
  },
  { requiredKeys: ['check', 'level', 'message'] }
)
const conflict: fc.Arbitrary<Conflict> = fc.record({
  number: fc.integer({ min: 1, max: 99_999 }),
  title: text,
  author: text,
  url: fc.oneof(fc.constant('https://github.com/o/r/pull/5'), text),
  kind: fc.constantFrom('write-write' as const, 'read-write' as const),
  level,
  patterns: fc.array(fc.record({ ours: text, theirs: text, witness: text }), { maxLength: 8 }),
  files: fc.array(text, { maxLength: 8 })
})
const unmetDependency: fc.Arbitrary<UnmetDependency> = fc.record({
  reference: text,
  number: fc.option(fc.nat({ max: 9999 }), { nil: null }),
  state: fc.constantFrom(
    'open' as const,
    'closed-unmerged' as const,
    'not-started' as const,
    'unknown' as const
  ),
  url: fc.option(fc.oneof(fc.constant('https://github.com/o/r/pull/7'), text), { nil: null }),
  level
})
const dependencyStatus: fc.Arbitrary<DependencyStatus> = fc.record({
  reference: text,
  kind: fc.constantFrom('number' as const, 'url' as const, 'work-order' as const),
  state: fc.constantFrom(
    'met' as const,
    'open' as const,
    'closed-unmerged' as const,
    'not-started' as const,
    'unknown' as const,
    'elsewhere' as const
  ),
  item: fc.option(
    fc.record({
      kind: fc.constantFrom('pull' as const, 'issue' as const),
      number: fc.nat({ max: 9999 }),
      title: text,
      url: fc.oneof(fc.constant('https://github.com/o/r/pull/7'), text)
    }),
    { nil: null }
  ),
  level: fc.option(level, { nil: null }),
  line: fc.nat({ max: 99 })
})
const entries = fc.array(fc.record({ text, line: fc.nat({ max: 99 }) }), { maxLength: 14 })
const scopeOf: fc.Arbitrary<Scope> = fc.record({
  write: entries,
  read: entries,
  dependencies: fc.array(fc.record({ text, line: fc.nat({ max: 99 }), refs: fc.constant([]) }), {
    maxLength: 4
  }),
  forbidden: entries,
  forbidOthers: fc.boolean(),
  line: fc.nat({ max: 99 }),
  form: fc.constant('markdown' as const)
})
const verdictOf: fc.Arbitrary<Verdict> = fc.record({
  result: fc.constantFrom('pass' as const, 'fail' as const),
  findings: fc.array(finding, { maxLength: 30 }),
  outOfScopeFiles: fc.array(text, { maxLength: 20 }),
  conflicts: fc.array(conflict, { maxLength: 14 }),
  unmetDependencies: fc.array(unmetDependency, { maxLength: 12 })
})
const report: fc.Arbitrary<ReportInput> = fc.record(
  {
    verdict: verdictOf,
    scope: fc.option(scopeOf, { nil: null }),
    source: fc.option(
      fc.record({
        kind: fc.constantFrom('body' as const, 'work-order' as const),
        path: fc.option(text, { nil: null }),
        ref: fc.option(text, { nil: null })
      }),
      { nil: null }
    ),
    repository: fc.constant({ owner: 'o', repo: 'r', serverUrl: 'https://github.com' }),
    pullRequest: fc.option(
      fc.record({ number: fc.integer({ min: 1, max: 9999 }), title: text, headSha: text }),
      { nil: null }
    ),
    skippedWithoutScope: fc.nat({ max: 30 }),
    dependencies: fc.array(dependencyStatus, { maxLength: 12 }),
    comparison: fc.record({
      compared: fc.nat({ max: 30 }),
      withoutScope: fc.nat({ max: 30 }),
      sequenced: fc.array(
        fc.record({
          number: fc.integer({ min: 1, max: 9999 }),
          title: text,
          author: text,
          url: fc.oneof(fc.constant('https://github.com/o/r/pull/5'), text),
          kind: fc.constantFrom('write-write' as const, 'read-write' as const),
          patterns: fc.array(fc.record({ ours: text, theirs: text, witness: text }), {
            maxLength: 3
          }),
          files: fc.array(text, { maxLength: 3 }),
          waiting: fc.constantFrom('this' as const, 'other' as const, 'both' as const)
        }),
        { maxLength: 14 }
      ),
      off: fc.option(fc.constantFrom('write-write' as const, 'read-write' as const), {
        nil: undefined
      })
    }),
    changedFileCount: fc.nat({ max: 5000 })
  },
  { requiredKeys: ['verdict', 'scope', 'source', 'repository', 'pullRequest'] }
)
// A limit as a share of the whole report, so that most cut some lists and some cut everything.
const use = fc.record(
  {
    length: fc.integer({ min: 0, max: 120 }),
    bytes: fc.integer({ min: 0, max: 120 }),
    marker: fc.constantFrom(MARKER, '<!-- pr-scope-check:x -->'),
    hint: fc.oneof(fc.constant(SUMMARY_HINT), text)
  },
  { requiredKeys: [] }
)

describe('the prepared report, for any report and any uses', () => {
  it('renders each use as the renderer before did', () => {
    fc.assert(
      fc.property(report, fc.array(use, { minLength: 1, maxLength: 4 }), (given, uses) => {
        const whole = renderedBefore(given)
        const prepared = prepareReport(given)
        for (const u of uses) {
          const options: RenderOptions = {
            ...(u.length !== undefined
              ? { maxLength: Math.floor((whole.length * u.length) / 100) }
              : {}),
            ...(u.bytes !== undefined
              ? { maxBytes: Math.floor((Buffer.byteLength(whole) * u.bytes) / 100) }
              : {}),
            ...(u.marker !== undefined ? { marker: u.marker } : {}),
            ...(u.hint !== undefined ? { hint: u.hint } : {})
          }
          expect(prepared.render(options)).toBe(renderedBefore(given, options))
        }
      }),
      { numRuns: 300 }
    )
  })
})
