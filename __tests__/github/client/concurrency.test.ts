// How many requests a run keeps in flight (issue 15): up to 30 at once, REST and GraphQL together,
// through the throttling plugin's limiter; after GitHub's secondary rate limit refuses one, half
// as many for the rest of the run, never fewer than 1. Counted by the stand-in, never timed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  createClient,
  MAX_CONCURRENT_REQUESTS,
  RunConcurrency,
  runConcurrency,
  type GitHubClient,
  type Log
} from '../../../src/github/client/client.js'
import { createGraphQLEndpoint, runQuery } from '../../../src/github/client/graphql.js'
import { getPullRequest } from '../../../src/github/pull-request.js'
import { blobQuery } from '../../../src/github/work-orders.js'
import { ROUTES } from '../../../testing/fixtures.js'
import { secondaryRateLimit } from '../../../testing/replies.js'
import { FakeGitHub } from '../../../testing/server.js'
import { addPullRequest, createRepository } from '../../../testing/state.js'

let server: FakeGitHub
const warnings: string[] = []
const infos: string[] = []
const log: Log = {
  info: (m) => void infos.push(m),
  debug: () => undefined,
  warning: (m) => void warnings.push(m)
}

function client(concurrency: RunConcurrency): GitHubClient {
  return createClient({
    token: 'ghs_read',
    apiUrl: server.apiUrl,
    log,
    retryUnitMs: 1,
    concurrency
  })
}

/** `n` reads of the pull request, all asked for at once. */
async function reads(c: GitHubClient, n: number): Promise<void> {
  const got = await Promise.all(
    Array.from({ length: n }, () => getPullRequest(c, { owner: 'octo', repo: 'game', number: 1 }))
  )
  expect(got.every((r) => r.ok)).toBe(true)
}

beforeAll(async () => {
  const repo = createRepository('octo', 'game')
  addPullRequest(repo, { number: 1, files: [{ filename: 'a.ts' }] })
  // No answer until the client has sent all it sends without one (the limiter starts a request
  // every few milliseconds): in flight is then what the limit lets through, however slow the machine.
  server = await new FakeGitHub({ repositories: [repo], quietMs: 100 }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
  server.maxInFlight = 0
  warnings.length = 0
  infos.length = 0
})

describe('requests in flight', () => {
  it('are up to 30 at once, GitHub allowing 100', async () => {
    expect(MAX_CONCURRENT_REQUESTS).toBe(30)
    await reads(client(new RunConcurrency()), 45)
    expect(server.maxInFlight).toBe(30)
  })

  it('count REST and GraphQL requests of a run together', async () => {
    // The GraphQL endpoint's client takes the limit every client of the process shares.
    const concurrency = runConcurrency()
    const graphql = createGraphQLEndpoint({
      token: 'ghs_read',
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: server.graphqlUrl },
      log
    })
    const query = blobQuery(1)
    const variables = { owner: 'octo', name: 'game', e0: 'main:README.md' }
    const call = { what: 'read a file', permission: 'contents: read' }
    await Promise.all([
      reads(client(concurrency), 25),
      ...Array.from({ length: 20 }, () => runQuery(graphql, query, variables, call))
    ])
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(20)
    expect(server.maxInFlight).toBe(30)
  })

  it('are halved for the rest of the run after a secondary rate limit', async () => {
    const concurrency = new RunConcurrency()
    const c = client(concurrency)
    server.inject(ROUTES.pull, secondaryRateLimit(1))
    await reads(c, 30)
    expect(server.requestsTo(ROUTES.pull).map((r) => r.status)).toContain(403)
    expect(server.maxInFlight).toBe(30)
    expect(concurrency.limit).toBe(15)
    expect(infos).toEqual([
      "GitHub's secondary rate limit: at most 15 requests at once for the rest of the run"
    ])
    expect(warnings).toEqual([
      "GET /repos/octo/game/pulls/1: GitHub's secondary rate limit refused the request; retrying in 1 s (retry 1 of 3)"
    ])
    server.maxInFlight = 0
    await reads(c, 45)
    expect(server.maxInFlight).toBe(15)
  })

  it('are halved once for refusals of requests sent together, and again for a later one', async () => {
    const concurrency = new RunConcurrency()
    const c = client(concurrency)
    // Three requests sent under the limit of 30 are refused: one halving.
    server.inject(ROUTES.pull, secondaryRateLimit(1), secondaryRateLimit(1), secondaryRateLimit(1))
    await reads(c, 30)
    expect(concurrency.limit).toBe(15)
    // A refusal of a request sent under the lowered limit lowers it again.
    server.inject(ROUTES.pull, secondaryRateLimit(1))
    server.maxInFlight = 0
    await reads(c, 20)
    expect(concurrency.limit).toBe(7)
    server.maxInFlight = 0
    await reads(c, 20)
    expect(server.maxInFlight).toBe(7)
  })

  it('never drop below 1', () => {
    const concurrency = new RunConcurrency(2)
    for (let i = 0; i < 4; i++) concurrency.lower(concurrency.generation)
    expect(concurrency.limit).toBe(1)
  })
})

describe('the limiter schedules promptly', () => {
  // Bottleneck yields with setTimeout(0) at each step of scheduling a job, one job at a time: at
  // least 1 ms a step in Node (4 a job and limiter), so 30 pages took longer to send than GitHub
  // takes to answer one. The run's limiters yield with setImmediate: the one timer left per job
  // and limiter is the one that starts the job.
  it('uses one timer per job and limiter, not one per scheduling step', async () => {
    const { PromptBottleneck } = await import('../../../src/github/client/client.js')
    const retry = new PromptBottleneck()
    const limiter = new RunConcurrency().group.key('run')
    const real = globalThis.setTimeout
    let timers = 0
    globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
      timers++
      return real(...args)
    }) as typeof setTimeout
    try {
      const done = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          retry.schedule(() => limiter.schedule(() => Promise.resolve(i)))
        )
      )
      expect(done).toEqual(Array.from({ length: 30 }, (_, i) => i))
    } finally {
      globalThis.setTimeout = real
    }
    expect(timers).toBeLessThanOrEqual(2 * 30)
  })
})
