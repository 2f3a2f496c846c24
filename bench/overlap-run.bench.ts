// The overlap check at its worst expected load, end to end: 1,000 open pull requests on the local
// GitHub stand-in, each with a 20-entry Session Scope in its body, 50 ms of added latency per
// request. Runs the committed bundle (dist/index.js, `npm run bundle` first) on Node 24 as a
// runner does, and counts its requests and wall time (process start to exit). Then times the pure
// step alone: reading the 1,000 bodies, and checkOverlaps over 1,000 x 20 x 20 entry pairs.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { clearOverlapCaches } from '../src/scope/glob/intersect.js'
import { checkOverlaps, overlapParties, type ListedPull } from '../src/scope/checks/overlaps.js'
import { parseScope } from '../src/scope/parser/parse.js'
import { PatternList } from '../src/scope/glob/patterns.js'
import type { Verdict } from '../src/scope/types.js'
import { prepareReport, renderReport } from '../src/report/markdown.js'
import { pullRequestEvent } from '../testing/event.js'
import { setFiles } from '../testing/git-data.js'
import { runAction } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import { addPullRequest, createRepository } from '../testing/state.js'
import { random, realisticList } from './overlap.bench.js'

const OTHERS = 1000
const LATENCY_MS = 50
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
// Opt-in switches: BENCH_PROF=<dir> writes a V8 CPU profile of each action run there;
// BENCH_DUMP=<dir> writes the last run's summary, stdout and outputs there, to compare runs byte
// for byte before and after a change; BENCH_SCRIPT=<file> runs another bundle than dist/index.js
// (e.g. one built from an earlier commit), to compare the two on the same machine load.
const PROF_DIR = process.env.BENCH_PROF
const SCRIPT = process.env.BENCH_SCRIPT
const DUMP_DIR = process.env.BENCH_DUMP

