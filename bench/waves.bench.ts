// Round trips to a verdict, end to end: the committed bundle (dist/index.js, `npm run bundle`
// first) on Node 24 against the local GitHub stand-in with 50 ms added to every answer, for a
// 3,000-file pull request and for one pull request among 1,000 other open ones, `comment: never`
// (so every request comes before the verdict). For each: the request waves (testing/waves.ts: a
// request that arrived after an earlier one of the run was answered is in a later wave), the
// requests, the listing time (first request arrived to last answer sent) and the wall time from
// process start to exit, median of BENCH_RUNS runs. At 50 ms an answer can come back before the
// client has sent all it could send without one (the throttling plugin's limiter starts a request
// every few milliseconds, slower on a loaded machine), which counts as a wave too; the round trips
// the run needs are counted apart, on a stand-in that answers only once the client has sent all
// it can (quietMs).
//
// BENCH_BEFORE=<file> also runs another bundle (e.g. one built from an earlier commit: `git show
// <commit>:dist/index.js > /tmp/before.js`), each run alternating with one of dist/index.js, so
// that both see the same machine load. BENCH_SCRIPT=<file> runs another bundle instead of
// dist/index.js.
import { join } from 'node:path'
import { pullRequestEvent } from '../testing/event.js'
import { scopeBody } from '../testing/fixtures.js'
import { setFiles } from '../testing/git-data.js'
import { ROOT, runAction } from '../testing/run-action.js'
import { FakeGitHub, type RequestRecord } from '../testing/server.js'
import {
  addPullRequest,
  createRepository,
  manyFiles,
  type FakePullRequest,
  type FakeRepository
} from '../testing/state.js'
import { byWave } from '../testing/waves.js'
import { random, realisticList } from './overlap.bench.js'

// BENCH_LATENCY_MS=<ms>: slower answers, closer to GitHub's for a page of files.
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const AFTER = process.env.BENCH_SCRIPT ?? join(ROOT, 'dist', 'index.js')
const BEFORE = process.env.BENCH_BEFORE

interface Case {
  name: string
  repo: FakeRepository
  self: FakePullRequest
}

/** A 3,000-file pull request whose scope covers every file; no other open pull request. */
function bigPullRequest(): Case {
  const repo = createRepository('octo', 'big')
  const self = addPullRequest(repo, {
    number: 1,
    title: 'Generated code',
    body: scopeBody({ write: 'src/generated/**' }),
    files: manyFiles(3000)
  })
  setFiles(repo, [self.base.sha], { 'README.md': '# Big\n' })
  return { name: '3,000-file pull request', repo, self }
}

/** One pull request among 1,000 other open ones, each with a 20-entry scope (overlap-run). */
function crowdedBase(): Case {
  const next = random(20260202)
  const repo = createRepository('octo', 'game')
  const write = realisticList(next)
  const self = addPullRequest(repo, {
    number: 1,
    title: 'This session',
    body: scopeBody({ write, read: 'docs/**' }),
    files: write
      .filter((e) => !/[*?[{!]/.test(e) && !e.endsWith('/'))
      .map((filename) => ({ filename }))
  })
  for (let n = 2; n <= 1001; n++) {
    addPullRequest(repo, {
      number: n,
      title: `Session ${n}`,
      body: scopeBody({ write: realisticList(next), read: 'docs/**' })
    })
  }
  setFiles(repo, [self.base.sha], { 'README.md': '# Game\n' })
  return { name: 'one pull request among 1,000 open ones', repo, self }
}

/** The waves of one run against a stand-in that answers only when the client sends no more. */
async function roundTrips(c: Case, script: string): Promise<string> {
  const server = await new FakeGitHub({ repositories: [c.repo], quietMs: 150 }).start()
  try {
    const figures = await once(server, c, script)
    return `${figures.waves.length} (${figures.waves.map((wave) => wave.length).join(' + ')} requests)`
  } finally {
    await server.stop()
  }
}

interface Figures {
  waves: number[][]
  requests: number
  listingMs: number
  wallMs: number
  maxInFlight: number
  result: string
}

async function once(server: FakeGitHub, c: Case, script: string): Promise<Figures> {
  server.requests.length = 0
  server.maxInFlight = 0
  const run = await runAction({
    server,
    event: pullRequestEvent(server, c.repo, c.self),
    inputs: { comment: 'never' },
    script,
    timeoutMs: 120_000
  })
  // A request GitHub would refuse makes the figures meaningless: stop with what it was.
  server.checkViolations()
  const records: RequestRecord[] = [...server.requests]
  const first = Math.min(...records.map((r) => r.startedAt))
  const last = Math.max(...records.map((r) => r.endedAt))
  return {
    waves: byWave(records).map((wave) => wave.map((r) => r.startedSeq)),
    requests: records.length,
    listingMs: last - first,
    wallMs: run.durationMs,
    maxInFlight: server.maxInFlight,
    result: run.outputs.result ?? `no result (exit ${run.code}): ${run.stderr.slice(0, 300)}`
  }
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

function describe(label: string, runs: readonly Figures[]): string {
  const last = runs.at(-1) as Figures
  const sizes = last.waves.map((wave) => wave.length).join(' + ')
  return (
    `  ${label}: ${last.waves.length} waves (${sizes} requests), ${last.requests} requests, ` +
    `at most ${last.maxInFlight} in flight; listing ${median(runs.map((r) => r.listingMs))} ms, ` +
    `wall ${median(runs.map((r) => r.wallMs))} ms (medians of ${runs.length}); verdict ${last.result}`
  )
}

/** Prints the figures of both cases, before and after when BENCH_BEFORE names a bundle. */
export async function main(): Promise<void> {
  console.log(
    `${LATENCY_MS} ms per answer, comment: never; waves, requests, listing (first request to last answer), wall (process start to exit)`
  )
  for (const c of [bigPullRequest(), crowdedBase()]) {
    const server = await new FakeGitHub({ repositories: [c.repo], latencyMs: LATENCY_MS }).start()
    try {
      const scripts: Array<[string, string]> = BEFORE
        ? [
            ['before', BEFORE],
            ['after', AFTER]
          ]
        : [['dist/index.js', AFTER]]
      // One untimed run each: the stand-in loads GitHub's GraphQL schema on its first query.
      for (const [, script] of scripts) await once(server, c, script)
      const figures = new Map<string, Figures[]>(scripts.map(([label]) => [label, []]))
      for (let i = 0; i < RUNS; i++) {
        for (const [label, script] of scripts)
          figures.get(label)?.push(await once(server, c, script))
      }
      console.log(`${c.name}:`)
      for (const [label, runs] of figures) console.log(describe(label, runs))
      for (const [label, script] of scripts) {
        console.log(`  ${label}: round trips needed: ${await roundTrips(c, script)}`)
      }
    } finally {
      await server.stop()
    }
  }
}
