// The sticky comment's decisions (which comment is ours; create, edit, leave, delete) as pure
// functions, then syncComment in-process against the local GitHub stand-in, races included.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createClient, type GitHubClient } from '../../../src/github/client/client.js'
import {
  commentOnPullRequest,
  syncComment,
  type SyncOptions
} from '../../../src/github/comment/comment.js'
import {
  carriesMarker,
  identityFromToken,
  ourComments,
  planCleanup,
  planComment,
  sameBody,
  writtenBy,
  type Identity,
  type ListedComment
} from '../../../src/github/comment/plan.js'
import { commentWarning, duplicateWarning } from '../../../src/github/comment/warning.js'
import { renderReport } from '../../../src/report/markdown.js'
import { commentMarker } from '../../../src/github/comment/marker.js'
import { ROUTES } from '../../../testing/fixtures.js'
import { FakeGitHub } from '../../../testing/server.js'
import { input } from '../../report/fixtures.js'
import { addPullRequest, createRepository, type FakeRepository } from '../../../testing/state.js'

const MARKER = commentMarker('Scope / scope')
const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const HUMAN = { login: 'octocat', type: 'User' }
const APP = { login: 'scope-app[bot]', type: 'Bot' }
const AS_BOT: Identity = { kind: 'bot' }

let nextId = 1
function comment(
  body: string,
  author = BOT,
  createdAt = '2026-01-05T10:00:00Z',
  id = nextId++
): ListedComment {
  return { id, body, createdAt, author }
}

describe('which comment is ours', () => {
  it.each([
    ['the marker first', `${MARKER}\n✅ passed`, true],
    ['the marker after a byte-order mark', `\uFEFF${MARKER}\nx`, true],
    ['the marker quoted', `> ${MARKER}\n> ✅ passed`, false],
    ['the marker later in the body', `See this:\n${MARKER}`, false],
    ['another key', `${commentMarker('Scope / other')}\nx`, false],
    ['a key that extends ours', `${commentMarker('Scope / scope2')}\nx`, false],
    ['no marker', '✅ passed', false]
  ])('a body with %s: %s', (_name, body, expected) => {
    expect(carriesMarker(body, MARKER)).toBe(expected)
  })

  it.each([
    ['a bot, for an installation token', BOT, AS_BOT, true],
    ["another app's bot, for an installation token", APP, AS_BOT, true],
    ['a person, for an installation token', HUMAN, AS_BOT, false],
    ['the login of a user token', HUMAN, { kind: 'login', login: 'OctoCat' }, true],
    ['a bot, for a user token', BOT, { kind: 'login', login: 'octocat' }, false],
    [
      'another person, for a user token',
      { login: 'hubot', type: 'User' },
      { kind: 'login', login: 'octocat' },
      false
    ]
  ] as const)('written by %s: %s', (_name, author, identity, expected) => {
    expect(writtenBy(comment(MARKER, author), identity)).toBe(expected)
  })

  it("never counts a person's comment as ours, even one that starts with the marker", () => {
    const human = comment(`${MARKER}\nI copied the bot's comment`, HUMAN, '2026-01-01T00:00:00Z')
    const bot = comment(`${MARKER}\nreport`, BOT, '2026-01-02T00:00:00Z')
    expect(ourComments([human, bot], MARKER, AS_BOT)).toEqual([bot])
  })

  it('orders ours oldest first, equal times by id', () => {
    const c = comment(`${MARKER}\nc`, BOT, '2026-01-03T00:00:00Z', 30)
    const b = comment(`${MARKER}\nb`, BOT, '2026-01-02T00:00:00Z', 20)
    const a = comment(`${MARKER}\na`, BOT, '2026-01-02T00:00:00Z', 10)
    expect(ourComments([c, b, a], MARKER, AS_BOT).map((x) => x.id)).toEqual([10, 20, 30])
  })

  it('knows installation tokens by their prefix, and asks GitHub about any other', () => {
    expect(identityFromToken('ghs_16C7e42F292c6912E7710c838347Ae178B4a')).toEqual(AS_BOT)
    expect(identityFromToken('ghp_abc')).toBeNull()
    expect(identityFromToken('github_pat_abc')).toBeNull()
  })

  it('reads a body with \\r\\n line ends as the same body', () => {
    expect(sameBody('a\r\nb', 'a\nb')).toBe(true)
    expect(sameBody('a\nb', 'a\nc')).toBe(false)
  })
})

