// The merge queue run, from the committed bundle (dist/index.js) on Node 24 against the local
// GitHub stand-in: a merge_group event re-checks the queued pull request's files against its own
// Session Scope, never checks overlap, and never comments. Build first with `npm run bundle`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mergeGroupEvent } from '../../testing/event.js'
import { failureLine, ROUTES, scopeBody } from '../../testing/fixtures.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  makeFile,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

const queuedBody = (write: string[]): string =>
  scopeBody({
    intro: 'Queued work.',
    write,
    read: ['aidm/schemas/attack.py'],
    forbidden: 'Any file not listed above'
  })

const WRITE = ['aidm/core/maneuver_resolver.py', 'aidm/schemas/maneuvers.py']
const OUTSIDE = 'aidm/core/conditions.py'

let server: FakeGitHub
let repo: FakeRepository
let queued: FakePullRequest
let other: FakePullRequest
let overlapping: FakePullRequest

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  queued = addPullRequest(repo, {
    number: 3,
    title: 'WO-FIX-07: trip against a prone defender',
    body: queuedBody(WRITE),
    files: WRITE.map((filename) => ({ filename }))
  })
  other = addPullRequest(repo, {
    number: 4,
    title: 'WO-FIX-09: grapple',
    body: queuedBody(['aidm/core/grapple.py']),
    files: [{ filename: 'aidm/core/grapple.py' }]
  })
  // Open, to the same base, and writing the very same files as #3: a pull request run of #3
  // would report the overlap; the queue must not.
  overlapping = addPullRequest(repo, {
    number: 5,
    title: 'WO-FIX-08: same files, still open',
    body: queuedBody(WRITE),
    files: WRITE.map((filename) => ({ filename }))
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
  queued.files = WRITE.map((filename) => makeFile({ filename }))
})

async function run(
  prs: FakePullRequest[],
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  // A token that could comment, so that "no comment" is the action's choice, not a refusal.
  return runAction({
    server,
    event: mergeGroupEvent(server, repo, prs),
    token: 'ghs_write',
    inputs
  })
}

describe('a merge_group run (dist/index.js on Node 24)', () => {
  it("passes when the queued pull request's files are inside its scope, and says what it checked", async () => {
    const r = await run([queued])
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual([])
    expect(JSON.parse(r.outputs.scope ?? '')).toMatchObject({ write: WRITE })
    expect(r.summary).toMatch(/pr-scope-check passed the merge group/)
    expect(r.summary).toContain(`#3](${server.serverUrl}/octo/game/pull/3)`)
    expect(r.summary).toMatch(/\| ✅ pass \| none \|/)
    // The settings file at the queue's base, then only #3: its pull request, then its files.
    expect(server.requests.map((q) => [q.route, q.path])).toEqual([
      [ROUTES.graphql, '/api/graphql'],
      [ROUTES.pull, '/api/v3/repos/octo/game/pulls/3'],
      [ROUTES.files, '/api/v3/repos/octo/game/pulls/3/files']
    ])
    expect(server.violations).toEqual([])
  })

  it('fails naming the file when the queued pull request changes one outside its scope', async () => {
    queued.files.push(makeFile({ filename: OUTSIDE, patch: '@@ -57,2 +57,3 @@\n a\n+b\n c' }))
    const r = await run([queued])
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual([OUTSIDE])
    expect(failureLine(r)).toMatch(
      /Queued pull request #3 changes 1 file outside its Session Scope: aidm\/core\/conditions\.py/
    )
    const annotations = r.annotations.filter((a) => a.properties.file === OUTSIDE)
    expect(annotations).toHaveLength(1)
    expect(annotations[0]).toMatchObject({ command: 'error', properties: { line: '58' } })
    expect(annotations[0]?.message).toMatch(/^Queued pull request #3: /)
    expect(r.summary).toMatch(/pr-scope-check failed the merge group/)
    expect(r.summary).toContain('conditions.py')
  })

  it('never reports an overlap, though another open pull request writes the same files', async () => {
    queued.files.push(makeFile({ filename: OUTSIDE }))
    const r = await run([queued], { overlap: 'fail', 'read-overlap': 'warn' })
    expect(JSON.parse(r.outputs.conflicts ?? '')).toEqual([])
    expect(r.summary).not.toContain(`#5`)
    expect(r.summary).not.toMatch(/overlaps? \d|overlaps (one|\d+) other/)
    expect(failureLine(r)).not.toMatch(/overlap/i)
    expect(r.annotations.filter((a) => /overlap/i.test(a.properties.title ?? ''))).toEqual([])
    // The other open pull requests are not even listed.
    expect(server.requests.some((q) => q.route === ROUTES.listPulls)).toBe(false)
    expect(overlapping.state).toBe('open')
  })

  it('posts no comment and sets no status from a queue run', async () => {
    queued.files.push(makeFile({ filename: OUTSIDE }))
    const before = { comments: repo.comments.length, statuses: repo.statuses.length }
    const r = await run([queued], { comment: 'always' })
    expect(r.code).toBe(1)
    expect(repo.comments.length).toBe(before.comments)
    expect(repo.statuses.length).toBe(before.statuses)
    expect(server.requests.every((q) => q.method === 'GET' || q.route === ROUTES.graphql)).toBe(
      true
    )
  })

  it('checks every pull request a grouped queue entry names, each against its own scope', async () => {
    queued.files.push(makeFile({ filename: OUTSIDE }))
    const r = await run([other, queued])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual([OUTSIDE])
    expect(JSON.parse(r.outputs.scope ?? '')).toBeNull()
    expect(r.summary).toMatch(/1 of 2 queued pull requests changes files outside/)
    expect(r.summary).toMatch(/#4\]\([^)]*\) WO-FIX-09: grapple \| ✅ pass \| none \|/)
    expect(r.summary).toMatch(/#3\]\([^)]*\) WO-FIX-07: [^|]* \| ❌ fail \|/)
    expect(failureLine(r)).toMatch(/#3 changes 1 file/)
    expect(failureLine(r)).not.toMatch(/#4/)
  })

  it('fails, reading nothing, when the head ref names no queued pull request', async () => {
    const event = mergeGroupEvent(server, repo, [queued])
    const group = event.payload.merge_group as Record<string, unknown>
    group.head_ref = 'refs/heads/some-branch'
    const r = await runAction({ server, event })
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/refs\/heads\/some-branch is not a merge queue branch/)
    expect(server.requests).toEqual([])
  })

  it('fails with the API message when a queued pull request cannot be read', async () => {
    const ghost = { ...queued, number: 404 }
    const r = await run([ghost])
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/#404/)
    expect(r.outputs.result).toBeUndefined()
  })
})
