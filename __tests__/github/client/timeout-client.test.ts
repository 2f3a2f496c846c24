// The client against a GitHub that accepts requests and never answers (the stand-in's `stalled()`,
// and a server of this file that stops in the middle of a body), over real HTTP: every attempt has
// a timeout, retries are logged, and the run's budget (on a clock the test holds still) stops
// retries, rate-limit waits and requests in flight. Timeouts of 400 ms keep it quick; nothing here
// asserts how long anything took.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient, type GitHubClient, type Log } from '../../../src/github/client/client.js'
import { commentOnPullRequest } from '../../../src/github/comment/comment.js'
import { RunBudget } from '../../../src/github/client/deadline.js'
import { listPullRequestFiles } from '../../../src/github/files.js'
import { createGraphQLEndpoint, runQuery } from '../../../src/github/client/graphql.js'
import { getPullRequest } from '../../../src/github/pull-request.js'
import { ROUTES, scopeBody } from '../../../testing/fixtures.js'
import { badGateway, secondaryRateLimit, stalled } from '../../../testing/replies.js'
import { FakeGitHub } from '../../../testing/server.js'
import { addPullRequest, createRepository, type FakeRepository } from '../../../testing/state.js'

let server: FakeGitHub
let repo: FakeRepository
const warnings: string[] = []
const log: Log = {
  info: () => undefined,
  debug: () => undefined,
  warning: (m) => void warnings.push(m)
}

// Long enough for a loaded machine to answer what is not held, short enough for 4 attempts.
const TIMEOUT = 400

/** A budget on a clock that never moves: `left` ms remain for the whole test. */
const heldBudget = (left: number): RunBudget => new RunBudget(left, () => 0)

function client(
  options: { budget?: RunBudget; unit?: number; timeout?: number; apiUrl?: string } = {}
): GitHubClient {
  return createClient({
    token: 'ghs_write',
    apiUrl: options.apiUrl ?? server.apiUrl,
    log,
    retryUnitMs: options.unit ?? 1,
    requestTimeoutMs: options.timeout ?? TIMEOUT,
    budget: options.budget ?? heldBudget(60_000)
  })
}

const read = (c: GitHubClient, number = 7) =>
  getPullRequest(c, { owner: 'octo', repo: 'game', number })

const stalls = (n: number) => Array.from({ length: n }, () => stalled())

beforeAll(() => {
  repo = createRepository('octo', 'game')
  addPullRequest(repo, {
    number: 7,
    title: 'Maneuvers',
    body: scopeBody({ write: 'src/a.ts' }),
    files: [{ filename: 'src/a.ts' }]
  })
})