describe('planComment', () => {
  const body = `${MARKER}\n✅ passed`
  const old = comment(`${MARKER}\n❌ failed`, BOT, '2026-01-01T00:00:00Z', 5)
  const older = comment(`${MARKER}\n❌ failed`, BOT, '2025-12-31T00:00:00Z', 9)
  const same = comment(body, BOT, '2026-01-01T00:00:00Z', 6)
  const quoted = comment(`${MARKER}\nquoting the bot`, HUMAN, '2025-01-01T00:00:00Z', 1)
  const other = comment('LGTM', HUMAN, '2025-01-01T00:00:00Z', 2)

  it.each([
    ['never', 'fail', [old], { kind: 'none' }],
    ['always', 'pass', [], { kind: 'create', body }],
    ['always', 'fail', [other], { kind: 'create', body }],
    ['always', 'pass', [old], { kind: 'update', id: 5, body }],
    ['always', 'pass', [same], { kind: 'unchanged', id: 6 }],
    ['always', 'pass', [old, older], { kind: 'update', id: 9, body }],
    ['always', 'pass', [quoted], { kind: 'create', body }],
    ['on-failure', 'pass', [], { kind: 'none' }],
    ['on-failure', 'pass', [quoted, other], { kind: 'none' }],
    ['on-failure', 'fail', [], { kind: 'create', body }],
    ['on-failure', 'pass', [old], { kind: 'update', id: 5, body }],
    ['on-failure', 'pass', [same], { kind: 'unchanged', id: 6 }]
  ] as const)('comment: %s, verdict %s, comments %j', (mode, result, comments, expected) => {
    const plan = planComment({ mode, result, body, comments, marker: MARKER, identity: AS_BOT })
    expect(plan).toMatchObject(expected)
  })

  it('says why it posts nothing', () => {
    const plan = planComment({
      mode: 'on-failure',
      result: 'pass',
      body,
      comments: [],
      marker: MARKER,
      identity: AS_BOT
    })
    expect(plan).toEqual({ kind: 'none', reason: expect.stringMatching(/on-failure/) })
  })
})

describe('planCleanup', () => {
  const body = `${MARKER}\nnewest`

  it('keeps a lone comment as it is', () => {
    const mine = comment(body, BOT, '2026-01-01T00:00:00Z', 3)
    expect(planCleanup({ comments: [mine], marker: MARKER, login: BOT.login, body })).toEqual({
      keep: 3,
      update: null,
      remove: []
    })
  })

  it("keeps the oldest, gives it the newest body when it was another run's, deletes the rest", () => {
    const theirs = comment(`${MARKER}\nolder`, BOT, '2026-01-01T00:00:00Z', 3)
    const mine = comment(body, BOT, '2026-01-01T00:00:05Z', 4)
    const third = comment(`${MARKER}\nx`, BOT, '2026-01-01T00:00:07Z', 7)
    const plan = planCleanup({
      comments: [mine, third, theirs],
      marker: MARKER,
      login: BOT.login,
      body
    })
    expect(plan).toEqual({ keep: 3, update: { id: 3, body }, remove: [4, 7] })
  })

  it("never deletes a person's comment or another bot's", () => {
    const mine = comment(body, BOT, '2026-01-02T00:00:00Z', 4)
    const human = comment(`${MARKER}\nquote`, HUMAN, '2026-01-01T00:00:00Z', 1)
    const app = comment(`${MARKER}\nx`, APP, '2026-01-01T00:00:00Z', 2)
    const plan = planCleanup({
      comments: [human, app, mine],
      marker: MARKER,
      login: BOT.login,
      body
    })
    expect(plan).toEqual({ keep: 4, update: null, remove: [] })
  })

  it('for any set of comments keeps exactly the oldest of ours and deletes every other of ours', () => {
    const arbitraryComment = fc.record({
      id: fc.integer({ min: 1, max: 10_000 }),
      marked: fc.boolean(),
      author: fc.constantFrom(BOT, HUMAN, APP),
      minute: fc.integer({ min: 0, max: 5 })
    })
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryComment, { selector: (c) => c.id }), (specs) => {
        const comments = specs.map((s) =>
          comment(
            s.marked ? `${MARKER}\nbody ${s.id}` : `body ${s.id}`,
            s.author,
            `2026-01-01T00:0${s.minute}:00Z`,
            s.id
          )
        )
        const plan = planCleanup({ comments, marker: MARKER, login: BOT.login, body })
        const ours = specs.filter((s) => s.marked && s.author === BOT)
        if (ours.length === 0) {
          expect(plan).toEqual({ keep: null, update: null, remove: [] })
          return
        }
        const oldest = [...ours].sort((a, b) => a.minute - b.minute || a.id - b.id)[0]
        expect(plan.keep).toBe(oldest?.id)
        expect(plan.update).toEqual({ id: oldest?.id, body })
        expect(new Set(plan.remove)).toEqual(
          new Set(ours.filter((s) => s !== oldest).map((s) => s.id))
        )
      })
    )
  })
})

