// The stand-in judges every REST request by GitHub's published REST description: what GitHub would
// refuse is answered as GitHub answers it and recorded in `violations`; what the action sends passes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, type GitHubClient } from '../../src/github/client/client.js'
import {
  createComment,
  deleteComment,
  listComments,
  updateComment,
  whoAmI
} from '../../src/github/comment/api.js'
import { listPullRequestFiles } from '../../src/github/files.js'
import { listOpenPullRequests } from '../../src/github/open-pulls.js'
import { getPullRequest } from '../../src/github/pull-request.js'
import { postCommitStatus } from '../../src/github/statuses.js'
import { listTreePaths } from '../../src/github/work-orders.js'
import { setFiles } from '../../testing/git-data.js'
import { valueProblem } from '../../testing/openapi.js'
import { stalled } from '../../testing/replies.js'
import { FakeGitHub } from '../../testing/server.js'
import { addPullRequest, createRepository, manyFiles } from '../../testing/state.js'

let server: FakeGitHub

beforeAll(async () => {
  const repo = createRepository('octo', 'game')
  setFiles(repo, ['base-sha'], { 'work-orders/WO-1.md': '# WO-1\n' })
  addPullRequest(repo, { number: 1, files: manyFiles(150) })
  addPullRequest(repo, { number: 2, files: manyFiles(3) })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
})

const quiet = { info: () => undefined, debug: () => undefined, warning: () => undefined }
const client = (token = 'ghs_write'): GitHubClient =>
  createClient({ token, apiUrl: server.apiUrl, log: quiet, retryUnitMs: 10 })

async function send(
  method: string,
  path: string,
  body?: unknown
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers: { authorization: 'token ghs_write', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) })
  })
  const text = await res.text()
  return {
    status: res.status,
    json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>)
  }
}

