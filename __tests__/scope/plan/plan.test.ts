import { describe, expect, it } from '@jest/globals'
import { planJson } from '../../../src/report/board-json.js'
import { renderPlanMarkdown } from '../../../src/cli/plan/markdown.js'
import { PLAN_WORK_LIMIT } from '../../../src/scope/glob/work-bound.js'
import { findPlanOverlaps } from '../../../src/scope/plan/overlaps.js'
import { planWorkOrders } from '../../../src/scope/plan/plan.js'
import type { WorkOrder } from '../../../src/scope/plan/types.js'
import { wo } from './helpers.js'

const groupsOf = (orders: WorkOrder[]): string[][] =>
  planWorkOrders(orders).groups.map((g) => g.workOrders)
const errorsOf = (orders: WorkOrder[]): string[] =>
  planWorkOrders(orders)
    .messages.filter((m) => m.level === 'error')
    .map((m) => m.message)
const warningsOf = (orders: WorkOrder[]): string[] =>
  planWorkOrders(orders)
    .messages.filter((m) => m.level === 'warning')
    .map((m) => m.message)

describe('parallel-safe groups', () => {
  it.each<[string, WorkOrder[], string[][]]>([
    [
      'disjoint write sets run in parallel',
      [wo('A-1', ['a.ts']), wo('B-1', ['b.ts'])],
      [['A-1'], ['B-1']]
    ],
    [
      'a shared file puts both in one group',
      [wo('A-1', ['x.ts', 'a.ts']), wo('B-1', ['x.ts'])],
      [['A-1', 'B-1']]
    ],
    [
      'conflicts chain transitively',
      [
        wo('A-1', ['a.ts', 'b.ts']),
        wo('B-1', ['b.ts', 'c.ts']),
        wo('C-1', ['c.ts']),
        wo('D-1', ['d.ts'])
      ],
      [['A-1', 'B-1', 'C-1'], ['D-1']]
    ],
    [
      'a folder meets a file inside it',
      [wo('A-1', ['aidm/core/**']), wo('B-1', ['aidm/core/attack_resolver.py'])],
      [['A-1', 'B-1']]
    ],
    [
      'a bare folder entry meets a file inside it',
      [wo('A-1', ['aidm/core']), wo('B-1', ['aidm/core/x.py'])],
      [['A-1', 'B-1']]
    ],
    [
      'a glob meets another glob',
      [wo('A-1', ['src/**/*.ts']), wo('B-1', ['src/a/*.ts'])],
      [['A-1', 'B-1']]
    ],
    [
      'globs over different folders do not meet',
      [wo('A-1', ['src/*.ts']), wo('B-1', ['lib/*.ts'])],
      [['A-1'], ['B-1']]
    ],
    [
      'a negation takes a folder back',
      [
        wo('A-1', ['aidm/spells/**', '!aidm/spells/generated/**']),
        wo('B-1', ['aidm/spells/generated/t.py'])
      ],
      [['A-1'], ['B-1']]
    ],
    [
      'read-only overlap does not group',
      [wo('A-1', ['a.ts'], ['b.ts']), wo('B-1', ['b.ts'], ['a.ts'])],
      [['A-1'], ['B-1']]
    ],
    [
      'a work order with an empty write set is its own group',
      [wo('A-1', []), wo('B-1', ['b.ts'])],
      [['A-1'], ['B-1']]
    ],
    [
      'groups are listed largest first, then by first ID',
      [
        wo('A-1', ['a']),
        wo('B-1', ['b']),
        wo('C-1', ['b']),
        wo('D-1', ['d']),
        wo('E-1', ['a2']),
        wo('F-1', ['a2'])
      ],
      [['B-1', 'C-1'], ['E-1', 'F-1'], ['A-1'], ['D-1']]
    ]
  ])('%s', (_name, orders, expected) => {
    expect(groupsOf(orders)).toEqual(expected)
  })
})

