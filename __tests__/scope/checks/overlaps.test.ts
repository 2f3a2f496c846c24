import { describe, expect, it } from '@jest/globals'
import { parseDependencyRefs } from '../../../src/scope/parser/references.js'
import {
  checkOverlaps,
  overlapParties,
  type ListedPull,
  type OverlapInput,
  type OverlapParty
} from '../../../src/scope/checks/overlaps.js'
import { clearOverlapCaches } from '../../../src/scope/glob/intersect.js'
import { OVERLAP_WORK_LIMIT } from '../../../src/scope/glob/work-bound.js'
import { PatternList } from '../../../src/scope/glob/patterns.js'
import type { ChangedFile, Scope } from '../../../src/scope/types.js'

interface Sets {
  write?: string[]
  read?: string[]
  deps?: string[]
}

function scope({ write = [], read = [], deps = [] }: Sets): Scope {
  const entries = (list: string[]) => list.map((text, i) => ({ text, line: i + 2 }))
  return {
    write: entries(write),
    read: entries(read),
    dependencies: deps.map((text, i) => ({ text, line: 10 + i, refs: parseDependencyRefs(text) })),
    forbidden: [],
    forbidOthers: true,
    line: 1,
    form: 'markdown'
  }
}

function party(number: number, sets: Sets | null, workOrderId: string | null = null): OverlapParty {
  return {
    number,
    title: `Change ${number}`,
    author: `dev${number}`,
    url: `https://github.com/octo/game/pull/${number}`,
    scope: sets === null ? null : scope(sets),
    workOrderId
  }
}

const modified = (path: string): ChangedFile => ({ path, status: 'modified' })

function input(over: {
  self?: Sets
  selfNumber?: number
  selfWorkOrder?: string | null
  files?: ChangedFile[]
  others: OverlapParty[]
  ignore?: string[]
  overlap?: 'fail' | 'warn' | 'off'
  readOverlap?: 'warn' | 'off'
}): OverlapInput {
  return {
    self: {
      number: over.selfNumber ?? 1,
      scope: scope(over.self ?? { write: ['aidm/core/maneuver_resolver.py'] }),
      workOrderId: over.selfWorkOrder ?? null,
      files: over.files ?? []
    },
    others: over.others,
    ignore: PatternList.compile(
      (over.ignore ?? []).map((text, i) => ({ text, line: i + 1 })),
      'ignore'
    ).list,
    levels: { overlap: over.overlap ?? 'fail', readOverlap: over.readOverlap ?? 'warn' }
  }
}

// [kind, level, number, pattern pairs as "ours ~ theirs", files] of each conflict.
type Row = [string, string, number, string[], string[]]

function rows(result: ReturnType<typeof checkOverlaps>): Row[] {
  return result.conflicts.map((c) => [
    c.kind,
    c.level,
    c.number,
    c.patterns.map((p) => `${p.ours} ~ ${p.theirs}`),
    c.files
  ])
}

