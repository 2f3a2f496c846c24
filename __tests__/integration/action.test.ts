// Runs the committed bundle (dist/index.js) with Node 24 as GitHub's runner does, against the local
// GitHub stand-in. Build it first with `npm run bundle`: these tests never build.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { otherEvent, pullRequestEvent } from '../../testing/event.js'
import { failureLine, ROUTES, scopeBody } from '../../testing/fixtures.js'
import { badGateway, secondaryRateLimit } from '../../testing/replies.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  manyFiles,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

// The protocol's example, every field filled in; only the write set varies.
const exampleBody = (write: string[]): string =>
  scopeBody({
    intro: 'Implements the maneuver resolver.',
    write,
    read: ['aidm/schemas/attack.py', 'aidm/core/attack_resolver.py'],
    dependencies: 'WO-FIX-03 must be committed before this session starts',
    forbidden: 'Any file not listed above'
  })

const WRITE = ['aidm/core/maneuver_resolver.py', 'aidm/schemas/maneuvers.py']
const OUTSIDE = 'aidm/core/play_loop.py'

let server: FakeGitHub
let repo: FakeRepository
let outside: FakePullRequest
let inside: FakePullRequest
let unscoped: FakePullRequest
let huge: FakePullRequest
const runs: ActionRun[] = []

