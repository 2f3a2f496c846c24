// listOpenPullRequests against the local GitHub stand-in over real HTTP: no mocks of Octokit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, type GitHubClient, type Log } from '../../src/github/client/client.js'
import {
  lastPage,
  listOpenPullRequests,
  openPullRequestsOnce
} from '../../src/github/open-pulls.js'
import { badGateway } from '../../testing/replies.js'
import { FakeGitHub } from '../../testing/server.js'
import { addPullRequest, createRepository, type FakeRepository } from '../../testing/state.js'

const LIST = 'GET /repos/{owner}/{repo}/pulls'
// Pages are read as text and parsed here: multi-byte characters must survive the chunking.
const TITLE = 'Überprüfung 😀 \u2028 "quoted" \\ 9007199254740993'
const LONG_BODY = `## Session Scope\n**Write set:** ${'ü😀中'.repeat(40_000)}\n`

let server: FakeGitHub
let big: FakeRepository
let small: FakeRepository
const log: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined }

function client(): GitHubClient {
  return createClient({ token: 'ghs_read', apiUrl: server.apiUrl, log, retryUnitMs: 10 })
}

beforeAll(async () => {
  small = createRepository('octo', 'game')
  addPullRequest(small, {
    number: 1,
    title: 'Grapple',
    body: '## Session Scope\n**Write set:** a.ts',
    author: 'alice',
    draft: true,
    head: { ref: 'wo-fix-07', sha: 'c'.repeat(40) }
  })
  addPullRequest(small, { number: 2, body: null })
  addPullRequest(small, { number: 3, state: 'closed' })
  addPullRequest(small, { number: 4, merged: true })
  addPullRequest(small, { number: 5, base: { ref: 'release' } })
  addPullRequest(small, { number: 6, base: { ref: 'unicode' }, title: TITLE, body: LONG_BODY })
  big = createRepository('octo', 'big')
  for (let n = 1; n <= 250; n++) addPullRequest(big, { number: n, body: `body ${n}` })
  addPullRequest(big, { number: 251, base: { ref: 'other' } })
  server = await new FakeGitHub({ repositories: [small, big] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
  server.violations.length = 0
})

describe('listOpenPullRequests', () => {
  it('lists the open pull requests of one base branch, bodies and drafts included', async () => {
    const read = await listOpenPullRequests(client(), { owner: 'octo', repo: 'game', base: 'main' })
    if (!read.ok) throw new Error(read.error)
    expect(read.value.map((p) => p.number).sort()).toEqual([1, 2])
    expect(read.value.find((p) => p.number === 1)).toEqual({
      number: 1,
      title: 'Grapple',
      author: 'alice',
      url: `${server.serverUrl}/octo/game/pull/1`,
      body: '## Session Scope\n**Write set:** a.ts',
      draft: true,
      headRef: 'wo-fix-07',
      headSha: 'c'.repeat(40),
      baseRef: 'main'
    })
    expect(read.value.find((p) => p.number === 2)?.body).toBe('')
    expect(server.requestsTo(LIST)).toHaveLength(1)
    expect(server.requestsTo(LIST)[0]?.query).toMatchObject({
      state: 'open',
      base: 'main',
      per_page: '100',
      page: '1'
    })
    expect(server.violations).toEqual([])
  })

  it('reads page 1, then every other page at once', async () => {
    server.latencyMs = 30
    try {
      const read = await listOpenPullRequests(client(), {
        owner: 'octo',
        repo: 'big',
        base: 'main'
      })
      if (!read.ok) throw new Error(read.error)
      expect(read.value.map((p) => p.number).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 250 }, (_, i) => i + 1)
      )
      const requests = server.requestsTo(LIST)
      expect(requests.map((r) => r.query.page).sort()).toEqual(['1', '2', '3'])
      // Pages 2 and 3 were both asked for after page 1 came back, and were in flight together.
      const [first, ...rest] = [...requests].sort((a, b) => a.startedAt - b.startedAt)
      for (const r of rest) expect(r.startedAt).toBeGreaterThanOrEqual(first?.endedAt ?? 0)
      expect(Math.max(...rest.map((r) => r.startedAt))).toBeLessThan(
        Math.min(...rest.map((r) => r.endedAt))
      )
    } finally {
      server.latencyMs = 0
    }
  })

  it('fails with a message that names the list, never with part of it', async () => {
    server.inject(LIST, { status: 404, body: { message: 'Not Found' } })
    const read = await listOpenPullRequests(client(), { owner: 'octo', repo: 'big', base: 'main' })
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error).toContain('list the open pull requests on main of octo/big')
    expect(read.error).toContain('pull-requests: read')
  })

  it('retries a server error and still returns the whole list', async () => {
    server.inject(LIST, badGateway())
    const read = await listOpenPullRequests(client(), { owner: 'octo', repo: 'big', base: 'main' })
    if (!read.ok) throw new Error(read.error)
    expect(read.value).toHaveLength(250)
    expect(server.requestsTo(LIST).map((r) => r.status)).toEqual([502, 200, 200, 200])
  })

  it('reads long bodies and titles in any script intact', async () => {
    const read = await listOpenPullRequests(client(), {
      owner: 'octo',
      repo: 'game',
      base: 'unicode'
    })
    if (!read.ok) throw new Error(read.error)
    expect(read.value.map((p) => [p.number, p.title, p.body])).toEqual([[6, TITLE, LONG_BODY]])
  })

  it('fails, naming the list, when a page holds no list', async () => {
    server.inject(LIST, { status: 200, body: { message: 'not a list' } })
    const read = await listOpenPullRequests(client(), { owner: 'octo', repo: 'big', base: 'main' })
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error).toContain('list the open pull requests on main of octo/big')
    expect(read.error).toContain('no list')
  })

  it('answers an empty list with one request', async () => {
    const read = await listOpenPullRequests(client(), { owner: 'octo', repo: 'game', base: 'none' })
    expect(read).toEqual({ ok: true, value: [] })
    expect(server.requestsTo(LIST)).toHaveLength(1)
  })
})

describe('openPullRequestsOnce', () => {
  it('lists once however often it is asked', async () => {
    const list = openPullRequestsOnce(client(), { owner: 'octo', repo: 'game', base: 'main' })
    const [a, b] = await Promise.all([list(), list()])
    expect(a).toBe(b)
    await list()
    expect(server.requestsTo(LIST)).toHaveLength(1)
  })
})

describe('lastPage', () => {
  it.each([
    ['', 1],
    ['<https://api.github.com/repositories/1/pulls?page=2>; rel="next"', 1],
    [
      '<https://api.github.com/repositories/1/pulls?per_page=100&page=2>; rel="next", <https://api.github.com/repositories/1/pulls?per_page=100&page=10>; rel="last"',
      10
    ],
    ['<http://127.0.0.1:1/api/v3/repos/o/r/pulls?state=open&page=3>; rel="last"', 3],
    ['<not a url>; rel="last"', 1],
    ['<https://x/y?page=0>; rel="last"', 1]
  ])('%s -> %d', (link, pages) => {
    expect(lastPage(link)).toBe(pages)
  })
})