describe('checkOverlaps', () => {
  it.each<[string, Parameters<typeof input>[0], Row[]]>([
    [
      'write sets that share a path',
      {
        self: { write: ['aidm/core/**'] },
        others: [party(2, { write: ['aidm/core/attack_resolver.py'] })]
      },
      [['write-write', 'error', 2, ['aidm/core/** ~ aidm/core/attack_resolver.py'], []]]
    ],
    [
      'write sets in different folders',
      { self: { write: ['src/*.ts'] }, others: [party(2, { write: ['lib/*.ts'] })] },
      []
    ],
    [
      'a changed file of ours in their write set, outside our own',
      {
        self: { write: ['src/a.ts'] },
        files: [modified('src/a.ts'), modified('lib/shared.ts')],
        others: [party(2, { write: ['lib/**'] })]
      },
      [['write-write', 'error', 2, ['lib/shared.ts ~ lib/**'], ['lib/shared.ts']]]
    ],
    [
      'a changed file inside both write sets is named as a file too',
      {
        self: { write: ['src/**'] },
        files: [modified('src/core/x.ts'), modified('src/other.ts')],
        others: [party(2, { write: ['src/core/*.ts'] })]
      },
      [['write-write', 'error', 2, ['src/** ~ src/core/*.ts'], ['src/core/x.ts']]]
    ],
    [
      'the old path of a rename counts',
      {
        self: { write: ['src/new.ts', 'src/old.ts'] },
        files: [{ path: 'src/new.ts', status: 'renamed', previousPath: 'src/old.ts' }],
        others: [party(2, { write: ['src/old.ts'] })]
      },
      [['write-write', 'error', 2, ['src/old.ts ~ src/old.ts'], ['src/old.ts']]]
    ],
    [
      // A copy leaves its source as it was (CONTRACT §2 names renames only), as the scope check does.
      'the source of a copy is not touched',
      {
        self: { write: ['src/copy.ts'] },
        files: [{ path: 'src/copy.ts', status: 'copied', previousPath: 'lib/shared.ts' }],
        others: [party(2, { write: ['lib/**'] })]
      },
      []
    ],
    [
      'our read set against their write set only warns',
      {
        self: { write: ['src/a.ts'], read: ['lib/**'] },
        others: [party(2, { write: ['lib/x.ts'] })]
      },
      [['read-write', 'warning', 2, ['lib/** ~ lib/x.ts'], []]]
    ],
    [
      'our write set against their read set only warns, with the files they read',
      {
        self: { write: ['lib/x.ts'] },
        files: [modified('lib/x.ts')],
        others: [party(2, { write: ['src/**'], read: ['lib/**'] })]
      },
      [['read-write', 'warning', 2, ['lib/x.ts ~ lib/**'], ['lib/x.ts']]]
    ],
    [
      'reads on both sides are no overlap',
      {
        self: { write: ['a'], read: ['lib/**'] },
        others: [party(2, { write: ['b'], read: ['lib/**'] })]
      },
      []
    ],
    [
      'a write-write conflict speaks for the read-write one with the same pull request',
      {
        self: { write: ['src/**'], read: ['lib/**'] },
        others: [party(2, { write: ['src/a.ts', 'lib/b.ts'] })]
      },
      [['write-write', 'error', 2, ['src/** ~ src/a.ts'], []]]
    ],
    [
      'overlap: warn makes write-write a warning',
      {
        self: { write: ['src/**'] },
        others: [party(2, { write: ['src/a.ts'] })],
        overlap: 'warn'
      },
      [['write-write', 'warning', 2, ['src/** ~ src/a.ts'], []]]
    ],
    [
      'overlap: off still reports read-write',
      {
        self: { write: ['src/**'], read: ['lib/**'] },
        others: [party(2, { write: ['src/a.ts', 'lib/b.ts'] })],
        overlap: 'off'
      },
      [['read-write', 'warning', 2, ['lib/** ~ lib/b.ts'], []]]
    ],
    [
      'read-overlap: off',
      {
        self: { write: ['a.ts'], read: ['lib/**'] },
        others: [party(2, { write: ['lib/b.ts'] })],
        readOverlap: 'off'
      },
      []
    ],
    [
      'both off',
      {
        self: { write: ['src/**'] },
        others: [party(2, { write: ['src/a.ts'] })],
        overlap: 'off',
        readOverlap: 'off'
      },
      []
    ],
    [
      'ignored paths count for no overlap',
      {
        self: { write: ['package-lock.json', 'src/a.ts'] },
        files: [modified('package-lock.json')],
        others: [party(2, { write: ['package-lock.json', 'lib/**'] })],
        ignore: ['package-lock.json']
      },
      []
    ],
    [
      'ignoring part of a folder leaves the rest',
      {
        self: { write: ['src/**'] },
        others: [party(2, { write: ['src/gen/**', 'src/core/x.ts'] })],
        ignore: ['src/gen/']
      },
      [['write-write', 'error', 2, ['src/** ~ src/core/x.ts'], []]]
    ],
    [
      'an ignore list with its own take-backs',
      {
        self: { write: ['src/**'] },
        others: [party(2, { write: ['src/gen/a.ts'] }), party(3, { write: ['src/keep.ts'] })],
        ignore: ['src/gen/**', '!src/keep.ts']
      },
      [['write-write', 'error', 3, ['src/** ~ src/keep.ts'], []]]
    ],
    [
      'a take-back in their write set',
      {
        self: { write: ['src/gen/x.ts'] },
        others: [party(2, { write: ['src/**', '!src/gen/**'] })]
      },
      []
    ],
    [
      'the folder rule needs an entry that can name a folder',
      { self: { write: ['**/*.md'] }, others: [party(2, { write: ['src/index.ts'] })] },
      []
    ],
    [
      'a folder entry covers what it holds',
      { self: { write: ['docs/'] }, others: [party(2, { write: ['docs/api/index.md'] })] },
      [['write-write', 'error', 2, ['docs/ ~ docs/api/index.md'], []]]
    ],
    [
      'this pull request is never compared with itself',
      { self: { write: ['src/**'] }, others: [party(1, { write: ['src/**'] })] },
      []
    ]
  ])('%s', (_name, given, expected) => {
    expect(rows(checkOverlaps(input(given)))).toEqual(expected)
  })

  it.each<[string, Parameters<typeof input>[0]]>([
    [
      'we depend on them by number',
      {
        self: { write: ['src/**'], deps: ['#2 must be merged first'] },
        others: [party(2, { write: ['src/a.ts'] })]
      }
    ],
    [
      'they depend on us by number',
      {
        self: { write: ['src/**'] },
        others: [party(2, { write: ['src/a.ts'], deps: ['After #1'] })]
      }
    ],
    [
      'we depend on them by URL',
      {
        self: { write: ['src/**'], deps: ['https://github.com/Octo/Game/pull/2'] },
        others: [party(2, { write: ['src/a.ts'] })]
      }
    ],
    [
      'they depend on us by URL',
      {
        self: { write: ['src/**'] },
        others: [party(2, { write: ['src/a.ts'], deps: ['https://github.com/octo/game/pull/1'] })]
      }
    ],
    [
      'we depend on their work order',
      {
        self: {
          write: ['src/**'],
          deps: ['WO-FIX-03 must be committed before this session starts']
        },
        others: [party(2, { write: ['src/a.ts'] }, 'WO-FIX-03')]
      }
    ],
    [
      'they depend on our work order',
      {
        self: { write: ['src/**'] },
        selfWorkOrder: 'WO-FIX-07',
        others: [party(2, { write: ['src/a.ts'], deps: ['WO-FIX-07'] }, 'WO-FIX-08')]
      }
    ]
  ])('is sequenced when %s', (_name, given) => {
    const result = checkOverlaps(input({ ...given, files: [modified('src/a.ts')] }))
    expect(result.conflicts).toEqual([])
    expect(result.findings).toEqual([])
  })

  it.each<[string, Parameters<typeof input>[0]]>([
    [
      'a URL of another repository',
      {
        self: { write: ['src/**'], deps: ['https://github.com/octo/other/pull/2'] },
        others: [party(2, { write: ['src/a.ts'] })]
      }
    ],
    [
      'a dependency on a third pull request',
      { self: { write: ['src/**'], deps: ['#3'] }, others: [party(2, { write: ['src/a.ts'] })] }
    ],
    [
      'a work-order ID when their ID is not known',
      {
        self: { write: ['src/**'], deps: ['WO-FIX-03'] },
        others: [party(2, { write: ['src/a.ts'] })]
      }
    ],
    [
      'their work-order dependency when our ID is not known',
      {
        self: { write: ['src/**'] },
        others: [party(2, { write: ['src/a.ts'], deps: ['WO-FIX-07'] })]
      }
    ]
  ])('is not sequenced by %s', (_name, given) => {
    expect(checkOverlaps(input(given)).conflicts.map((c) => c.number)).toEqual([2])
  })

  it('counts the others that declare no scope, and compares the rest', () => {
    const result = checkOverlaps(
      input({
        self: { write: ['src/**'] },
        others: [party(2, null), party(3, null), party(4, { write: ['src/a.ts'] }), party(5, null)]
      })
    )
    expect(result.withoutScope).toBe(3)
    expect(result.conflicts.map((c) => c.number)).toEqual([4])
  })

  it('counts them even when both levels are off', () => {
    const result = checkOverlaps(
      input({ others: [party(2, null)], overlap: 'off', readOverlap: 'off' })
    )
    expect(result).toEqual({
      conflicts: [],
      findings: [],
      withoutScope: 1,
      compared: 0,
      sequenced: [],
      undecidedWith: [],
      workSpent: 0
    })
  })

  it('gives each conflict a finding that names the other pull request and the way out', () => {
    const result = checkOverlaps(
      input({
        self: { write: ['aidm/core/**'], read: ['docs/**'] },
        files: [modified('aidm/core/grapple.py')],
        others: [
          party(12, { write: ['aidm/core/grapple.py'] }),
          party(13, { write: ['docs/rules.md'] })
        ]
      })
    )
    expect(result.conflicts[0]).toEqual({
      number: 12,
      title: 'Change 12',
      author: 'dev12',
      url: 'https://github.com/octo/game/pull/12',
      kind: 'write-write',
      level: 'error',
      patterns: [
        { ours: 'aidm/core/**', theirs: 'aidm/core/grapple.py', witness: 'aidm/core/grapple.py' }
      ],
      files: ['aidm/core/grapple.py']
    })
    expect(result.findings.map((f) => [f.check, f.level])).toEqual([
      ['write-write-overlap', 'error'],
      ['read-write-overlap', 'warning']
    ])
    const [write, read] = result.findings.map((f) => f.message)
    expect(write).toContain('#12 "Change 12" by @dev12 (https://github.com/octo/game/pull/12)')
    expect(write).toContain('`aidm/core/**` ~ `aidm/core/grapple.py` (e.g. `aidm/core/grapple.py`)')
    expect(write).toContain('the changed file `aidm/core/grapple.py`')
    expect(write).toContain('`Dependencies: #12`')
    expect(read).toContain('#13')
    expect(read).toContain('Let the reader go first')
  })

  it('names a few pattern pairs in the message and counts the rest', () => {
    const write = ['a/1', 'a/2', 'a/3', 'a/4', 'a/5']
    const result = checkOverlaps(
      input({ self: { write: ['a/**'] }, others: [party(2, { write })] })
    )
    expect(result.conflicts[0]?.patterns).toHaveLength(5)
    expect(result.findings[0]?.message).toContain('and 2 more')
  })
})

