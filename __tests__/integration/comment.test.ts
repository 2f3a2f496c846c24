// The sticky pull request comment, run from the committed bundle (dist/index.js) on Node 24
// against the local GitHub stand-in. Build it first with `npm run bundle`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../../testing/event.js'
import { ROUTES, scopeBody } from '../../testing/fixtures.js'
import { runAction, type ActionRun, type RunActionOptions } from '../../testing/run-action.js'
import { FakeGitHub, type RequestRecord } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  manyFiles,
  type FakeComment,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'
import { commentMarker } from '../../src/github/comment/marker.js'

/** runAction sets GITHUB_WORKFLOW=Scope and GITHUB_JOB=scope: the default comment-key. */
const MARKER = commentMarker('Scope / scope')
const BOT = 'github-actions[bot]'
const EVIL = '@octocat/<img src=x onerror=alert(1)>|`x`.md'

// Entries in backticks, as authors often write them.
const tickedBody = (write: string[]): string => scopeBody({ write: write.map((p) => `\`${p}\``) })

let server: FakeGitHub
let repo: FakeRepository
const runs: ActionRun[] = []

async function run(
  pr: FakePullRequest,
  options: Omit<RunActionOptions, 'server' | 'event'> = {}
): Promise<ActionRun> {
  const result = await runAction({
    server,
    event: pullRequestEvent(server, repo, pr, 'synchronize'),
    token: 'ghs_write',
    ...options,
    // Many of these pull requests share write sets; the comment is what is tested here.
    inputs: { overlap: 'off', 'read-overlap': 'off', ...options.inputs }
  })
  runs.push(result)
  return result
}

function commentsOf(pr: FakePullRequest): FakeComment[] {
  return repo.comments.filter((c) => c.issueNumber === pr.number)
}

function commentRequests(): RequestRecord[] {
  return server.requests.filter((r) => r.path.includes('/comments') || r.path.endsWith('/user'))
}

function writeRequests(): RequestRecord[] {
  // GraphQL queries are POSTs that only read (the settings file, work orders, dependencies).
  return server.requests.filter((r) => r.method !== 'GET' && r.route !== ROUTES.graphql)
}

function warnings(r: ActionRun): string[] {
  return r.commands.filter((c) => c.command === 'warning').map((c) => c.message)
}

function seedComment(
  pr: FakePullRequest,
  body: string,
  author: string,
  minute: number
): FakeComment {
  const stamp = `2026-01-01T00:${String(minute).padStart(2, '0')}:00Z`
  const comment = {
    id: repo.nextId++,
    issueNumber: pr.number,
    body,
    author,
    createdAt: stamp,
    updatedAt: stamp
  }
  repo.comments.push(comment)
  return comment
}

let nextNumber = 100
function newPullRequest(write: string[], files: string[]): FakePullRequest {
  return addPullRequest(repo, {
    number: nextNumber++,
    body: tickedBody(write),
    files: files.map((filename) => ({ filename }))
  })
}

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
})