describe('order within a group', () => {
  it.each<[string, WorkOrder[], string[]]>([
    [
      'ID order without dependencies',
      [wo('W-3', ['x']), wo('W-1', ['x']), wo('W-2', ['x'])],
      ['W-1', 'W-2', 'W-3']
    ],
    [
      'IDs compare by number: W-2 before W-10',
      [wo('W-10', ['x']), wo('W-2', ['x'])],
      ['W-2', 'W-10']
    ],
    [
      'a dependency puts its target first',
      [wo('W-1', ['x'], [], ['W-2']), wo('W-2', ['x'])],
      ['W-2', 'W-1']
    ],
    [
      'a chain of dependencies is followed',
      [wo('W-1', ['x'], [], ['W-2']), wo('W-2', ['x'], [], ['W-3']), wo('W-3', ['x'])],
      ['W-3', 'W-2', 'W-1']
    ],
    [
      'ties after a dependency are broken by ID',
      [
        wo('W-1', ['x']),
        wo('W-2', ['x'], [], ['W-1']),
        wo('W-3', ['x']),
        wo('W-4', ['x'], [], ['W-3'])
      ],
      ['W-1', 'W-2', 'W-3', 'W-4']
    ],
    [
      'a member waiting on another group lets the others go first',
      [wo('A-1', ['a'], [], ['Z-1']), wo('A-2', ['a']), wo('Z-1', ['z'])],
      ['A-2', 'A-1']
    ]
  ])('%s', (_name, orders, expected) => {
    expect(planWorkOrders(orders).groups[0]?.workOrders).toEqual(expected)
  })
})

describe('waves', () => {
  it.each<[string, WorkOrder[], string[][]]>([
    [
      'independent work orders go in one wave',
      [wo('A-1', ['a']), wo('B-1', ['b'])],
      [['A-1', 'B-1']]
    ],
    [
      'a group runs one per wave',
      [wo('A-1', ['x']), wo('B-1', ['x']), wo('C-1', ['y'])],
      [['A-1', 'C-1'], ['B-1']]
    ],
    [
      'a dependency on another group waits for it',
      [wo('A-1', ['a'], [], ['B-1']), wo('B-1', ['b'])],
      [['B-1'], ['A-1']]
    ],
    [
      'a group whose first member waits still starts the next one',
      [
        wo('A-1', ['a'], [], ['Z-1']),
        wo('A-2', ['a']),
        wo('Z-1', ['z'], [], ['Y-1']),
        wo('Y-1', ['y'])
      ],
      [['A-2', 'Y-1'], ['Z-1'], ['A-1']]
    ],
    [
      'each work order goes as early as its group and dependencies allow',
      [wo('A-1', ['x']), wo('A-2', ['x']), wo('A-3', ['x']), wo('B-1', ['b'], [], ['A-2'])],
      [['A-1'], ['A-2'], ['A-3', 'B-1']]
    ],
    ['pull-request dependencies do not order the plan', [wo('A-1', ['a'], [], ['#12'])], [['A-1']]]
  ])('%s', (_name, orders, expected) => {
    expect(planWorkOrders(orders).waves).toEqual(expected)
  })

  it('says which group waits for which', () => {
    const plan = planWorkOrders([wo('A-1', ['a'], [], ['B-1']), wo('A-2', ['a']), wo('B-1', ['b'])])
    expect(plan.groups).toEqual([
      { workOrders: ['A-2', 'A-1'], waitsFor: [{ workOrder: 'A-1', dependsOn: 'B-1', group: 1 }] },
      { workOrders: ['B-1'], waitsFor: [] }
    ])
  })
})

