// The work-order and dependency adapters against the local GitHub stand-in (real HTTP, no mocks).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client/client.js'
import { gatherDependencyFacts } from '../../src/github/dependencies.js'
import { createGraphQLEndpoint, graphqlUrl, runQuery } from '../../src/github/client/graphql.js'
import {
  BLOBS_PER_QUERY,
  blobQuery,
  listTreePaths,
  loadWorkOrderIndex,
  WorkOrderLoader
} from '../../src/github/work-orders.js'
import { setFiles } from '../../testing/git-data.js'
import { graphqlRateLimited } from '../../testing/replies.js'
import { FakeGitHub } from '../../testing/server.js'
import { addPullRequest, createRepository, type FakeRepository } from '../../testing/state.js'

const quiet = { info: () => undefined, debug: () => undefined, warning: () => undefined }
const TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}'
const GRAPHQL = 'POST /graphql'

let server: FakeGitHub
let repo: FakeRepository

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  const files: Record<string, string> = {
    'README.md': '# Game\n',
    'src/a.ts': 'export {}\n',
    'work-orders/WO-FIX-03.md':
      '# WO-FIX-03: grapple\n\n## Session Scope\n**Write set:** src/grapple.ts\n',
    'work-orders/rules.md': '# WO-FIX-12 Rules\n'
  }
  for (let i = 0; i < 600; i++) files[`work-orders/bulk/WO-BULK-${i}.md`] = `bulk ${i}\n`
  setFiles(repo, ['base-sha'], files)
  addPullRequest(repo, { number: 5, title: 'WO-FIX-03 grapple', merged: true })
  addPullRequest(repo, { number: 6, title: 'Something', state: 'closed' })
  addPullRequest(repo, { number: 7, title: 'Other', head: { ref: 'wo-fix-12-rules' } })
  repo.issues = [{ number: 9, title: 'A bug', state: 'closed' }]
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
})

function clients() {
  const env = { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: server.graphqlUrl }
  return {
    client: createClient({ token: 'ghs_read', apiUrl: server.apiUrl, log: quiet }),
    endpoint: createGraphQLEndpoint({ token: 'ghs_read', env, log: quiet })
  }
}

describe('graphqlUrl', () => {
  it.each([
    [{ GITHUB_GRAPHQL_URL: 'https://ghe.example/api/graphql' }, 'https://ghe.example/api/graphql'],
    [{ GITHUB_API_URL: 'https://ghe.example/api/v3' }, 'https://ghe.example/api/graphql'],
    [{ GITHUB_API_URL: 'https://ghe.example/api/v3/' }, 'https://ghe.example/api/graphql'],
    [{ GITHUB_API_URL: 'https://api.github.com' }, 'https://api.github.com/graphql'],
    [{}, 'https://api.github.com/graphql']
  ])('%j -> %s', (env, expected) => {
    expect(graphqlUrl(env)).toBe(expected)
  })
})