describe('commentWarning', () => {
  const refused = (status: number, message: string): unknown =>
    Object.assign(new Error(message), { status, response: { data: { message } } })

  it('names the write permission and the README section on a 403 of a write', () => {
    const text = commentWarning(refused(403, 'Resource not accessible by integration'), 'write', 7)
    expect(text).toContain('pull request #7')
    expect(text).toContain('403 "Resource not accessible by integration"')
    expect(text).toContain('`pull-requests: write`')
    expect(text).toContain('`issues: write`')
    expect(text).toContain('"Fork pull requests"')
    expect(text).toMatch(/verdict does not depend on the comment/)
  })

  it.each([403, 404])('names the read permission on a %i of the comment list', (status) => {
    const text = commentWarning(refused(status, 'Not Found'), 'read', 7)
    expect(text).toContain('`pull-requests: read`')
    expect(text).toContain('"Fork pull requests"')
  })

  it('blames the rate limit, not a permission, for a rate-limit 403', () => {
    const text = commentWarning(
      refused(403, 'You have exceeded a secondary rate limit'),
      'write',
      7
    )
    expect(text).toMatch(/rate limit still refused/)
    expect(text).not.toContain('permissions')
  })

  it("quotes GitHub's answer to any other fault and says the verdict stands", () => {
    const text = commentWarning(refused(422, 'Body is too long'), 'write', 7)
    expect(text).toContain('422 "Body is too long"')
    expect(text).not.toContain('permissions')
    expect(text).toMatch(/verdict does not depend on the comment/)
    expect(commentWarning(new Error('socket hang up'), 'read', 7)).toContain('socket hang up')
  })
})

describe('duplicateWarning', () => {
  it('says what failed and that the report comment itself is fine', () => {
    const said = duplicateWarning(new Error('socket hang up'), {
      number: 3,
      duplicate: 9,
      kept: { url: 'https://github.com/o/r/pull/3#issuecomment-8' }
    })
    expect(said).toBe(
      'pr-scope-check could not delete a duplicate of its comment on pull request #3 (comment 9, ' +
        'left by a concurrent run of this job): socket hang up. The report comment itself is up ' +
        'to date (https://github.com/o/r/pull/3#issuecomment-8); the next run tries the duplicate ' +
        'again, or delete it by hand. The verdict does not depend on the comment.'
    )
  })
})

