// A GitHub that accepts a request and never answers: every endpoint kind the action reads or writes
// is held open by the stand-in (`stalled()`), and the real bundle (dist/index.js on Node 24) must
// end, retry with a log line per retry, and name the request it gave up on (CONTRACT §4 "API
// faults"). The timeout and backoff are shortened through the test-only environment variables,
// which can only shorten them. Build first with `npm run bundle`.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../../testing/event.js'
import { failureLine, ROUTES, scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { stalled } from '../../testing/replies.js'
import { runAction, type ActionRun, type RunActionOptions } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

const BASE = 'e'.repeat(40)

// A second without an answer fails an attempt (long enough for a loaded machine to answer what is
// not held); backoff of 10, 40 and 90 ms.
const SHORT = { PR_SCOPE_REQUEST_TIMEOUT_MS: '1000', PR_SCOPE_RETRY_UNIT_MS: '10' }

let server: FakeGitHub
let repo: FakeRepository
let merged: FakePullRequest
let scoped: FakePullRequest
let byWorkOrder: FakePullRequest

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  setFiles(repo, [BASE, 'main'], {
    'work-orders/WO-FIX-03.md': scopeBody({ intro: '# WO-FIX-03: grapple', write: 'src/c.ts' })
  })
  merged = addPullRequest(repo, {
    number: 3,
    title: 'Grapple',
    body: scopeBody({ write: 'src/grapple.ts', dependencies: 'none' }),
    merged: true,
    base: { sha: BASE },
    files: [{ filename: 'src/grapple.ts' }]
  })
  scoped = addPullRequest(repo, {
    number: 7,
    title: 'Maneuvers',
    body: scopeBody({ write: 'src/a.ts', dependencies: '#3 must be merged first' }),
    base: { sha: BASE },
    files: [{ filename: 'src/a.ts' }]
  })
  // No block in its body: its scope is the work order its title names (a tree listing, then the
  // work-order texts through GraphQL).
  byWorkOrder = addPullRequest(repo, {
    number: 9,
    title: 'WO-FIX-03 grapple',
    body: 'Implements the work order.',
    base: { sha: BASE },
    files: [{ filename: 'src/c.ts' }]
  })
})

