// Nothing from a pull request can command the runner (CONTRACT §3 "Log"): hostile text in titles,
// scope entries, changed paths, authors, branch names and another pull request's title goes
// through the committed bundle (dist/index.js, Node 24) against the local GitHub stand-in, and the
// runner, as testing/workflow-commands.ts reads stdout the way it does, obeys only the commands
// the action means. Build first with `npm run bundle`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mergeGroupEvent, pullRequestEvent, type WorkflowEvent } from '../../testing/event.js'
import { scopeBody } from '../../testing/fixtures.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import { parseWorkflowCommands } from '../../testing/workflow-commands.js'
import {
  addPullRequest,
  createRepository,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

/** The commands the action writes on purpose; anything else on stdout was smuggled in. */
const MEANT = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup'])

// Line breaks as the runner or a log viewer reads them, every other C0/C1 control (ESC among
// them), and the bidi controls (Trojan Source).
const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u
const HIDDEN_BUT_LF = /(?!\n)[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u

// No `z` and no `*`, so that no scope entry can cover the paths under `zz/` that are meant to be
// outside the scope; no `,` or `;`, which would split an entry.
const PIECES = [
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '::',
  '##[',
  ']',
  '%',
  '%0A',
  '\u001b',
  '\u001b[31m',
  '\u202e',
  '\u2066',
  '\u200f',
  '\t',
  ' ',
  'add-mask',
  'stop-commands',
  '::add-mask::secret',
  '\n::stop-commands::tok',
  '\r\n::warning::forged',
  '\n  ::error::forged',
  '##[add-mask]secret',
  '##[set-output name=result]pass',
  '::set-output name=result::pass',
  'a',
  'b',
  'é',
  '/',
  '-',
  '.'
]

const hostile = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 })
  .map((pieces) => pieces.join(''))

interface Case {
  event: 'pull_request' | 'merge_group' | 'refresh'
  title: string
  entries: string[]
  paths: string[]
  outside: string[]
  author: string
  branch: string
  otherTitle: string
  otherAuthor: string
}

const cases: fc.Arbitrary<Case> = fc.record({
  event: fc.constantFrom('pull_request', 'merge_group', 'refresh'),
  title: hostile,
  entries: fc.array(hostile, { minLength: 1, maxLength: 3 }),
  paths: fc.array(hostile, { minLength: 1, maxLength: 3 }),
  outside: fc.uniqueArray(hostile, { minLength: 1, maxLength: 3 }),
  author: hostile,
  branch: hostile,
  otherTitle: hostile,
  otherAuthor: hostile
})

let server: FakeGitHub
let repo: FakeRepository
let next = 1

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

/** Sets the scene for one case, runs the action once, and takes the pull requests away again. */
async function runCase(c: Case): Promise<ActionRun> {
  const number = next
  next += 2
  const outside = c.outside.map((p) => `zz/${p}`)
  const files = [...c.paths.map((p) => `src/${p}`), ...outside].map((filename) => ({ filename }))
  const write = ['src/**', ...c.entries.map((e) => `src/${e}`)]
  const self = addPullRequest(repo, {
    number,
    title: c.title,
    author: c.author,
    head: { ref: c.branch },
    body: scopeBody({ write, read: c.entries, dependencies: 'none' }),
    files,
    ...(c.event === 'refresh' ? { merged: true } : {})
  })
  // Another open pull request on the same base: it overlaps this one (or, for a refresh, depends
  // on it), so its title and author reach the findings; it has files outside its scope too.
  const other = addPullRequest(repo, {
    number: number + 1,
    title: c.otherTitle,
    author: c.otherAuthor,
    body: scopeBody({
      write: ['src/**'],
      read: c.entries,
      dependencies: c.event === 'refresh' ? `#${number}` : 'none'
    }),
    files
  })
  try {
    let event: WorkflowEvent
    if (c.event === 'merge_group') event = mergeGroupEvent(server, repo, [self])
    else event = pullRequestEvent(server, repo, self, c.event === 'refresh' ? 'closed' : 'opened')
    return await runAction({
      server,
      event,
      token: 'ghs_write',
      inputs: { 'scope-source': 'body', overlap: 'warn', comment: 'never' }
    })
  } finally {
    repo.pullRequests.splice(repo.pullRequests.indexOf(self as FakePullRequest), 1)
    repo.pullRequests.splice(repo.pullRequests.indexOf(other as FakePullRequest), 1)
    repo.statuses.length = 0
  }
}