describe('dependency cycles', () => {
  it.each<[string, WorkOrder[], string]>([
    [
      'two work orders',
      [wo('A-1', ['a'], [], ['B-1']), wo('B-1', ['b'], [], ['A-1'])],
      'A-1 -> B-1 -> A-1'
    ],
    [
      'three work orders, named from the lowest ID',
      [wo('C-1', ['c'], [], ['A-1']), wo('A-1', ['a'], [], ['B-1']), wo('B-1', ['b'], [], ['C-1'])],
      'A-1 -> B-1 -> C-1 -> A-1'
    ],
    ['a work order that depends on itself', [wo('A-1', ['a'], [], ['A-1'])], 'A-1 -> A-1'],
    [
      'inside one group',
      [wo('A-1', ['x'], [], ['A-2']), wo('A-2', ['x'], [], ['A-1']), wo('B-1', ['y'])],
      'A-1 -> A-2 -> A-1'
    ]
  ])('%s: an error naming the cycle', (_name, orders, cycle) => {
    const errors = errorsOf(orders)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`dependency cycle ${cycle}`)
    expect(errors[0]).toContain('remove one of these dependencies')
  })

  it('names the file and line of each dependency in the cycle', () => {
    const [error] = errorsOf([wo('A-1', ['a'], [], ['B-1']), wo('B-1', ['b'], [], ['A-1'])])
    expect(error).toContain('A-1 depends on B-1 (work-orders/A-1.md, line 60)')
    expect(error).toContain('B-1 depends on A-1 (work-orders/B-1.md, line 60)')
  })

  it('reports each cycle once and still schedules the work orders outside it', () => {
    const plan = planWorkOrders([
      wo('A-1', ['a'], [], ['B-1']),
      wo('B-1', ['b'], [], ['A-1']),
      wo('C-1', ['c'], [], ['D-1']),
      wo('D-1', ['d'], [], ['C-1']),
      wo('E-1', ['e'])
    ])
    expect(plan.messages.map((m) => m.message.split(':')[0])).toEqual([
      'dependency cycle A-1 -> B-1 -> A-1',
      'dependency cycle C-1 -> D-1 -> C-1'
    ])
    expect(plan.waves).toEqual([['E-1']])
  })

  it('a dependency chain without a cycle is no error, however long', () => {
    const orders = Array.from({ length: 3000 }, (_, i) =>
      wo(`W-${i}`, [`f${i}`], [], i === 0 ? [] : [`W-${i - 1}`])
    )
    const plan = planWorkOrders(orders)
    expect(plan.messages).toEqual([])
    expect(plan.waves).toHaveLength(3000)
  })
})

describe('dependencies that cannot order the plan', () => {
  it('a dependency on an unknown work order is a warning, and is ignored', () => {
    const plan = planWorkOrders([wo('A-1', ['a'], [], ['WO-99'])])
    expect(plan.messages).toEqual([
      {
        level: 'warning',
        workOrder: 'A-1',
        path: 'work-orders/A-1.md',
        line: 60,
        message:
          'A-1 depends on WO-99, which is not among the work orders given: check the ID, or add its file to the command; the plan ignores this dependency'
      }
    ])
    expect(plan.waves).toEqual([['A-1']])
  })

  it('a dependency on a work order without a scope is a warning', () => {
    expect(warningsOf([wo('A-1', ['a'], [], ['B-1']), wo('B-1', null)])).toEqual([
      'A-1 depends on B-1, which has no Session Scope and is not planned: add a Session Scope to work-orders/B-1.md to order them'
    ])
  })

  it('matches IDs whatever their case', () => {
    const plan = planWorkOrders([
      { ...wo('wo-fix-2', ['a'], [], ['WO-FIX-1']) },
      { ...wo('wo-fix-1', ['b']) }
    ])
    expect(plan.messages).toEqual([])
    expect(plan.waves).toEqual([['wo-fix-1'], ['wo-fix-2']])
  })
})

describe('work orders without a Session Scope', () => {
  it('are listed as not planned, not dropped', () => {
    const plan = planWorkOrders([wo('A-1', ['a']), wo('B-1', null)])
    expect(plan.unplanned).toEqual([{ id: 'B-1', path: 'work-orders/B-1.md' }])
    expect(plan.workOrders.map((w) => [w.id, w.scoped])).toEqual([
      ['A-1', true],
      ['B-1', false]
    ])
    expect(plan.groups.flatMap((g) => g.workOrders)).toEqual(['A-1'])
    expect(plan.waves.flat()).toEqual(['A-1'])
  })
})