// A server per test: a stall the run did not use up (an attempt abandoned before the server even
// read it, on a loaded machine) must not hold a request of the next test.
beforeEach(async () => {
  repo.statuses.length = 0
  repo.comments.length = 0
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterEach(async () => {
  await server.stop()
})

// Only the part of the run a test is about reads GitHub: overlap and dependencies are off unless
// the test turns them on, and no comment is posted unless it asks for one.
async function run(
  pr: FakePullRequest,
  options: Omit<RunActionOptions, 'server' | 'event'> & { action?: string } = {}
): Promise<ActionRun> {
  return runAction({
    server,
    event: pullRequestEvent(server, repo, pr, options.action ?? 'opened'),
    ...options,
    inputs: {
      overlap: 'off',
      'read-overlap': 'off',
      dependencies: 'off',
      comment: 'never',
      ...options.inputs
    },
    env: { ...SHORT, ...options.env },
    // The old bundle never ends: kill it long before jest's own timeout so that the test fails.
    timeoutMs: 30_000
  })
}

const four = (): ReturnType<typeof stalled>[] => [stalled(), stalled(), stalled(), stalled()]

const warnings = (r: ActionRun): string[] =>
  r.annotations.filter((a) => a.command === 'warning').map((a) => a.message)

/** The three retry lines of one request, as the log shows them. */
function expectRetries(r: ActionRun, request: RegExp): void {
  const retries = warnings(r).filter(
    (m) => request.test(m) && /: no answer within 1 s; retrying in/.test(m)
  )
  expect(retries).toHaveLength(3)
  retries.forEach((m, i) => expect(m).toContain(`(retry ${i + 1} of 3)`))
}

/** The stand-in held only requests of this route, no more than the 4 attempts. */
function expectStalled(route: string): void {
  expect(server.stalls.length).toBeGreaterThan(0)
  expect(server.stalls.length).toBeLessThanOrEqual(4)
  expect(server.stalls.every((s) => s.route === route)).toBe(true)
}

/** The run ended on its own, failed, and names the request and why. */
function expectGaveUp(r: ActionRun, what: RegExp): void {
  expect(r.code).toBe(1)
  expect(r.stderr).toBe('')
  expect(failureLine(r)).toMatch(what)
  expect(failureLine(r)).toMatch(/no answer within 1 s, 4 attempts/)
  expect(server.violations).toEqual([])
}

describe('a GitHub that never answers (dist/index.js)', () => {
  it('gives up on the pull request after 4 attempts and names it', async () => {
    server.inject(ROUTES.pull, ...four())
    const r = await run(scoped)
    expectGaveUp(
      r,
      /^Could not read pull request #7 of octo\/game: GET \/repos\/octo\/game\/pulls\/7: /
    )
    expectRetries(r, /^GET \/repos\/octo\/game\/pulls\/7: /)
    expectStalled(ROUTES.pull)
    expect(r.outputs.result).toBeUndefined()
  })

  it('gives up on a page of changed files', async () => {
    server.inject(ROUTES.files, ...four())
    const r = await run(scoped)
    const page = /GET \/repos\/octo\/game\/pulls\/7\/files\?per_page=100&page=1/
    expectGaveUp(
      r,
      new RegExp(`^Could not list the changed files of pull request #7.*${page.source}: `)
    )
    expectRetries(r, new RegExp(`^${page.source}: `))
    expectStalled(ROUTES.files)
  })

  it('gives up on a page of open pull requests', async () => {
    server.inject(ROUTES.listPulls, ...four())
    const r = await run(scoped, { inputs: { overlap: 'fail' } })
    expectGaveUp(
      r,
      /^Could not list the open pull requests on main of octo\/game: GET \/repos\/octo\/game\/pulls\?\S*state=open\S*: /
    )
    expectRetries(r, /^GET \/repos\/octo\/game\/pulls\?\S*state=open/)
  })

  it('gives up on the tree listing that finds the work orders', async () => {
    server.inject(ROUTES.tree, ...four())
    const r = await run(byWorkOrder)
    expectGaveUp(
      r,
      new RegExp(
        `Could not list the files of octo/game at ${BASE} \\(to find the work-order files\\): ` +
          `GET /repos/octo/game/git/trees/${BASE}\\?recursive=1: `
      )
    )
    expectRetries(r, new RegExp(`^GET /repos/octo/game/git/trees/${BASE}\\?recursive=1: `))
  })

  it('gives up on a GraphQL query (the work-order texts), naming what it read', async () => {
    // The first GraphQL query reads the settings file at the base (none there); the next, the texts.
    server.inject(ROUTES.graphql, { status: 200, body: { data: { repository: { file: null } } } })
    server.inject(ROUTES.graphql, ...four())
    const r = await run(byWorkOrder)
    expectGaveUp(r, /Could not read 1 work-order files of octo\/game at e+: POST \/graphql: /)
    expectRetries(r, /^POST \/graphql: /)
    expectStalled(ROUTES.graphql)
  })

  it('gives up on the GraphQL query of the settings file, naming the file and the commit', async () => {
    server.inject(ROUTES.graphql, ...four())
    const r = await run(byWorkOrder)
    expectGaveUp(
      r,
      /Could not read the settings file \.github\/pr-scope\.yml of octo\/game at e+: POST \/graphql: /
    )
    expectRetries(r, /^POST \/graphql: /)
    expectStalled(ROUTES.graphql)
  })

  it('only warns when the comments do not answer: the verdict stands and was published first', async () => {
    server.inject(ROUTES.listComments, ...four())
    const r = await run(scoped, { inputs: { comment: 'always' }, token: 'ghs_write' })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(r.summary).toMatch(/Session Scope/)
    const comments = /GET \/repos\/octo\/game\/issues\/7\/comments\?per_page=100/
    expectRetries(r, new RegExp(`^${comments.source}: `))
    expect(warnings(r)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `could not read the comments of pull request #7: ${comments.source}: ` +
            'no answer within 1 s, 4 attempts.*verdict does not depend on the comment'
        )
      )
    )
    expect(repo.comments).toHaveLength(0)
  })

  it('gives up on the commit status of a refresh run and names it', async () => {
    server.inject(ROUTES.createStatus, ...four())
    const r = await run(merged, { action: 'closed', token: 'ghs_write' })
    expectGaveUp(
      r,
      new RegExp(
        `Could not post the commit status pr-scope-check on ${scoped.head.sha.slice(0, 12)}: ` +
          `POST /repos/octo/game/statuses/${scoped.head.sha}: `
      )
    )
    expectRetries(r, new RegExp(`^POST /repos/octo/game/statuses/${scoped.head.sha}: `))
    expect(repo.statuses).toHaveLength(0)
  })

  it('carries on when the second attempt answers', async () => {
    server.inject(ROUTES.pull, stalled())
    const r = await run(scoped)
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(warnings(r).filter((m) => m.startsWith('GET /repos/octo/game/pulls/7:'))).toEqual([
      expect.stringMatching(
        /^GET \/repos\/octo\/game\/pulls\/7: no answer within 1 s; retrying in 0\.01 s \(retry 1 of 3\)$/
      )
    ])
    expect(server.stalls).toHaveLength(1)
    expect(server.requestsTo(ROUTES.pull)).toHaveLength(1)
  })

  it('stops when the run budget runs out, aborting the request in flight', async () => {
    server.inject(ROUTES.pull, ...four())
    const r = await run(scoped, { env: { PR_SCOPE_RUN_BUDGET_MS: '2500' } })
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(
      /^Could not read pull request #7 of octo\/game: GET \/repos\/octo\/game\/pulls\/7: the run's 2\.5-second budget for GitHub ran out/
    )
    // 1 s, 1 s, then cut short: never a fourth attempt.
    expect(server.stalls.length).toBeLessThan(4)
  })
})