// The test reads stdout as the runner does; a reading that missed a form would pass a real attack.
describe('reading stdout as the runner does', () => {
  it.each([
    ['a command after CR', 'title\r::add-mask::x\n', [['add-mask', 'x']]],
    ['a command after white space', ' \u3000::warning::x\n', [['warning', 'x']]],
    ['the legacy form inside a line', 'title ##[add-mask]x\n', [['add-mask', 'x']]],
    ['a command in any case', '::ADD-MASK::x\n', [['add-mask', 'x']]],
    ['no second `::`', '::add-mask x\n', []],
    ['`::` inside a line', 'a ::add-mask::x\n', []],
    [
      'nothing while commands are stopped',
      '::stop-commands::tok\n::error::hidden\n::tok::\n::error::shown\n',
      [
        ['stop-commands', 'tok'],
        ['error', 'shown']
      ]
    ]
  ])('sees %s', (_name, stdout, expected) => {
    expect(parseWorkflowCommands(stdout).map((c) => [c.command, c.message])).toEqual(expected)
  })
})

describe('hostile text in a pull request', () => {
  it('never yields a workflow command the action did not mean, and hides no annotation', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const r = await runCase(c)
        expect(r.code === 0 || r.code === 1).toBe(true)
        const smuggled = r.commands.filter((command) => !MEANT.has(command.command))
        expect(smuggled).toEqual([])
        // Nothing hidden reaches the log raw: stdout holds no line break but LF, and no control.
        expect(HIDDEN_BUT_LF.test(r.stdout)).toBe(false)
        for (const a of r.annotations) {
          expect(HIDDEN.test(a.properties.title ?? '')).toBe(false)
          expect(HIDDEN.test(a.properties.file ?? '')).toBe(false)
          expect(HIDDEN_BUT_LF.test(a.message)).toBe(false)
        }
        if (c.event === 'refresh') return
        // Every out-of-scope file is still annotated (fewer than 10, so none is folded away), on
        // the file itself whenever its path can be shown as it is.
        const out = JSON.parse(r.outputs['out-of-scope-files'] ?? '[]') as string[]
        const annotated = r.annotations.filter(
          (a) => a.command === 'error' && /Out of scope/.test(a.properties.title ?? '')
        )
        expect(annotated).toHaveLength(out.length)
        for (const path of out.filter((p) => !HIDDEN.test(p))) {
          expect(annotated.some((a) => a.properties.file === path)).toBe(true)
        }
      }),
      { numRuns: 30 }
    )
  }, 600_000)

  it.each([
    ['\n::add-mask::x', 'add-mask'],
    ['\r::stop-commands::tok', 'stop-commands'],
    ['\r\n::warning::forged', 'warning'],
    ['##[add-mask]x', 'add-mask']
  ])('a title holding %j starts no command', async (title, command) => {
    const r = await runCase({
      event: 'pull_request',
      title,
      entries: ['a'],
      paths: ['a.ts'],
      outside: ['b.ts'],
      author: 'mona',
      branch: 'topic',
      otherTitle: 'Other',
      otherAuthor: 'hubot'
    })
    expect(r.code).toBe(1)
    expect(r.commands.filter((c) => c.command === command && /forged|x$/.test(c.message))).toEqual(
      []
    )
    expect(r.commands.some((c) => c.command === 'stop-commands' || c.command === 'add-mask')).toBe(
      false
    )
    expect(
      r.annotations.filter((a) => a.properties.file === 'zz/b.ts' && a.command === 'error')
    ).toHaveLength(1)
  })
})