describe('the report comment', () => {
  it('is created once, edited in place on a new verdict, and not written when unchanged', async () => {
    const pr = newPullRequest(['src/a.ts'], ['src/a.ts', 'src/b.ts'])

    const first = await run(pr)
    expect(first.code).toBe(1)
    expect(commentsOf(pr)).toHaveLength(1)
    const [created] = commentsOf(pr)
    expect(created?.author).toBe(BOT)
    expect(created?.body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(created?.body).toContain('failed')
    expect(created?.body).toContain('src/b.ts')
    expect(writeRequests().map((r) => r.route)).toEqual([ROUTES.createComment])

    pr.body = tickedBody(['src/**'])
    server.requests.length = 0
    const second = await run(pr)
    expect(second.code).toBe(0)
    expect(commentsOf(pr)).toHaveLength(1)
    expect(commentsOf(pr)[0]?.id).toBe(created?.id)
    expect(commentsOf(pr)[0]?.body).toContain('passed')
    expect(writeRequests().map((r) => r.route)).toEqual([ROUTES.updateComment])

    server.requests.length = 0
    const third = await run(pr)
    expect(third.code).toBe(0)
    expect(writeRequests()).toEqual([])
    expect(server.requestsTo(ROUTES.listComments)).toHaveLength(1)
    expect(commentsOf(pr)).toHaveLength(1)
  })

  it('makes no comment request at all with comment: never', async () => {
    const pr = newPullRequest(['src/a.ts'], ['src/b.ts'])
    const r = await run(pr, { inputs: { comment: 'never' } })
    expect(r.code).toBe(1)
    expect(commentRequests()).toEqual([])
    expect(commentsOf(pr)).toEqual([])
  })

  it('with comment: on-failure, posts nothing on a passing pull request without an old comment', async () => {
    const pr = newPullRequest(['src/**'], ['src/a.ts'])
    const r = await run(pr, { inputs: { comment: 'on-failure' } })
    expect(r.code).toBe(0)
    expect(writeRequests()).toEqual([])
    expect(commentsOf(pr)).toEqual([])
  })

  it('with comment: on-failure, posts on failure and later edits the comment to say all is well', async () => {
    const pr = newPullRequest(['src/a.ts'], ['src/a.ts', 'src/b.ts'])
    const failed = await run(pr, { inputs: { comment: 'on-failure' } })
    expect(failed.code).toBe(1)
    expect(commentsOf(pr)).toHaveLength(1)
    expect(commentsOf(pr)[0]?.body).toContain('failed')

    pr.body = tickedBody(['src/**'])
    const passed = await run(pr, { inputs: { comment: 'on-failure' } })
    expect(passed.code).toBe(0)
    expect(commentsOf(pr)).toHaveLength(1)
    expect(commentsOf(pr)[0]?.body).toMatch(/✅ \*\*pr-scope-check passed\*\*/)
  })

  it('warns on a read-only token (a fork pull request) and keeps the exit code', async () => {
    for (const [files, code] of [
      [['src/a.ts', 'src/b.ts'], 1],
      [['src/a.ts'], 0]
    ] as const) {
      const writable = newPullRequest(['src/a.ts'], [...files])
      const readOnly = newPullRequest(['src/a.ts'], [...files])
      const w = await run(writable, { token: 'ghs_write' })
      const r = await run(readOnly, { token: 'ghs_read' })
      expect(w.code).toBe(code)
      expect(r.code).toBe(code)
      expect(r.outputs).toEqual(w.outputs)
      expect(commentsOf(readOnly)).toEqual([])
      const said = warnings(r).filter((m) => /comment/.test(m))
      expect(said).toHaveLength(1)
      expect(said[0]).toContain('Resource not accessible by integration')
      expect(said[0]).toContain('`pull-requests: write`')
      expect(said[0]).toContain('"Fork pull requests"')
      expect(warnings(w).filter((m) => /comment/.test(m))).toEqual([])
    }
  })

  it.each([403, 404])(
    'warns, naming the read permission, when the comment list answers %i',
    async (status) => {
      const pr = newPullRequest(['src/a.ts'], ['src/b.ts'])
      server.inject(ROUTES.listComments, {
        status,
        body: { message: 'Resource not accessible by integration' }
      })
      const r = await run(pr)
      expect(r.code).toBe(1)
      expect(r.outputs.result).toBe('fail')
      const said = warnings(r).filter((m) => /comment/.test(m))
      expect(said).toHaveLength(1)
      expect(said[0]).toContain('`pull-requests: read`')
      expect(writeRequests()).toEqual([])
    }
  )

  it('warns on any other comment fault and keeps the verdict', async () => {
    const pr = newPullRequest(['src/**'], ['src/a.ts'])
    server.inject(ROUTES.createComment, {
      status: 422,
      body: { message: 'Validation Failed' }
    })
    const r = await run(pr)
    expect(r.code).toBe(0)
    expect(warnings(r).some((m) => m.includes('422 "Validation Failed"'))).toBe(true)
  })

  it('converges two earlier comments of ours to one, the oldest, with the newest report', async () => {
    const pr = newPullRequest(['src/**'], ['src/a.ts'])
    const older = seedComment(pr, `${MARKER}\nold report`, BOT, 1)
    seedComment(pr, `${MARKER}\nduplicate report`, BOT, 2)
    const r = await run(pr)
    expect(r.code).toBe(0)
    expect(commentsOf(pr).map((c) => c.id)).toEqual([older.id])
    expect(commentsOf(pr)[0]?.body).toContain('passed')
    expect(server.requestsTo(ROUTES.deleteComment)).toHaveLength(1)
  })

  it('says so when a duplicate cannot be deleted, and that the report comment is fine', async () => {
    const pr = newPullRequest(['src/**'], ['src/a.ts'])
    const older = seedComment(pr, `${MARKER}\nold report`, BOT, 1)
    const duplicate = seedComment(pr, `${MARKER}\nduplicate report`, BOT, 2)
    server.inject(ROUTES.deleteComment, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const r = await run(pr)
    expect(r.code).toBe(0)
    expect(commentsOf(pr).find((c) => c.id === older.id)?.body).toContain('passed')
    const said = warnings(r).filter((m) => /comment/.test(m))
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(
      new RegExp(
        `could not delete a duplicate of its comment on pull request #${pr.number} \\(comment ${duplicate.id}`
      )
    )
    expect(said[0]).toContain('GitHub answered 403 "Resource not accessible by integration"')
    expect(said[0]).toContain('The report comment itself is up to date')
    expect(said[0]).not.toMatch(/could not post/)
  })

  it("never edits a person's comment that quotes the marker", async () => {
    const pr = newPullRequest(['src/**'], ['src/a.ts'])
    const quote = `${MARKER}\nI pasted the bot's report here`
    const human = seedComment(pr, quote, 'octocat', 1)
    const r = await run(pr)
    expect(r.code).toBe(0)
    expect(commentsOf(pr).find((c) => c.id === human.id)?.body).toBe(quote)
    expect(commentsOf(pr)).toHaveLength(2)
    expect(commentsOf(pr).filter((c) => c.author === BOT)).toHaveLength(1)
    expect(server.requestsTo(ROUTES.updateComment)).toEqual([])
    expect(server.requestsTo(ROUTES.deleteComment)).toEqual([])
  })

  it('shows a hostile file name without a mention, an HTML tag or a broken table', async () => {
    const pr = newPullRequest(['src/**'], ['src/a.ts', EVIL])
    const r = await run(pr)
    expect(r.code).toBe(1)
    const body = commentsOf(pr)[0]?.body ?? ''
    expect(body).toContain('octocat')
    expect(body).not.toMatch(/@octocat/)
    expect(body).not.toMatch(/<img/i)
    const rows = body.split('\n').filter((line) => line.startsWith('|'))
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length
    const row = rows.find((line) => line.includes('octocat'))
    expect(row).toBeDefined()
    expect(cells(row ?? '')).toBe(cells(rows[0] ?? ''))
  })

  it('keeps the comment under 65,536 characters for 3,000 files while the summary lists them all', async () => {
    const files = manyFiles(3000, 'lib/generated')
    const pr = newPullRequest(
      ['src/**'],
      files.map((f) => f.filename)
    )
    const r = await run(pr)
    expect(r.code).toBe(1)
    const body = commentsOf(pr)[0]?.body ?? ''
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/job summary/)
    for (const f of files) expect(r.summary).toContain(f.filename.replace(/_/g, '\\_'))
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toHaveLength(3000)
  })

  it('keeps one comment per comment-key', async () => {
    const pr = newPullRequest(['src/**'], ['src/a.ts'])
    await run(pr, { inputs: { 'comment-key': 'lint' } })
    await run(pr, { inputs: { 'comment-key': 'docs' } })
    await run(pr, { inputs: { 'comment-key': 'lint' } })
    const markers = commentsOf(pr).map((c) => c.body.split('\n')[0])
    expect(markers).toEqual([commentMarker('lint'), commentMarker('docs')])
  })

  it('made no request GitHub would refuse and printed nothing on stderr', () => {
    expect(runs.length).toBeGreaterThan(10)
    expect(server.violations).toEqual([])
    for (const r of runs) expect(r.stderr).toBe('')
  })
})