describe('requests GitHub refuses are refused as GitHub refuses them, and recorded', () => {
  it.each([
    {
      what: 'a route GitHub does not have',
      method: 'GET',
      path: '/repos/octo/game/pull/1',
      status: 404,
      answer: { message: 'Not Found' },
      violation: "GET /api/v3/repos/octo/game/pull/1: no such route in GitHub's REST API"
    },
    {
      what: 'a route GitHub has and the stand-in does not serve',
      method: 'GET',
      path: '/repos/octo/game/branches',
      status: 404,
      answer: { message: 'Not Found' },
      violation:
        'GET /api/v3/repos/octo/game/branches: GitHub serves GET /repos/{owner}/{repo}/branches but the stand-in does not (add it to testing/routes.ts)'
    },
    {
      what: 'a path parameter that does not fit its type',
      method: 'GET',
      path: '/repos/octo/game/pulls/one',
      status: 404,
      answer: { message: 'Not Found' },
      violation:
        'GET /api/v3/repos/octo/game/pulls/one: path parameter pull_number="one" is not an integer'
    },
    {
      what: 'a value outside the enum',
      method: 'GET',
      path: '/repos/octo/game/pulls?state=merged',
      status: 422,
      answer: {
        message: 'Validation Failed',
        errors: [{ resource: 'pulls/list', field: 'state', value: 'merged', code: 'invalid' }],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests'
      },
      violation:
        'GET /api/v3/repos/octo/game/pulls?state=merged: query parameter state="merged" is not one of "open", "closed", "all"'
    },
    {
      what: 'a page number that is not an integer',
      method: 'GET',
      path: '/repos/octo/game/pulls/1/files?page=two',
      status: 422,
      answer: { message: 'Validation Failed' },
      violation:
        'GET /api/v3/repos/octo/game/pulls/1/files?page=two: query parameter page="two" is not an integer'
    },
    {
      what: 'a status whose state is not one of GitHub’s',
      method: 'POST',
      path: '/repos/octo/game/statuses/abc',
      body: { state: 'ok', context: 'pr-scope-check' },
      status: 422,
      answer: {
        message:
          'Invalid request.\n\nFor \'properties/state\', "ok" is not one of ["error", "failure", "pending", "success"].',
        documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status'
      },
      violation:
        'POST /api/v3/repos/octo/game/statuses/abc: body does not match: For \'properties/state\', "ok" is not one of ["error", "failure", "pending", "success"].'
    },
    {
      what: 'a status whose description is a number',
      method: 'POST',
      path: '/repos/octo/game/statuses/abc',
      body: { state: 'success', description: 42 },
      status: 422,
      answer: {
        message: "Invalid request.\n\nFor 'properties/description', 42 is not a string or null."
      },
      violation: expect.stringContaining('42 is not a string or null')
    },
    {
      what: 'a comment without its body',
      method: 'POST',
      path: '/repos/octo/game/issues/2/comments',
      body: { text: 'hello' },
      status: 422,
      answer: { message: 'Invalid request.\n\n"body" wasn\'t supplied.' },
      violation: expect.stringContaining('"body" wasn\'t supplied.')
    },
    {
      what: 'a comment whose body is null',
      method: 'PATCH',
      path: '/repos/octo/game/issues/comments/1',
      body: { body: null },
      status: 422,
      answer: { message: "Invalid request.\n\nFor 'properties/body', nil is not a string." },
      violation: expect.stringContaining('nil is not a string')
    },
    {
      what: 'a POST with no body where one is required',
      method: 'POST',
      path: '/repos/octo/game/issues/2/comments',
      status: 422,
      answer: { message: "Invalid request.\n\nFor 'links/0/schema', nil is not an object." },
      violation: expect.stringContaining('nil is not an object')
    }
  ])('$what', async ({ method, path, body, status, answer, violation }) => {
    const res = await send(method, path, body)
    expect(res.status).toBe(status)
    expect(res.json).toMatchObject(answer)
    expect(server.violations.splice(0)).toEqual([violation])
  })

  it('serves a request with an unknown query parameter, ignoring it as GitHub does, and records it', async () => {
    const res = await send('GET', '/repos/octo/game/pulls/2/files?direction=asc')
    expect(res.status).toBe(200)
    expect(res.json).toHaveLength(3)
    expect(server.violations.splice(0)).toEqual([
      'GET /api/v3/repos/octo/game/pulls/2/files?direction=asc: unknown query parameter direction (GitHub ignores it)'
    ])
  })

  it('serves per_page=101 capped at 100, as GitHub does, and records it', async () => {
    const res = await send('GET', '/repos/octo/game/pulls/1/files?per_page=101')
    expect(res.status).toBe(200)
    expect(res.json).toHaveLength(100)
    expect(server.violations.splice(0)).toEqual([
      'GET /api/v3/repos/octo/game/pulls/1/files?per_page=101: per_page=101 is over 100 (GitHub caps it at 100 and serves that)'
    ])
  })

  it('refuses a request GitHub would serve with a parameter the stand-in would ignore', async () => {
    server.route({
      method: 'GET',
      template: '/repos/{owner}/{repo}/branches',
      paginated: true,
      handler: () => ({ status: 200, body: [] })
    })
    expect((await send('GET', '/repos/octo/game/branches?per_page=10')).status).toBe(200)
    expect((await send('GET', '/repos/octo/game/branches?protected=true')).status).toBe(501)
    expect(server.violations.splice(0)).toEqual([
      expect.stringContaining(
        'the stand-in ignores the query parameter protected that GitHub honours'
      )
    ])
  })
})

describe('scripted stalls', () => {
  it('hold a valid request open, and refuse an invalid one first, leaving the stall queued', async () => {
    const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'
    server.inject(route, stalled())
    expect((await send('GET', '/repos/octo/game/pulls/two')).status).toBe(404)
    expect(server.violations.splice(0)).toEqual([
      expect.stringContaining('pull_number="two" is not an integer')
    ])
    const abort = new AbortController()
    const held = fetch(`${server.apiUrl}/repos/octo/game/pulls/2`, {
      headers: { authorization: 'token ghs_read' },
      signal: abort.signal
    }).catch((error: unknown) => error)
    while (server.stalls.length === 0) await new Promise((resolve) => setImmediate(resolve))
    expect(server.stalls).toEqual([
      expect.objectContaining({ route, path: '/api/v3/repos/octo/game/pulls/2' })
    ])
    abort.abort()
    expect(await held).toMatchObject({ name: 'AbortError' })
    expect((await send('GET', '/repos/octo/game/pulls/2')).status).toBe(200)
  })
})

