// The dispatch board at its expected worst: `pr-scope plan --repo` (the built dist/cli.js, Node 24)
// planning 200 work-order files against 1,000 open pull requests of 20 write entries each on the
// local GitHub stand-in, 50 ms added to every answer. A tenth of the pull requests carry one of the
// 200 work orders (in flight), a tenth take their scope from a work order on the base branch, a
// fiftieth declare none. Figures: wall time from process start to exit (target under 3 s) and the
// requests, by route, against the action's overlap listing (15 for 1,000 open pull requests, see
// overlap-run.bench.ts). Then the action's board run (dist/index.js on schedule) on the same state.
// Build first with `npm run bundle`.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { boardEvent } from '../testing/event.js'
import { setFiles } from '../testing/git-data.js'
import { NODE24, ROOT, runAction } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import { addPullRequest, createRepository, fakeSha } from '../testing/state.js'

const WORK_ORDERS = 200
const OPEN = 1000
const BASE_WORK_ORDERS = 100
const LATENCY_MS = 50
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
/** The action's overlap listing for 1,000 open pull requests (overlap-run.bench.ts). */
const REQUEST_BUDGET = 15

const AREAS = ['api', 'core', 'billing', 'auth', 'search', 'ui', 'jobs', 'storage']
const PARTS = ['models', 'handlers', 'services', 'utils', 'views']
// 1,000 folders: a repository that has a thousand sessions open at once is a large one.
const FOLDERS = AREAS.flatMap((a) =>
  PARTS.flatMap((p) => Array.from({ length: 25 }, (_, k) => `src/${a}/${p}/m${k}`))
)

// A small deterministic generator, so that every run plans the same work.
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const pick = <T>(items: readonly T[], next: () => number): T =>
  items[Math.floor(next() * items.length)] as T

const id = (i: number): string => `WO-${String(i).padStart(3, '0')}`

const block = (write: string[], read: string[], more: string[] = []): string =>
  [
    '## Session Scope',
    `**Write set:** ${write.map((e) => `\`${e}\``).join(', ')}`,
    `**Read set:** ${read.map((e) => `\`${e}\``).join(', ')}`,
    ...more,
    ''
  ].join('\n')

/** A work order of 20 entries: 8 written, 10 read, 2 not to touch, a dependency now and then. */
function workOrder(i: number, next: () => number): string {
  const home = pick(FOLDERS, next)
  const area = home.split('/')[1] ?? 'core'
  const write = [
    `${home}/file_${Math.floor(next() * 40)}.ts`,
    `${home}/file_${Math.floor(next() * 40)}.ts`,
    `${home}/${pick(['helpers', 'types', 'index'], next)}.ts`,
    `tests/${area}/case_${i}_*.test.ts`,
    `docs/${area}/topic_${Math.floor(next() * 600)}.md`,
    next() < 0.1 ? `${home}/generated/**` : `fixtures/${area}/wo_${i}/**`,
    `schemas/${area}/v${i}.json`,
    'package-lock.json'
  ]
  const read = Array.from({ length: 10 }, (_, k) =>
    k % 3 === 0
      ? `${pick(FOLDERS, next)}/**/*.ts`
      : `${pick(FOLDERS, next)}/file_${Math.floor(next() * 40)}.ts`
  )
  const depends =
    i > 0 && next() < 0.3 ? `${id(Math.floor(next() * i))} must be merged first` : 'none'
  return [
    `# ${id(i)}: work in ${home}`,
    '',
    block(write, read, [
      `**Dependencies:** ${depends}`,
      `**Do NOT touch:** \`${pick(FOLDERS, next)}/**\`, \`.github/**\``
    ])
  ].join('\n')
}

/** An open pull request's 20 write entries, mostly files of its own folder. */
function pullWrite(n: number, next: () => number): string[] {
  const home = pick(FOLDERS, next)
  const area = home.split('/')[1] ?? 'core'
  return Array.from({ length: 20 }, (_, k) => {
    const roll = next()
    if (roll < 0.7) return `${home}/file_${Math.floor(next() * 40)}.ts`
    if (roll < 0.8) return `tests/${area}/pr_${n}_${k}.test.ts`
    if (roll < 0.9) return `docs/${area}/topic_${Math.floor(next() * 600)}.md`
    if (roll < 0.95) return `${home}/sub_${n}/**`
    return `${pick(FOLDERS, next)}/*.json`
  })
}

