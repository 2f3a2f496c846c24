// The overlap check against the worst write sets we can build (CONTRACT §2: deciding the
// overlaps of one run takes at most 2 s whatever the others declare). Our write set holds
// `x/*a*a*...` (30 stars) and a few broad entries; our pull request changes 3,000 files under
// `x/`. Against it: several open pull requests of 100 entries each, every entry built to cost
// the engine as much as the §1.4 bounds allow (extglobs, long star runs, stars and classes,
// POSIX classes, brace products up to the bounds, 64 `**`, take-backs that force a product of
// many automata), plus a few ordinary pull requests whose conflicts must still be found.
// One checkOverlaps call, from cold caches as in one action run; then the engine's spend rate,
// which the limits in src/scope/glob/work-bound.ts are calibrated with; then whole action runs
// (dist/index.js on Node 24 against the local stand-in, `npm run bundle` first), which check
// the overlaps twice (once to decide whether work orders must be read).
import { performance } from 'node:perf_hooks'
import { clearOverlapCaches } from '../src/scope/glob/intersect.js'
import { checkOverlaps, type OverlapParty } from '../src/scope/checks/overlaps.js'
import { OVERLAP_WORK_LIMIT } from '../src/scope/glob/work-bound.js'
import { PatternList, validatePattern } from '../src/scope/glob/patterns.js'
import { planWorkOrders } from '../src/scope/plan/plan.js'
import type { WorkOrder } from '../src/scope/plan/types.js'
import type { Scope, ScopeEntry } from '../src/scope/types.js'
import { pullRequestEvent } from '../testing/event.js'
import { setFiles } from '../testing/git-data.js'
import { runAction } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import { addPullRequest, createRepository } from '../testing/state.js'

const ENTRIES = 100
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const BOUND_MS = 2000

const letters = 'abcdefghijklmnopqrstuvwxyz'
const ending = (i: number): string => `${letters[i % 26] ?? 'z'}${Math.floor(i / 26)}`

/** Each family of hostile entries, 100 distinct entries each, all meeting our `x/` prefix. */
export const HOSTILE: Record<string, (i: number) => string> = {
  // The issue's reproduction: refused by its author's own check, so it must count for nothing.
  extglobs: (i) => `x/${'+(a|aa)'.repeat(4 + (i % 26))}${ending(i)}`,
  'extglob braces': (i) => `x/${'{+(a|b),@(c|d)}'.repeat(6)}${'+(a|aa)'.repeat(10)}${ending(i)}`,
  'star runs': (i) => `x/${'*a'.repeat(110 + (i % 10))}*${ending(i)}`,
  'stars and classes': (i) => `x/${'*[ab]'.repeat(48)}*${ending(i)}`,
  'posix classes': (i) => `x/${'*[[:alpha:]]'.repeat(19)}*${ending(i)}`,
  'wildcard brace products': (i) => `x/${'{*a,*b}'.repeat(6)}*${ending(i)}`,
  'literal brace products': (i) =>
    `x/${'{aaaaaaaaaaaaaaaaaaaa,b}'.repeat(8)}{c,d,e}${ending(i)}`.slice(0, 256),
  globstars: (i) => `${'**/a*/'.repeat(40)}${ending(i)}`,
  'question marks': (i) => `x/${'?'.repeat(200)}*${ending(i)}`,
  'take-backs': (i) =>
    i === 0 ? 'x/**' : `!x/*${'a*'.repeat(1 + (i % 12))}${letters[i % 26] ?? 'z'}*${ending(i)}`
}

const OURS = ['x/' + '*a'.repeat(30), 'x/**/*a*b*', '**/*.md', 'src/**', 'x/y/']

function entries(texts: readonly string[]): ScopeEntry[] {
  return texts.map((text, i) => ({ text, line: i + 1 }))
}

function scopeOf(write: readonly string[], read: readonly string[] = []): Scope {
  return {
    write: entries(write),
    read: entries(read),
    dependencies: [],
    forbidden: [],
    forbidOthers: false,
    line: 1,
    form: 'markdown'
  }
}