describe('routes the stand-in may serve', () => {
  const handler = (): { status: number } => ({ status: 204 })

  it('throws when a route is not in GitHub’s REST description', () => {
    expect(() =>
      server.route({ method: 'GET', template: '/repos/{owner}/{repo}/invented', handler })
    ).toThrow(
      "GET /repos/{owner}/{repo}/invented is not in GitHub's REST description (api.github.com)"
    )
    expect(() =>
      server.route({
        method: 'PUT',
        template: '/repos/{owner}/{repo}/pulls/{pull_number}',
        handler
      })
    ).toThrow(/not in GitHub's REST description/)
  })

  it('throws when a route is missing from GitHub Enterprise Server 3.17, which the README supports', () => {
    expect(() =>
      server.route({
        method: 'GET',
        template: '/repos/{owner}/{repo}/actions/runs/{run_id}/timing',
        handler
      })
    ).toThrow(/\(GHES 3\.17\).*GitHub Enterprise Server support/)
  })

  it('throws when a route claims a query parameter GitHub does not declare', () => {
    expect(() =>
      server.route({
        method: 'GET',
        template: '/repos/{owner}/{repo}/pulls/{pull_number}',
        query: ['expand'],
        handler
      })
    ).toThrow('has no query parameter expand')
  })
})

describe('what the action sends passes', () => {
  it('reads the pull request, every file page, the open pull requests and the tree', async () => {
    const c = client('ghs_read')
    const pr = await getPullRequest(c, { owner: 'octo', repo: 'game', number: 1 })
    if (!pr.ok) throw new Error(pr.error)
    expect((await listPullRequestFiles(c, pr.value)).ok).toBe(true)
    expect((await listOpenPullRequests(c, { owner: 'octo', repo: 'game', base: 'main' })).ok).toBe(
      true
    )
    expect((await listTreePaths(c, { owner: 'octo', repo: 'game', sha: 'base-sha' })).ok).toBe(true)
    expect(server.requests.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    expect(server.violations).toEqual([])
  })

  it('lists, posts, edits and deletes comments, and posts a commit status', async () => {
    const c = client()
    const target = { owner: 'octo', repo: 'game', number: 2 }
    const made = await createComment(c, target, 'first')
    await updateComment(c, target, made.id, 'second')
    expect((await listComments(c, target)).map((x) => x.body)).toEqual(['second'])
    await deleteComment(c, target, made.id)
    expect(await whoAmI(c, 'ghp_personal')).toEqual({ kind: 'bot' })
    expect(
      await postCommitStatus(c, {
        owner: 'octo',
        repo: 'game',
        sha: 'a'.repeat(40),
        state: 'success',
        description: 'All in scope',
        targetUrl: `${server.serverUrl}/octo/game/actions/runs/1`
      })
    ).toEqual({ ok: true })
    expect(server.violations).toEqual([])
  })
})

describe('valueProblem', () => {
  it.each([
    ['7', { type: 'integer' }, null],
    ['-7', { type: 'integer' }, null],
    ['7.5', { type: 'integer' }, 'is not an integer'],
    ['', { type: 'integer' }, 'is not an integer'],
    ['0x10', { type: 'integer' }, 'is not an integer'],
    ['100', { type: 'integer', minimum: 1, maximum: 100 }, null],
    ['101', { type: 'integer', minimum: 1, maximum: 100 }, 'is over 100'],
    ['0', { type: 'integer', minimum: 1, maximum: 100 }, 'is less than 1'],
    ['true', { type: 'boolean' }, null],
    ['yes', { type: 'boolean' }, 'is not true or false'],
    ['open', { type: 'string', enum: ['open', 'closed'] }, null],
    ['OPEN', { type: 'string', enum: ['open', 'closed'] }, 'is not one of "open", "closed"'],
    ['anything at all', { type: 'string' }, null],
    ['anything at all', {}, null]
  ])('%j against %j', (value, schema, problem) => {
    expect(valueProblem(value, schema)).toBe(problem)
  })
})
