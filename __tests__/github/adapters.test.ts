// The adapters against the local GitHub stand-in over real HTTP: no mocks of Octokit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getChangedFiles, type LocalGit } from '../../src/github/changed-files.js'
import { createClient, type GitHubClient, type Log } from '../../src/github/client/client.js'
import { listPullRequestFiles, toChangedFile } from '../../src/github/files.js'
import { getPullRequest, type PullRequest } from '../../src/github/pull-request.js'
import type { ChangedFile } from '../../src/scope/types.js'
import { ROUTES, scopeBody } from '../../testing/fixtures.js'
import { badGateway, rateLimitExhausted, secondaryRateLimit } from '../../testing/replies.js'
import { FakeGitHub } from '../../testing/server.js'
import { waveCount } from '../../testing/waves.js'
import {
  addPullRequest,
  createRepository,
  manyFiles,
  type FakeRepository
} from '../../testing/state.js'

const BODY = scopeBody({ write: ['a.ts'] })

let server: FakeGitHub
let repo: FakeRepository
const warnings: string[] = []
const log: Log = {
  info: () => undefined,
  debug: () => undefined,
  warning: (m) => void warnings.push(m)
}

// Backoff units of 10 ms instead of 1 s keep the retry tests quick; the logic is the same.
function client(token = 'ghs_read'): GitHubClient {
  return createClient({ token, apiUrl: server.apiUrl, log, retryUnitMs: 10 })
}

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  addPullRequest(repo, {
    number: 1,
    title: 'Maneuvers',
    body: BODY,
    author: 'alice',
    base: { ref: 'main', sha: 'b'.repeat(40) },
    head: { ref: 'wo-fix-07', sha: 'c'.repeat(40) },
    draft: true,
    files: [
      { filename: 'src/added.ts', status: 'added', patch: '@@ -0,0 +1,2 @@\n+x\n+y' },
      { filename: 'src/new-name.ts', status: 'renamed', previousFilename: 'src/old-name.ts' },
      { filename: 'src/gone.ts', status: 'removed' },
      { filename: 'bin/tool', status: 'changed', patch: undefined },
      { filename: 'src/copy.ts', status: 'copied', previousFilename: 'src/original.ts' },
      { filename: 'src/mod.ts', status: 'modified', patch: '@@ -4,2 +4,2 @@\n a\n-b\n+c' }
    ]
  })
  addPullRequest(repo, { number: 2, files: manyFiles(3000) })
  addPullRequest(repo, { number: 3, files: manyFiles(250) })
  addPullRequest(repo, { number: 4, files: manyFiles(3001) })
  addPullRequest(repo, { number: 5, body: null, files: [] })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  warnings.length = 0
  server.requests.length = 0
  server.violations.length = 0
  server.latencyMs = 0
  server.quietMs = 0
})

async function pr(number: number): Promise<PullRequest> {
  const read = await getPullRequest(client(), { owner: 'octo', repo: 'game', number })
  if (!read.ok) throw new Error(read.error)
  return read.value
}

describe('getPullRequest', () => {
  it('reads the pull request from the API', async () => {
    expect(await pr(1)).toEqual({
      owner: 'octo',
      repo: 'game',
      number: 1,
      title: 'Maneuvers',
      body: BODY,
      state: 'open',
      draft: true,
      merged: false,
      author: 'alice',
      url: `${server.serverUrl}/octo/game/pull/1`,
      base: { ref: 'main', sha: 'b'.repeat(40) },
      head: { ref: 'wo-fix-07', sha: 'c'.repeat(40) },
      changedFiles: 6
    })
    expect(server.requests.map((r) => r.route)).toEqual([ROUTES.pull])
  })

  it('reads an empty description as an empty body', async () => {
    expect((await pr(5)).body).toBe('')
  })

  it('fails with the API message on a missing pull request', async () => {
    const read = await getPullRequest(client(), { owner: 'octo', repo: 'game', number: 99 })
    expect(read).toEqual({
      ok: false,
      error: expect.stringMatching(/#99.*404 "Not Found".*pull-requests: read/)
    })
  })

  it('names the permission when the token may not read', async () => {
    server.inject(ROUTES.pull, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const read = await getPullRequest(client(), { owner: 'octo', repo: 'game', number: 1 })
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.error).toContain('Resource not accessible by integration')
      expect(read.error).toContain('pull-requests: read')
      expect(read.error).toContain('contents: read')
    }
  })

  it('says a refused token is refused', async () => {
    const read = await getPullRequest(client('wrong'), { owner: 'octo', repo: 'game', number: 1 })
    expect(read).toEqual({
      ok: false,
      error: expect.stringMatching(/401 "Bad credentials".*`token` input/)
    })
  })
})