describe('the work-order index', () => {
  it('lists the tree once and reads the matching files in batches of blobs', async () => {
    const { client, endpoint } = clients()
    const index = await loadWorkOrderIndex(
      client,
      endpoint,
      { owner: 'octo', repo: 'game', sha: 'base-sha' },
      'work-orders/**/*.md'
    )
    expect(index.ok).toBe(true)
    if (!index.ok) return
    expect(index.value.files).toHaveLength(602)
    expect(index.value.byId.get('WO-FIX-12')?.path).toBe('work-orders/rules.md')
    expect(index.value.byPath.get('work-orders/WO-FIX-03.md')?.text).toContain('src/grapple.ts')
    expect(server.requestsTo(TREE)).toHaveLength(1)
    expect(server.requestsTo(TREE)[0]?.query).toEqual({ recursive: '1' })
    expect(server.requestsTo(GRAPHQL)).toHaveLength(Math.ceil(602 / BLOBS_PER_QUERY))
    expect(server.violations).toEqual([])
  })

  it('reads GraphQL with a read-only token, not spaced a second apart as writes are', async () => {
    // At /graphql (GitHub.com's path) the throttling plugin paces GraphQL like writes, one at a
    // time, unless the client is read-only. With some latency on each answer, queries sent at
    // once are seen in flight together only when they are not paced.
    const dotCom = `${server.serverUrl}/graphql`
    const query = blobQuery(1)
    const variables = { owner: 'octo', name: 'game', e0: 'base-sha:README.md' }
    const call = { what: 'read', permission: 'contents: read' }
    const inFlightTogether = async (endpoint: Parameters<typeof runQuery>[0]): Promise<number> => {
      server.maxInFlight = 0
      const answers = await Promise.all(
        [0, 1, 2].map(() => runQuery(endpoint, query, variables, call))
      )
      expect(answers.every((answer) => answer.ok)).toBe(true)
      return server.maxInFlight
    }
    const env = { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: dotCom }
    const readOnly = createGraphQLEndpoint({ token: 'ghs_read', env, log: quiet })
    const paced = {
      client: createClient({ token: 'ghs_read', apiUrl: server.apiUrl, log: quiet }),
      url: dotCom
    }
    server.latencyMs = 200
    try {
      expect(await inFlightTogether(readOnly)).toBe(3)
      expect(await inFlightTogether(paced)).toBe(1)
    } finally {
      server.latencyMs = 0
    }
    expect(server.requests.filter((r) => r.path === '/graphql')).toHaveLength(6)
  })

  it('fails with a clear message when GitHub truncates the tree', async () => {
    const { client } = clients()
    server.inject(TREE, { status: 200, body: { sha: 'x', url: 'x', tree: [], truncated: true } })
    const listed = await listTreePaths(client, { owner: 'octo', repo: 'game', sha: 'base-sha' })
    expect(listed).toEqual({
      ok: false,
      error: expect.stringMatching(/too large .* truncates .*100,000 entries/)
    })
  })

  it('loads at most once, and only when asked', async () => {
    let loads = 0
    const loader = new WorkOrderLoader(async () => {
      loads++
      return { ok: false, error: 'no' }
    })
    expect(await loader.loaded()).toBeNull()
    expect(loads).toBe(0)
    await Promise.all([loader.index(), loader.index()])
    expect(loads).toBe(1)
  })
})

describe('the GraphQL stand-in is as strict as GitHub', () => {
  it('refuses a variable declared but not used', async () => {
    const { endpoint } = clients()
    const answer = await runQuery(
      endpoint,
      'query($owner: String!) { x: search(query: "a", type: ISSUE, first: 1) { nodes { __typename } } }',
      { owner: 'o' },
      { what: 'test', permission: 'contents: read' }
    )
    expect(answer).toEqual({
      ok: false,
      error: expect.stringMatching(/\$owner is declared .* but not used/)
    })
    server.violations.length = 0
  })

  it('answers a missing blob with null and a bad repository with NOT_FOUND', async () => {
    const { endpoint } = clients()
    const query = blobQuery(1)
    const missing = await runQuery<{ repository: Record<string, unknown> }>(
      endpoint,
      query,
      { owner: 'octo', name: 'game', e0: 'base-sha:nope.md' },
      { what: 'read', permission: 'contents: read' }
    )
    expect(missing).toEqual({ ok: true, value: { repository: { f0: null } } })
    const gone = await runQuery(
      endpoint,
      query,
      { owner: 'octo', name: 'nope', e0: 'base-sha:x' },
      { what: 'read', permission: 'contents: read' }
    )
    expect(gone).toEqual({
      ok: false,
      error: expect.stringMatching(/NOT_FOUND: Could not resolve to a Repository/)
    })
    // GitHub's message ends with a period of its own: the sentence after it does not double it.
    expect(gone.ok ? '' : gone.error).not.toMatch(/\.\./)
  })
})