function party(number: number, write: readonly string[], read: string[] = []): OverlapParty {
  return {
    number,
    title: `Session ${number}`,
    author: `dev${number}`,
    url: `https://github.com/octo/game/pull/${number}`,
    scope: scopeOf(write, read),
    workOrderId: null
  }
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Prints the time of one hostile checkOverlaps run, and what it found. */
export async function main(): Promise<void> {
  const families = Object.entries(HOSTILE)
  const hostile = families.map(([, make], k) => {
    const write = Array.from({ length: ENTRIES }, (_, i) => make(i))
    // Their read sets are as hostile as their write sets: our writes are compared with them.
    return party(100 + k, write, write.slice(0, 50))
  })
  const ordinary = [
    party(2, ['src/core/a.ts', 'docs/**']),
    party(3, ['x/y/z.txt']),
    party(4, ['lib/**'])
  ]
  const files = Array.from({ length: 3000 }, (_, i) => ({
    path: `x/${'a'.repeat(20 + (i % 40))}/${ending(i)}.md`,
    status: 'modified' as const
  }))
  const ignore = PatternList.compile([], 'ignore').list
  const walls: number[] = []
  const cpus: number[] = []
  let summary = ''
  let spent = 0
  for (let run = 0; run < RUNS; run++) {
    clearOverlapCaches()
    const started = performance.now()
    const cpu = process.cpuUsage()
    const result = checkOverlaps({
      self: { number: 1, scope: scopeOf(OURS, ['docs/**']), workOrderId: null, files },
      others: [...hostile, ...ordinary],
      ignore,
      levels: { overlap: 'fail', readOverlap: 'warn' }
    })
    walls.push(performance.now() - started)
    cpus.push(cpuMs(process.cpuUsage(cpu)))
    spent = result.workSpent
    const undecided = result.findings.filter((f) => f.check === 'undecided-overlap')
    summary =
      `conflicts with ${result.conflicts.map((c) => `#${c.number}`).join(', ') || 'none'}; ` +
      `undecided with ${undecided.length} pull requests`
  }
  console.log(
    `our write set: ${OURS.length} entries (\`${OURS[0] ?? ''}\`, ...), 3,000 changed files; ` +
      `${hostile.length} hostile pull requests of ${ENTRIES} write entries (${families
        .map(([name]) => name)
        .join(', ')}) and 3 ordinary ones`
  )
  console.log(
    `checkOverlaps, cold caches, ${RUNS} runs (bound ${BOUND_MS} ms; work limit ` +
      `${OVERLAP_WORK_LIMIT.toLocaleString('en-US')} units):`
  )
  console.log(
    `  wall: median ${median(walls).toFixed(0)} ms, worst ${Math.max(...walls).toFixed(0)} ms; ` +
      `CPU (all threads, GC included): median ${median(cpus).toFixed(0)} ms, worst ` +
      `${Math.max(...cpus).toFixed(0)} ms; wall each: ${walls.map((w) => w.toFixed(0)).join(', ')}`
  )
  console.log(`  ${summary}; ${spent.toLocaleString('en-US')} units spent`)
  await wholeRuns(hostile.length)
  hostilePlan()
  console.log('one family at a time (one pull request, read overlap off, 300 changed files):')
  for (const [name, make] of families) {
    const write = Array.from({ length: ENTRIES }, (_, i) => make(i))
    clearOverlapCaches()
    const started = performance.now()
    const cpu = process.cpuUsage()
    const result = checkOverlaps({
      self: { number: 1, scope: scopeOf(OURS), workOrderId: null, files: files.slice(0, 300) },
      others: [party(100, write)],
      ignore,
      levels: { overlap: 'fail', readOverlap: 'off' }
    })
    const ms = performance.now() - started
    const cpuTime = cpuMs(process.cpuUsage(cpu))
    const perUnit = (cpuTime * 1e6) / Math.max(1, result.workSpent)
    const undecided = result.findings.some((f) => f.check === 'undecided-overlap')
    console.log(
      `  ${name}: ${ms.toFixed(0)} ms wall, ${cpuTime.toFixed(0)} ms CPU, ` +
        `${result.workSpent.toLocaleString('en-US')} units (${perUnit.toFixed(1)} ns CPU a unit); ` +
        `${result.conflicts.length} conflicts` +
        `${undecided ? ', undecided pairs' : ''}`
    )
  }
}

const bodyOf = (write: readonly string[], read: readonly string[] = []): string =>
  [
    '## Session Scope',
    `**Write set:** ${write.map((entry) => `\`${entry}\``).join(', ')}`,
    `**Read set:** ${read.length === 0 ? 'none' : read.map((entry) => `\`${entry}\``).join(', ')}`,
    ''
  ].join('\n')

/** Prints the wall time of whole action runs against the hostile pull requests. */
async function wholeRuns(count: number): Promise<void> {
  const repo = createRepository('octo', 'hostile')
  const self = addPullRequest(repo, {
    number: 1,
    title: 'This session',
    body: bodyOf(OURS, ['docs/**']),
    files: Array.from({ length: 300 }, (_, i) => ({
      filename: `x/${'a'.repeat(20 + (i % 40))}/${ending(i)}.md`
    }))
  })
  Object.values(HOSTILE).forEach((make, k) => {
    const write = Array.from({ length: ENTRIES }, (_, i) => make(i))
    addPullRequest(repo, {
      number: 100 + k,
      title: `Hostile ${k}`,
      body: bodyOf(write, write.slice(0, 50))
    })
  })
  addPullRequest(repo, { number: 2, title: 'Ordinary', body: bodyOf(['src/core/a.ts', 'docs/**']) })
  setFiles(repo, [self.base.sha, self.base.ref], { 'README.md': '# Game\n' })
  const server = await new FakeGitHub({ repositories: [repo] }).start()
  const walls: number[] = []
  let result = ''
  try {
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      const r = await runAction({
        server,
        event: pullRequestEvent(server, repo, self),
        inputs: { comment: 'never' }
      })
      walls.push(performance.now() - started)
      const undecided = r.summary.split('Overlap not decided').length - 1
      result = `${r.outputs.result ?? `exit ${r.code}`}, ${undecided} undecided warnings`
    }
  } finally {
    await server.stop()
  }
  console.log(
    `whole action runs (dist/index.js on Node 24, process start to exit, ${count} hostile pull ` +
      `requests, 300 changed files): median ${median(walls).toFixed(0)} ms, worst ` +
      `${Math.max(...walls).toFixed(0)} ms; each: ${walls.map((w) => w.toFixed(0)).join(', ')}; ${result}`
  )
}

/** Prints how long `pr-scope plan` takes over one work order per hostile family it accepts. */
function hostilePlan(): void {
  const orders: WorkOrder[] = Object.entries(HOSTILE).map(([, make], k) => {
    // The plan refuses a set with a bad pattern outright: keep the ones it accepts.
    const write = Array.from({ length: ENTRIES }, (_, i) => make(i)).filter(
      (text) => validatePattern(text) === null
    )
    return { id: `WO-${k}`, path: `work-orders/WO-${k}.md`, scope: scopeOf(write) }
  })
  const entries = orders.reduce((n, o) => n + (o.scope?.write.length ?? 0), 0)
  clearOverlapCaches()
  const validating = performance.now()
  for (const order of orders)
    for (const entry of order.scope?.write ?? []) validatePattern(entry.text)
  const validated = performance.now() - validating
  clearOverlapCaches()
  const started = performance.now()
  const plan = planWorkOrders(orders)
  const ms = performance.now() - started
  const undecided = plan.conflicts.filter((c) => !c.decided).length
  console.log(
    `pr-scope plan over ${orders.length} hostile work orders (${entries} accepted entries): ` +
      `${ms.toFixed(0)} ms, of which about ${validated.toFixed(0)} ms is minimatch reading the ` +
      `patterns (as every check does); ${plan.conflicts.length} conflicts, ${undecided} undecided`
  )
}
