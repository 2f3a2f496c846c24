// Scopes read from work-order files, through the committed bundle (dist/index.js) on Node 24
// against the local GitHub stand-in. Build first with `npm run bundle`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../../testing/event.js'
import { failureLine, ROUTES, scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

const BASE = 'b'.repeat(40)
const HEAD = 'c'.repeat(40)
const order = (id: string, write: string[]): string =>
  scopeBody({ intro: `# ${id}: work order`, write, dependencies: 'none' })

const BASE_FILES: Record<string, string> = {
  'README.md': '# Game\n',
  'work-orders/WO-FIX-03.md': order('WO-FIX-03', ['aidm/core/grapple.py']),
  'work-orders/WO-FIX-07.md': order('WO-FIX-07', ['aidm/core/maneuver_resolver.py']),
  'work-orders/WO-FIX-08.md': order('WO-FIX-08', ['aidm/core/terrain.py']),
  'work-orders/named-by-heading.md': order('WO-FIX-12', ['aidm/core/mounted.py'])
}

let server: FakeGitHub
let repo: FakeRepository
let byBody: FakePullRequest
let byBranch: FakePullRequest
let widened: FakePullRequest
let missing: FakePullRequest
let byHeading: FakePullRequest

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  setFiles(repo, [BASE], BASE_FILES)
  byBody = addPullRequest(repo, {
    number: 1,
    title: 'Maneuvers',
    body: 'Implements the maneuvers.\n\nWork order: work-orders/WO-FIX-07.md\n',
    base: { sha: BASE },
    files: [{ filename: 'aidm/core/maneuver_resolver.py' }, { filename: 'aidm/core/play_loop.py' }]
  })
  byBranch = addPullRequest(repo, {
    number: 2,
    title: 'Grapple',
    body: 'No scope in here.',
    base: { sha: BASE },
    head: { ref: 'wo-fix-03-grapple' },
    files: [{ filename: 'aidm/core/grapple.py' }]
  })
  // The head branch widens its own work order; `work-order` mode must read the base's copy.
  widened = addPullRequest(repo, {
    number: 3,
    title: 'WO-FIX-08 terrain',
    body: '',
    base: { sha: BASE },
    head: { sha: HEAD, ref: 'terrain' },
    files: [
      { filename: 'aidm/core/terrain.py' },
      { filename: 'aidm/core/combat.py' },
      { filename: 'work-orders/WO-FIX-08.md' }
    ]
  })
  setFiles(repo, [HEAD], {
    ...BASE_FILES,
    'work-orders/WO-FIX-08.md': order('WO-FIX-08', ['aidm/core/**', 'work-orders/**'])
  })
  missing = addPullRequest(repo, {
    number: 4,
    title: 'Typo in the order name',
    body: 'Work order: work-orders/WO-FIX-70.md',
    base: { sha: BASE },
    files: [{ filename: 'aidm/core/maneuver_resolver.py' }]
  })
  byHeading = addPullRequest(repo, {
    number: 5,
    title: 'WO-FIX-12 mounted combat',
    body: 'Scope in the order.',
    base: { sha: BASE },
    files: [{ filename: 'aidm/core/mounted.py' }]
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
})

// The overlap check is off here, except in the last test, which is about it.
const run = (pr: FakePullRequest, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({
    server,
    event: pullRequestEvent(server, repo, pr),
    inputs: { overlap: 'off', 'read-overlap': 'off', ...inputs }
  })

describe('scopes from work-order files (dist/index.js)', () => {
  it('reads the scope from the work order a `Work order:` line names', async () => {
    const r = await run(byBody)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual(['aidm/core/play_loop.py'])
    expect(JSON.parse(r.outputs.scope ?? '')).toEqual({
      source: { kind: 'work-order', path: 'work-orders/WO-FIX-07.md', ref: BASE },
      write: ['aidm/core/maneuver_resolver.py'],
      read: [],
      dependencies: [],
      forbidden: []
    })
    expect(r.summary).toMatch(/Read from work order/)
    expect(r.summary).toContain(`/blob/${BASE}/work-orders/WO-FIX-07.md`)
    // One tree listing and one batch of blobs, whatever the number of work orders.
    expect(server.requestsTo(ROUTES.tree)).toHaveLength(1)
    expect(server.requestsTo(ROUTES.tree)[0]?.path).toContain(`/git/trees/${BASE}`)
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(2)
    expect(server.violations).toEqual([])
  })

  it('reads the scope from the work order whose ID the head branch carries', async () => {
    const r = await run(byBranch)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.scope ?? '').source).toEqual({
      kind: 'work-order',
      path: 'work-orders/WO-FIX-03.md',
      ref: BASE
    })
  })

  it('finds a work order by the ID of its first-level heading', async () => {
    const r = await run(byHeading)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.scope ?? '').source.path).toBe('work-orders/named-by-heading.md')
  })

  it('in `work-order` mode reads the base branch copy, not the wider one the pull request commits', async () => {
    const r = await run(widened, { 'scope-source': 'work-order' })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs.scope ?? '')).toMatchObject({
      source: { kind: 'work-order', path: 'work-orders/WO-FIX-08.md', ref: BASE },
      write: ['aidm/core/terrain.py']
    })
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual([
      'aidm/core/combat.py',
      'work-orders/WO-FIX-08.md'
    ])
    expect(server.requests.some((q) => q.path.includes(HEAD))).toBe(false)
  })

  it('fails on a work order that does not exist, naming the path and the work orders nearby', async () => {
    const r = await run(missing)
    expect(r.code).toBe(1)
    const error = failureLine(r)
    expect(error).toMatch(/`work-orders\/WO-FIX-70\.md` \(pull request body, line 1\)/)
    expect(error).toMatch(/nearby: .*`work-orders\/WO-FIX-07\.md`/)
    expect(error).toMatch(/base branch/)
  })

  it('keeps the body scope in `body` mode and asks for no work order', async () => {
    const r = await run(byBody, { 'scope-source': 'body' })
    expect(r.outputs.scope).toBe('null')
    expect(server.requestsTo(ROUTES.tree)).toHaveLength(0)
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(1)
  })
})

describe('other pull requests’ work orders in the overlap check', () => {
  it('compares with the write set of another pull request’s work order, read in the same batch', async () => {
    const local = createRepository('octo', 'overlap')
    setFiles(local, [BASE], BASE_FILES)
    const self = addPullRequest(local, {
      number: 10,
      title: 'WO-FIX-07 maneuvers',
      body: scopeBody({ write: ['aidm/core/maneuver_resolver.py'] }),
      base: { sha: BASE },
      files: [{ filename: 'aidm/core/maneuver_resolver.py' }]
    })
    addPullRequest(local, {
      number: 11,
      title: 'Maneuvers again',
      body: 'Work order: work-orders/WO-FIX-07.md',
      base: { sha: BASE },
      files: [{ filename: 'aidm/core/maneuver_resolver.py' }]
    })
    server.addRepository(local)
    const r = await runAction({ server, event: pullRequestEvent(server, local, self) })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs.conflicts ?? '')).toEqual([
      expect.objectContaining({ number: 11, kind: 'write-write' })
    ])
    expect(server.requestsTo(ROUTES.tree)).toHaveLength(1)
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(2)
  })
})