describe('listPullRequestFiles', () => {
  it('maps statuses, renames and the first added line onto ChangedFile', async () => {
    const listed = await listPullRequestFiles(client(), await pr(1))
    expect(listed).toEqual({
      ok: true,
      value: [
        { path: 'src/added.ts', status: 'added', firstAddedLine: 1 },
        { path: 'src/new-name.ts', status: 'renamed', previousPath: 'src/old-name.ts' },
        { path: 'src/gone.ts', status: 'removed' },
        { path: 'bin/tool', status: 'changed' },
        {
          path: 'src/copy.ts',
          status: 'copied',
          previousPath: 'src/original.ts',
          firstAddedLine: 2
        },
        { path: 'src/mod.ts', status: 'modified', firstAddedLine: 5 }
      ]
    })
  })

  it('maps an unknown status onto changed', () => {
    expect(toChangedFile({ filename: 'x', status: 'unchanged' })).toEqual({
      path: 'x',
      status: 'changed'
    })
  })

  it('lists 3,000 files in 30 pages of 100, all asked for at once, in order', async () => {
    const listed = await listPullRequestFiles(client(), await pr(2))
    expect(listed.ok).toBe(true)
    if (!listed.ok) return
    expect(listed.value).toHaveLength(3000)
    expect(listed.value.map((f) => f.path)).toEqual(manyFiles(3000).map((f) => f.filename))
    const pages = server.requestsTo(ROUTES.files)
    expect(pages).toHaveLength(30)
    expect(new Set(pages.map((r) => r.query.page))).toEqual(
      new Set(Array.from({ length: 30 }, (_, i) => String(i + 1)))
    )
    expect(pages.every((r) => r.query.per_page === '100')).toBe(true)
    expect(server.violations).toEqual([])
  })

  it('asks for every page of 3,000 files in one round trip', async () => {
    // No answer until the client has sent all it sends without one.
    server.quietMs = 200
    server.maxInFlight = 0
    const listed = await listPullRequestFiles(client(), await pr(2))
    expect(listed.ok).toBe(true)
    const pages = server.requestsTo(ROUTES.files)
    expect(pages).toHaveLength(30)
    expect(waveCount(pages)).toBe(1)
    expect(server.maxInFlight).toBe(30)
  })

  it('requests pages concurrently', async () => {
    server.latencyMs = 30
    server.maxInFlight = 0
    await listPullRequestFiles(client(), await pr(3))
    expect(server.requestsTo(ROUTES.files)).toHaveLength(3)
    expect(server.maxInFlight).toBe(3)
  })

  it('still asks once for a pull request without files', async () => {
    expect(await listPullRequestFiles(client(), await pr(5))).toEqual({ ok: true, value: [] })
    expect(server.requestsTo(ROUTES.files)).toHaveLength(1)
  })

  it('retries a 502 and says so', async () => {
    server.inject(ROUTES.files, badGateway())
    const listed = await listPullRequestFiles(client(), await pr(1))
    expect(listed.ok).toBe(true)
    expect(server.requestsTo(ROUTES.files).map((r) => r.status)).toEqual([502, 200])
    expect(warnings.join('\n')).toMatch(/answered 502; retrying/)
  })

  it('retries a secondary rate limit after retry-after and says so', async () => {
    server.inject(ROUTES.files, secondaryRateLimit(0))
    const listed = await listPullRequestFiles(client(), await pr(1))
    expect(listed.ok).toBe(true)
    expect(server.requestsTo(ROUTES.files).map((r) => r.status)).toEqual([403, 200])
    expect(warnings.join('\n')).toMatch(/secondary rate limit refused the request; retrying/)
  })

  it('retries a spent primary rate limit once it resets', async () => {
    server.inject(ROUTES.files, rateLimitExhausted(Math.floor(Date.now() / 1000) - 5))
    const listed = await listPullRequestFiles(client(), await pr(1))
    expect(listed.ok).toBe(true)
    expect(server.requestsTo(ROUTES.files).map((r) => r.status)).toEqual([403, 200])
  })

  it('does not sit out a rate limit that resets in an hour', async () => {
    server.inject(ROUTES.files, rateLimitExhausted(Math.floor(Date.now() / 1000) + 3600))
    const listed = await listPullRequestFiles(client(), await pr(1))
    expect(listed.ok).toBe(false)
    if (!listed.ok) expect(listed.error).toMatch(/rate limit.*re-run the job later/)
  })

  it('gives up after bounded retries of server errors, with the API message', async () => {
    server.inject(ROUTES.files, badGateway(), badGateway(), badGateway(), badGateway())
    const listed = await listPullRequestFiles(client(), await pr(1))
    expect(server.requestsTo(ROUTES.files)).toHaveLength(4)
    expect(listed).toEqual({
      ok: false,
      error: expect.stringMatching(/502 "Server Error".*re-run/)
    })
  })

  it('gives up after bounded retries of a secondary rate limit, with the API message', async () => {
    const refusals = Array.from({ length: 4 }, () => secondaryRateLimit(0))
    server.inject(ROUTES.files, ...refusals)
    const listed = await listPullRequestFiles(client(), await pr(1))
    expect(server.requestsTo(ROUTES.files)).toHaveLength(4)
    expect(listed).toEqual({
      ok: false,
      error: expect.stringMatching(
        /403 "You have exceeded a secondary rate limit.*re-run the job later/
      )
    })
  })

  it('refuses a list that does not add up to changed_files', async () => {
    const stale = { ...(await pr(1)), changedFiles: 7 }
    const listed = await listPullRequestFiles(client(), stale)
    expect(listed).toEqual({
      ok: false,
      error: expect.stringMatching(/listed 6 .* reports 7.*re-run/)
    })
  })
})