describe('bad input', () => {
  it('two work orders with one ID are an error naming both files', () => {
    const plan = planWorkOrders([
      { id: 'WO-1', path: 'a/WO-1.md', scope: wo('x', ['a']).scope },
      { id: 'WO-1', path: 'b/WO-1.md', scope: wo('x', ['b']).scope }
    ])
    expect(plan.messages.map((m) => m.message)).toEqual([
      'work-order ID WO-1 is used by a/WO-1.md and b/WO-1.md: give each work order its own ID (file name, or a first-level heading starting with it)'
    ])
    expect(plan.groups).toEqual([])
  })

  it('a pattern that cannot be used is an error naming the work order, line and pattern', () => {
    const plan = planWorkOrders([wo('A-1', ['src/ok.ts', 'x'.repeat(300)]), wo('B-1', ['b'])])
    const [error] = plan.messages
    expect(error).toMatchObject({
      level: 'error',
      workOrder: 'A-1',
      path: 'work-orders/A-1.md',
      line: 4
    })
    expect(error?.message).toMatch(/^A-1 write set: .*xxxx/)
    expect(plan.groups).toEqual([])
  })
})

describe('conflicts', () => {
  it('lists write-write conflicts with the pattern pairs and a shared path', () => {
    const plan = planWorkOrders([
      wo('A-1', ['aidm/core/**', 'docs/a.md']),
      wo('B-1', ['aidm/core/attack_resolver.py'])
    ])
    expect(plan.conflicts).toEqual([
      {
        kind: 'write-write',
        workOrders: ['A-1', 'B-1'],
        patterns: [
          {
            ours: 'aidm/core/**',
            theirs: 'aidm/core/attack_resolver.py',
            witness: 'aidm/core/attack_resolver.py'
          }
        ],
        witness: 'aidm/core/attack_resolver.py',
        sequenced: false,
        decided: true
      }
    ])
  })

  it('lists read-write overlaps as reader then writer, in both directions', () => {
    const plan = planWorkOrders([
      wo('A-1', ['a.ts'], ['src/**']),
      wo('B-1', ['src/b.ts'], ['a.ts'])
    ])
    expect(plan.conflicts.map((c) => [c.kind, ...c.workOrders, c.witness])).toEqual([
      ['read-write', 'A-1', 'B-1', 'src/b.ts'],
      ['read-write', 'B-1', 'A-1', 'a.ts']
    ])
  })

  it('does not list a work order reading what it writes itself', () => {
    expect(planWorkOrders([wo('A-1', ['a.ts'], ['a.ts'])]).conflicts).toEqual([])
  })

  it('marks a conflict that a declared dependency already orders', () => {
    const plan = planWorkOrders([wo('A-1', ['x']), wo('B-1', ['x'], [], ['A-1']), wo('C-1', ['x'])])
    expect(plan.conflicts.map((c) => [...c.workOrders, c.sequenced])).toEqual([
      ['A-1', 'B-1', true],
      ['A-1', 'C-1', false],
      ['B-1', 'C-1', false]
    ])
  })
})

describe('the file-to-work-order map', () => {
  it.each<[string, WorkOrder[], Array<{ path: string; workOrders: string[] }>]>([
    ['no shared path, no rows', [wo('A-1', ['a']), wo('B-1', ['b'])], []],
    [
      'a file written by three work orders is one row',
      [wo('A-1', ['x.py']), wo('B-1', ['x.py']), wo('C-1', ['x.py'])],
      [{ path: 'x.py', workOrders: ['A-1', 'B-1', 'C-1'] }]
    ],
    [
      'a folder and the files inside it: a row per file',
      [wo('A-1', ['aidm/core/**']), wo('B-1', ['aidm/core/a.py']), wo('C-1', ['aidm/core/b.py'])],
      [
        { path: 'aidm/core/a.py', workOrders: ['A-1', 'B-1'] },
        { path: 'aidm/core/b.py', workOrders: ['A-1', 'C-1'] }
      ]
    ],
    [
      'a glob covering a file that two others write joins that row',
      [
        wo('A-1', ['full_attack_resolver.py']),
        wo('B-1', ['full_attack_*.py']),
        wo('C-1', ['full_attack_resolver.py'])
      ],
      [{ path: 'full_attack_resolver.py', workOrders: ['A-1', 'B-1', 'C-1'] }]
    ],
    [
      'the same glob written twice is a row of its own',
      [wo('A-1', ['docs/**']), wo('B-1', ['docs/**'])],
      [{ path: 'docs/**', workOrders: ['A-1', 'B-1'] }]
    ],
    [
      'a negation keeps a work order out of a row',
      [
        wo('A-1', ['src/**', '!src/gen/**']),
        wo('B-1', ['src/gen/x.ts', 'src/y.ts']),
        wo('C-1', ['src/gen/x.ts'])
      ],
      [
        { path: 'src/gen/x.ts', workOrders: ['B-1', 'C-1'] },
        { path: 'src/y.ts', workOrders: ['A-1', 'B-1'] }
      ]
    ]
  ])('%s', (_name, orders, expected) => {
    expect(planWorkOrders(orders).files).toEqual(expected)
  })
})