describe("entries their authors' own checks refuse count for nothing (CONTRACT §1.4)", () => {
  it.each<[string, Sets, Sets, string[], string[]]>([
    // [case, ours, theirs, changed files, pull requests we conflict with]
    ['an extglob of theirs meets nothing', { write: ['x/**'] }, { write: ['x/+(a|b)'] }, [], []],
    [
      'a brace expansion beyond the bound meets nothing',
      { write: ['src/**'] },
      { write: [`src/${'{a,b}'.repeat(12)}.ts`] },
      [],
      []
    ],
    [
      'their other entries still count',
      { write: ['x/**'] },
      { write: ['x/+(a|b)', 'x/c.ts'] },
      [],
      ['write-write #2: x/** ~ x/c.ts']
    ],
    [
      'a refused entry claims none of our changed files',
      { write: ['src/**'] },
      { write: ['lib/@(a).ts'] },
      ['lib/a.ts'],
      []
    ],
    [
      'a refused take-back of theirs is left out, which can only widen their set',
      { write: ['src/gen.ts'] },
      { write: ['src/**', '!src/@(gen).ts'] },
      [],
      ['write-write #2: src/gen.ts ~ src/**']
    ],
    [
      'a refused read entry of theirs meets nothing',
      { write: ['docs/**'] },
      { write: ['lib/a.ts'], read: ['docs/?(a).md'] },
      [],
      []
    ],
    [
      'our own refused entries count for nothing either (our own check fails on them)',
      { write: ['x/*(a)'] },
      { write: ['x/a'] },
      [],
      []
    ]
  ])('%s', (_name, self, theirs, files, expected) => {
    const result = checkOverlaps(
      input({ self, files: files.map(modified), others: [party(2, theirs)] })
    )
    expect(
      result.conflicts.map(
        (c) =>
          `${c.kind} #${c.number}: ${c.patterns.map((p) => `${p.ours} ~ ${p.theirs}`).join(', ')}`
      )
    ).toEqual(expected)
    // Dropped, not undecided: nothing to warn about either.
    expect(result.findings.filter((f) => f.check === 'undecided-overlap')).toEqual([])
  })

  it("ends at once on the issue's reproduction, with no finding", () => {
    const result = checkOverlaps(
      input({
        self: { write: [`x/${'*a'.repeat(30)}`] },
        files: [modified(`x/${'a'.repeat(40)}`)],
        others: [party(2, { write: [`x/${'+(a|aa)'.repeat(8)}b`] })]
      })
    )
    expect(result.conflicts).toEqual([])
    expect(result.findings).toEqual([])
    expect(result.workSpent).toBeLessThanOrEqual(OVERLAP_WORK_LIMIT)
  })
})