// A server per test: a stall a test did not use up (an attempt abandoned before the server read
// it, on a loaded machine) must not hold a request of the next test.
beforeEach(async () => {
  warnings.length = 0
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterEach(async () => {
  await server.stop()
})

describe('an attempt without an answer', () => {
  it('is retried like a server error, with a line that names the request', async () => {
    server.inject(ROUTES.pull, stalled())
    const got = await read(client())
    expect(got.ok).toBe(true)
    expect(server.stalls.map((s) => s.route)).toEqual([ROUTES.pull])
    expect(server.requestsTo(ROUTES.pull)).toHaveLength(1)
    expect(warnings).toEqual([
      'GET /repos/octo/game/pulls/7: no answer within 0.4 s; retrying in 0.001 s (retry 1 of 3)'
    ])
  })

  it('ends the call after 4 attempts, naming the request and why', async () => {
    server.inject(ROUTES.pull, ...stalls(4))
    const got = await read(client())
    expect(got).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Could not read pull request #7 of octo\/game: GET \/repos\/octo\/game\/pulls\/7: no answer within 0\.4 s, 4 attempts\. .*re-run the job later/
      )
    })
    expect(server.stalls).toHaveLength(4)
    expect(warnings).toEqual(
      [1, 2, 3].map(
        (n) =>
          `GET /repos/octo/game/pulls/7: no answer within 0.4 s; retrying in ${(n * n) / 1000} s (retry ${n} of 3)`
      )
    )
  })

  it('counts with server errors in the same bounded retries', async () => {
    server.inject(ROUTES.pull, badGateway(), stalled(), badGateway(), stalled())
    const got = await read(client())
    expect(got.ok).toBe(false)
    if (!got.ok) {
      expect(got.error).toContain(
        'GET /repos/octo/game/pulls/7: no answer within 0.4 s on the last of 4 attempts (2 without an answer)'
      )
    }
    expect(warnings.map((w) => w.replace(/; retrying.*/, ''))).toEqual([
      'GET /repos/octo/game/pulls/7: GitHub answered 502',
      'GET /repos/octo/game/pulls/7: no answer within 0.4 s',
      'GET /repos/octo/game/pulls/7: GitHub answered 502'
    ])
  })

  it('names the page of a list, query included', async () => {
    server.inject(ROUTES.files, ...stalls(4))
    const listed = await listPullRequestFiles(client(), {
      owner: 'octo',
      repo: 'game',
      number: 7,
      changedFiles: 1
    })
    expect(listed.ok).toBe(false)
    if (!listed.ok) {
      expect(listed.error).toMatch(
        /^Could not list the changed files of pull request #7 of octo\/game: GET \/repos\/octo\/game\/pulls\/7\/files\?per_page=100&page=1: no answer within 0\.4 s, 4 attempts\./
      )
    }
  })

  it('names a GraphQL request by what the caller was reading', async () => {
    server.inject(ROUTES.graphql, ...stalls(4))
    const endpoint = createGraphQLEndpoint({
      token: 'ghs_read',
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: server.graphqlUrl },
      log,
      retryUnitMs: 1,
      requestTimeoutMs: TIMEOUT,
      budget: heldBudget(60_000)
    })
    const answer = await runQuery(
      endpoint,
      'query { viewer { login } }',
      {},
      { what: 'read 3 work-order files of octo/game at main', permission: 'contents: read' }
    )
    expect(answer).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Could not read 3 work-order files of octo\/game at main: POST \/graphql: no answer within 0\.4 s, 4 attempts\./
      )
    })
    expect(warnings).toHaveLength(3)
    expect(warnings.every((w) => w.startsWith('POST /graphql: no answer within 0.4 s'))).toBe(true)
  })

  it('only warns for the comment, naming the request', async () => {
    server.inject(ROUTES.listComments, ...stalls(4))
    await commentOnPullRequest(client(), {
      target: { owner: 'octo', repo: 'game', number: 7 },
      mode: 'always',
      key: 'Scope / scope',
      token: 'ghs_write',
      result: 'pass',
      render: ({ marker }) => `${marker}\n✅ **pr-scope-check passed**`,
      log
    })
    expect(warnings.at(-1)).toMatch(
      /^pr-scope-check could not read the comments of pull request #7: GET \/repos\/octo\/game\/issues\/7\/comments\?per_page=100: no answer within 0\.4 s, 4 attempts\. The verdict does not depend on the comment/
    )
    expect(repo.comments).toEqual([])
  })

  it('never puts a line break or other control character of the address into the log', async () => {
    // Names come from the event, not from a pull request, but the address of a request is logged
    // on every retry: whatever it holds reaches the log percent-encoded.
    const name = 'game\r\n::stop-commands::tok\u2028\u0007'
    server.inject(ROUTES.pull, ...stalls(4))
    const got = await getPullRequest(client(), { owner: 'octo', repo: name, number: 7 })
    expect(got.ok).toBe(false)
    const request = 'GET /repos/octo/game%0D%0A%3A%3Astop-commands%3A%3Atok%E2%80%A8%07/pulls/7'
    expect(warnings).toHaveLength(3)
    for (const line of warnings) expect(line.startsWith(`${request}: no answer`)).toBe(true)
    if (!got.ok) expect(got.error).toContain(`: ${request}: no answer within 0.4 s, 4 attempts.`)
  })
})

