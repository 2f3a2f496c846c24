// The dependency query as GitHub's GraphQL schema judges it: dist/index.js on Node 24 against the
// stand-in, which validates every document with graphql-js against GitHub's published schema. A
// `#N` dependency is asked through `issueOrPullRequest`, whose two branches (PullRequest, Issue)
// both have a `state` of different types: unaliased, GitHub refuses the whole query. Build first
// with `npm run bundle`.
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

const BASE = 'f'.repeat(40)

let server: FakeGitHub
let repo: FakeRepository

const unmet = (r: ActionRun): unknown => JSON.parse(r.outputs['unmet-dependencies'] ?? '')

function dependant(number: number, dependencies: string, file: string): FakePullRequest {
  return addPullRequest(repo, {
    number,
    title: `Feature ${number}`,
    body: scopeBody({ write: [file], dependencies }),
    base: { sha: BASE },
    files: [{ filename: file }]
  })
}

beforeAll(async () => {
  repo = createRepository('octo', 'strict')
  // No work orders, at the base commit or on the default branch (where a refresh reads them).
  setFiles(repo, [BASE, 'main'], {})
  repo.issues = [
    { number: 3, title: 'Decide the format', state: 'closed' },
    { number: 4, title: 'Still being discussed', state: 'open' }
  ]
  addPullRequest(repo, { number: 5, title: 'Merged groundwork', merged: true })
  addPullRequest(repo, { number: 6, title: 'Open groundwork', base: { sha: BASE } })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
})

describe('the dependency query is valid GraphQL for GitHub (dist/index.js)', () => {
  it('passes a pull request whose Dependencies name a merged #N and a closed issue', async () => {
    const pr = dependant(40, '#5 must be merged first, and #3 decided', 'src/a.ts')
    const r = await runAction({
      server,
      event: pullRequestEvent(server, repo, pr),
      inputs: { overlap: 'off', 'read-overlap': 'off' }
    })
    expect(server.violations).toEqual([])
    // The settings file at the base, then the dependency query.
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(2)
    expect(r.code).toBe(0)
    expect(unmet(r)).toEqual([])
  })

  it('reads the state of both branches: an open pull request and an open issue are unmet', async () => {
    const pr = dependant(41, '#6, #4', 'src/b.ts')
    const r = await runAction({
      server,
      event: pullRequestEvent(server, repo, pr),
      inputs: { overlap: 'off', 'read-overlap': 'off' }
    })
    expect(server.violations).toEqual([])
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/waits for #6/)
    expect(unmet(r)).toEqual([
      {
        reference: '#4',
        number: 4,
        state: 'open',
        url: `${server.serverUrl}/octo/strict/issues/4`
      },
      { reference: '#6', number: 6, state: 'open', url: `${server.serverUrl}/octo/strict/pull/6` }
    ])
  })

  it('refreshes the pull requests that depend on #N when it merges (closed event)', async () => {
    const merging = addPullRequest(repo, {
      number: 50,
      title: 'Now merged',
      body: scopeBody({ write: ['src/merged.ts'], dependencies: 'none' }),
      merged: true,
      base: { sha: BASE },
      files: [{ filename: 'src/merged.ts' }]
    })
    const waiting = dependant(51, '#50 must be merged first', 'src/c.ts')
    const r = await runAction({
      server,
      event: pullRequestEvent(server, repo, merging, 'closed'),
      token: 'ghs_write'
    })
    expect(server.violations).toEqual([])
    expect(r.code).toBe(0)
    expect(repo.statuses.filter((s) => s.sha === waiting.head.sha)).toEqual([
      expect.objectContaining({ context: 'pr-scope-check', state: 'success' })
    ])
  })
})
