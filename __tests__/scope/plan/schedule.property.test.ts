// Properties of any plan of work orders with plain-file write sets and acyclic dependencies.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { planWorkOrders } from '../../../src/scope/plan/plan.js'
import { wo } from './helpers.js'

const FILES = ['a.py', 'b.py', 'c.py', 'd.py', 'e.py', 'f.py', 'g.py', 'h.py']

// Work order i may only depend on work orders with a lower index: no cycle by construction.
const workOrders = fc
  .array(
    fc.record({
      write: fc.subarray(FILES, { maxLength: 3 }),
      deps: fc.array(fc.nat(20), { maxLength: 2 })
    }),
    { minLength: 1, maxLength: 12 }
  )
  .map((specs) =>
    specs.map((spec, i) =>
      wo(
        `W-${i}`,
        spec.write,
        [],
        spec.deps.filter((d) => d < i).map((d) => `W-${d}`)
      )
    )
  )

describe('any plan', () => {
  it('puts work orders that share a file in one group, and no others', () => {
    fc.assert(
      fc.property(workOrders, (orders) => {
        const plan = planWorkOrders(orders)
        const groupOf = new Map(
          plan.groups.flatMap((g, k) => g.workOrders.map((id) => [id, k] as const))
        )
        expect([...groupOf.keys()].sort()).toEqual(orders.map((o) => o.id).sort())
        for (const a of orders) {
          for (const b of orders) {
            const shared = a.scope?.write.some((e) => b.scope?.write.some((f) => f.text === e.text))
            if (a !== b && shared) expect(groupOf.get(a.id)).toBe(groupOf.get(b.id))
          }
        }
        // Each group is connected: no group could be split into two parallel ones.
        for (const group of plan.groups) {
          const reached = new Set([group.workOrders[0]])
          for (let grew = true; grew;) {
            grew = false
            for (const c of plan.conflicts) {
              const [x, y] = c.workOrders
              if (c.kind !== 'write-write') continue
              if (reached.has(x) !== reached.has(y)) {
                reached.add(x).add(y)
                grew = true
              }
            }
          }
          expect(group.workOrders.every((id) => reached.has(id))).toBe(true)
        }
      })
    )
  })

  it('puts each work order in the first wave after its dependencies and its group predecessor', () => {
    fc.assert(
      fc.property(workOrders, (orders) => {
        const plan = planWorkOrders(orders)
        expect(plan.messages).toEqual([])
        const waveOf = new Map(plan.waves.flatMap((w, k) => w.map((id) => [id, k] as const)))
        expect(waveOf.size).toBe(orders.length)
        for (const group of plan.groups) {
          group.workOrders.forEach((id, k) => {
            const must = [...(plan.workOrders.find((w) => w.id === id)?.dependsOn ?? [])]
            const previous = group.workOrders[k - 1]
            if (previous !== undefined) must.push(previous)
            const earliest = Math.max(-1, ...must.map((m) => waveOf.get(m) ?? Infinity)) + 1
            expect([id, waveOf.get(id)]).toEqual([id, earliest])
          })
        }
      })
    )
  })
})
