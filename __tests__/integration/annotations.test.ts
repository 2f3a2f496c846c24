// Every finding reaches the Checks tab and the log (CONTRACT §3 "Annotations", "Log"): the
// committed bundle (dist/index.js) on Node 24 against the local GitHub stand-in. Findings about no
// changed file are annotations without a file; each finding is a line `LEVEL: TITLE: ...` of the
// log, on merge queue and refresh runs with the pull request named. Build first with
// `npm run bundle`.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mergeGroupEvent, pullRequestEvent } from '../../testing/event.js'
import { scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'
import { runnerLines, type WorkflowCommand } from '../../testing/workflow-commands.js'

const BASE = 'b'.repeat(40)

let server: FakeGitHub
let repo: FakeRepository
let next = 100
// Each test's pull requests leave with it, so that none overlaps the next test's.
const added: FakePullRequest[] = []

function pull(body: string, files: string[], extra: { title?: string } = {}): FakePullRequest {
  const pr = addPullRequest(repo, {
    number: next++,
    title: extra.title ?? 'Feature',
    body,
    base: { sha: BASE },
    files: files.map((filename) => ({ filename }))
  })
  added.push(pr)
  return pr
}

const run = (pr: FakePullRequest, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({
    server,
    event: pullRequestEvent(server, repo, pr),
    inputs: { comment: 'never', ...inputs }
  })

/** The log lines the action wrote itself (no workflow command). */
const logLines = (r: ActionRun): string[] =>
  runnerLines(r.stdout).filter((line) => !line.startsWith('::'))

const withoutFile = (r: ActionRun, title: string): WorkflowCommand[] =>
  r.annotations.filter((a) => a.properties.title === title && a.properties.file === undefined)

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  setFiles(repo, [BASE], { 'work-orders/WO-FIX-03.md': '# WO-FIX-03\n' })
  addPullRequest(repo, { number: 13, title: 'Still open work', base: { sha: BASE } })
  // Writes what the pull requests below read, but changes none of their files.
  addPullRequest(repo, {
    number: 14,
    title: 'Docs pass',
    author: 'hubot',
    body: scopeBody({ write: ['docs/**'] }),
    base: { sha: BASE },
    files: [{ filename: 'docs/guide.md' }]
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
})

afterEach(() => {
  for (const pr of added.splice(0)) repo.pullRequests.splice(repo.pullRequests.indexOf(pr), 1)
})

describe('findings that name no changed file (dist/index.js)', () => {
  it('annotates and logs a missing scope at warn', async () => {
    const r = await run(pull('No scope here.', ['src/a.ts']), { 'missing-scope': 'warn' })
    expect(r.code).toBe(0)
    const [missing] = withoutFile(r, 'Missing scope')
    expect(missing).toMatchObject({ command: 'warning' })
    expect(missing?.message).toMatch(/No Session Scope/)
    expect(logLines(r).filter((l) => l.startsWith('warning: Missing scope: '))).toHaveLength(1)
  })

  it('annotates and logs scope warnings, unused entries, unmet dependencies and read-write overlaps', async () => {
    const body = [
      '## Session Scope',
      '**Write set:** src/a.ts, lib/**',
      '**Read set:** docs/**',
      '**Dependencies:** #13, and the plan',
      '**Owner:** mona',
      ''
    ].join('\n')
    const r = await run(pull(body, ['src/a.ts']), { dependencies: 'warn' })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    const expected: Array<[string, string, RegExp]> = [
      ['warning', 'Session Scope', /unknown label "Owner"/],
      ['notice', 'Unused write entry', /`lib\/\*\*` matched no changed file/],
      ['warning', 'Unmet dependency', /#13/],
      ['notice', 'Session Scope', /dependency "and the plan" names no pull request/],
      ['warning', 'Read-write overlap with #14', /#14 "Docs pass" by @hubot .*`docs\/\*\*`/]
    ]
    for (const [level, title, text] of expected) {
      const found = withoutFile(r, title).filter((a) => a.command === level && text.test(a.message))
      expect(found).toHaveLength(1)
      const lines = logLines(r).filter((l) => l.startsWith(`${level}: ${title}: `) && text.test(l))
      expect(lines).toHaveLength(1)
    }
  })

  it('shows 10 errors, the 10th saying how many more, and logs all of them', async () => {
    const files = Array.from({ length: 12 }, (_, i) => `out/f${String(i).padStart(2, '0')}.ts`)
    const r = await run(pull(scopeBody({ write: ['src/**'], dependencies: 'none' }), files))
    expect(r.code).toBe(1)
    const errors = r.annotations.filter((a) => a.command === 'error' && a.properties.file)
    expect(errors).toHaveLength(10)
    expect(errors[9]?.message).toMatch(
      /…and 2 more errors not shown as annotations: the log, the job summary and the pull request comment list them all\.$/
    )
    const lines = logLines(r).filter((l) => l.startsWith('error: Out of scope: out/'))
    expect(lines).toEqual(files.map((f) => `error: Out of scope: ${f}: Not in the write set`))
  })
})

describe('runs about other pull requests (dist/index.js)', () => {
  it('names the queued pull request in the titles and log lines of a merge queue run', async () => {
    const queued = pull(scopeBody({ write: ['src/a.ts', 'lib/**'], dependencies: 'none' }), [
      'src/a.ts',
      'out/x.ts'
    ])
    const r = await runAction({ server, event: mergeGroupEvent(server, repo, [queued]) })
    expect(r.code).toBe(1)
    const n = queued.number
    expect(withoutFile(r, `Unused write entry (#${n})`)).toHaveLength(1)
    expect(r.annotations.find((a) => a.properties.file === 'out/x.ts')?.properties.title).toBe(
      `Out of scope (#${n})`
    )
    expect(logLines(r)).toContain(`error: Out of scope (#${n}): out/x.ts: Not in the write set`)
    expect(
      logLines(r).filter((l) => l.startsWith(`notice: Unused write entry (#${n}): \`lib/**\``))
    ).toHaveLength(1)
  })

  it('annotates and logs the findings of each re-checked pull request after a merge', async () => {
    const merged = addPullRequest(repo, {
      number: next++,
      title: 'Base work',
      body: scopeBody({ write: ['src/base.ts'], dependencies: 'none' }),
      merged: true,
      base: { sha: BASE },
      files: [{ filename: 'src/base.ts' }]
    })
    added.push(merged)
    const waiting = pull(
      scopeBody({ write: ['src/w.ts'], dependencies: `#${merged.number}` }),
      ['src/w.ts', 'out/y.ts'],
      { title: 'Waiting work' }
    )
    const r = await runAction({
      server,
      event: pullRequestEvent(server, repo, merged, 'closed'),
      token: 'ghs_write',
      inputs: { 'scope-source': 'body' }
    })
    expect(r.code).toBe(0)
    const n = waiting.number
    // The merge commit does not hold the re-checked pull request's files: no annotation points
    // at one, each names its path.
    const [outside] = withoutFile(r, `Out of scope (#${n})`)
    expect(outside).toMatchObject({ command: 'error' })
    expect(outside?.message).toMatch(
      /^Pull request #\d+, re-checked after #\d+ merged: `out\/y\.ts`/
    )
    expect(logLines(r)).toContain(
      `error: Out of scope (#${n}): \`out/y.ts\` is not in the write set`
    )
  })
})
