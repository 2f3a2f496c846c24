// The `closed` event of a merged pull request re-checks the open pull requests that depend on it
// or overlapped with it and posts a commit status on each: dist/index.js on Node 24 against the
// local GitHub stand-in. Build first with `npm run bundle`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../../testing/event.js'
import { ROUTES, scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { runAction } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

const BASE = 'e'.repeat(40)

// Every scope here states its dependencies, `none` included.
const scope = (write: string, dependencies = 'none'): string => scopeBody({ write, dependencies })

let server: FakeGitHub
let repo: FakeRepository
let merged: FakePullRequest
let byNumber: FakePullRequest
let byId: FakePullRequest
let overlapped: FakePullRequest
let stillWaiting: FakePullRequest
let unrelated: FakePullRequest
let abandoned: FakePullRequest

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  setFiles(repo, [BASE, 'main'], {
    'work-orders/WO-FIX-03.md': '# WO-FIX-03: grapple\n',
    'work-orders/WO-FIX-09.md': '# WO-FIX-09: other\n'
  })
  merged = addPullRequest(repo, {
    number: 20,
    title: 'WO-FIX-03 grapple',
    body: scope('src/grapple.ts'),
    merged: true,
    base: { sha: BASE },
    files: [{ filename: 'src/grapple.ts' }]
  })
  const open = (number: number, body: string, file: string): FakePullRequest =>
    addPullRequest(repo, {
      number,
      title: `Pull ${number}`,
      body,
      base: { sha: BASE },
      files: [{ filename: file }]
    })
  byNumber = open(21, scope('src/a.ts', '#20 must be merged first'), 'src/a.ts')
  byId = open(
    22,
    scope('src/b.ts', 'WO-FIX-03 must be committed before this session starts'),
    'src/b.ts'
  )
  overlapped = open(23, scope('src/grapple.ts, src/c.ts'), 'src/c.ts')
  stillWaiting = open(24, scope('src/d.ts', '#20, and #25 as well'), 'src/d.ts')
  open(25, scope('src/e.ts'), 'src/e.ts')
  unrelated = open(26, scope('src/f.ts'), 'src/f.ts')
  abandoned = addPullRequest(repo, {
    number: 30,
    title: 'Abandoned',
    body: scope('src/a.ts'),
    state: 'closed',
    base: { sha: BASE }
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
  repo.statuses.length = 0
})

describe('refreshing dependants when a pull request merges (dist/index.js)', () => {
  it('posts a fresh commit status on each open pull request that depends on it or overlapped', async () => {
    const r = await runAction({
      server,
      event: pullRequestEvent(server, repo, merged, 'closed'),
      token: 'ghs_write'
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const bySha = new Map(repo.statuses.map((s) => [s.sha, s]))
    expect(repo.statuses.map((s) => s.context)).toEqual(Array(4).fill('pr-scope-check'))
    expect(bySha.get(byNumber.head.sha)?.state).toBe('success')
    expect(bySha.get(byId.head.sha)?.state).toBe('success')
    expect(bySha.get(overlapped.head.sha)?.state).toBe('success')
    expect(bySha.get(stillWaiting.head.sha)).toMatchObject({
      state: 'failure',
      description: expect.stringMatching(/waits for #25/)
    })
    expect(bySha.has(unrelated.head.sha)).toBe(false)
    for (const status of repo.statuses) {
      expect((status.description ?? '').length).toBeLessThanOrEqual(140)
      expect(status.targetUrl).toBe(`${server.serverUrl}/octo/game/actions/runs/1`)
    }
    expect(r.summary).toMatch(/re-checked after #20 merged/)
    expect(r.summary).toMatch(/#21.*depends on it/)
    expect(r.summary).toMatch(/#23.*overlapped with it/)
    expect(server.violations).toEqual([])
  })

  it('does nothing, and passes, when the pull request was closed without merging', async () => {
    const r = await runAction({
      server,
      event: pullRequestEvent(server, repo, abandoned, 'closed'),
      token: 'ghs_write'
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/#30 was closed without being merged.*nothing to re-check/)
    expect(server.requestsTo(ROUTES.createStatus)).toHaveLength(0)
  })

  it('fails naming `statuses: write` when the token may not post statuses', async () => {
    const r = await runAction({ server, event: pullRequestEvent(server, repo, merged, 'closed') })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/statuses: write/)
  })
})
