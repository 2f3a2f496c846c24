// The cross-pull-request overlap check, run from the committed bundle (dist/index.js) on Node 24
// against the local GitHub stand-in. Build it first with `npm run bundle`: these tests never build.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../../testing/event.js'
import { failureLine, ROUTES, scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  type FakeRepository,
  type PullRequestInit
} from '../../testing/state.js'

// This pull request: writes the core, reads the schemas, changes one file of the core.
const SELF: PullRequestInit = {
  number: 20,
  title: 'WO-FIX-20 maneuvers',
  author: 'bob',
  body: scopeBody({ write: ['aidm/core/**'], read: ['aidm/schemas/**'] }),
  files: [{ filename: 'aidm/core/grapple.py' }]
}

const GRAPPLE: PullRequestInit = {
  number: 12,
  title: 'Fix grapple',
  author: 'alice',
  body: scopeBody({ write: ['aidm/core/grapple.py'] })
}

let server: FakeGitHub
let count = 0

/** A repository holding this pull request and the given others, and the run of the action on it. */
async function runWith(
  others: PullRequestInit[],
  inputs: Record<string, string> = {},
  self: PullRequestInit = SELF
): Promise<{ run: ActionRun; repo: FakeRepository }> {
  const repo = server.addRepository(createRepository('octo', `game${++count}`))
  const pr = addPullRequest(repo, self)
  for (const other of others) addPullRequest(repo, other)
  // The base commit exists, as on GitHub, and holds no work-order files.
  setFiles(repo, [pr.base.sha, pr.base.ref], { 'README.md': '# Game\n' })
  const run = await runAction({
    server,
    event: pullRequestEvent(server, repo, pr),
    inputs: { comment: 'never', ...inputs }
  })
  return { run, repo }
}

function conflicts(run: ActionRun): { number: number; kind: string; files: string[] }[] {
  return JSON.parse(run.outputs.conflicts ?? 'null') as never
}

function listRequests(repo: FakeRepository): number {
  return server.requestsTo(ROUTES.listPulls).filter((r) => r.path.includes(`/${repo.name}/`)).length
}

beforeAll(async () => {
  server = await new FakeGitHub().start()
})

afterAll(async () => {
  await server.stop()
})