describe('pairs not decided within the work bound (CONTRACT §2)', () => {
  // With no work at all only plain paths against plain paths can be decided.
  const starved = (over: Parameters<typeof input>[0]) => checkOverlaps(input(over), 0)

  it('are a warning naming both pull requests and both patterns, never a conflict', () => {
    const result = starved({
      self: { write: ['src/**/*.ts'] },
      overlap: 'fail',
      others: [party(12, { write: ['src/*/x.ts'] })]
    })
    expect(result.conflicts).toEqual([])
    expect(result.findings).toHaveLength(1)
    const [finding] = result.findings
    expect(finding).toMatchObject({ check: 'undecided-overlap', level: 'warning' })
    expect(finding?.path).toBeUndefined()
    expect(finding?.message).toContain('Could not decide whether this pull request (#1) overlaps')
    expect(finding?.message).toContain(
      '#12 "Change 12" by @dev12 (https://github.com/octo/game/pull/12)'
    )
    expect(finding?.message).toContain('`src/**/*.ts` (ours) ~ `src/*/x.ts` (theirs)')
    expect(finding?.message).toContain('does not fail the check')
  })

  it.each<[string, Parameters<typeof input>[0], string[], string[]]>([
    // [case, input, conflicts as "kind #n", undecided findings as "#n: pairs"]
    [
      'plain paths are still compared: that costs nothing',
      { self: { write: ['a.ts'] }, others: [party(2, { write: ['a.ts'] })] },
      ['write-write #2'],
      []
    ],
    [
      'a decided conflict speaks for the pull request: its undecided pairs are not repeated',
      { self: { write: ['a.ts', 'src/**'] }, others: [party(2, { write: ['a.ts', 'src/*/x'] })] },
      ['write-write #2'],
      []
    ],
    [
      'a changed file whose claim cannot be decided is named with their entry',
      {
        self: { write: ['lib/a.ts'] },
        files: [modified('src/core/a.ts')],
        others: [party(2, { write: ['src/**/*.ts'] })]
      },
      [],
      ['#2: `src/core/a.ts` (ours) ~ `src/**/*.ts` (theirs)']
    ],
    [
      'undecided read-write pairs warn too, with read-overlap on',
      {
        self: { write: ['lib/a.ts'], read: ['src/**'] },
        others: [party(2, { write: ['src/*/x.ts'] })]
      },
      [],
      ['#2: `src/**` (ours) ~ `src/*/x.ts` (theirs)']
    ],
    [
      'and say nothing with read-overlap off',
      {
        self: { write: ['lib/a.ts'], read: ['src/**'] },
        readOverlap: 'off',
        others: [party(2, { write: ['src/*/x.ts'] })]
      },
      [],
      []
    ],
    [
      'a sequenced pull request is never a conflict or a warning',
      {
        self: { write: ['src/**'], deps: ['#2'] },
        others: [party(2, { write: ['src/*/x.ts'] })]
      },
      [],
      []
    ]
  ])('%s', (_name, given, conflicts, undecided) => {
    const result = starved(given)
    expect(result.conflicts.map((c) => `${c.kind} #${c.number}`)).toEqual(conflicts)
    expect(
      result.findings
        .filter((f) => f.check === 'undecided-overlap')
        .map(
          (f) =>
            `#${/overlaps #(\d+)/.exec(f.message)?.[1] ?? '?'}: ${f.message.split('bound: ')[1]?.split('. This')[0] ?? ''}`
        )
    ).toEqual(undecided)
    for (const conflict of result.conflicts) {
      for (const pair of conflict.patterns) expect(pair.witness).not.toBe('')
    }
  })

  it('warns at most once per pull request, counting the pairs it does not name', () => {
    const write = ['src/a*', 'src/b*', 'src/c*', 'src/d*', 'src/e*']
    const result = starved({ self: { write: ['src/**'] }, others: [party(2, { write })] })
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]?.message).toContain('and 2 more')
  })

  it('one pull request whose patterns eat the work does not leave another one undecided', () => {
    const hostile = Array.from({ length: 100 }, (_, i) => `src/${'*a'.repeat(100)}*b${i}`)
    const result = checkOverlaps(
      input({
        self: { write: [`src/${'*a'.repeat(30)}`, 'src/**/*.ts'] },
        others: [party(2, { write: hostile }), party(3, { write: ['src/*/y.ts'] })]
      })
    )
    expect(result.conflicts.map((c) => c.number)).toEqual([3])
    expect(result.workSpent).toBeLessThanOrEqual(OVERLAP_WORK_LIMIT)
    const undecided = result.findings.filter((f) => f.check === 'undecided-overlap')
    expect(undecided.map((f) => /overlaps #(\d+)/.exec(f.message)?.[1])).toEqual(['2'])
    expect(result.undecidedWith).toEqual([2])
  })
})

