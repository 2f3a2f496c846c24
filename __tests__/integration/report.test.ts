// The report that says how to fix it (issue 14), end to end: the demo's example run from the
// committed bundle (dist/index.js, `npm run bundle` first) on Node 24 against the local GitHub
// stand-in, and the comment it posts read as GitHub reads it, a CommonMark/GFM tree.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { demoExample } from '../../scripts/demo-example.js'
import { parseScope } from '../../src/scope/parser/parse.js'
import { PatternList } from '../../src/scope/glob/patterns.js'
import { pullRequestEvent } from '../../testing/event.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import type { FakePullRequest, FakeRepository } from '../../testing/state.js'
import {
  codeBlocksOf,
  foreignHtml,
  headingsOf,
  linksOf,
  liveReferences,
  nodesOf,
  parseMarkdown,
  rootOf,
  sectionOf,
  tablesOf,
  textOf
} from '../report/mdast.js'

let server: FakeGitHub
let repo: FakeRepository
const runs = new Map<number, { run: ActionRun; comment: string }>()

beforeAll(async () => {
  const example = demoExample()
  repo = example.repo
  server = await new FakeGitHub({ repositories: [repo] }).start()
  const check = async (pr: FakePullRequest): Promise<void> => {
    const run = await runAction({
      server,
      event: pullRequestEvent(server, repo, pr),
      token: 'ghs_write'
    })
    const comment = repo.comments.find((c) => c.issueNumber === pr.number)?.body ?? ''
    runs.set(pr.number, { run, comment })
  }
  for (const pr of [example.inside, example.outside, example.owner]) await check(pr)
})

afterAll(async () => {
  await server.stop()
})

const url = (path: string): string => `${server.serverUrl}/dnd-35e/aidm/${path}`

describe("the demo's comments", () => {
  it('passes #41 and #43 and fails #42', () => {
    expect([41, 42, 43].map((n) => runs.get(n)?.run.code)).toEqual([0, 1, 0])
    for (const { run } of runs.values()) expect(run.stderr).toBe('')
    server.checkViolations()
  })

  it('gives #42 its write-set line to paste, which covers the file it changed outside it', () => {
    const tree = parseMarkdown(runs.get(42)?.comment ?? '')
    const section = rootOf(sectionOf(tree, 'outside the Session Scope'))
    expect(tablesOf(section)[0]?.header).toEqual(['File', 'Why'])
    const [code] = codeBlocksOf(section)
    expect(code?.value).toBe(
      '**Write set:** aidm/core/maneuver_resolver.py, aidm/schemas/maneuvers.py, `aidm/core/conditions.py`'
    )
    const pasted = parseScope(`## Session Scope\n${code?.value ?? ''}\n`)
    expect(pasted.messages).toEqual([])
    const write = PatternList.compile(pasted.scope?.write ?? [], 'write set').list
    expect(write.covers('aidm/core/conditions.py')).toBe(true)
    expect(textOf(section)).toContain('Editing the pull request description runs this check again.')
  })

  it('shows #42 its overlap with #43, with the witness file', () => {
    const tree = parseMarkdown(runs.get(42)?.comment ?? '')
    const section = rootOf(sectionOf(tree, 'Overlaps with'))
    const [table] = tablesOf(section)
    expect(table?.rows).toHaveLength(1)
    const [who, kind, patterns, files] = table?.rows[0] ?? []
    expect(who).toContain('#43 WO-FIX-09')
    expect(kind).toBe('❌ write-write')
    // The entry both write, which is also the file: named once.
    expect(patterns).toBe('aidm/core/conditions.py in both')
    expect(files).toBe('aidm/core/conditions.py')
  })

  it('says what #42 was compared with, and that it waits for #41', () => {
    const tree = parseMarkdown(runs.get(42)?.comment ?? '')
    const section = rootOf(sectionOf(tree, 'Other open pull requests'))
    expect(textOf(section)).toContain(
      'Compared with 2 other open pull requests to the same base branch: 1 overlaps this one (above).'
    )
    expect(nodesOf(section, 'listItem').map((item) => textOf(item))).toEqual([
      '#41 WO-FIX-07: trip against a prone defender — writes the same files (e.g. aidm/core/maneuver_resolver.py); this pull request waits for it.'
    ])
  })

  it('lists every dependency of #42, the met one linked to the pull request that merged it', () => {
    const tree = parseMarkdown(runs.get(42)?.comment ?? '')
    const section = rootOf(sectionOf(tree, /dependenc/))
    expect(headingsOf(section)).toEqual(['❌ 1 unmet dependency, 1 met'])
    expect(tablesOf(section)[0]?.rows).toEqual([
      ['WO-FIX-03', '✅ met: merged as #40 WO-FIX-03: conditions apply before attack rolls'],
      [
        '#41 WO-FIX-07: trip against a prone defender',
        '❌ not met: still open, so this pull request waits for it'
      ]
    ])
    expect(linksOf(section).map((l) => l.url)).toEqual([url('pull/40'), url('pull/41')])
  })

  it('links the commit and the run in the footer of each', () => {
    for (const { comment } of runs.values()) {
      const tree = parseMarkdown(comment)
      const last = tree.children.at(-1)
      const links = last ? linksOf(rootOf([last])).map((l) => l.url) : []
      expect(links[0]).toMatch(new RegExp(`^${url('commit/')}[0-9a-f]{40}$`))
      expect(links[1]).toBe(url('actions/runs/1'))
      expect(links).toHaveLength(3)
      expect(foreignHtml(tree)).toEqual([])
      expect(liveReferences(tree)).toEqual([])
    }
  })
})
