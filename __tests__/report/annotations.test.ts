import { describe, expect, it } from '@jest/globals'
import { buildAnnotations } from '../../src/report/annotations.js'
import type { Conflict, Finding, Verdict } from '../../src/scope/types.js'
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
})

// CONTRACT §3: every finding is an annotation at its level; those about no changed file carry no
// file, and the title names the check.
describe('findings that name no changed file', () => {
  const readWrite: Conflict = {
    ...conflict,
    number: 13,
    title: 'Docs pass',
    author: 'hubot',
    kind: 'read-write',
    level: 'warning',
    patterns: [{ ours: 'docs/**', theirs: 'docs/*.md', witness: 'docs/a.md' }],
    files: []
  }

  it.each<[string, Finding[], Partial<Verdict>, { level: string; title: string; text: RegExp }]>([
    [
      'missing scope at warn',
      [{ check: 'missing-scope', level: 'warning', message: 'No Session Scope block was found.' }],
      {},
      { level: 'warning', title: 'Missing scope', text: /No Session Scope block/ }
    ],
    [
      'an unknown label',
      [
        {
          check: 'scope-syntax',
          level: 'warning',
          message: 'line 4: unknown label "Owner" in the Session Scope; its text is ignored.',
          scopeLine: 4
        }
      ],
      {},
      { level: 'warning', title: 'Session Scope', text: /line 4: unknown label "Owner"/ }
    ],
    [
      'an unknown YAML key',
      [
        {
          check: 'scope-syntax',
          level: 'warning',
          message: 'line 6: unknown key "owner" in the session-scope block is ignored',
          scopeLine: 6
        }
      ],
      {},
      { level: 'warning', title: 'Session Scope', text: /unknown key "owner"/ }
    ],
    [
      'the warning of scope-source: work-order about a pull request that names no work order',
      [
        {
          check: 'scope-syntax',
          level: 'warning',
          message:
            'Input `scope-source: work-order` reads the scope from the work order only, but this pull request names none',
          scopeLine: 1
        }
      ],
      {},
      { level: 'warning', title: 'Session Scope', text: /`scope-source: work-order`/ }
    ],
    [
      'an unused write entry',
      [
        {
          check: 'unused-write-entry',
          level: 'notice',
          message: '`docs/**` matched no changed file',
          rule: 'docs/**',
          scopeLine: 3
        }
      ],
      {},
      { level: 'notice', title: 'Unused write entry', text: /`docs\/\*\*` matched no changed file/ }
    ],
    [
      'an unmet dependency at warn',
      [
        {
          check: 'unmet-dependency',
          level: 'warning',
          message: 'Dependency #14 is not met: it waits for #14.',
          scopeLine: 5
        }
      ],
      {
        unmetDependencies: [
          {
            reference: '#14',
            number: 14,
            state: 'open',
            url: 'https://github.com/o/r/pull/14',
            level: 'warning'
          }
        ]
      },
      { level: 'warning', title: 'Unmet dependency', text: /waits for #14/ }
    ],
    [
      'a dependency item without a reference',
      [
        {
          check: 'unmet-dependency',
          level: 'notice',
          message: 'line 5: dependency "after lunch" names no pull request',
          scopeLine: 5
        }
      ],
      {},
      { level: 'notice', title: 'Unmet dependency', text: /after lunch/ }
    ],
    [
      'a read-write overlap between declared patterns only',
      [{ check: 'read-write-overlap', level: 'warning', message: 'Read-write overlap with #13' }],
      { conflicts: [readWrite] },
      {
        level: 'warning',
        title: 'Read-write overlap with #13',
        text: /#13 "Docs pass" by @hubot .*`docs\/\*\*` ~ `docs\/\*\.md` \(e\.g\. `docs\/a\.md`\)/
      }
    ]
  ])('annotates %s, without a file', (_name, findings, rest, expected) => {
    const annotations = buildAnnotations(verdict({ findings, ...rest }))
    expect(annotations).toHaveLength(1)
    const [only] = annotations
    expect(only).toMatchObject({ level: expected.level, title: expected.title })
    expect(only?.message).toMatch(expected.text)
    expect(only?.file).toBeUndefined()
    expect(only?.startLine).toBeUndefined()
  })

  it('annotates an unmet dependency next to a notice about another item', () => {
    const annotations = buildAnnotations(
      verdict({
        result: 'fail',
        findings: [
          { check: 'unmet-dependency', level: 'error', message: 'Dependency #14 is not met.' },
          {
            check: 'unmet-dependency',
            level: 'notice',
            message: 'Dependency o/x#3 is in another repository.'
          }
        ],
        unmetDependencies: [
          { reference: '#14', number: 14, state: 'open', url: null, level: 'error' }
        ]
      })
    )
    expect(annotations.map((a) => [a.level, a.message])).toEqual([
      ['error', 'Dependency #14 is not met.'],
      ['notice', 'Dependency o/x#3 is in another repository.']
    ])
  })

  it('counts findings without a file in the 10 of their level', () => {
    const findings: Finding[] = [
      ...paths(8).map((p) => outOfScope(p, 'warning')),
      ...['A', 'B', 'C', 'D'].map((label) => ({
        check: 'scope-syntax' as const,
        level: 'warning' as const,
        message: `unknown label "${label}"`
      }))
    ]
    const annotations = buildAnnotations(verdict({ findings, outOfScopeFiles: [] }))
    expect(annotations).toHaveLength(10)
    expect(annotations.filter((a) => a.file === undefined)).toHaveLength(4)
    expect(annotations[9]?.message).toMatch(
      /…and 2 more warnings not shown as annotations: the log, the job summary and the pull request comment list them all\.$/
    )
  })
})

describe('text from the pull request in annotations', () => {
  const R = '\uFFFD'

  it('shows a path with hidden characters in the message and points at no file', () => {
    const path = 'src/a\n::add-mask::x\u202e.ts'
    const [only] = buildAnnotations(
      verdict({
        result: 'fail',
        findings: [
          {
            check: 'out-of-scope',
            level: 'error',
            path,
            message: `\`${path}\` is not in the write set`
          }
        ]
      })
    )
    expect(only?.file).toBeUndefined()
    expect(only?.startLine).toBeUndefined()
    expect(only?.message).toContain(`\`src/a${R}::add-mask::x${R}.ts\` is not in the write set`)
    expect(only?.message).toMatch(/cannot point at the file/)
  })

  it('shows titles, logins, patterns and files of another pull request without hidden characters', () => {
    const hostile: Conflict = {
      ...conflict,
      title: 'Fix\r\n::stop-commands::t \u001b[2J',
      author: 'evil\u2028bot',
      files: ['src/core/a.ts', 'src/core/\u2066b.ts']
    }
    const annotations = buildAnnotations(verdict({ result: 'fail', conflicts: [hostile] }))
    for (const a of annotations) {
      expect(a.title).not.toMatch(/[\p{Cc}\p{Zl}\p{Bidi_Control}]/u)
      expect(a.message).not.toMatch(/[\p{Cc}\p{Zl}\p{Bidi_Control}]/u)
      expect(a.message).toContain(`"Fix${R}::stop-commands::t ${R}[2J" by @evil${R}bot`)
    }
    expect(annotations.map((a) => a.file)).toEqual([undefined, 'src/core/a.ts'])
    expect(annotations[0]?.message).toContain(`\`src/core/${R}b.ts\``)
  })

  it('names the pull request in each title on a run about others, and can point at no file', () => {
    const annotations = buildAnnotations(failing(['src/x.ts']), {
      pullRequest: 7,
      pointAtFiles: false
    })
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'Out of scope (#7)',
        message: '`src/x.ts`: Not covered by the write set.'
      }
    ])
  })
})
