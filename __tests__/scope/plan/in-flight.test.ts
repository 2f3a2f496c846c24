// planWorkOrders with the open pull requests already at work (CONTRACT §5 `plan --repo`, §6 the
// board): what waits for which pull request, what is in flight already, and what can go now.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { validatePattern } from '../../../src/scope/glob/patterns.js'
import { planWorkOrders } from '../../../src/scope/plan/plan.js'
import type { InFlightPull } from '../../../src/scope/plan/types.js'
import { scopeOf, wo } from './helpers.js'

/** An open pull request; `write` null: no Session Scope. */
function pull(
  number: number,
  write: string[] | null,
  more: Partial<InFlightPull> & { read?: string[]; dependencies?: string[] } = {}
): InFlightPull {
  const { read = [], dependencies = [], ...rest } = more
  return {
    number,
    title: `Pull request ${number}`,
    url: `https://github.com/octo/game/pull/${number}`,
    draft: false,
    workOrder: null,
    scope: write === null ? null : scopeOf(write, read, dependencies),
    ...rest
  }
}

const waitsOf = (plan: ReturnType<typeof planWorkOrders>, id: string): number[] =>
  plan.workOrders.find((w) => w.id === id)?.waits.map((w) => w.number) ?? []

describe('planWorkOrders around open pull requests', () => {
  it.each([
    ['a shared file', ['src/a.ts'], ['src/a.ts'], [12]],
    ['a folder and a file in it', ['src/core/'], ['src/core/x.ts'], [12]],
    ['a glob and a file it covers', ['src/**/*.ts'], ['src/a/b.ts'], [12]],
    ['different files', ['src/a.ts'], ['src/b.ts'], []],
    ['a file the pull request takes back', ['src/x.ts'], ['src/**', '!src/x.ts'], []],
    ['globs that cannot meet', ['**/*.md'], ['src/index.ts'], []]
  ])('waits for a pull request whose write set meets its own: %s', (_, ours, theirs, waits) => {
    const plan = planWorkOrders([wo('WO-1', ours)], { inFlight: [pull(12, theirs)] })
    expect(waitsOf(plan, 'WO-1')).toEqual(waits)
    expect(plan.waves[0]).toEqual(waits.length === 0 ? ['WO-1'] : [])
    if (waits.length > 0) expect(plan.waves[1]).toEqual(['WO-1'])
  })

  it('names the overlap that makes a work order wait', () => {
    const plan = planWorkOrders([wo('WO-1', ['src/a.ts', 'docs/x.md'])], {
      inFlight: [pull(12, ['src/**'])]
    })
    expect(plan.inFlightConflicts).toEqual([
      {
        workOrder: 'WO-1',
        number: 12,
        patterns: [{ ours: 'src/a.ts', theirs: 'src/**', witness: 'src/a.ts' }],
        witness: 'src/a.ts',
        sequenced: false,
        undecided: false
      }
    ])
    expect(plan.workOrders[0]?.waits).toEqual([{ number: 12, reason: 'overlap' }])
  })

  it('dispatches now only what waits for no pull request, and the rest after', () => {
    const plan = planWorkOrders(
      [wo('WO-1', ['a.ts']), wo('WO-2', ['b.ts']), wo('WO-3', ['c.ts'], [], ['WO-2'])],
      { inFlight: [pull(12, ['b.ts'])] }
    )
    expect(plan.waves).toEqual([['WO-1'], ['WO-2'], ['WO-3']])
    expect(waitsOf(plan, 'WO-3')).toEqual([])
  })

  it('has an empty first wave when everything waits', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts'])], { inFlight: [pull(3, ['a.ts'])] })
    expect(plan.waves).toEqual([[], ['WO-1']])
  })

  it('gives the group slot of wave 0 to a member that need not wait', () => {
    // WO-1 and WO-2 share x.ts (one group); WO-1 also meets #7 on a.ts.
    const plan = planWorkOrders([wo('WO-1', ['x.ts', 'a.ts']), wo('WO-2', ['x.ts'])], {
      inFlight: [pull(7, ['a.ts'])]
    })
    expect(plan.waves).toEqual([['WO-2'], ['WO-1']])
    expect(plan.groups[0]?.workOrders).toEqual(['WO-2', 'WO-1'])
  })

  it('does not plan again a work order an open pull request carries', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts']), wo('WO-2', ['a.ts']), wo('WO-3', null)], {
      inFlight: [pull(12, ['a.ts'], { workOrder: 'WO-2' }), pull(13, null, { workOrder: 'wo-3' })]
    })
    expect(plan.workOrders.map((w) => [w.id, w.carriedBy])).toEqual([
      ['WO-1', []],
      ['WO-2', [12]],
      ['WO-3', [13]]
    ])
    expect(plan.waves).toEqual([[], ['WO-1']])
    expect(plan.conflicts).toEqual([])
    // In flight is not "no scope": WO-3 is not listed as unplanned.
    expect(plan.unplanned).toEqual([])
  })

  it('waits for the pull request that carries a work order it depends on, with no warning', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts'], [], ['WO-9'])], {
      inFlight: [pull(12, ['z.ts'], { workOrder: 'WO-9' })]
    })
    expect(plan.workOrders[0]?.waits).toEqual([{ number: 12, reason: 'dependency' }])
    expect(plan.workOrders[0]?.dependsOn).toEqual(['WO-9'])
    expect(plan.messages).toEqual([])
    expect(plan.waves).toEqual([[], ['WO-1']])
  })

  it('waits for a pull request it names by number or URL', () => {
    const byNumber = planWorkOrders([wo('WO-1', ['a.ts'], [], ['#12'])], {
      inFlight: [pull(12, ['z.ts']), pull(13, ['y.ts'])]
    })
    expect(byNumber.workOrders[0]?.waits).toEqual([{ number: 12, reason: 'dependency' }])
    const scope = scopeOf(['a.ts'])
    scope.dependencies = [
      {
        text: 'https://github.com/octo/game/pull/13',
        line: 9,
        refs: [
          {
            kind: 'url',
            owner: 'Octo',
            repo: 'game',
            number: 13,
            url: 'https://github.com/octo/game/pull/13'
          }
        ]
      }
    ]
    const byUrl = planWorkOrders([{ id: 'WO-1', path: 'WO-1.md', scope }], {
      inFlight: [pull(12, ['z.ts']), pull(13, ['y.ts'])]
    })
    expect(byUrl.workOrders[0]?.waits).toEqual([{ number: 13, reason: 'dependency' }])
  })

  it('does not wait for a pull request that declares it runs after the work order', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts'])], {
      inFlight: [pull(12, ['a.ts'], { dependencies: ['WO-1'] })]
    })
    expect(plan.workOrders[0]?.waits).toEqual([])
    expect(plan.waves).toEqual([['WO-1']])
    expect(plan.inFlightConflicts[0]).toMatchObject({ number: 12, sequenced: true })
  })

  it('makes nobody wait for a read-write meeting, either way', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts'], ['lib/**'])], {
      inFlight: [pull(12, ['lib/x.ts']), pull(13, ['z.ts'], { read: ['a.ts'] })]
    })
    expect(plan.inFlightConflicts).toEqual([])
    expect(plan.waves).toEqual([['WO-1']])
  })

  it('lists a pull request without a scope apart, with a warning', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts'])], {
      inFlight: [pull(20, null, { title: 'Mystery', unknown: 'its body has no Session Scope' })]
    })
    expect(plan.inFlight).toEqual([
      {
        number: 20,
        title: 'Mystery',
        url: 'https://github.com/octo/game/pull/20',
        draft: false,
        workOrder: null,
        write: null,
        unknown: 'its body has no Session Scope'
      }
    ])
    expect(plan.messages).toEqual([
      expect.objectContaining({
        level: 'warning',
        pullRequest: 20,
        message: expect.stringMatching(/#20 "Mystery" .*nothing can be planned around it/)
      })
    ])
    expect(plan.waves).toEqual([['WO-1']])
  })

  it("plans around a pull request without a scope of its own by its work order's", () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts']), wo('WO-2', ['a.ts'])], {
      inFlight: [pull(12, null, { workOrder: 'WO-2' })]
    })
    expect(plan.inFlight?.[0]).toMatchObject({ write: ['a.ts'], unknown: null })
    expect(waitsOf(plan, 'WO-1')).toEqual([12])
    expect(plan.messages).toEqual([])
  })

  it('drops a pull request pattern its own check refuses, with a warning, and plans on', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts'])], {
      inFlight: [pull(12, ['x'.repeat(300), 'a.ts'])]
    })
    expect(plan.messages.map((m) => [m.level, m.pullRequest])).toEqual([['warning', 12]])
    expect(waitsOf(plan, 'WO-1')).toEqual([12])
  })

  it('leaves ignored paths out of every overlap, as the action does', () => {
    const orders = [wo('WO-1', ['package-lock.json', 'a.ts']), wo('WO-2', ['package-lock.json'])]
    const inFlight = [pull(12, ['package-lock.json'])]
    const without = planWorkOrders(orders, { inFlight })
    expect(waitsOf(without, 'WO-1')).toEqual([12])
    expect(without.conflicts).toHaveLength(1)
    const withIgnore = planWorkOrders(orders, { inFlight, ignore: ['*.json'] })
    expect(waitsOf(withIgnore, 'WO-1')).toEqual([])
    expect(withIgnore.conflicts).toEqual([])
    expect(withIgnore.files).toEqual([])
    // An ignore list with take-backs of its own: pairs whose example is ignored are dropped.
    const negated = planWorkOrders(orders, { inFlight, ignore: ['*.json', '!keep.json'] })
    expect(waitsOf(negated, 'WO-1')).toEqual([])
    expect(negated.conflicts).toEqual([])
  })

  it('takes the pairs left when the work bound is spent as overlapping, with a warning', () => {
    // With no work at all only plain paths against plain paths are decided.
    const plan = planWorkOrders([wo('WO-1', ['a.ts']), wo('WO-2', ['z/*.ts'])], {
      inFlight: [pull(12, ['a.ts']), pull(13, ['z/**'])],
      workLimit: 0
    })
    expect(plan.inFlightConflicts.filter((c) => c.undecided).map((c) => c.number)).toEqual([13])
    expect(waitsOf(plan, 'WO-1')).toEqual([12])
    expect(waitsOf(plan, 'WO-2')).toEqual([13])
    expect(plan.messages.map((m) => m.message).join('\n')).toMatch(
      /could not decide within the overlap work bound whether 1 work-order and pull-request pairs overlap/
    )
  })

  it('keeps the plain plan as it was without open pull requests', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts'])])
    expect(plan.inFlight).toBeNull()
    expect(plan.inFlightConflicts).toEqual([])
    expect(plan.workOrders[0]).toMatchObject({ waits: [], carriedBy: [] })
  })

  it('still lists the pull requests when the work orders cannot be planned', () => {
    const plan = planWorkOrders([wo('WO-1', ['a.ts']), { ...wo('WO-1', ['b.ts']), path: 'x.md' }], {
      inFlight: [pull(12, ['a.ts'])]
    })
    expect(plan.messages.some((m) => m.level === 'error')).toBe(true)
    expect(plan.inFlight?.map((p) => p.number)).toEqual([12])
  })
})

describe('the entries a plan refuses', () => {
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'ab/.*?[]{},!@+()\\ -'), maxLength: 12 }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('..', 'a/../b', './a', ' ', '', 'x'.repeat(257), 'src/{1..2000}', '+(a|b)')
  )

  it('are exactly those validatePattern refuses, in work orders and in pull requests', () => {
    fc.assert(
      fc.property(text, (entry) => {
        const refused = validatePattern(entry) !== null
        const own = planWorkOrders([wo('WO-1', [entry])])
        expect(own.messages.some((m) => m.level === 'error')).toBe(refused)
        const theirs = planWorkOrders([wo('WO-1', ['a'])], { inFlight: [pull(5, [entry])] })
        expect(theirs.messages.some((m) => m.pullRequest === 5)).toBe(refused)
      })
    )
  })
})

const FILES = ['a.py', 'b.py', 'c.py', 'd.py', 'e.py', 'f.py']

describe('any plan around open pull requests', () => {
  const input = fc.record({
    orders: fc.array(
      fc.record({ write: fc.subarray(FILES, { maxLength: 2 }), deps: fc.array(fc.nat(8)) }),
      { minLength: 1, maxLength: 8 }
    ),
    pulls: fc.array(
      fc.record({
        write: fc.option(fc.subarray(FILES, { maxLength: 2 })),
        carries: fc.option(fc.nat(10))
      }),
      { maxLength: 5 }
    )
  })

  it('dispatches now only work orders that wait for nothing, and never one in flight', () => {
    fc.assert(
      fc.property(input, ({ orders, pulls }) => {
        const given = orders.map((o, i) =>
          wo(
            `W-${i}`,
            o.write,
            [],
            o.deps.filter((d) => d < i).map((d) => `W-${d}`)
          )
        )
        const inFlight = pulls.map((p, k) =>
          pull(100 + k, p.write, { workOrder: p.carries === null ? null : `W-${p.carries}` })
        )
        const plan = planWorkOrders(given, { inFlight })
        const byId = new Map(plan.workOrders.map((w) => [w.id, w]))
        for (const id of plan.waves[0] ?? []) expect(byId.get(id)?.waits).toEqual([])
        const waved = plan.waves.flat()
        for (const w of plan.workOrders) {
          if (w.carriedBy.length > 0) expect(waved).not.toContain(w.id)
          else expect(waved).toContain(w.id)
        }
        // A work order that shares a file with a scoped pull request it is not sequenced with waits for it.
        for (const [k, p] of pulls.entries()) {
          if (p.write === null) continue
          for (const [i, o] of orders.entries()) {
            const w = byId.get(`W-${i}`)
            if (!w || w.carriedBy.length > 0) continue
            if (o.write.some((f) => p.write?.includes(f))) {
              expect(w.waits.map((x) => x.number)).toContain(100 + k)
            }
          }
        }
      })
    )
  })
})
