import { describe, expect, it } from '@jest/globals'
import {
  checkDependencies,
  dependencyQuestions,
  type Carrier,
  type DependencyContext,
  type NumberFact,
  type WorkOrderFact
} from '../../../src/scope/checks/dependencies.js'
import { parseScope } from '../../../src/scope/parser/parse.js'
import type { Scope } from '../../../src/scope/types.js'

const context: DependencyContext = {
  owner: 'octo',
  repo: 'game',
  self: 20,
  selfWorkOrderId: 'WO-FIX-20'
}
const url = (n: number): string => `https://github.com/octo/game/pull/${n}`

function scopeWith(dependencies: string): Scope {
  const parse = parseScope(
    `## Session Scope\n**Write set:** src/a.ts\n**Dependencies:** ${dependencies}\n`
  )
  if (!parse.scope) throw new Error('test scope did not parse')
  return parse.scope
}

const pull = (number: number, state: 'open' | 'closed' | 'merged'): NumberFact => ({
  kind: 'pull',
  number,
  title: `Pull ${number}`,
  url: url(number),
  state
})
const carrier = (number: number, state: Carrier['state']): Carrier => ({
  number,
  title: `WO carrier ${number}`,
  url: url(number),
  state
})

function run(
  dependencies: string,
  numbers: NumberFact[] = [],
  workOrders: WorkOrderFact[] = [],
  level: 'fail' | 'warn' = 'fail'
) {
  return checkDependencies({
    scope: scopeWith(dependencies),
    facts: {
      numbers: new Map(numbers.map((f) => [f.number, f])),
      workOrders: new Map(workOrders.map((f) => [f.id, f]))
    },
    level,
    context
  })
}

describe('dependencyQuestions', () => {
  it('asks about numbers, same-repository URLs and IDs, each once, never about itself', () => {
    const scope = scopeWith(
      '#12, https://github.com/octo/game/pull/13, #12 again, WO-FIX-03, WO-FIX-20, #20, https://github.com/else/where/pull/9'
    )
    expect(dependencyQuestions(scope, context)).toEqual({
      numbers: [12, 13],
      workOrderIds: ['WO-FIX-03']
    })
  })
})