const scopeBody = (write: string[]): string =>
  [
    'Work order for one session.',
    '',
    '## Session Scope',
    `**Write set:** ${write.map((entry) => `\`${entry}\``).join(', ')}`,
    '**Read set:** docs/**',
    '**Do NOT touch:** Any file not listed above',
    ''
  ].join('\n')

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Prints the request count and wall time of a whole run, and the pure step's time. */
export async function main(): Promise<void> {
  const next = random(20260202)
  const ownWrite = realisticList(next)
  // Our changed files: the plain paths of our write set, so that only overlaps can fail the run.
  const files = ownWrite.filter((e) => !/[*?[{!]/.test(e) && !e.endsWith('/'))
  const repo = createRepository('octo', 'game')
  const self = addPullRequest(repo, {
    number: 1,
    title: 'This session',
    body: scopeBody(ownWrite),
    files: files.map((filename) => ({ filename }))
  })
  const bodies: string[] = []
  for (let n = 2; n <= OTHERS + 1; n++) {
    const body = scopeBody(realisticList(next))
    bodies.push(body)
    addPullRequest(repo, { number: n, title: `Session ${n}`, author: `dev${n % 37}`, body })
  }
  // The base commit exists, as on GitHub, and holds no work-order files.
  setFiles(repo, [self.base.sha, self.base.ref], { 'README.md': '# Game\n' })
  const server = await new FakeGitHub({ repositories: [repo], latencyMs: LATENCY_MS }).start()
  const walls: number[] = []
  let requests = 0
  let conflicts = 0
  let result = ''
  try {
    for (let run = 0; run < RUNS; run++) {
      server.requests.length = 0
      const started = performance.now()
      const r = await runAction({
        server,
        event: pullRequestEvent(server, repo, self),
        inputs: { comment: 'never' },
        ...(SCRIPT ? { script: SCRIPT } : {}),
        ...(PROF_DIR ? { env: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${PROF_DIR}` } } : {})
      })
      walls.push(performance.now() - started)
      if (DUMP_DIR) {
        mkdirSync(DUMP_DIR, { recursive: true })
        writeFileSync(join(DUMP_DIR, 'summary.md'), r.summary)
        writeFileSync(join(DUMP_DIR, 'stdout.txt'), r.stdout)
        writeFileSync(join(DUMP_DIR, 'outputs.json'), JSON.stringify(r.outputs, null, 2))
      }
      requests = server.requests.length
      conflicts = (JSON.parse(r.outputs.conflicts ?? '[]') as unknown[]).length
      result = r.outputs.result ?? `(no result: exit ${r.code}) ${r.stderr.slice(0, 300)}`
      // A request GitHub would refuse makes the figures meaningless: stop with what it was.
      server.checkViolations()
    }
  } finally {
    await server.stop()
  }
  const routes = new Map<string, number>()
  console.log(`open pull requests: ${OTHERS}, 20 write entries each; latency ${LATENCY_MS} ms`)
  console.log(`whole run (dist/index.js on Node 24, process start to exit):`)
  console.log(`  requests: ${requests} (budget 15, comment: never)`)
  console.log(
    `  wall time: median ${median(walls).toFixed(0)} ms of ${RUNS} runs (budget 1,500 ms); ` +
      `each: ${walls.map((w) => w.toFixed(0)).join(', ')}`
  )
  console.log(`  verdict: ${result}, conflicts: ${conflicts}`)
  for (const r of server.requests)
    routes.set(r.route ?? r.path, (routes.get(r.route ?? r.path) ?? 0) + 1)
  for (const [route, n] of routes) console.log(`    ${n} x ${route}`)

  // The pure step, in process, from cold caches as in one action run.
  const pulls: ListedPull[] = bodies.map((body, i) => ({
    number: i + 2,
    title: `Session ${i + 2}`,
    author: 'dev',
    url: `https://github.com/octo/game/pull/${i + 2}`,
    body,
    draft: false,
    baseRef: 'main'
  }))
  const scope = parseScope(self.body ?? '').scope
  if (scope === null) throw new Error('the benchmark scope does not parse')
  const ignore = PatternList.compile([], 'ignore').list
  const parses: number[] = []
  const checks: number[] = []
  const renders: number[] = []
  const both: number[] = []
  const apart: number[] = []
  let found = 0
  let summaryBytes = 0
  for (let run = 0; run < 7; run++) {
    clearOverlapCaches()
    const t0 = performance.now()
    const others = overlapParties(pulls, { self: 1, base: 'main', includeDrafts: true })
    const t1 = performance.now()
    const out = checkOverlaps({
      self: {
        number: 1,
        scope,
        workOrderId: null,
        files: files.map((path) => ({ path, status: 'modified' as const }))
      },
      others,
      ignore,
      levels: { overlap: 'fail', readOverlap: 'warn' }
    })
    const t2 = performance.now()
    // The job summary as the action renders it: the full report is over 1 MB, so it is fitted.
    const verdict: Verdict = {
      result: 'fail',
      findings: out.findings,
      outOfScopeFiles: [],
      conflicts: out.conflicts,
      unmetDependencies: []
    }
    const report = {
      verdict,
      scope,
      source: { kind: 'body' as const, path: null, ref: null },
      repository: { owner: 'octo', repo: 'game', serverUrl: 'https://github.com' },
      pullRequest: { number: 1, title: 'This session', headSha: 'a'.repeat(40) },
      changedFileCount: files.length,
      skippedWithoutScope: out.withoutScope
    }
    const summaryUse = { maxBytes: 1_000_000, hint: 'the outputs list every one' }
    const commentUse = { maxLength: 65_536, marker: '<!-- pr-scope-check:Scope%20%2F%20scope -->' }
    const summary = renderReport(report, summaryUse)
    const t3 = performance.now()
    // Both uses of a run, as the action renders them: one prepared report, fitted to each limit.
    const prepared = prepareReport(report)
    prepared.render(summaryUse)
    prepared.render(commentUse)
    const t4 = performance.now()
    // The same two, each built anew (as before the one render).
    renderReport(report, summaryUse)
    renderReport(report, commentUse)
    const t5 = performance.now()
    parses.push(t1 - t0)
    checks.push(t2 - t1)
    renders.push(t3 - t2)
    both.push(t4 - t3)
    apart.push(t5 - t4)
    found = out.conflicts.length
    summaryBytes = Buffer.byteLength(summary)
  }
  console.log(`pure step (in process, cold caches, median of 7):`)
  console.log(`  reading 1,000 scopes from bodies: ${median(parses).toFixed(1)} ms`)
  console.log(
    `  checkOverlaps, 1,000 x 20 x 20 entry pairs (+ read sets): ${median(checks).toFixed(1)} ms (budget 300 ms); ${found} conflicts`
  )
  console.log(
    `  rendering the job summary (fitted to 1 MB): ${median(renders).toFixed(1)} ms; ${summaryBytes} bytes`
  )
  console.log(
    `  the summary and the comment from one prepared report: ${median(both).toFixed(1)} ms ` +
      `(each built anew: ${median(apart).toFixed(1)} ms)`
  )
}