describe('an answer that stops in the middle of its body', () => {
  let raw: Server
  let rawUrl = ''
  let hits = 0

  beforeAll(async () => {
    // Headers and half a body, then silence: the timeout covers the whole answer.
    raw = createServer((_req, res) => {
      hits++
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.write('[{"filename": "src/a.ts", "status": "mod')
    })
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve))
    rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    raw.closeAllConnections()
    await new Promise<void>((resolve) => raw.close(() => resolve()))
  })

  beforeEach(() => {
    hits = 0
  })

  it('fails an attempt whose body Octokit reads', async () => {
    const got = await read(client({ apiUrl: rawUrl }))
    expect(got).toEqual({
      ok: false,
      error: expect.stringContaining(
        'GET /repos/octo/game/pulls/7: no answer within 0.4 s, 4 attempts'
      )
    })
    expect(hits).toBe(4)
  })

  it('fails an attempt whose body the caller reads (a list page)', async () => {
    const listed = await listPullRequestFiles(client({ apiUrl: rawUrl }), {
      owner: 'octo',
      repo: 'game',
      number: 7,
      changedFiles: 1
    })
    expect(listed).toEqual({
      ok: false,
      error: expect.stringContaining('no answer within 0.4 s, 4 attempts')
    })
    expect(hits).toBe(4)
  })
})

describe("the run's budget", () => {
  it('sends nothing once it is spent', async () => {
    const got = await read(client({ budget: heldBudget(0) }))
    expect(got).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Could not read pull request #7 of octo\/game: GET \/repos\/octo\/game\/pulls\/7: the run's 0-second budget for GitHub ran out before it was sent\. .*re-run it later\.$/
      )
    })
    expect(server.requests).toEqual([])
    expect(server.stalls).toEqual([])
  })

  it('starts no retry whose wait would end past it', async () => {
    // 2 s left for ever: the wait of 0.5 s fits, the next of 2 s does not.
    server.inject(ROUTES.pull, badGateway(), badGateway(), badGateway())
    const got = await read(client({ budget: heldBudget(2_000), unit: 500, timeout: 10_000 }))
    expect(got.ok).toBe(false)
    if (!got.ok) {
      expect(got.error).toContain(
        "GET /repos/octo/game/pulls/7: the run's 2-second budget for GitHub ran out after 2 attempts (the last: GitHub answered 502)"
      )
    }
    expect(server.requestsTo(ROUTES.pull).map((r) => r.status)).toEqual([502, 502])
    expect(warnings).toEqual([
      'GET /repos/octo/game/pulls/7: GitHub answered 502; retrying in 0.5 s (retry 1 of 3)',
      'GET /repos/octo/game/pulls/7: GitHub answered 502; a retry in 2 s would end past the ' +
        "run's time for GitHub (2 s left); giving up"
    ])
  })

  it('sits out no rate-limit wait that would end past it', async () => {
    server.inject(ROUTES.pull, secondaryRateLimit(60))
    const got = await read(client({ budget: heldBudget(30_000), unit: 1000 }))
    expect(got.ok).toBe(false)
    if (!got.ok) {
      expect(got.error).toContain(
        "GET /repos/octo/game/pulls/7: the run's 30-second budget for GitHub ran out after 1 attempt (the last: GitHub's secondary rate limit asked to wait 60 s)"
      )
    }
    expect(server.requestsTo(ROUTES.pull)).toHaveLength(1)
    expect(warnings).toEqual([
      "GET /repos/octo/game/pulls/7: GitHub's secondary rate limit asks to wait 60 s, more than " +
        "is left of the run's time for GitHub (30 s); giving up"
    ])
  })

  it('aborts the request in flight when it runs out', async () => {
    // A real clock here: 1 s of budget against a timeout of 10 s and a stall that never ends.
    server.inject(ROUTES.pull, stalled())
    const got = await read(client({ budget: new RunBudget(1_000), timeout: 10_000 }))
    expect(got).toEqual({
      ok: false,
      error: expect.stringContaining(
        "GET /repos/octo/game/pulls/7: the run's 1-second budget for GitHub ran out after 1 attempt (the last: cut off with no answer yet)"
      )
    })
    expect(server.stalls).toHaveLength(1)
    expect(warnings).toEqual([])
  })
})