describe('syncComment against the stand-in', () => {
  let server: FakeGitHub
  let repo: FakeRepository
  let client: GitHubClient
  const options = (body: string, extra: Partial<SyncOptions> = {}): SyncOptions => ({
    owner: 'octo',
    repo: 'game',
    number: 1,
    mode: 'always',
    result: 'fail',
    body: `${MARKER}\n${body}`,
    marker: MARKER,
    token: 'ghs_write',
    ...extra
  })
  const writes = (): string[] =>
    server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.route ?? r.path}`)

  beforeAll(async () => {
    repo = createRepository('octo', 'game')
    addPullRequest(repo, { number: 1 })
    server = await new FakeGitHub({
      repositories: [repo],
      tokens: { ghs_write: 'write', ghs_read: 'read', ghp_person: 'write' },
      logins: { ghp_person: 'octocat' }
    }).start()
    client = createClient({
      token: 'ghs_write',
      apiUrl: server.apiUrl,
      log: { info: () => {}, warning: () => {}, debug: () => {} },
      retryUnitMs: 1
    })
  })

  afterAll(async () => {
    await server.stop()
  })

  beforeEach(() => {
    repo.comments.length = 0
    server.requests.length = 0
  })

  it('creates, then edits, then leaves the comment alone', async () => {
    const first = await syncComment(client, options('one'))
    expect(first).toMatchObject({ ok: true, outcome: { action: 'created' } })
    const second = await syncComment(client, options('two'))
    expect(second).toMatchObject({ ok: true, outcome: { action: 'updated' } })
    server.requests.length = 0
    const third = await syncComment(client, options('two'))
    expect(third).toMatchObject({ ok: true, outcome: { action: 'unchanged' } })
    expect(writes()).toEqual([])
    expect(repo.comments.map((c) => c.body)).toEqual([`${MARKER}\ntwo`])
  })

  it('converges to one comment when two runs race to create it', async () => {
    const results = await Promise.all([
      syncComment(client, options('run A')),
      syncComment(client, options('run B'))
    ])
    expect(results.every((r) => r.ok)).toBe(true)
    expect(repo.comments).toHaveLength(1)
    expect(server.violations).toEqual([])
  })

  it('reads every page of a long thread, 100 comments a page', async () => {
    for (let i = 0; i < 250; i++) {
      repo.comments.push({
        id: repo.nextId++,
        issueNumber: 1,
        body: `chatter ${i}`,
        author: 'octocat',
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z'
      })
    }
    await syncComment(client, options('late'))
    const lists = server.requests.filter((r) => r.method === 'GET')
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true)
    // Three pages before the write, three after it.
    expect(lists).toHaveLength(6)
    expect(repo.comments.filter((c) => c.body.startsWith(MARKER))).toHaveLength(1)
  })

  it("with a person's token, edits only that person's comment", async () => {
    const person = createClient({
      token: 'ghp_person',
      apiUrl: server.apiUrl,
      log: { info: () => {}, warning: () => {}, debug: () => {} }
    })
    repo.comments.push({
      id: repo.nextId++,
      issueNumber: 1,
      body: `${MARKER}\nby the bot`,
      author: 'github-actions[bot]',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z'
    })
    const r = await syncComment(person, options('by the person', { token: 'ghp_person' }))
    expect(r).toMatchObject({ ok: true, outcome: { action: 'created' } })
    expect(server.requestsTo('GET /user')).toHaveLength(1)
    expect(repo.comments.map((c) => [c.author, c.body])).toEqual([
      ['github-actions[bot]', `${MARKER}\nby the bot`],
      ['octocat', `${MARKER}\nby the person`]
    ])
  })

  it('does not ask who it is while no comment carries the marker', async () => {
    await syncComment(client, options('x', { token: 'ghp_person' }))
    expect(server.requestsTo('GET /user')).toEqual([])
  })

  it('returns the fault and its stage for a read-only token', async () => {
    const readOnly = createClient({
      token: 'ghs_read',
      apiUrl: server.apiUrl,
      log: { info: () => {}, warning: () => {}, debug: () => {} }
    })
    const r = await syncComment(readOnly, options('x', { token: 'ghs_read' }))
    expect(r).toMatchObject({ ok: false, stage: 'write', error: { status: 403 } })
  })

  it('keeps the report comment and names the duplicate it could not delete', async () => {
    const seed = (body: string, minute: number): number => {
      const id = repo.nextId++
      const stamp = `2026-01-01T00:0${minute}:00Z`
      repo.comments.push({
        id,
        issueNumber: 1,
        body: `${MARKER}\n${body}`,
        author: 'github-actions[bot]',
        createdAt: stamp,
        updatedAt: stamp
      })
      return id
    }
    const kept = seed('first run', 1)
    const duplicate = seed('concurrent run', 2)
    server.inject(ROUTES.deleteComment, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const r = await syncComment(client, options('this run'))
    expect(r).toMatchObject({
      ok: true,
      outcome: {
        action: 'updated',
        comment: { id: kept },
        removed: [],
        undeleted: [{ id: duplicate, error: { status: 403 } }]
      }
    })
    expect(repo.comments.find((c) => c.id === kept)?.body).toBe(`${MARKER}\nthis run`)

    const warnings: string[] = []
    const infos: string[] = []
    const post = (title: string, sha: string) =>
      commentOnPullRequest(client, {
        target: { owner: 'octo', repo: 'game', number: 1 },
        mode: 'always',
        key: 'Scope / scope',
        token: 'ghs_write',
        result: 'pass',
        render: (limits) =>
          renderReport(input({ pullRequest: { number: 1, title, headSha: sha } }), limits),
        log: { info: (m) => infos.push(m), warning: (m) => warnings.push(m), debug: () => {} }
      })
    await post('One', 'a'.repeat(40))
    expect(warnings).toHaveLength(0)
    server.inject(ROUTES.deleteComment, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    seed('another concurrent run', 3)
    await post('Two', 'b'.repeat(40))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not delete a duplicate of its comment on pull request #1/)
    expect(warnings[0]).toContain('GitHub answered 403 "Resource not accessible by integration"')
    expect(warnings[0]).toMatch(/The report comment itself is up to date/)
    expect(warnings[0]).not.toMatch(/could not (be )?post/)
    expect(infos.at(-1)).toMatch(/^Updated the report comment/)
  })

  it('makes no request at all with comment: never', async () => {
    const r = await syncComment(client, options('x', { mode: 'never' }))
    expect(r).toMatchObject({ ok: true, outcome: { action: 'none' } })
    expect(server.requests).toEqual([])
  })
})