describe('checkDependencies', () => {
  const cases: Array<
    [
      string,
      string,
      NumberFact[],
      WorkOrderFact[],
      Array<{ state: string; number: number | null; level: string }>,
      RegExp | null
    ]
  > = [
    ['a merged pull request is met', '#12', [pull(12, 'merged')], [], [], null],
    [
      'an open pull request waits',
      '#12 must be merged first',
      [pull(12, 'open')],
      [],
      [{ state: 'open', number: 12, level: 'error' }],
      /waits for #12/
    ],
    [
      'a pull request closed without merging says so',
      '#12',
      [pull(12, 'closed')],
      [],
      [{ state: 'closed-unmerged', number: 12, level: 'error' }],
      /closed without being merged/
    ],
    [
      'a closed issue is met',
      '#14',
      [{ kind: 'issue', number: 14, title: 'Bug', url: url(14), state: 'closed' }],
      [],
      [],
      null
    ],
    [
      'an open issue waits',
      '#14',
      [{ kind: 'issue', number: 14, title: 'Bug', url: url(14), state: 'open' }],
      [],
      [{ state: 'open', number: 14, level: 'error' }],
      /waits for #14/
    ],
    [
      'a number that names nothing is unknown, a notice',
      '#99',
      [{ kind: 'missing', number: 99 }],
      [],
      [{ state: 'unknown', number: 99, level: 'notice' }],
      /no issue or pull request #99/
    ],
    [
      'a URL of this repository counts as its number',
      'https://github.com/octo/game/pull/12',
      [pull(12, 'open')],
      [],
      [{ state: 'open', number: 12, level: 'error' }],
      /waits for #12/
    ],
    [
      'a work order merged by a carrier is met',
      'WO-FIX-03 must be committed',
      [],
      [
        {
          id: 'WO-FIX-03',
          path: 'work-orders/WO-FIX-03.md',
          carriers: [carrier(5, 'closed'), carrier(6, 'merged')]
        }
      ],
      [],
      null
    ],
    [
      'a work order carried by an open pull request waits for it',
      'WO-FIX-03',
      [],
      [{ id: 'WO-FIX-03', path: 'work-orders/WO-FIX-03.md', carriers: [carrier(8, 'open')] }],
      [{ state: 'open', number: 8, level: 'error' }],
      /waits for #8/
    ],
    [
      'a work order whose only carrier was closed unmerged says so',
      'WO-FIX-03',
      [],
      [{ id: 'WO-FIX-03', path: 'work-orders/WO-FIX-03.md', carriers: [carrier(8, 'closed')] }],
      [{ state: 'closed-unmerged', number: 8, level: 'error' }],
      /closed without being merged/
    ],
    [
      'a work order nobody carries yet is not started',
      'WO-FIX-03',
      [],
      [{ id: 'WO-FIX-03', path: 'work-orders/WO-FIX-03.md', carriers: [] }],
      [{ state: 'not-started', number: null, level: 'error' }],
      /work-orders\/WO-FIX-03\.md` exists but no pull request carries/
    ],
    [
      'an ID with neither file nor carrier is unknown, a notice',
      'WO-FIX-77',
      [],
      [],
      [{ state: 'unknown', number: null, level: 'notice' }],
      /no pull request carries this ID and no work-order file/
    ],
    ['its own work-order ID is no dependency', 'WO-FIX-20', [], [], [], null]
  ]
  it.each(cases)('%s', (_name, dependencies, numbers, workOrders, expected, message) => {
    const outcome = run(dependencies, numbers, workOrders)
    expect(
      outcome.unmetDependencies.map((u) => ({ state: u.state, number: u.number, level: u.level }))
    ).toEqual(expected)
    expect(outcome.findings).toHaveLength(expected.length)
    if (message) expect(outcome.findings[0]?.message).toMatch(message)
    for (const finding of outcome.findings) {
      expect(finding.check).toBe('unmet-dependency')
      expect(finding.scopeLine).toBe(3)
    }
  })

  it('links the unmet pull request', () => {
    const outcome = run('#12', [pull(12, 'open')])
    expect(outcome.unmetDependencies[0]).toEqual({
      reference: '#12',
      number: 12,
      state: 'open',
      url: url(12),
      level: 'error'
    })
  })

  it('makes unmet dependencies warnings with `dependencies: warn`', () => {
    const outcome = run(
      '#12, WO-FIX-03',
      [pull(12, 'open')],
      [{ id: 'WO-FIX-03', path: 'w.md', carriers: [] }],
      'warn'
    )
    expect(outcome.findings.map((f) => f.level)).toEqual(['warning', 'warning'])
  })

  it('gives a notice, and no unmet row, for a URL of another repository', () => {
    const outcome = run('https://github.com/else/where/pull/9')
    expect(outcome.unmetDependencies).toEqual([])
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        level: 'notice',
        message: expect.stringMatching(/another repository \(else\/where\)/)
      })
    ])
  })

  it('reports a reference named twice once', () => {
    const outcome = run('#12; after #12', [pull(12, 'open')])
    expect(outcome.unmetDependencies).toHaveLength(1)
  })
})

describe('checkDependencies: every dependency with its state (issue 14)', () => {
  // [name, dependencies, numbers, work orders, [reference, kind, state, item number, level] rows]
  const cases: Array<
    [
      string,
      string,
      NumberFact[],
      WorkOrderFact[],
      Array<[string, string, string, number | null, string | null]>
    ]
  > = [
    [
      'a merged pull request',
      '#12',
      [pull(12, 'merged')],
      [],
      [['#12', 'number', 'met', 12, null]]
    ],
    [
      'a closed issue',
      '#14',
      [{ kind: 'issue', number: 14, title: 'Bug', url: url(14), state: 'closed' }],
      [],
      [['#14', 'number', 'met', 14, null]]
    ],
    [
      'a work order merged by its latest carrier',
      'WO-FIX-03 must be committed',
      [],
      [
        {
          id: 'WO-FIX-03',
          path: 'work-orders/WO-FIX-03.md',
          carriers: [carrier(5, 'merged'), carrier(6, 'merged'), carrier(7, 'closed')]
        }
      ],
      [['WO-FIX-03', 'work-order', 'met', 6, null]]
    ],
    [
      'an open pull request, then a URL of this repository that is merged',
      '#12 first, https://github.com/octo/game/pull/13',
      [pull(12, 'open'), pull(13, 'merged')],
      [],
      [
        ['#12', 'number', 'open', 12, 'error'],
        ['https://github.com/octo/game/pull/13', 'url', 'met', 13, null]
      ]
    ],
    [
      'a work order carried by an open pull request',
      'WO-FIX-03',
      [],
      [{ id: 'WO-FIX-03', path: 'w.md', carriers: [carrier(8, 'open')] }],
      [['WO-FIX-03', 'work-order', 'open', 8, 'error']]
    ],
    [
      'a work order not started',
      'WO-FIX-03',
      [],
      [{ id: 'WO-FIX-03', path: 'w.md', carriers: [] }],
      [['WO-FIX-03', 'work-order', 'not-started', null, 'error']]
    ],
    [
      'an unknown number and an unknown ID',
      '#99; WO-FIX-77',
      [{ kind: 'missing', number: 99 }],
      [],
      [
        ['#99', 'number', 'unknown', null, 'notice'],
        ['WO-FIX-77', 'work-order', 'unknown', null, 'notice']
      ]
    ],
    [
      'a pull request of another repository',
      'https://github.com/else/where/pull/9',
      [],
      [],
      [['https://github.com/else/where/pull/9', 'url', 'elsewhere', null, 'notice']]
    ],
    ['no reference to itself', '#20, WO-FIX-20', [], [], []]
  ]
  it.each(cases)('lists %s', (_name, dependencies, numbers, workOrders, expected) => {
    const outcome = run(dependencies, numbers, workOrders)
    expect(
      (outcome.dependencies ?? []).map((d) => [
        d.reference,
        d.kind,
        d.state,
        d.item?.number ?? null,
        d.level
      ])
    ).toEqual(expected)
    for (const status of outcome.dependencies ?? []) {
      expect(status.line).toBe(3)
      if (status.item !== null) expect(status.item.url).toBe(url(status.item.number))
    }
  })

  it('gives the title of the pull request that meets or blocks a dependency', () => {
    const outcome = run(
      '#12, WO-FIX-03',
      [pull(12, 'open')],
      [{ id: 'WO-FIX-03', path: 'w.md', carriers: [carrier(6, 'merged')] }]
    )
    expect(outcome.dependencies?.map((d) => d.item?.title)).toEqual(['Pull 12', 'WO carrier 6'])
  })

  it('names the reference of each finding, so that a report can tell which row speaks for it', () => {
    const outcome = run('#12, https://github.com/else/where/pull/9, WO-FIX-77', [pull(12, 'open')])
    expect(outcome.findings.map((f) => f.reference)).toEqual([
      '#12',
      'https://github.com/else/where/pull/9',
      'WO-FIX-77'
    ])
  })
})
