// One budget per run, whatever creates the clients: the REST client and the GraphQL client of a run
// are created apart, and both spend the budget the first of them made. In a file of its own, since
// that budget lives as long as the module (one run, one process).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, runBudget, type Log } from '../../../src/github/client/client.js'
import { LIMIT_ENV } from '../../../src/github/client/deadline.js'
import { createGraphQLEndpoint, runQuery } from '../../../src/github/client/graphql.js'
import { getPullRequest } from '../../../src/github/pull-request.js'
import { FakeGitHub } from '../../../testing/server.js'
import { addPullRequest, createRepository } from '../../../testing/state.js'

let server: FakeGitHub
const quiet: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined }

beforeAll(async () => {
  const repo = createRepository('octo', 'game')
  addPullRequest(repo, { number: 7 })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

describe('the budget of the process', () => {
  it('is made by the first client and spent by every later one', async () => {
    // The first client sets a budget of 1 ms; the GraphQL client, made later with the defaults,
    // does not get 5 minutes of its own.
    const rest = createClient({
      token: 'ghs_read',
      apiUrl: server.apiUrl,
      log: quiet,
      env: { [LIMIT_ENV.runBudgetMs]: '1' }
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const graphql = createGraphQLEndpoint({
      token: 'ghs_read',
      env: { GITHUB_API_URL: server.apiUrl, GITHUB_GRAPHQL_URL: server.graphqlUrl },
      log: quiet
    })
    const answer = await runQuery(
      graphql,
      'query { viewer { login } }',
      {},
      { what: 'read who the token is', permission: 'contents: read' }
    )
    expect(answer).toEqual({
      ok: false,
      error: expect.stringContaining(
        "POST /graphql: the run's 0.001-second budget for GitHub ran out before it was sent"
      )
    })
    const pull = await getPullRequest(rest, { owner: 'octo', repo: 'game', number: 7 })
    expect(pull.ok).toBe(false)
    expect(server.requests).toEqual([])
    expect(runBudget({ runBudgetMs: 300_000 }).totalMs).toBe(1)
  })
})
