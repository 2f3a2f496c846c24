// The reads of a run started from the event (src/github/gather.ts): which are started before the
// pull request and the settings file are read, and that a read started for what the event said is
// used only when the pull request read from the API still says the same. Against the local GitHub
// stand-in over real HTTP: no mocks of Octokit.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, type GitHubClient, type Log } from '../../src/github/client/client.js'
import type { PullRequestEvent, PullRequestHint } from '../../src/github/event/event.js'
import { earlyReads, RunReads, type EarlyReads, type FixedInputs } from '../../src/github/gather.js'
import { createGraphQLEndpoint, type GraphQLEndpoint } from '../../src/github/client/graphql.js'
import type { PullRequest } from '../../src/github/pull-request.js'
import { readSettingsFile } from '../../src/github/settings.js'
import { ROUTES, scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  fakeSha,
  manyFiles,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

const SCOPED = scopeBody({ write: 'src/**' })
const NAMES_WORK_ORDER = scopeBody({ write: 'src/**', dependencies: 'WO-FIX-03 first' })
const BROKEN = '## Session Scope\n**Read set:** docs/**\n'

const NOTHING: EarlyReads = {
  settings: false,
  files: false,
  openPulls: false,
  workOrders: false,
  othersWorkOrders: false
}

describe('earlyReads', () => {
  // A null file count: the payload has none.
  const hint = (body?: string, changedFiles: number | null = 3): PullRequestHint => ({
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    headSha: 'c'.repeat(40),
    ...(changedFiles === null ? {} : { changedFiles }),
    ...(body === undefined ? {} : { body })
  })
  const expected = (reads: Partial<EarlyReads>): EarlyReads => ({
    ...NOTHING,
    settings: true,
    files: true,
    ...reads
  })
  it.each<[string, PullRequestHint, FixedInputs, EarlyReads]>([
    [
      'a scope in the body',
      hint(SCOPED),
      {},
      expected({ openPulls: true, othersWorkOrders: true })
    ],
    [
      'no scope in the body: the work order may hold it',
      hint('Fixes a typo.'),
      {},
      expected({ openPulls: true, workOrders: true, othersWorkOrders: true })
    ],
    [
      'no body in the payload',
      hint(),
      {},
      expected({ openPulls: true, workOrders: true, othersWorkOrders: true })
    ],
    [
      'no scope, and the workflow reads only the body',
      hint('Fixes a typo.'),
      { scopeSource: 'body' },
      expected({})
    ],
    [
      'a scope, and the workflow reads only the work order',
      hint(SCOPED),
      { scopeSource: 'work-order' },
      expected({ openPulls: true, workOrders: true, othersWorkOrders: true })
    ],
    ['a block that does not parse: no scope, no work order either', hint(BROKEN), {}, expected({})],
    [
      'overlap and read overlap turned off by the workflow',
      hint(SCOPED),
      { overlap: 'off', readOverlap: 'off' },
      expected({})
    ],
    [
      'overlap off, read overlap left to the settings file',
      hint(SCOPED),
      { overlap: 'off' },
      expected({ openPulls: true, othersWorkOrders: true })
    ],
    [
      'a dependency on a work order: its index, and who carries it',
      hint(NAMES_WORK_ORDER),
      { overlap: 'off', readOverlap: 'off' },
      expected({ openPulls: true, workOrders: true })
    ],
    [
      'a dependency on a work order, dependencies off',
      hint(NAMES_WORK_ORDER),
      { overlap: 'off', readOverlap: 'off', dependencies: 'off' },
      expected({})
    ],
    [
      'more files than the API lists',
      hint(SCOPED, 3001),
      {},
      expected({ files: false, openPulls: true, othersWorkOrders: true })
    ],
    [
      'exactly as many as it lists',
      hint(SCOPED, 3000),
      {},
      expected({ files: true, openPulls: true, othersWorkOrders: true })
    ],
    [
      'no file count in the payload',
      hint(SCOPED, null),
      {},
      expected({ files: false, openPulls: true, othersWorkOrders: true })
    ]
  ])('%s', (_name, given, fixed, reads) => {
    expect(earlyReads({ action: 'synchronize', hint: given }, fixed)).toEqual(reads)
  })

  it.each<[string, PullRequestHint, FixedInputs, EarlyReads]>([
    [
      'a merge: the settings, the open pull requests and the work orders',
      { merged: true },
      {},
      { settings: true, files: false, openPulls: true, workOrders: true, othersWorkOrders: false }
    ],
    [
      'a merge, scopes only in bodies',
      { merged: true },
      { scopeSource: 'body' },
      { settings: true, files: false, openPulls: true, workOrders: false, othersWorkOrders: false }
    ],
    ['a close without merging: nothing', { merged: false }, {}, NOTHING]
  ])('closed, %s', (_name, given, fixed, reads) => {
    expect(earlyReads({ action: 'closed', hint: given }, fixed)).toEqual(reads)
  })
})

describe('RunReads', () => {
  let server: FakeGitHub
  let repo: FakeRepository
  let pr: FakePullRequest
  let client: GitHubClient
  let graphql: GraphQLEndpoint
  const log: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined }

  // Every request of a test, answered or not: a read started early and never used still ends
  // before the next test counts requests.
  const pending = new Set<Promise<unknown>>()
  const tracked = <C extends GitHubClient>(c: C): C => {
    c.hook.wrap('request', async (request, options) => {
      const answer = Promise.resolve(request(options))
      pending.add(answer)
      try {
        return await answer
      } finally {
        pending.delete(answer)
      }
    })
    return c
  }

  beforeAll(async () => {
    repo = createRepository('octo', 'game')
    pr = addPullRequest(repo, { number: 1, body: SCOPED, files: manyFiles(150) })
    setFiles(repo, [pr.base.sha], { '.github/pr-scope.yml': 'overlap: warn\n', 'a.md': '' })
    server = await new FakeGitHub({ repositories: [repo] }).start()
    client = tracked(createClient({ token: 'ghs_read', apiUrl: server.apiUrl, log }))
  })

  afterAll(async () => {
    await server.stop()
  })

  beforeEach(() => {
    server.requests.length = 0
    graphql = createGraphQLEndpoint({
      token: 'ghs_read',
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: server.graphqlUrl },
      log
    })
    tracked(graphql.client)
  })

  const settled = async (): Promise<void> => {
    while (pending.size > 0) await Promise.allSettled([...pending])
  }

  afterEach(settled)

  /** The event of pull request #1 as the stand-in has it now, with `hint` overriding it. */
  const eventOf = (hint: PullRequestHint = {}): PullRequestEvent => ({
    name: 'pull_request',
    action: 'synchronize',
    owner: 'octo',
    repo: 'game',
    number: 1,
    hint: {
      baseRef: pr.base.ref,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      changedFiles: pr.files.length,
      body: pr.body ?? '',
      ...hint
    }
  })

  async function started(
    hint: PullRequestHint = {}
  ): Promise<{ reads: RunReads; pull: PullRequest }> {
    const reads = new RunReads({ client, graphql, event: eventOf(hint) })
    reads.start({ ...NOTHING, settings: true, files: true, openPulls: true, workOrders: true })
    const read = await reads.pullRequest
    if (!read.ok) throw new Error(read.error)
    return { reads, pull: read.value }
  }

  const git = { workspace: '', git: { hasCommit: async () => false, changedFiles: async () => [] } }

  it('lists the files once when the pull request is as the event said', async () => {
    const { reads, pull } = await started()
    const listed = await reads.changedFiles(pull, git)
    expect(listed.ok && listed.value.files).toHaveLength(150)
    expect(server.requestsTo(ROUTES.files)).toHaveLength(2)
    expect(reads.changes(pull)).toEqual([])
  })

  it.each<[string, PullRequestHint]>([
    ['another head', { headSha: fakeSha('older head') }],
    ['another base commit', { baseSha: fakeSha('older base') }],
    ['another file count', { changedFiles: 7 }]
  ])('lists them again after %s, and never decides on the early list', async (_name, hint) => {
    const { reads, pull } = await started(hint)
    const listed = await reads.changedFiles(pull, git)
    expect(listed.ok && listed.value.files).toHaveLength(150)
    const early = hint.changedFiles === 7 ? 1 : 2
    expect(server.requestsTo(ROUTES.files)).toHaveLength(early + 2)
    expect(reads.changes(pull)).toHaveLength(1)
  })

  it('reads the settings file at the base once, whoever asks first', async () => {
    const { pull } = await started()
    const text = await readSettingsFile(graphql, {
      owner: 'octo',
      repo: 'game',
      sha: pull.base.sha
    })
    expect(text).toEqual({ ok: true, value: 'overlap: warn\n' })
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(1)
  })

  it('reads the settings file at the base the pull request has now, not the one of the event', async () => {
    const { pull } = await started({ baseSha: fakeSha('older base') })
    const text = await readSettingsFile(graphql, {
      owner: 'octo',
      repo: 'game',
      sha: pull.base.sha
    })
    expect(text).toEqual({ ok: true, value: 'overlap: warn\n' })
    expect(server.requestsTo(ROUTES.graphql)).toHaveLength(2)
  })

  it('lists the open pull requests and the tree once per base', async () => {
    const { reads, pull } = await started()
    const list = reads.openPulls(pull.base.ref)
    expect(reads.openPulls(pull.base.ref)).toBe(list)
    expect((await list()).ok).toBe(true)
    const index = await reads
      .workOrders({ owner: 'octo', repo: 'game', sha: pull.base.sha }, '**/*.md')
      .index()
    expect(index.ok && [...index.value.byPath.keys()]).toEqual(['a.md'])
    expect(server.requestsTo(ROUTES.listPulls)).toHaveLength(1)
    expect(server.requestsTo(ROUTES.tree)).toHaveLength(1)
    // Another base is another list.
    expect((await reads.openPulls('release')()).ok).toBe(true)
    expect(server.requestsTo(ROUTES.listPulls)).toHaveLength(2)
  })

  it.each([
    ['one of them has no scope in its body', null, 1],
    ['every one has a scope in its body', SCOPED, 0]
  ])(
    'reads the work-order tree after the first page of open pull requests when %s',
    async (_name, body, trees) => {
      const other = addPullRequest(repo, { number: 2, body })
      try {
        const reads = new RunReads({ client, graphql, event: eventOf() })
        reads.start({ ...NOTHING, openPulls: true, othersWorkOrders: true })
        expect((await reads.openPulls(pr.base.ref)()).ok).toBe(true)
        await settled()
        expect(server.requestsTo(ROUTES.tree)).toHaveLength(trees)
      } finally {
        repo.pullRequests.splice(repo.pullRequests.indexOf(other), 1)
      }
    }
  )

  it('says what changed since the event', async () => {
    const { reads, pull } = await started({
      baseRef: 'release',
      headSha: 'd'.repeat(40),
      changedFiles: 3
    })
    expect(reads.changes(pull)).toEqual([
      { what: 'base', was: 'release', is: 'main' },
      { what: 'head commit', was: 'd'.repeat(40), is: pull.head.sha },
      { what: 'changed files', was: '3', is: '150' }
    ])
  })
})