interface Exit {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

function runCli(args: string[], cwd: string, env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(NODE24, [join(ROOT, 'dist', 'cli.js'), ...args], {
      cwd,
      env,
      stdio: 'pipe'
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }))
  })
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Prints wall times and requests of the command and of the action's board run. */
export async function main(): Promise<void> {
  const next = random(20260301)
  const folder = mkdtempSync(join(tmpdir(), 'pr-scope-board-bench-'))
  const orders = join(folder, 'work-orders')
  mkdirSync(orders, { recursive: true })
  for (let i = 0; i < WORK_ORDERS; i++)
    writeFileSync(join(orders, `${id(i)}.md`), workOrder(i, next))

  const repo = createRepository('octo', 'big')
  const sha = fakeSha('board-bench')
  const files: Record<string, string> = {
    'README.md': '# Big\n',
    '.github/pr-scope.yml': 'ignore:\n  - package-lock.json\n'
  }
  for (let i = 900; i < 900 + BASE_WORK_ORDERS; i++) {
    files[`work-orders/${id(i)}.md`] = `# ${id(i)}\n\n${block(pullWrite(i, next), ['docs/**'])}`
  }
  // The board's run reads the work orders at the commit of the run: the 200 are on the branch.
  const withOrders = { ...files }
  for (let i = 0; i < WORK_ORDERS; i++) withOrders[`work-orders/${id(i)}.md`] = workOrder(i, next)
  setFiles(repo, ['main'], files)
  setFiles(repo, [sha], withOrders)
  for (let n = 1; n <= OPEN; n++) {
    const kind = n % 50 === 0 ? 'none' : n % 10 === 1 ? 'carries' : n % 10 === 2 ? 'base' : 'body'
    addPullRequest(repo, {
      number: n,
      title: kind === 'carries' ? `${id((n * 7) % WORK_ORDERS)}: session ${n}` : `Session ${n}`,
      author: `dev${n % 37}`,
      body:
        kind === 'none'
          ? 'No scope.'
          : kind === 'base'
            ? `Work order: work-orders/${id(900 + (n % BASE_WORK_ORDERS))}.md\n`
            : block(pullWrite(n, next), ['docs/**']),
      draft: n % 13 === 0
    })
  }
  const server = await new FakeGitHub({ repositories: [repo], latencyMs: LATENCY_MS }).start()
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GITHUB_TOKEN: 'ghs_read',
    GITHUB_API_URL: server.apiUrl
  }
  try {
    const walls: number[] = []
    let last: Exit | null = null
    for (let run = 0; run < RUNS; run++) {
      server.requests.length = 0
      server.maxInFlight = 0
      last = await runCli(['plan', 'work-orders', '--repo', 'octo/big', '--json'], folder, env)
      if (last.code !== 0)
        throw new Error(`plan --repo exited ${last.code}: ${last.stderr.slice(0, 500)}`)
      walls.push(last.ms)
      // A request GitHub would refuse makes the figures meaningless: stop with what it was.
      server.checkViolations()
    }
    const plan = JSON.parse(last?.stdout ?? '{}') as {
      workOrders: Array<{ carriedBy: number[]; waitsFor: number[] }>
      waves: string[][]
      inFlight: Array<{ write: string[] | null }>
      inFlightConflicts: unknown[]
      conflicts: unknown[]
      warnings: unknown[]
    }
    console.log(
      `work orders: ${WORK_ORDERS} given (20 entries each), ${BASE_WORK_ORDERS} on the base branch; ` +
        `open pull requests: ${OPEN} (20 write entries each); latency ${LATENCY_MS} ms`
    )
    console.log('pr-scope plan --repo --json (dist/cli.js on Node 24, process start to exit):')
    console.log(
      `  wall time: median ${median(walls).toFixed(0)} ms of ${RUNS} runs (budget 3,000 ms); ` +
        `each: ${walls.map((w) => w.toFixed(0)).join(', ')}`
    )
    printRequests(server, REQUEST_BUDGET)
    console.log(
      `  plan: ${plan.waves[0]?.length ?? 0} to dispatch now, ` +
        `${plan.workOrders.filter((w) => w.waitsFor.length > 0).length} waiting for open pull requests, ` +
        `${plan.workOrders.filter((w) => w.carriedBy.length > 0).length} in flight; ` +
        `${plan.waves.length} waves; ${plan.inFlightConflicts.length} work-order/pull-request overlaps, ` +
        `${plan.conflicts.length} between work orders; ` +
        `${plan.inFlight.filter((p) => p.write === null).length} open pull requests with no scope; ` +
        `${plan.warnings.length} warnings`
    )

    const boardWalls: number[] = []
    for (let run = 0; run < RUNS; run++) {
      server.requests.length = 0
      server.maxInFlight = 0
      const board = boardEvent(server, repo, 'schedule', { sha })
      const started = performance.now()
      const r = await runAction({ server, event: board.event, env: board.env })
      boardWalls.push(performance.now() - started)
      if (r.code !== 0) throw new Error(`the board run failed: ${r.stdout.slice(-500)}`)
      server.checkViolations()
    }
    console.log('the board (dist/index.js on schedule, 300 work orders at the commit):')
    console.log(
      `  wall time: median ${median(boardWalls).toFixed(0)} ms of ${RUNS} runs; ` +
        `each: ${boardWalls.map((w) => w.toFixed(0)).join(', ')}`
    )
    printRequests(server, REQUEST_BUDGET)
  } finally {
    await server.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}

function printRequests(server: FakeGitHub, budget: number): void {
  const routes = new Map<string, number>()
  for (const r of server.requests)
    routes.set(r.route ?? r.path, (routes.get(r.route ?? r.path) ?? 0) + 1)
  console.log(
    `  requests: ${server.requests.length} (budget ${budget}), at most ${server.maxInFlight} in flight`
  )
  for (const [route, n] of routes) console.log(`    ${n} x ${route}`)
}