describe('pairs the overlap engine cannot decide within its work bound', () => {
  // With no work at all only plain paths against plain paths can be decided.
  const starved = (orders: WorkOrder[]) => planWorkOrders(orders, { workLimit: 0 })

  it('are possible conflicts: listed as not decided, with no shared path, and sequenced', () => {
    const plan = starved([
      wo('A-1', ['src/**/*.ts']),
      wo('B-1', ['src/*/x.ts']),
      wo('C-1', ['lib/a'])
    ])
    expect(plan.conflicts).toEqual([
      {
        kind: 'write-write',
        workOrders: ['A-1', 'B-1'],
        patterns: [{ ours: 'src/**/*.ts', theirs: 'src/*/x.ts', witness: '' }],
        witness: '',
        sequenced: false,
        decided: false
      }
    ])
    expect(plan.groups.map((g) => g.workOrders)).toEqual([['A-1', 'B-1'], ['C-1']])
    expect(plan.waves).toEqual([['A-1', 'C-1'], ['B-1']])
    // Only decided meetings name a shared file.
    expect(plan.files).toEqual([])
  })

  it('are said in a warning, in the JSON and in the Markdown', () => {
    const plan = starved([
      wo('A-1', ['src/**/*.ts']),
      wo('B-1', ['src/*/x.ts'], ['lib/**']),
      wo('C-1', ['lib/*/y'])
    ])
    const warnings = plan.messages.filter((m) => m.level === 'warning').map((m) => m.message)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(
      'could not decide within the overlap work bound whether A-1 and B-1; B-1 and C-1 share a path'
    )
    expect(warnings[0]).toContain('treats them as conflicting')
    const json = planJson(plan)
    expect(json.conflicts.map((c) => [c.kind, ...c.workOrders, c.decided, c.witness])).toEqual([
      ['write-write', 'A-1', 'B-1', false, ''],
      ['read-write', 'B-1', 'C-1', false, '']
    ])
    expect(json.warnings.map((w) => w.message)).toEqual(warnings)
    const markdown = renderPlanMarkdown(plan)
    expect(markdown).toContain('(not decided)')
    expect(markdown).toContain(
      'B-1 runs after A-1 completes (same group; whether they share a path could not be decided within the work bound, so they are sequenced to be safe)'
    )
    expect(markdown).toContain(
      'could not be decided within the work bound: treat it as a read-write overlap'
    )
  })

  it('leave plain paths decided: they cost nothing', () => {
    const plan = starved([wo('A-1', ['a.ts']), wo('B-1', ['a.ts'])])
    expect(plan.conflicts.map((c) => [c.decided, c.witness])).toEqual([[true, 'a.ts']])
  })

  it('a work-order set built to blow the engine up still plans, within the bound', () => {
    const stars = (c: string, n: number) => `x/${`*${c}`.repeat(n)}*`
    const orders = Array.from({ length: 6 }, (_, i) =>
      wo(
        `H-${i}`,
        Array.from({ length: 20 }, (_, k) => `${stars('a', 60 + k)}${i}${k}`)
      )
    )
    const report = findPlanOverlaps(
      orders.map((o) => ({ id: o.id, write: o.scope?.write.map((e) => e.text) ?? [], read: [] }))
    )
    expect(report.workSpent).toBeLessThanOrEqual(PLAN_WORK_LIMIT)
    const plan = planWorkOrders(orders)
    expect(plan.messages.filter((m) => m.level === 'error')).toEqual([])
    expect(plan.waves.flat().sort()).toEqual(orders.map((o) => o.id).sort())
  })
})
