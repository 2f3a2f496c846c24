// Another open pull request built to stall everyone's overlap check (issue 11, CONTRACT §1.4, §2),
// run from the committed bundle (dist/index.js) on Node 24 against the local GitHub stand-in.
// Build it first with `npm run bundle`: these tests never build.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../../testing/event.js'
import { scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import { addPullRequest, createRepository, type PullRequestInit } from '../../testing/state.js'

const OURS = `x/${'*a'.repeat(30)}`

// This pull request: the write set, and one changed file it covers.
const SELF: PullRequestInit = {
  number: 20,
  title: 'Stars',
  author: 'bob',
  body: scopeBody({ write: [OURS] }),
  files: [{ filename: `x/${'a'.repeat(40)}` }]
}

// The reproduction: extglobs, which their author's own check refuses.
const EXTGLOBS: PullRequestInit = {
  number: 12,
  title: 'Extglobs',
  author: 'eve',
  body: scopeBody({
    write: Array.from({ length: 20 }, (_, i) => `x/${'+(a|aa)'.repeat(8 + i)}b`)
  })
}

// Valid patterns that cost the engine all it is given: long star runs ending apart from ours.
const STARS = Array.from({ length: 60 }, (_, i) => `x/${'*a'.repeat(100)}*${'bcdefg'[i % 6]}${i}`)
const HOSTILE: PullRequestInit = {
  number: 13,
  title: 'Stars of my own',
  author: 'mallory',
  body: scopeBody({ write: STARS })
}

let server: FakeGitHub
let count = 0

async function runWith(others: PullRequestInit[]): Promise<ActionRun> {
  const repo = server.addRepository(createRepository('octo', `hostile${++count}`))
  const pr = addPullRequest(repo, SELF)
  for (const other of others) addPullRequest(repo, other)
  setFiles(repo, [pr.base.sha, pr.base.ref], { 'README.md': '# Game\n' })
  return runAction({
    server,
    event: pullRequestEvent(server, repo, pr),
    inputs: { comment: 'never' },
    timeoutMs: 30_000
  })
}

beforeAll(async () => {
  server = await new FakeGitHub().start()
})

afterAll(async () => {
  await server.stop()
})

describe('a hostile open pull request', () => {
  it('with refused extglobs counts for nothing: the run ends and passes, with no finding', async () => {
    const run = await runWith([EXTGLOBS])
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    expect(JSON.parse(run.outputs.conflicts ?? 'null')).toEqual([])
    expect(run.summary).not.toContain('#12')
    expect(run.annotations.filter((a) => a.command !== 'notice')).toEqual([])
  })

  it('with patterns the bound cannot decide: a warning naming both pull requests and patterns', async () => {
    const run = await runWith([EXTGLOBS, HOSTILE])
    // Our own scope decides the verdict: our file is in it, so the run passes.
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    // No conflict row, and none with an empty witness: an undecided pair is no conflict.
    expect(JSON.parse(run.outputs.conflicts ?? 'null')).toEqual([])
    // The warning has no file; the summary lists it with the other findings.
    const code = (text: string): string => `<code>${text.replace(/\*/g, '\\*')}</code>`
    const item = run.summary.split('\n').find((line) => line.includes('**Overlap not decided**'))
    expect(item).toBeDefined()
    expect(item).toMatch(/^- ⚠️ /)
    expect(item).toContain('Could not decide whether this pull request (#\u200b20) overlaps')
    expect(item).toContain('#\u200b13 "Stars of my own" by @\u200bmallory')
    expect(item).toContain(`${code(OURS)} (ours) \\~ `)
    expect(STARS.some((theirs) => item?.includes(`${code(theirs)} (theirs)`))).toBe(true)
    expect(item).toContain('does not fail the check')
    expect(run.summary).toContain('passed** with 1 warning')
    expect(run.summary).not.toContain('#12')
    // The Checks tab shows it too: a warning annotation on no file, titled by its check.
    const warnings = run.annotations.filter((a) => a.command === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.properties.title).toBe('Overlap not decided')
    expect(warnings[0]?.properties.file).toBeUndefined()
    expect(warnings[0]?.message).toContain('#13')
  })
})