describe('overlap with other open pull requests', () => {
  it('fails on a write-write overlap with an open pull request on the same base, naming it', async () => {
    const { run, repo } = await runWith([GRAPPLE])
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('fail')
    expect(conflicts(run)).toEqual([
      {
        number: 12,
        kind: 'write-write',
        patterns: [
          {
            ours: 'aidm/core/**',
            theirs: 'aidm/core/grapple.py',
            witness: 'aidm/core/grapple.py'
          }
        ],
        files: ['aidm/core/grapple.py']
      }
    ])
    const annotation = run.annotations.find((a) => a.properties.file === 'aidm/core/grapple.py')
    expect(annotation?.command).toBe('error')
    expect(annotation?.message).toContain('#12 "Fix grapple" by @alice also writes this file')
    expect(annotation?.message).toContain('Dependencies: #12')
    // The summary has one row for #12, with its link, title, author and the way out.
    const rows = run.summary.split('\n').filter((line) => line.includes('/pull/12)'))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain(`[#12](${server.serverUrl}/octo/${repo.name}/pull/12)`)
    expect(rows[0]).toContain('Fix grapple')
    expect(rows[0]).toContain('alice')
    expect(rows[0]).toContain('write-write')
    expect(rows[0]).toContain('`Dependencies: #12`')
    expect(failureLine(run)).toContain('#12 "Fix grapple"')
    expect(listRequests(repo)).toBe(1)
  })

  it.each<[string, PullRequestInit]>([
    ['on another base branch', { ...GRAPPLE, base: { ref: 'release' } }],
    ['closed', { ...GRAPPLE, state: 'closed' }],
    ['merged', { ...GRAPPLE, merged: true }],
    [
      'that depends on this one',
      { ...GRAPPLE, body: scopeBody({ write: ['aidm/core/grapple.py'], dependencies: '#20' }) }
    ],
    ['that writes elsewhere', { ...GRAPPLE, body: scopeBody({ write: ['aidm/rules/**'] }) }]
  ])('passes beside a pull request %s', async (_name, other) => {
    const { run } = await runWith([other])
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    expect(conflicts(run)).toEqual([])
  })

  it('does not apply the folder rule to an entry that names a file', async () => {
    // `**/*.md` would meet `aidm/core/grapple.py/x.md` if a file could hold files.
    const self = { ...SELF, body: scopeBody({ write: ['aidm/core/grapple.py'] }) }
    const { run } = await runWith(
      [{ ...GRAPPLE, body: scopeBody({ write: ['**/*.md'] }) }],
      {},
      self
    )
    expect(run.code).toBe(0)
    expect(conflicts(run)).toEqual([])
  })

  it('passes when this pull request depends on the other', async () => {
    const self = {
      ...SELF,
      body: scopeBody({ write: ['aidm/core/**'], dependencies: '#12 first' })
    }
    // The dependency check speaks for it instead: #12 is not merged yet.
    const { run } = await runWith([GRAPPLE], { dependencies: 'warn' }, self)
    expect(run.outputs.result).toBe('pass')
    expect(conflicts(run)).toEqual([])
    expect(JSON.parse(run.outputs['unmet-dependencies'] ?? '[]')).toMatchObject([{ number: 12 }])
  })

  it('only warns on a read-write overlap', async () => {
    const schemas = {
      number: 13,
      title: 'Schemas',
      body: scopeBody({ write: ['aidm/schemas/attack.py'] })
    }
    const { run } = await runWith([schemas])
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    expect(conflicts(run)).toMatchObject([{ number: 13, kind: 'read-write', files: [] }])
    expect(run.summary).toContain('read-write')
  })

  it('reports nothing, and lists nothing, with overlap and read-overlap off', async () => {
    const { run, repo } = await runWith([GRAPPLE], { overlap: 'off', 'read-overlap': 'off' })
    expect(run.code).toBe(0)
    expect(conflicts(run)).toEqual([])
    expect(listRequests(repo)).toBe(0)
  })

  it('warns instead of failing with overlap: warn', async () => {
    const { run } = await runWith([GRAPPLE], { overlap: 'warn' })
    expect(run.code).toBe(0)
    expect(conflicts(run)).toMatchObject([{ number: 12, kind: 'write-write' }])
    const annotation = run.annotations.find((a) => a.properties.file === 'aidm/core/grapple.py')
    expect(annotation?.command).toBe('warning')
  })

  it('compares drafts unless include-drafts is false', async () => {
    const draft = { ...GRAPPLE, draft: true }
    expect((await runWith([draft])).run.code).toBe(1)
    const { run } = await runWith([draft], { 'include-drafts': 'false' })
    expect(run.code).toBe(0)
    expect(conflicts(run)).toEqual([])
  })

  it('says how many open pull requests declare no scope', async () => {
    const unscoped = [30, 31, 32].map((number) => ({ number, body: 'No scope here.' }))
    const { run } = await runWith(unscoped)
    expect(run.code).toBe(0)
    expect(run.summary).toContain('3 other open pull requests')
    expect(run.summary).toContain('declare no Session Scope')
  })

  it('ignores paths of the ignore input for overlaps too', async () => {
    const self = {
      ...SELF,
      body: scopeBody({ write: ['aidm/core/**', 'package-lock.json'] }),
      files: [{ filename: 'package-lock.json' }]
    }
    const lock = { ...GRAPPLE, body: scopeBody({ write: ['package-lock.json'] }) }
    const { run } = await runWith([lock], { ignore: 'package-lock.json' }, self)
    expect(run.code).toBe(0)
    expect(conflicts(run)).toEqual([])
  })
})
