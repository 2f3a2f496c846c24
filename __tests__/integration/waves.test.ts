// Round trips to a verdict (issue 15), through the committed bundle (dist/index.js) on Node 24
// against the local GitHub stand-in: every read that the event makes possible starts at once, the
// rest as soon as the counts are known, and the pull request read from the API still decides
// (CONTRACT §2): when the event is out of date, what it said is read again, never decided on.
// Waves are counted from the stand-in's records (testing/waves.ts), never from the clock. Build
// first with `npm run bundle`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { pullRequestEvent, type WorkflowEvent } from '../../testing/event.js'
import { failureLine, ROUTES, scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub, type RequestRecord } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  fakeSha,
  makeFile,
  manyFiles,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'
import { byWave, requestWaves, waveCount } from '../../testing/waves.js'

// The stand-in answers only once no request has arrived for this long: everything the action can
// send without an answer arrives first, however slowly a loaded machine lets it send (the
// throttling plugin's limiter starts a request every few milliseconds).
const QUIET_MS = 250
const SETTINGS = '.github/pr-scope.yml'

let server: FakeGitHub
let count = 0

beforeAll(async () => {
  server = await new FakeGitHub({ quietMs: QUIET_MS }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
  server.maxInFlight = 0
})

function freshRepository(): FakeRepository {
  return server.addRepository(createRepository('octo', `waves${++count}`))
}

async function run(
  repo: FakeRepository,
  event: WorkflowEvent,
  inputs: Record<string, string> = {}
): Promise<{ run: ActionRun; requests: RequestRecord[] }> {
  const done = await runAction({ server, event, inputs: { comment: 'never', ...inputs } })
  const requests = server.requests.filter(
    (r) => r.path.includes(`/${repo.name}/`) || r.route === ROUTES.graphql
  )
  return { run: done, requests }
}

const routesOf = (records: readonly RequestRecord[]): string[] =>
  records.map((r) => r.route ?? r.path).sort()

describe('requestWaves', () => {
  const at = (startedSeq: number, endedSeq: number) => ({ startedSeq, endedSeq })
  it.each([
    ['nothing', [], []],
    ['one request', [at(1, 2)], [1]],
    ['two at once', [at(1, 3), at(2, 4)], [1, 1]],
    ['one after the other', [at(1, 2), at(3, 4)], [1, 2]],
    // The third arrived after the first answered: it may have waited for it.
    ['a slot freed by the first', [at(1, 3), at(2, 6), at(4, 5)], [1, 1, 2]],
    ['a chain of three', [at(1, 2), at(3, 4), at(5, 6)], [1, 2, 3]],
    ['a long first wave', [at(1, 8), at(2, 3), at(4, 5), at(6, 7)], [1, 1, 2, 3]]
  ])('%s', (_name, records, waves) => {
    expect(requestWaves(records)).toEqual(waves)
    expect(waveCount(records)).toBe(Math.max(0, ...waves))
  })
})

describe('a 3,000-file pull request', () => {
  let repo: FakeRepository
  let pr: FakePullRequest

  beforeAll(() => {
    repo = freshRepository()
    pr = addPullRequest(repo, {
      number: 1,
      body: scopeBody({ write: 'src/generated/**' }),
      files: manyFiles(3000)
    })
    setFiles(repo, [pr.base.sha], { 'README.md': '# Big\n' })
  })

  it('is read in two waves, at most 30 requests in flight, no more requests than before', async () => {
    const { run: r, requests } = await run(repo, pullRequestEvent(server, repo, pr))
    expect(r.outputs.result).toBe('pass')
    // The pull request, the settings file, 30 pages of files, the first page of open pull requests.
    expect(requests).toHaveLength(33)
    const [first, second, ...rest] = byWave(requests)
    expect(rest).toEqual([])
    // All 33 at once but for the 3 the run's limit of 30 in flight held back.
    expect(first).toHaveLength(30)
    expect(second).toHaveLength(3)
    expect(server.maxInFlight).toBe(30)
  })
})

describe('a pull request among 250 other open ones', () => {
  it('lists the other pages in the second wave, everything else in the first', async () => {
    const repo = freshRepository()
    const pr = addPullRequest(repo, {
      number: 1,
      body: scopeBody({ write: 'src/a.ts' }),
      files: [{ filename: 'src/a.ts' }]
    })
    for (let n = 2; n <= 251; n++) {
      addPullRequest(repo, { number: n, body: scopeBody({ write: `src/m${n}/**` }) })
    }
    setFiles(repo, [pr.base.sha], { 'README.md': '# Game\n' })
    const { run: r, requests } = await run(repo, pullRequestEvent(server, repo, pr))
    expect(r.outputs.result).toBe('pass')
    const [first, second, ...rest] = byWave(requests)
    expect(rest).toEqual([])
    expect(routesOf(first ?? [])).toEqual(
      [ROUTES.pull, ROUTES.graphql, ROUTES.files, ROUTES.listPulls].sort()
    )
    expect((second ?? []).map((q) => [q.route, q.query.page]).sort()).toEqual([
      [ROUTES.listPulls, '2'],
      [ROUTES.listPulls, '3']
    ])
  })
})

describe('a pull request among others whose scopes may be in work orders', () => {
  it('reads the work-order tree with the other pages of open pull requests, the texts next', async () => {
    const repo = freshRepository()
    const base = fakeSha('orders-base')
    setFiles(repo, [base], {
      'work-orders/WO-9.md': scopeBody({ intro: '# WO-9: elsewhere', write: 'src/x/**' })
    })
    const pr = addPullRequest(repo, {
      number: 1,
      body: scopeBody({ write: 'src/a.ts' }),
      base: { sha: base },
      files: [{ filename: 'src/a.ts' }]
    })
    for (let n = 2; n <= 150; n++) {
      addPullRequest(repo, {
        number: n,
        base: { sha: base },
        body: scopeBody({ write: `src/m${n}/**` })
      })
    }
    // No scope in its body: the overlap check reads its work order.
    addPullRequest(repo, {
      number: 151,
      title: 'WO-9 elsewhere',
      base: { sha: base },
      body: 'See it.'
    })
    const { run: r, requests } = await run(repo, pullRequestEvent(server, repo, pr))
    expect(r.outputs.result).toBe('pass')
    const waves = byWave(requests).map(routesOf)
    expect(waves).toEqual([
      [ROUTES.pull, ROUTES.graphql, ROUTES.files, ROUTES.listPulls].sort(),
      [ROUTES.listPulls, ROUTES.tree].sort(),
      [ROUTES.graphql]
    ])
  })
})

describe('an event that is out of date', () => {
  it('lists the files of a pull request that grew since the event, and fails on one past the first page', async () => {
    const repo = freshRepository()
    const files = [...manyFiles(149, 'src'), { filename: 'docs/outside.md' }]
    const pr = addPullRequest(repo, {
      number: 4,
      body: scopeBody({ write: 'src/**' }),
      files: files.slice(0, 1)
    })
    const event = pullRequestEvent(server, repo, pr, 'synchronize')
    // A push after the event: a new head, 150 files.
    pr.head.sha = fakeSha('pushed-later')
    pr.files = files.map(makeFile)
    const { run: r, requests } = await run(repo, event, {
      overlap: 'off',
      'read-overlap': 'off',
      dependencies: 'off'
    })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual(['docs/outside.md'])
    expect(failureLine(r)).toMatch(/1 changed file is out of the Session Scope: docs\/outside\.md/)
    const pages = requests.filter((q) => q.route === ROUTES.files)
    // Page 1 as the event had it (set aside), then both pages after the pull request was read.
    expect(pages.map((q) => q.query.page).sort()).toEqual(['1', '1', '2'])
    expect(r.stdout).toMatch(/changed since the event/)
  })

  it('drops pages of files that a push took away, and passes on the list as it is now', async () => {
    const repo = freshRepository()
    const pr = addPullRequest(repo, {
      number: 5,
      body: scopeBody({ write: 'src/**' }),
      files: [...manyFiles(250, 'src'), { filename: 'docs/outside.md' }]
    })
    const event = pullRequestEvent(server, repo, pr, 'synchronize')
    pr.head.sha = fakeSha('force-pushed')
    pr.files = pr.files.slice(0, 120)
    const { run: r } = await run(repo, event, {
      overlap: 'off',
      'read-overlap': 'off',
      dependencies: 'off'
    })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(r.summary).toMatch(/all 120 changed files are inside the Session Scope/)
  })

  it('follows an edited base: its settings file, and the open pull requests on it', async () => {
    const repo = freshRepository()
    const oldBase = fakeSha('main-base')
    const newBase = fakeSha('release-base')
    // At the old base, the settings file turns overlap off; at the new one there is none.
    setFiles(repo, [oldBase], { [SETTINGS]: 'overlap: off\nread-overlap: off\n' })
    setFiles(repo, [newBase], { 'README.md': '# Game\n' })
    const pr = addPullRequest(repo, {
      number: 6,
      body: scopeBody({ write: 'src/a.ts' }),
      base: { ref: 'main', sha: oldBase },
      files: [{ filename: 'src/a.ts' }]
    })
    addPullRequest(repo, { number: 7, body: scopeBody({ write: 'src/a.ts' }) })
    addPullRequest(repo, {
      number: 8,
      body: scopeBody({ write: 'src/**' }),
      base: { ref: 'release' }
    })
    const event = pullRequestEvent(server, repo, pr, 'edited')
    pr.base = { ref: 'release', sha: newBase }
    const { run: r, requests } = await run(repo, event)
    expect(r.code).toBe(1)
    const conflicts = JSON.parse(r.outputs.conflicts ?? '') as Array<{ number: number }>
    expect(conflicts.map((c) => c.number)).toEqual([8])
    const lists = requests.filter((q) => q.route === ROUTES.listPulls).map((q) => q.query.base)
    expect(lists.sort()).toEqual(['main', 'release'])
    expect(r.stdout).toMatch(/changed since the event/)
  })

  it('reads everything after the pull request when the event says nothing of it', async () => {
    const repo = freshRepository()
    const pr = addPullRequest(repo, {
      number: 9,
      body: scopeBody({ write: 'src/a.ts' }),
      files: [{ filename: 'src/a.ts' }, { filename: 'src/b.ts' }]
    })
    const event = pullRequestEvent(server, repo, pr)
    event.payload.pull_request = { number: pr.number }
    const { run: r, requests } = await run(repo, event)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual(['src/b.ts'])
    const [first] = byWave(requests)
    expect((first ?? []).map((q) => q.route)).toEqual([ROUTES.pull])
  })
})
