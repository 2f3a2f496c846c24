// run() in-process with @actions/core replaced (see __fixtures__/core.ts), against the local
// GitHub stand-in. The bundle as GitHub runs it is tested in __tests__/integration.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../../__fixtures__/core.js'
import { pullRequestEvent } from '../../testing/event.js'
import { ROUTES, scopeBody } from '../../testing/fixtures.js'
import { inputEnv } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/run.js')

const saved = { ...process.env }
const temp = mkdtempSync(join(tmpdir(), 'pr-scope-main-'))
let server: FakeGitHub
let repo: FakeRepository
let pr: FakePullRequest

function useEvent(
  action = 'opened',
  inputs: Record<string, string> = {},
  of: FakePullRequest = pr
): void {
  const event = pullRequestEvent(server, repo, of, action)
  const path = join(temp, 'event.json')
  writeFileSync(path, JSON.stringify(event.payload))
  process.env = {
    ...saved,
    ...inputEnv(inputs, 'ghs_read'),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: path,
    GITHUB_API_URL: server.apiUrl,
    GITHUB_SERVER_URL: server.serverUrl,
    GITHUB_REPOSITORY: 'octo/game',
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_WORKSPACE: temp
  }
}

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  pr = addPullRequest(repo, {
    number: 3,
    body: scopeBody({ write: ['src/a.ts'] }),
    files: [{ filename: 'src/a.ts' }, { filename: 'src/b.ts', patch: '@@ -1,1 +1,2 @@\n a\n+b' }]
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  process.env = saved
  await server.stop()
  rmSync(temp, { recursive: true, force: true })
})

beforeEach(() => {
  jest.clearAllMocks()
  core.summary.written.length = 0
  pr.body = scopeBody({ write: ['src/a.ts'] })
})

describe('run', () => {
  it('annotates the out-of-scope file, writes the summary and outputs, and fails the step', async () => {
    useEvent()
    await run()
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('src/b.ts'), {
      title: expect.any(String),
      file: 'src/b.ts',
      startLine: 2
    })
    expect(core.setOutput).toHaveBeenCalledWith('result', 'fail')
    expect(core.setOutput).toHaveBeenCalledWith('out-of-scope-files', '["src/b.ts"]')
    expect(core.setOutput.mock.calls.map((c) => c[0]).sort()).toEqual([
      'conflicts',
      'out-of-scope-files',
      'result',
      'scope',
      'unmet-dependencies'
    ])
    expect(core.summary.written.join('')).toContain('src/b.ts')
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0]?.[0]).toMatch(
      /^1 changed file is out of the Session Scope: src\/b\.ts/
    )
    expect(String(core.setFailed.mock.calls[0]?.[0])).not.toContain('\n')
  })

  it('passes when every changed file is in the write set', async () => {
    pr.body = scopeBody({ write: ['src/'] })
    useEvent('edited')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.error).not.toHaveBeenCalled()
    expect(core.setOutput).toHaveBeenCalledWith('result', 'pass')
  })

  it('fails on a bad input before any request, naming it', async () => {
    useEvent('opened', { overlap: 'sometimes' })
    const before = server.requests.length
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/`overlap`.*fail, warn, off/))
    expect(server.requests.length).toBe(before)
  })

  it('fails on an unsupported event, naming the supported ones', async () => {
    useEvent()
    process.env.GITHUB_EVENT_NAME = 'issues'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/issues.*pull_request and pull_request_target/)
    )
  })
})

