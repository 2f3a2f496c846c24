// run() in-process with @actions/core replaced (see __fixtures__/core.ts), against the local
// GitHub stand-in. The bundle as GitHub runs it is tested in __tests__/integration.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import { pullRequestEvent } from '../testing/event.js'
import { inputEnv } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import {
  addPullRequest,
  createRepository,
  type FakePullRequest,
  type FakeRepository
} from '../testing/state.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')

const saved = { ...process.env }
const temp = mkdtempSync(join(tmpdir(), 'pr-scope-main-'))
let server: FakeGitHub
let repo: FakeRepository
let pr: FakePullRequest

function useEvent(action = 'opened', inputs: Record<string, string> = {}): void {
  const event = pullRequestEvent(server, repo, pr, action)
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
    body: '## Session Scope\n**Write set:** src/a.ts\n',
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
  pr.body = '## Session Scope\n**Write set:** src/a.ts\n'
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
    pr.body = '## Session Scope\n**Write set:** src/\n'
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
    process.env.GITHUB_EVENT_NAME = 'schedule'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/schedule.*pull_request and pull_request_target/)
    )
  })
})
