import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { buildAnnotations } from '../../src/report/annotations.js'
import { renderReport } from '../../src/report/markdown.js'
import { buildOutputs } from '../../src/report/outputs.js'
import type { Conflict, Finding, UnmetDependency, Verdict } from '../../src/scope/types.js'
import { input, outOfScope } from './fixtures.js'

const conflicts: Conflict[] = [12, 5, 30].map((number, i) => ({
  number,
  title: `Title ${number}`,
  author: `author-${i}`,
  url: `https://github.com/o/r/pull/${number}`,
  kind: i === 2 ? 'read-write' : 'write-write',
  level: i === 2 ? 'warning' : 'error',
  patterns: [
    { ours: 'src/**', theirs: `src/m${i}/*.ts`, witness: `src/m${i}/a.ts` },
    { ours: 'docs/**', theirs: 'docs/*.md', witness: 'docs/a.md' }
  ],
  files: [`src/m${i}/b.ts`, `src/m${i}/a.ts`, 'docs/a.md']
}))

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

const findings: Finding[] = [
  ...Array.from({ length: 14 }, (_, i) => outOfScope(`src/x${i % 7}/f${i}.ts`)),
  {
    check: 'read-only-modified',
    level: 'error',
    path: 'src/shared/a.ts',
    message: 'read-only',
    rule: 'src/shared/**',
    scopeLine: 4
  },
  {
    check: 'out-of-scope',
    level: 'error',
    path: 'src/shared/a.ts',
    message: 'forbidden',
    rule: 'src/shared/a.ts',
    scopeLine: 6
  },
  {
    check: 'unused-write-entry',
    level: 'notice',
    message: 'unused',
    rule: 'docs/feature.md',
    scopeLine: 3
  },
  {
    check: 'unused-write-entry',
    level: 'notice',
    message: 'unused',
    rule: 'docs/other.md',
    scopeLine: 3
  },
  { check: 'scope-syntax', level: 'warning', message: 'Unknown label "Owner".', scopeLine: 7 }
]

const base: Verdict = {
  result: 'fail',
  findings,
  outOfScopeFiles: [...new Set(findings.flatMap((f) => (f.path === undefined ? [] : [f.path])))],
  conflicts,
  unmetDependencies: unmet
}

const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length })

const shuffledVerdict: fc.Arbitrary<Verdict> = fc.record({
  result: fc.constant(base.result),
  findings: shuffled(base.findings),
  outOfScopeFiles: shuffled(base.outOfScopeFiles),
  conflicts: shuffled(base.conflicts).chain((list) =>
    fc.tuple(
      ...list.map((c) =>
        fc
          .tuple(shuffled(c.patterns), shuffled(c.files))
          .map(([patterns, files]) => ({ ...c, patterns, files }))
      )
    )
  ),
  unmetDependencies: shuffled(base.unmetDependencies)
})

describe('determinism', () => {
  const expected = {
    report: renderReport(input({ verdict: base })),
    short: renderReport(input({ verdict: base }), { maxLength: 3000 }),
    annotations: buildAnnotations(base, { limitPerLevel: 5 }),
    outputs: buildOutputs(input({ verdict: base }))
  }

  it('gives the same report, annotations and outputs whatever the input order', () => {
    fc.assert(
      fc.property(shuffledVerdict, (verdict) => {
        expect(renderReport(input({ verdict }))).toBe(expected.report)
        expect(renderReport(input({ verdict }), { maxLength: 3000 })).toBe(expected.short)
        expect(buildAnnotations(verdict, { limitPerLevel: 5 })).toEqual(expected.annotations)
        expect(buildOutputs(input({ verdict }))).toEqual(expected.outputs)
      }),
      { numRuns: 100 }
    )
  })

  it('sorts rows by path and conflicts by severity then number', () => {
    const report = expected.report
    expect(report.indexOf('src/x0/f0.ts')).toBeLessThan(report.indexOf('src/x0/f7.ts'))
    expect(report.indexOf('src/x0/f7.ts')).toBeLessThan(report.indexOf('src/x1/f1.ts'))
    expect(report.indexOf('[#5]')).toBeLessThan(report.indexOf('[#12]'))
    expect(report.indexOf('[#12]')).toBeLessThan(report.indexOf('[#30]'))
  })
})