// These pull requests share write sets on purpose and name a dependency nobody carries; overlap
// and dependencies are tested in overlap.test.ts and dependencies.test.ts, so here they are off
// unless a test turns them on.
async function run(options: Omit<Parameters<typeof runAction>[0], 'server'>): Promise<ActionRun> {
  const inputs = { overlap: 'off', 'read-overlap': 'off', dependencies: 'off', ...options.inputs }
  const result = await runAction({ server, ...options, inputs })
  runs.push(result)
  return result
}

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  outside = addPullRequest(repo, {
    number: 7,
    title: 'WO-FIX-07 maneuvers',
    body: exampleBody(WRITE),
    files: [
      { filename: 'aidm/core/maneuver_resolver.py', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' },
      { filename: 'aidm/schemas/maneuvers.py', status: 'added' },
      { filename: OUTSIDE, patch: '@@ -40,3 +40,4 @@\n a\n b\n+c\n d' }
    ]
  })
  inside = addPullRequest(repo, {
    number: 8,
    title: 'WO-FIX-08 maneuvers, scope widened',
    body: exampleBody([...WRITE, OUTSIDE]),
    files: outside.files.map((f) => ({ ...f }))
  })
  unscoped = addPullRequest(repo, {
    number: 9,
    body: 'Fixes a typo. No scope here.',
    files: [{ filename: 'README.md' }]
  })
  huge = addPullRequest(repo, {
    number: 10,
    body: exampleBody(['src/**']),
    files: manyFiles(3001, 'src/gen')
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
})

describe('the action, run from dist/index.js on Node 24', () => {
  it('fails a pull request that changes a file outside its write set, annotating the file', async () => {
    const r = await run({ event: pullRequestEvent(server, repo, outside) })
    expect(r.code).toBe(1)
    const errors = r.annotations.filter((a) => a.command === 'error' && a.properties.file)
    expect(errors).toHaveLength(1)
    expect(errors[0]?.properties).toMatchObject({
      file: OUTSIDE,
      line: '42',
      title: expect.any(String)
    })
    expect(r.stdout).toContain(`::error title=`)
    expect(r.stdout).toMatch(new RegExp(`::error [^\\n]*file=${OUTSIDE.replace(/\./g, '\\.')}`))
    expect(r.outputs.result).toBe('fail')
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual([OUTSIDE])
    expect(JSON.parse(r.outputs.scope ?? '')).toMatchObject({
      source: { kind: 'body' },
      write: WRITE
    })
    expect(JSON.parse(r.outputs.conflicts ?? '')).toEqual([])
    expect(JSON.parse(r.outputs['unmet-dependencies'] ?? '')).toEqual([])
    expect(r.summary).toContain('play\\_loop.py')
    expect(failureLine(r)).toMatch(
      /1 changed file is out of the Session Scope: aidm\/core\/play_loop\.py/
    )
    // The pull request (body included), the settings file at the base and the one page of files
    // start together from what the event says, and answer in any order. Later steps (comment,
    // overlap, dependencies) make their own requests after these.
    const routes = server.requests.map((q) => q.route)
    expect(routes.slice(0, 3).sort()).toEqual([ROUTES.pull, ROUTES.graphql, ROUTES.files].sort())
    expect(
      routes.filter((route) => route === ROUTES.pull || route === ROUTES.files).sort()
    ).toEqual([ROUTES.pull, ROUTES.files].sort())
  })

  it('passes the same change once the file is in the write set', async () => {
    const r = await run({ event: pullRequestEvent(server, repo, inside, 'edited') })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual([])
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([])
  })

  it('reads the body from the API, not from the event payload', async () => {
    // The event was sent before the author widened the scope; a re-run must see the edit.
    const event = pullRequestEvent(server, repo, outside, 'synchronize')
    const stale = event.payload.pull_request as Record<string, unknown>
    stale.number = inside.number
    event.payload.number = inside.number
    const r = await run({ event })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
  })

  it('also runs on pull_request_target', async () => {
    const r = await run({
      event: pullRequestEvent(server, repo, outside, 'reopened', 'pull_request_target')
    })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
  })

  it('warns instead of failing with out-of-scope: warn', async () => {
    const r = await run({
      event: pullRequestEvent(server, repo, outside),
      inputs: { 'out-of-scope': 'warn' }
    })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(
      r.annotations.some((a) => a.command === 'warning' && a.properties.file === OUTSIDE)
    ).toBe(true)
  })

  it('ignores paths listed in ignore', async () => {
    const r = await run({
      event: pullRequestEvent(server, repo, outside),
      inputs: { ignore: 'aidm/core/play_*.py' }
    })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
  })

  it('retries a 502 on the first files request and reaches the verdict', async () => {
    server.inject(ROUTES.files, badGateway())
    const r = await run({ event: pullRequestEvent(server, repo, outside) })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(server.requestsTo(ROUTES.files).map((q) => q.status)).toEqual([502, 200])
    expect(
      r.annotations.some((a) => a.command === 'warning' && /502; retrying/.test(a.message))
    ).toBe(true)
  })

  it('retries a secondary rate limit after retry-after and reaches the verdict', async () => {
    server.inject(ROUTES.files, secondaryRateLimit(1))
    const r = await run({ event: pullRequestEvent(server, repo, inside) })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    const [refused, retried] = server.requestsTo(ROUTES.files)
    expect(refused?.status).toBe(403)
    expect(retried?.status).toBe(200)
    expect((retried?.startedAt ?? 0) - (refused?.endedAt ?? 0)).toBeGreaterThanOrEqual(900)
  })

  it('fails a pull request without a Session Scope', async () => {
    const r = await run({ event: pullRequestEvent(server, repo, unscoped) })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs.scope).toBe('null')
    expect(failureLine(r)).toMatch(/No Session Scope/)
  })

  it('passes a pull request without a Session Scope with missing-scope: ignore', async () => {
    const r = await run({
      event: pullRequestEvent(server, repo, unscoped),
      inputs: { 'missing-scope': 'ignore' }
    })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
  })

  it('fails past 3,000 files when the workspace lacks the commits, showing the fix', async () => {
    const r = await run({ event: pullRequestEvent(server, repo, huge) })
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/3001 files/)
    expect(failureLine(r)).toContain('fetch-depth: 0')
    expect(server.requestsTo(ROUTES.files)).toEqual([])
    expect(r.outputs).toEqual({})
  })

  it('reads past 3,000 files with git diff when the workspace holds both commits', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'pr-scope-ws-'))
    try {
      const git = (...args: string[]): string =>
        execFileSync('git', args, {
          cwd: workspace,
          encoding: 'utf8',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t'
          }
        }).trim()
      git('init', '-q', '-b', 'main')
      writeFileSync(join(workspace, 'README.md'), 'x\n')
      git('add', '.')
      git('commit', '-q', '-m', 'base')
      const base = git('rev-parse', 'HEAD')
      mkdirSync(join(workspace, 'src', 'gen'), { recursive: true })
      for (const f of manyFiles(3000, 'src/gen')) writeFileSync(join(workspace, f.filename), 'y\n')
      writeFileSync(join(workspace, 'outside.txt'), 'z\n')
      git('add', '.')
      git('commit', '-q', '-m', 'head')
      const head = git('rev-parse', 'HEAD')
      const big = addPullRequest(repo, {
        number: 11,
        body: exampleBody(['src/**']),
        base: { sha: base },
        head: { sha: head },
        files: [...manyFiles(3000, 'src/gen'), { filename: 'outside.txt' }]
      })
      const r = await run({ event: pullRequestEvent(server, repo, big), workspace })
      expect(r.code).toBe(1)
      expect(JSON.parse(r.outputs['out-of-scope-files'] ?? '')).toEqual(['outside.txt'])
      expect(server.requestsTo(ROUTES.files)).toEqual([])
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it.each([
    ['issues', /issues event is not supported.*pull_request and pull_request_target/],
    ['merge_group', /merge_group action "" is not supported.*checks_requested/],
    ['issue_comment', /issue_comment event is not supported.*pull_request and pull_request_target/]
  ])('fails on the %s event, naming the supported ones', async (name, message) => {
    const r = await run({ event: otherEvent(server, repo, name) })
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(message)
    expect(server.requests).toEqual([])
  })

  it('passes a closed event of a pull request that was not merged: nothing to refresh', async () => {
    const r = await run({ event: pullRequestEvent(server, repo, inside, 'closed') })
    expect(r.code).toBe(0)
    expect(failureLine(r)).toBe('')
    expect(server.requests.filter((q) => q.method !== 'GET')).toEqual([])
  })

  it.each([
    ['out-of-scope', 'maybe', /`out-of-scope`.*"maybe".*fail, warn/],
    ['include-drafts', 'yes', /`include-drafts`.*"yes".*true, false/],
    ['comment', 'sometimes', /`comment`.*always, on-failure, never/],
    ['ignore', 'src/{1..5000}.ts', /`ignore`.*src\/\{1\.\.5000\}\.ts/]
  ])(
    'fails on a bad %s input, naming the input and its allowed values',
    async (name, value, message) => {
      const r = await run({
        event: pullRequestEvent(server, repo, inside),
        inputs: { [name]: value }
      })
      expect(r.code).toBe(1)
      expect(failureLine(r)).toMatch(message)
      expect(server.requests).toEqual([])
    }
  )

  it('fails with the API message and the permission when the token may not read', async () => {
    server.inject(ROUTES.pull, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const r = await run({ event: pullRequestEvent(server, repo, inside) })
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/Resource not accessible by integration.*pull-requests: read/)
  })

  it('made no request GitHub would refuse', () => {
    expect(runs.length).toBeGreaterThan(10)
    expect(server.violations).toEqual([])
    for (const r of runs) expect(r.stderr).toBe('')
  })
})
