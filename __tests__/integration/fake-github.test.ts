// The local GitHub stand-in must be as strict as GitHub where that catches our mistakes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ROUTES } from '../../testing/fixtures.js'
import { badGateway } from '../../testing/replies.js'
import { FakeGitHub } from '../../testing/server.js'
import { addPullRequest, createRepository, manyFiles } from '../../testing/state.js'

let server: FakeGitHub

beforeAll(async () => {
  const repo = createRepository('octo', 'game')
  addPullRequest(repo, { number: 1, files: manyFiles(3005) })
  addPullRequest(repo, { number: 2, files: manyFiles(45) })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

async function get(path: string, token = 'ghs_read', init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.apiUrl}${path}`, {
    ...init,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' }
  })
}

describe('FakeGitHub', () => {
  it('serves the pull request in GitHub shape', async () => {
    const res = await get('/repos/octo/game/pulls/2')
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({
      number: 2,
      state: 'open',
      draft: false,
      changed_files: 45,
      user: { login: 'octocat' },
      base: { ref: 'main', sha: expect.stringMatching(/^[0-9a-f]{40}$/) },
      head: { sha: expect.stringMatching(/^[0-9a-f]{40}$/) },
      html_url: `${server.serverUrl}/octo/game/pull/2`
    })
    expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/)
  })

  it('pages with per_page defaulting to 30 and Link next/last', async () => {
    const res = await get('/repos/octo/game/pulls/2/files')
    expect(((await res.json()) as unknown[]).length).toBe(30)
    const link = res.headers.get('link') ?? ''
    expect(link).toContain('page=2>; rel="next"')
    expect(link).toContain('page=2>; rel="last"')
  })

  it('caps per_page at 100 (recording the violation) and the list at 3,000 files', async () => {
    const res = await get('/repos/octo/game/pulls/1/files?per_page=500&page=30')
    expect(((await res.json()) as Array<{ filename: string }>).map((f) => f.filename).at(-1)).toBe(
      'src/generated/file-02999.ts'
    )
    expect(
      (await (await get('/repos/octo/game/pulls/1/files?per_page=100&page=31')).json()) as unknown[]
    ).toEqual([])
    expect(server.violations.splice(0)).toEqual([expect.stringContaining('per_page=500')])
  })

  it('serves a request with an unknown query parameter as GitHub does, and records it', async () => {
    const res = await get('/repos/octo/game/pulls/2/files?direction=asc')
    expect(res.status).toBe(200)
    expect(server.violations.splice(0)).toEqual([
      expect.stringContaining('unknown query parameter direction')
    ])
  })

  it('answers 404 to unknown routes and records them', async () => {
    expect((await get('/repos/octo/game/nothing-here')).status).toBe(404)
    expect((await get('/repos/octo/game/pulls/99')).status).toBe(404)
    expect(server.violations.splice(0)).toEqual([expect.stringContaining('no such route')])
  })

  it('refuses a bad token and writes with a read-only token', async () => {
    expect((await get('/repos/octo/game/pulls/2', 'nope')).status).toBe(401)
    const write = (token: string): Promise<Response> =>
      get('/repos/octo/game/issues/2/comments', token, {
        method: 'POST',
        body: JSON.stringify({ body: 'hi' })
      })
    const refused = await write('ghs_read')
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({
      message: 'Resource not accessible by integration'
    })
    expect((await write('ghs_write')).status).toBe(201)
  })

  it('serves every route the tests name in ROUTES', () => {
    // A misspelt name would match no request, and a test expecting none would pass unseen.
    for (const route of Object.values(ROUTES)) expect(() => server.inject(route)).not.toThrow()
  })

  it('plays scripted faults once, then answers normally, and logs every request', async () => {
    server.inject(ROUTES.pull, badGateway())
    expect((await get('/repos/octo/game/pulls/2')).status).toBe(502)
    expect((await get('/repos/octo/game/pulls/2')).status).toBe(200)
    expect(server.requests.slice(-2).map((r) => [r.route, r.status])).toEqual([
      [ROUTES.pull, 502],
      [ROUTES.pull, 200]
    ])
  })
})