describe('the log of a run', () => {
  const logged = (): string[] => core.info.mock.calls.map((call) => String(call[0]))
  const quiet = { comment: 'never', overlap: 'off', 'read-overlap': 'off', dependencies: 'off' }

  it('writes every finding on a line of its own, level and check first', async () => {
    pr.body = scopeBody({ write: ['src/a.ts', 'docs/**'] })
    useEvent('opened', quiet)
    await run()
    expect(logged()).toContain('error: Out of scope: src/b.ts: Not in the write set')
    expect(logged()).toContain(
      'notice: Unused write entry: `docs/**` matched no changed file: the work may not have been done'
    )
    // A finding about no changed file is an annotation too, without a file.
    expect(core.notice).toHaveBeenCalledWith(
      '`docs/**` matched no changed file: the work may not have been done',
      { title: 'Unused write entry' }
    )
  })

  it('annotates and logs a missing scope at warn', async () => {
    pr.body = 'No scope here.'
    useEvent('opened', { ...quiet, 'missing-scope': 'warn' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledWith(expect.stringMatching(/No Session Scope/), {
      title: 'Missing scope'
    })
    expect(logged().some((line) => /^warning: Missing scope: No Session Scope/.test(line))).toBe(
      true
    )
  })

  it('shows a hostile title and path without a line break, and fails on shown text', async () => {
    const evil = 'src/\r\n::warning::forged.ts'
    const hostile = addPullRequest(repo, {
      number: 5,
      title: 'Fix\n::add-mask::secret \u202e',
      body: scopeBody({ write: ['src/a.ts'] }),
      files: [{ filename: evil }]
    })
    try {
      useEvent('opened', quiet, hostile)
      await run()
    } finally {
      repo.pullRequests.splice(repo.pullRequests.indexOf(hostile), 1)
    }
    for (const line of logged()) expect(line).not.toMatch(/[\r\n\u2028\u2029\u202e]/)
    expect(logged()).toContain(
      'Pull request #5 "Fix\uFFFD::add-mask::secret \uFFFD": 1 changed file'
    )
    const [message, properties] = core.error.mock.calls[0] ?? []
    expect(message).toContain('`src/\uFFFD::warning::forged.ts` is not in the write set')
    expect(properties).toEqual({ title: 'Out of scope' })
    const failed = String(core.setFailed.mock.calls[0]?.[0])
    expect(failed).toContain('src/\uFFFD::warning::forged.ts')
    expect(failed).not.toMatch(/[\r\n]/)
  })
})

describe('the requests of a run', () => {
  const routesOf = (): string[] => server.requests.map((q) => q.route ?? `${q.method} ${q.path}`)

  // Another open pull request that waits for a work order: its work-order ID matters only for
  // sequencing, which only matters if it overlaps this pull request.
  async function withOther(write: string, run: () => Promise<void>): Promise<void> {
    const other = addPullRequest(repo, {
      number: 4,
      body: scopeBody({ write: [write], dependencies: 'WO-FIX-09 first' }),
      files: [{ filename: write }]
    })
    try {
      await run()
    } finally {
      repo.pullRequests.splice(repo.pullRequests.indexOf(other), 1)
    }
  }

  beforeEach(() => {
    pr.body = scopeBody({ write: ['src/a.ts', 'src/b.ts'] })
    server.requests.length = 0
  })

  it('reads no work order for another pull request that cannot conflict with this one', async () => {
    await withOther('docs/other.md', async () => {
      useEvent('opened', { 'scope-source': 'body', comment: 'never' })
      await run()
    })
    expect(core.setFailed).not.toHaveBeenCalled()
    // Started together, answered in any order: the set of requests is what counts.
    expect(routesOf().sort()).toEqual(
      [ROUTES.pull, ROUTES.graphql, ROUTES.files, ROUTES.listPulls].sort()
    )
  })

  it('still reads the work orders when that pull request overlaps, for sequencing', async () => {
    await withOther('src/a.ts', async () => {
      useEvent('opened', { 'scope-source': 'body', comment: 'never' })
      await run()
    })
    expect(routesOf()).toContain(ROUTES.tree)
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/#4/))
  })

  it('makes no list, tree or comment request, and one GraphQL query (the settings file), with overlap, dependencies and comment off', async () => {
    await withOther('src/a.ts', async () => {
      useEvent('opened', {
        overlap: 'off',
        'read-overlap': 'off',
        dependencies: 'off',
        comment: 'never'
      })
      await run()
    })
    expect(routesOf().sort()).toEqual([ROUTES.pull, ROUTES.graphql, ROUTES.files].sort())
  })
})

describe('the refresh after a merge, with a token that may not post statuses', () => {
  it('stops at the first refused status and names the permission and the fork fix', async () => {
    const scope = (write: string, dependencies = 'none'): string =>
      scopeBody({ write, dependencies })
    const added = [
      addPullRequest(repo, {
        number: 20,
        body: scope('src/merged.ts'),
        merged: true,
        state: 'closed',
        files: [{ filename: 'src/merged.ts' }]
      }),
      addPullRequest(repo, { number: 21, body: scope('src/x.ts', '#20'), files: [] }),
      addPullRequest(repo, { number: 22, body: scope('src/y.ts', '#20'), files: [] })
    ]
    server.requests.length = 0
    try {
      useEvent('closed', {}, added[0] as FakePullRequest)
      await run()
    } finally {
      for (const one of added) repo.pullRequests.splice(repo.pullRequests.indexOf(one), 1)
    }
    const statuses = server.requestsTo(ROUTES.createStatus)
    expect(statuses.map((q) => q.status)).toEqual([403])
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const said = String(core.setFailed.mock.calls[0]?.[0])
    expect(said).toContain('`statuses: write`')
    expect(said).toContain('pull_request_target')
    expect(said).toMatch(/#22 .*not re-checked|not re-checked.*#22/)
    expect(said).not.toContain('pull-requests: read')
  })
})
