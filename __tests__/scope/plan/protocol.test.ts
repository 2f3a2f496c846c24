// The protocol's "Real Example": thirteen fix work orders that plan into seven parallel-safe groups
// with exactly the "File | Used by WOs" table of PROTOCOL.md.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseScope } from '../../../src/scope/parser/parse.js'
import { planWorkOrders } from '../../../src/scope/plan/plan.js'
import type { WorkOrder } from '../../../src/scope/plan/types.js'
import { workOrderId } from '../../../src/scope/work-order/id.js'

const folder = fileURLToPath(new URL('../../fixtures/work-orders/protocol/', import.meta.url))
const names = readdirSync(folder).filter((n) => n.endsWith('.md'))
const parsed = names.map((name) => {
  const text = readFileSync(join(folder, name), 'utf8')
  return { name, id: workOrderId(name, text), result: parseScope(text) }
})
const orders: WorkOrder[] = parsed.map((p) => ({ id: p.id, path: p.name, scope: p.result.scope }))
const plan = planWorkOrders(orders)

const fix = (...numbers: number[]): string[] =>
  numbers.map((n) => `WO-FIX-${String(n).padStart(2, '0')}`)

describe('the protocol fixture', () => {
  it('holds thirteen work orders, each with a readable Session Scope and its ID in the title', () => {
    expect(names.sort()).toEqual(
      fix(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13).map((id) => `${id}.md`)
    )
    for (const p of parsed) {
      expect({ name: p.name, messages: p.result.messages }).toEqual({ name: p.name, messages: [] })
      expect(p.result.scope?.write.length).toBeGreaterThan(0)
      expect(`${p.id}.md`).toBe(p.name)
    }
  })

  it('plans without errors or warnings', () => {
    expect(plan.messages).toEqual([])
    expect(plan.unplanned).toEqual([])
  })

  it("gives exactly the protocol's File | Used by WOs table", () => {
    expect(plan.files).toEqual([
      { path: 'aidm/core/attack_resolver.py', workOrders: fix(1, 3) },
      { path: 'aidm/core/conditions.py', workOrders: fix(3, 4) },
      { path: 'aidm/core/full_attack_resolver.py', workOrders: fix(1, 2, 3) },
      { path: 'aidm/core/maneuver_resolver.py', workOrders: fix(7, 8, 9) },
      { path: 'aidm/loop/play_loop.py', workOrders: fix(6, 11) }
    ])
  })

  it('sees the pattern and folder entries meet the files they cover', () => {
    const pairs = plan.conflicts
      .filter((c) => c.kind === 'write-write')
      .flatMap((c) => c.patterns.map((p) => [...c.workOrders, p.ours, p.theirs]))
    expect(pairs).toContainEqual([
      ...fix(1, 2),
      'aidm/core/full_attack_resolver.py',
      'aidm/core/full_attack_*.py'
    ])
    expect(pairs).toContainEqual([...fix(6, 11), 'aidm/loop/play_loop.py', 'aidm/loop/'])
    // WO-FIX-05 takes aidm/spells/generated/** back from its write set, so WO-FIX-12 may run beside it.
    expect(pairs.filter((p) => p.includes('WO-FIX-05'))).toEqual([])
  })

  it('plans into exactly seven parallel-safe groups', () => {
    expect(plan.groups.map((g) => [...g.workOrders].sort())).toEqual([
      fix(1, 2, 3, 4),
      fix(7, 8, 9),
      fix(6, 11),
      fix(5),
      fix(10),
      fix(12),
      fix(13)
    ])
  })

  it('orders each group by its dependencies, then by ID among those that may start', () => {
    expect(plan.groups.map((g) => g.workOrders)).toEqual([
      // 03 depends on 01 and 02 on 03: 04, free from the start, comes last by ID.
      fix(1, 3, 2, 4),
      // 07 waits for 03 of group 1, so 09 goes first; 08 depends on 07.
      fix(9, 7, 8),
      fix(6, 11),
      fix(5),
      fix(10),
      fix(12),
      fix(13)
    ])
  })

  it('says which groups wait for another group', () => {
    expect(plan.groups.map((g) => g.waitsFor)).toEqual([
      [],
      [{ workOrder: 'WO-FIX-07', dependsOn: 'WO-FIX-03', group: 0 }],
      [],
      [],
      [{ workOrder: 'WO-FIX-10', dependsOn: 'WO-FIX-05', group: 3 }],
      [],
      []
    ])
  })

  it('dispatches in four waves', () => {
    expect(plan.waves).toEqual([fix(1, 5, 6, 9, 12, 13), fix(3, 10, 11), fix(2, 7), fix(4, 8)])
  })

  it('honours every declared dependency, in its group and across groups', () => {
    const waveOf = new Map(plan.waves.flatMap((wave, k) => wave.map((id) => [id, k] as const)))
    const dependencies = plan.workOrders.flatMap((w) => w.dependsOn.map((d) => [w.id, d] as const))
    expect(dependencies).toEqual([
      ['WO-FIX-02', 'WO-FIX-03'],
      ['WO-FIX-03', 'WO-FIX-01'],
      ['WO-FIX-07', 'WO-FIX-03'],
      ['WO-FIX-08', 'WO-FIX-07'],
      ['WO-FIX-10', 'WO-FIX-05']
    ])
    for (const [id, dependency] of dependencies) {
      expect([id, (waveOf.get(dependency) ?? 99) < (waveOf.get(id) ?? -1)]).toEqual([id, true])
    }
  })
})