describe('gatherDependencyFacts', () => {
  it('answers numbers and work-order IDs in one query', async () => {
    const { client, endpoint } = clients()
    const index = await loadWorkOrderIndex(
      client,
      endpoint,
      { owner: 'octo', repo: 'game', sha: 'base-sha' },
      'work-orders/*.md'
    )
    if (!index.ok) throw new Error(index.error)
    server.requests.length = 0
    const facts = await gatherDependencyFacts(endpoint, {
      owner: 'octo',
      repo: 'game',
      numbers: [5, 6, 9, 404],
      workOrderIds: ['WO-FIX-03', 'WO-FIX-12', 'WO-FIX-77'],
      index: index.value,
      openPulls: null,
      self: 1
    })
    expect(server.requestsTo(GRAPHQL)).toHaveLength(1)
    expect(server.violations).toEqual([])
    if (!facts.ok) throw new Error(facts.error)
    expect(facts.value.numbers.get(5)).toMatchObject({ kind: 'pull', state: 'merged' })
    expect(facts.value.numbers.get(6)).toMatchObject({ kind: 'pull', state: 'closed' })
    expect(facts.value.numbers.get(9)).toMatchObject({ kind: 'issue', state: 'closed' })
    expect(facts.value.numbers.get(404)).toEqual({ kind: 'missing', number: 404 })
    expect(facts.value.workOrders.get('WO-FIX-03')).toMatchObject({
      path: 'work-orders/WO-FIX-03.md',
      carriers: [expect.objectContaining({ number: 5, state: 'merged' })]
    })
    // Found through its branch name only.
    expect(facts.value.workOrders.get('WO-FIX-12')?.carriers).toEqual([
      expect.objectContaining({ number: 7, state: 'open' })
    ])
    expect(facts.value.workOrders.get('WO-FIX-77')).toEqual({
      id: 'WO-FIX-77',
      path: null,
      carriers: []
    })
  })

  it('makes no request when there is nothing to look up', async () => {
    const { endpoint } = clients()
    await gatherDependencyFacts(endpoint, {
      owner: 'octo',
      repo: 'game',
      numbers: [],
      workOrderIds: [],
      index: null,
      openPulls: null,
      self: 1
    })
    expect(server.requests).toHaveLength(0)
  })
})

describe('GraphQL rate limits', () => {
  // GitHub answers a spent GraphQL rate limit with 200 and an error of type RATE_LIMITED.
  const rateLimited = graphqlRateLimited
  const query = blobQuery(1)
  const variables = { owner: 'octo', name: 'game', e0: 'base-sha:README.md' }
  const call = { what: 'read a work order', permission: 'contents: read' }
  const endpointAt = (graphqlAt: string) =>
    createGraphQLEndpoint({
      token: 'ghs_read',
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: graphqlAt },
      log: quiet,
      retryUnitMs: 10
    })

  it.each([
    ['GitHub Enterprise Server (/api/graphql)', () => server.graphqlUrl],
    ['GitHub.com (/graphql)', () => `${server.serverUrl}/graphql`]
  ])('retries a spent rate limit once it resets, on %s', async (_, url) => {
    server.inject(GRAPHQL, rateLimited(Math.floor(Date.now() / 1000) - 5))
    const answer = await runQuery(endpointAt(url()), query, variables, call)
    expect(answer.ok).toBe(true)
    expect(server.requestsTo(GRAPHQL)).toHaveLength(2)
  })

  it('gives up on a limit that resets in an hour, saying so rather than blaming the network', async () => {
    server.inject(GRAPHQL, rateLimited(Math.floor(Date.now() / 1000) + 3600))
    const answer = await runQuery(endpointAt(server.graphqlUrl), query, variables, call)
    expect(answer).toEqual({
      ok: false,
      error: expect.stringMatching(/rate limit.*re-run the job later/)
    })
    if (!answer.ok) expect(answer.error).not.toMatch(/reachable/)
    expect(server.requestsTo(GRAPHQL)).toHaveLength(1)
  })
})