describe('getChangedFiles past 3,000 files', () => {
  const gitWith = (
    commits: string[],
    files: ChangedFile[] = []
  ): LocalGit & { calls: unknown[] } => {
    const calls: unknown[] = []
    return {
      calls,
      hasCommit: async (_cwd, ref) => commits.includes(ref),
      changedFiles: async (options) => {
        calls.push(options)
        return files
      }
    }
  }

  it('uses the API up to 3,000 files', async () => {
    const git = gitWith([])
    const got = await getChangedFiles(client(), await pr(2), { workspace: '/w', git })
    expect(got.ok && got.value.source).toBe('api')
    expect(git.calls).toEqual([])
  })

  it('uses git diff when the workspace holds both commits', async () => {
    const big = await pr(4)
    const git = gitWith([big.base.sha, big.head.sha], [{ path: 'x', status: 'added' }])
    const got = await getChangedFiles(client(), big, { workspace: '/w', git })
    expect(got).toEqual({
      ok: true,
      value: { files: [{ path: 'x', status: 'added' }], source: 'git' }
    })
    expect(git.calls).toEqual([{ cwd: '/w', base: big.base.sha, head: big.head.sha }])
    expect(server.requestsTo(ROUTES.files)).toEqual([])
  })

  it.each([
    ['neither commit', () => [] as string[]],
    ['only the base commit', (p: PullRequest) => [p.base.sha]],
    ['only the head commit', (p: PullRequest) => [p.head.sha]]
  ])('fails with the fetch-depth fix when the workspace holds %s', async (_name, commits) => {
    const big = await pr(4)
    const got = await getChangedFiles(client(), big, {
      workspace: '/w',
      git: gitWith(commits(big))
    })
    expect(got.ok).toBe(false)
    if (!got.ok) {
      expect(got.error).toContain('3001 files')
      expect(got.error).toContain('3000')
      expect(got.error).toContain('actions/checkout')
      expect(got.error).toContain('fetch-depth: 0')
    }
    expect(server.requestsTo(ROUTES.files)).toEqual([])
  })
})
