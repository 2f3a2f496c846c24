// The dependency check through the committed bundle (dist/index.js) on Node 24 against the local
// GitHub stand-in. Build first with `npm run bundle`.
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

const BASE = 'd'.repeat(40)

let server: FakeGitHub
let repo: FakeRepository
let next = 100

const scope = (dependencies: string): string =>
  scopeBody({ write: ['src/feature.ts'], dependencies })

function dependant(dependencies: string): FakePullRequest {
  return addPullRequest(repo, {
    number: next++,
    title: 'Feature',
    body: scope(dependencies),
    base: { sha: BASE },
    files: [{ filename: 'src/feature.ts' }]
  })
}

const unmet = (r: ActionRun): unknown => JSON.parse(r.outputs['unmet-dependencies'] ?? '')
const run = (pr: FakePullRequest, inputs: Record<string, string> = {}) =>
  runAction({
    server,
    event: pullRequestEvent(server, repo, pr),
    inputs: { overlap: 'off', 'read-overlap': 'off', ...inputs }
  })

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  setFiles(repo, [BASE], {
    'work-orders/WO-FIX-03.md': '# WO-FIX-03\n',
    'work-orders/WO-FIX-04.md': '# WO-FIX-04\n',
    'work-orders/WO-FIX-05.md': '# WO-FIX-05\n'
  })
  addPullRequest(repo, { number: 12, title: 'Merged base work', merged: true })
  addPullRequest(repo, { number: 13, title: 'Still open work', base: { sha: BASE } })
  addPullRequest(repo, { number: 14, title: 'Abandoned work', state: 'closed' })
  addPullRequest(repo, { number: 15, title: 'WO-FIX-03: grapple', merged: true })
  addPullRequest(repo, { number: 16, title: 'WO-FIX-04: terrain', base: { sha: BASE } })
  // Mentions WO-FIX-05 only as its own dependency: it does not carry it.
  addPullRequest(repo, { number: 17, title: 'Other', body: scope('WO-FIX-05'), merged: true })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
})

describe('dependencies (dist/index.js)', () => {
  it('passes when #N is merged, in one GraphQL query', async () => {
    const r = await run(dependant('#12 must be merged first'))
    expect(r.code).toBe(0)
    expect(unmet(r)).toEqual([])
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(2)
    expect(server.violations).toEqual([])
  })

  it('fails while #N is open, saying it waits for #N, with a link', async () => {
    const r = await run(dependant('#13'))
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/waits for #13/)
    expect(unmet(r)).toEqual([
      { reference: '#13', number: 13, state: 'open', url: `${server.serverUrl}/octo/game/pull/13` }
    ])
    expect(r.summary).toMatch(/unmet dependenc/i)
    expect(r.summary).toContain('/octo/game/pull/13')
  })

  it('only warns with `dependencies: warn`', async () => {
    const r = await run(dependant('#13'), { dependencies: 'warn' })
    expect(r.code).toBe(0)
    expect(unmet(r)).toEqual([expect.objectContaining({ number: 13, state: 'open' })])
  })

  it('asks nothing with `dependencies: off`', async () => {
    const r = await run(dependant('#13'), { dependencies: 'off' })
    expect(r.code).toBe(0)
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(1)
  })

  it('fails when #N was closed without merging, saying so', async () => {
    const r = await run(dependant('#14'))
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/#14 .*closed without being merged/)
    expect(unmet(r)).toEqual([expect.objectContaining({ number: 14, state: 'closed-unmerged' })])
  })

  it('resolves a work-order ID through the title of the merged pull request that carries it', async () => {
    const r = await run(dependant('WO-FIX-03 must be committed before this session starts'))
    expect(r.code).toBe(0)
    expect(unmet(r)).toEqual([])
  })

  it('waits for the open pull request that carries a work-order ID', async () => {
    const r = await run(dependant('WO-FIX-04'))
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/WO-FIX-04 .*waits for #16/)
    expect(unmet(r)).toEqual([
      expect.objectContaining({ reference: 'WO-FIX-04', number: 16, state: 'open' })
    ])
  })

  it('calls a work order nobody carries "not started", even when a merged pull request mentions it', async () => {
    const r = await run(dependant('WO-FIX-05'))
    expect(r.code).toBe(1)
    expect(unmet(r)).toEqual([
      { reference: 'WO-FIX-05', number: null, state: 'not-started', url: null }
    ])
  })

  it('gives a notice for an ID with neither file nor pull request, and passes', async () => {
    const r = await run(dependant('WO-FIX-99'))
    expect(r.code).toBe(0)
    expect(unmet(r)).toEqual([
      expect.objectContaining({ reference: 'WO-FIX-99', state: 'unknown' })
    ])
  })

  it('gives a notice for a pull request of another repository', async () => {
    const r = await run(dependant('https://github.com/else/where/pull/3'))
    expect(r.code).toBe(0)
    expect(r.summary).toMatch(/another repository/)
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(1)
  })
})