describe('what was compared, and the overlaps a dependency sequences (issue 14)', () => {
  const others = [
    party(2, { write: ['src/a.ts'] }),
    party(3, { write: ['src/b.ts'] }),
    party(4, null),
    party(5, { write: ['lib/**'] }),
    party(6, { write: ['docs/x.md'], read: ['src/**'], deps: ['After #1'] }),
    party(7, { write: ['src/c.ts'], deps: ['#1 first'] })
  ]
  const given: Parameters<typeof input>[0] = {
    self: { write: ['src/**'], deps: ['#3 must be merged first', '#7 too'] },
    files: [modified('src/b.ts')],
    others
  }

  it('counts every other pull request with a readable scope as compared', () => {
    const result = checkOverlaps(input(given))
    expect(result.compared).toBe(5)
    expect(result.withoutScope).toBe(1)
    expect(result.conflicts.map((c) => c.number)).toEqual([2])
  })

  it('names each sequenced pull request whose sets meet this one, and who waits', () => {
    const result = checkOverlaps(input(given))
    expect(
      result.sequenced.map((s) => [s.number, s.kind, s.waiting, s.patterns.map((p) => p.witness)])
    ).toEqual([
      [3, 'write-write', 'this', ['src/b.ts']],
      [6, 'read-write', 'other', [expect.stringMatching(/^src\//)]],
      [7, 'write-write', 'both', ['src/c.ts']]
    ])
    expect(result.sequenced[0]).toMatchObject({
      title: 'Change 3',
      author: 'dev3',
      url: 'https://github.com/octo/game/pull/3',
      files: ['src/b.ts']
    })
  })

  it('leaves a sequenced pull request whose sets do not meet unnamed', () => {
    const result = checkOverlaps(
      input({
        self: { write: ['src/**'], deps: ['#5'] },
        others: [party(5, { write: ['lib/**'] })]
      })
    )
    expect(result.compared).toBe(1)
    expect(result.sequenced).toEqual([])
  })

  it('spends on sequenced pull requests only what the conflicts left: their findings do not change', () => {
    const hostile = Array.from({ length: 60 }, (_, i) => `src/${'*a'.repeat(60)}*b${i}`)
    const unsequenced = [party(2, { write: hostile }), party(3, { write: ['src/*/y.ts'] })]
    const sequencedToo = [...unsequenced, party(9, { write: hostile, deps: ['After #1'] })]
    for (const limit of [0, 50_000, 2_000_000, OVERLAP_WORK_LIMIT]) {
      const self = { write: [`src/${'*a'.repeat(30)}`, 'src/**/*.ts'] }
      // Both from a cold start: decided pairs are cached for the process.
      clearOverlapCaches()
      const without = checkOverlaps(input({ self, others: unsequenced }), limit)
      clearOverlapCaches()
      const withIt = checkOverlaps(input({ self, others: sequencedToo }), limit)
      expect(withIt.conflicts).toEqual(without.conflicts)
      expect(withIt.findings).toEqual(without.findings)
      expect(withIt.undecidedWith).toEqual(without.undecidedWith)
      expect(withIt.workSpent).toBeLessThanOrEqual(limit)
    }
  })
})

describe('overlapParties', () => {
  const pull = (number: number, over: Partial<ListedPull> = {}): ListedPull => ({
    number,
    title: `Change ${number}`,
    author: 'dev',
    url: `https://github.com/octo/game/pull/${number}`,
    body: '## Session Scope\n**Write set:** src/**\n**Dependencies:** #7',
    draft: false,
    baseRef: 'main',
    ...over
  })

  it('keeps other pull requests to the same base, with their scopes', () => {
    const parties = overlapParties(
      [pull(1), pull(2), pull(3, { baseRef: 'release' }), pull(4, { draft: true })],
      { self: 1, base: 'main', includeDrafts: true }
    )
    expect(parties.map((p) => p.number)).toEqual([2, 4])
    expect(parties[0]?.scope?.write.map((e) => e.text)).toEqual(['src/**'])
    expect(parties[0]?.scope?.dependencies[0]?.refs).toEqual([{ kind: 'number', number: 7 }])
    expect(parties[0]?.workOrderId).toBeNull()
  })

  it('leaves drafts out with include-drafts false', () => {
    const parties = overlapParties([pull(2), pull(4, { draft: true })], {
      self: 1,
      base: 'main',
      includeDrafts: false
    })
    expect(parties.map((p) => p.number)).toEqual([2])
  })

  it('gives a body with no scope, or an unreadable one, a null scope', () => {
    const twice = '## Session Scope\n**Write set:** a\n\n## Session Scope\n**Write set:** b'
    const parties = overlapParties([pull(2, { body: 'Just a fix.' }), pull(3, { body: twice })], {
      self: 1,
      base: 'main',
      includeDrafts: true
    })
    expect(parties.map((p) => p.scope)).toEqual([null, null])
  })
})
