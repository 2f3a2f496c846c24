// `pr-scope plan` at scale: 500 work orders of 20 scope entries each (write globs and files,
// read sets, do-not-touch lists, a few dependencies) over a few dozen folders. Target: under 2 s.
import { performance } from 'node:perf_hooks'
import { clearOverlapCaches } from '../src/scope/glob/intersect.js'
import { PLAN_WORK_LIMIT } from '../src/scope/glob/work-bound.js'
import { parseScope } from '../src/scope/parser/parse.js'
import { findPlanOverlaps } from '../src/scope/plan/overlaps.js'
import { planWorkOrders } from '../src/scope/plan/plan.js'
import type { WorkOrder } from '../src/scope/plan/types.js'

const WORK_ORDERS = 500
const AREAS = ['api', 'core', 'billing', 'auth', 'search', 'ui', 'jobs', 'storage']
const PARTS = ['models', 'handlers', 'services', 'utils', 'views']
const FOLDERS = AREAS.flatMap((a) => PARTS.map((p) => `src/${a}/${p}`)) // 40 folders

// A small deterministic generator, so that every run plans the same work orders.
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T
}

/** One work order's Markdown: 8 write entries, 10 read entries, 2 do-not-touch entries. */
function workOrderText(i: number, next: () => number): string {
  const home = pick(FOLDERS, next)
  const area = home.split('/')[1] ?? 'core'
  const write = [
    `${home}/file_${Math.floor(next() * 40)}.ts`,
    `${home}/file_${Math.floor(next() * 40)}.ts`,
    `${home}/file_${Math.floor(next() * 40)}.ts`,
    `${home}/${pick(['helpers', 'types', 'index'], next)}.ts`,
    `tests/${area}/case_${i}_*.test.ts`,
    `docs/${area}/topic_${Math.floor(next() * 60)}.md`,
    next() < 0.1 ? `${home}/generated/**` : `fixtures/${area}/wo_${i}/**`,
    next() < 0.1 ? `!${home}/generated/keep.ts` : `schemas/${area}/v${i}.json`
  ]
  const read = Array.from({ length: 10 }, (_, k) =>
    k % 3 === 0
      ? `${pick(FOLDERS, next)}/**/*.ts`
      : `${pick(FOLDERS, next)}/file_${Math.floor(next() * 40)}.ts`
  )
  const forbidden = [`${pick(FOLDERS, next)}/**`, 'package-lock.json']
  const dependencies =
    i > 0 && next() < 0.3
      ? [`WO-${String(Math.floor(next() * i)).padStart(3, '0')} must be merged first`]
      : []
  return [
    `# WO-${String(i).padStart(3, '0')}: work in ${home}`,
    '',
    '## Session Scope',
    `**Write set:** ${write.map((e) => `\`${e}\``).join(', ')}`,
    `**Read set:** ${read.map((e) => `\`${e}\``).join(', ')}`,
    `**Dependencies:** ${dependencies.length > 0 ? dependencies.join('; ') : 'none'}`,
    `**Do NOT touch:** ${forbidden.map((e) => `\`${e}\``).join(', ')}`,
    ''
  ].join('\n')
}

/** Prints how long parsing and planning 500 work orders take (cold, then warm caches). */
export async function main(): Promise<void> {
  const next = random(42)
  const texts = Array.from({ length: WORK_ORDERS }, (_, i) => workOrderText(i, next))

  const t0 = performance.now()
  const orders: WorkOrder[] = texts.map((text, i) => {
    const id = `WO-${String(i).padStart(3, '0')}`
    return { id, path: `work-orders/${id}.md`, scope: parseScope(text).scope }
  })
  const t1 = performance.now()
  const c1 = process.cpuUsage()
  const plan = planWorkOrders(orders)
  const t2 = performance.now()
  const c2 = process.cpuUsage(c1)
  planWorkOrders(orders)
  const t3 = performance.now()
  // CPU time too: the wall clock of a shared machine says more about the neighbours.
  const cpu = (c2.user + c2.system) / 1000

  const entries = orders.reduce(
    (n, o) =>
      n + (o.scope ? o.scope.write.length + o.scope.read.length + o.scope.forbidden.length : 0),
    0
  )
  const writeWrite = plan.conflicts.filter((c) => c.kind === 'write-write').length
  console.log(
    `work orders: ${orders.length}, scope entries: ${entries}, folders: ${FOLDERS.length}`
  )
  console.log(`parse:       ${(t1 - t0).toFixed(0)} ms`)
  console.log(
    `plan (cold): ${(t2 - t1).toFixed(0)} ms (${cpu.toFixed(0)} ms CPU)   target < 2000 ms`
  )
  console.log(`plan (warm): ${(t3 - t2).toFixed(0)} ms`)
  console.log(
    `result: ${writeWrite} write-write and ${plan.conflicts.length - writeWrite} read-write overlaps, ` +
      `${plan.files.length} shared paths, ${plan.groups.length} groups, ${plan.waves.length} waves, ` +
      `${plan.messages.length} messages`
  )
  clearOverlapCaches()
  const { workSpent } = findPlanOverlaps(
    orders.map((o) => ({
      id: o.id,
      write: o.scope?.write.map((e) => e.text) ?? [],
      read: o.scope?.read.map((e) => e.text) ?? []
    }))
  )
  console.log(
    `overlap work (cold): ${workSpent.toLocaleString('en-US')} units of the plan's ` +
      `${PLAN_WORK_LIMIT.toLocaleString('en-US')}`
  )
}
