import { describe, expect, it } from '@jest/globals'
import { buildAnnotations } from '../../src/report/annotations.js'
import type { Conflict } from '../../src/scope/types.js'
import { failing, outOfScope, verdict } from './fixtures.js'

const paths = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `src/f${String(i).padStart(2, '0')}.ts`)

const conflict: Conflict = {
  number: 12,
  title: 'Rework the core',
  author: 'mona',
  url: 'https://github.com/o/r/pull/12',
  kind: 'write-write',
  level: 'error',
  patterns: [{ ours: 'src/**', theirs: 'src/core/*.ts', witness: 'src/core/a.ts' }],
  files: ['src/core/b.ts', 'src/core/a.ts']
}

describe('buildAnnotations', () => {
  it('makes one annotation per out-of-scope path, at line 1 without a patch', () => {
    expect(buildAnnotations(failing(['b.ts', 'a.ts']))).toEqual([
      {
        level: 'error',
        title: 'Out of scope',
        message: 'Not covered by the write set.',
        file: 'a.ts',
        startLine: 1
      },
      {
        level: 'error',
        title: 'Out of scope',
        message: 'Not covered by the write set.',
        file: 'b.ts',
        startLine: 1
      }
    ])
  })

  it('puts each annotation on the first added line from the map', () => {
    const lines = new Map([
      ['a.ts', 17],
      ['b.ts', 0]
    ])
    const annotations = buildAnnotations(failing(['a.ts', 'b.ts', 'c.ts']), { lines })
    expect(annotations.map((a) => [a.file, a.startLine])).toEqual([
      ['a.ts', 17],
      ['b.ts', 1],
      ['c.ts', 1]
    ])
  })

  it('names the check in the title', () => {
    const annotations = buildAnnotations(
      verdict({
        result: 'fail',
        findings: [
          { check: 'read-only-modified', level: 'error', path: 'r.ts', message: 'read-only' },
          outOfScope('w.ts', 'warning')
        ],
        conflicts: [conflict]
      })
    )
    expect(annotations.map((a) => [a.level, a.title, a.file])).toEqual([
      ['error', 'Declared read-only', 'r.ts'],
      ['error', 'Write-write overlap with #12', 'src/core/a.ts'],
      ['error', 'Write-write overlap with #12', 'src/core/b.ts'],
      ['warning', 'Out of scope', 'w.ts']
    ])
    expect(annotations[1]?.message).toContain('Dependencies: #12')
  })

  it('shows 10 per level and says on the 10th how many more there are', () => {
    const findings = [
      ...paths(15).map((p) => outOfScope(p, 'error')),
      ...paths(3).map((p) => outOfScope(`w/${p}`, 'warning'))
    ]
    const annotations = buildAnnotations(verdict({ result: 'fail', findings, outOfScopeFiles: [] }))
    const errors = annotations.filter((a) => a.level === 'error')
    const warnings = annotations.filter((a) => a.level === 'warning')
    expect(errors).toHaveLength(10)
    expect(warnings).toHaveLength(3)
    expect(errors.map((a) => a.file)).toEqual(paths(10))
    expect(errors[9]?.message).toMatch(/…and 5 more errors not shown as annotations/)
    expect(errors[9]?.message).toMatch(/job summary and the pull request comment list them all/)
    for (const a of [...errors.slice(0, 9), ...warnings]) expect(a.message).not.toMatch(/more/)
  })

  it('adds no note when a level holds exactly the limit', () => {
    const annotations = buildAnnotations(failing(paths(10)))
    expect(annotations).toHaveLength(10)
    expect(annotations.some((a) => /more/.test(a.message))).toBe(false)
  })

  it('honours a custom limit and counts one more in the singular', () => {
    const annotations = buildAnnotations(failing(paths(3)), { limitPerLevel: 2 })
    expect(annotations).toHaveLength(2)
    expect(annotations[1]?.message).toMatch(/…and 1 more error not shown/)
  })

  it('does not depend on the order of the findings', () => {
    const forward = failing(paths(14))
    const backward = { ...forward, findings: [...forward.findings].reverse() }
    expect(buildAnnotations(backward)).toEqual(buildAnnotations(forward))
  })

  it('annotates nothing for findings without a file', () => {
    const annotations = buildAnnotations(
      verdict({
        findings: [
          { check: 'unused-write-entry', level: 'notice', message: 'unused', rule: 'docs/**' }
        ]
      })
    )
    expect(annotations).toEqual([])
  })
})
