// The dispatch board (CONTRACT §6), from the committed bundle (dist/index.js) on Node 24 against the
// local GitHub stand-in: on workflow_dispatch, schedule and push, the repository's work orders are
// planned against its open pull requests into the job summary and the output `plan`; conflicts
// never fail the run, bad input does. Build first with `npm run bundle`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { boardEvent, type BoardRun } from '../../testing/event.js'
import { failureLine, ROUTES, scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  fakeSha,
  type FakeRepository
} from '../../testing/state.js'

const SHA = fakeSha('board-main')

const order = (id: string, write: string, dependencies = 'none'): string =>
  scopeBody({
    intro: `# ${id}: generated`,
    write,
    dependencies,
    forbidden: 'Any file not listed above'
  })

const FILES: Record<string, string> = {
  'README.md': '# Game\n',
  'work-orders/WO-FIX-01.md': order('WO-FIX-01', 'aidm/core/attack_resolver.py'),
  'work-orders/WO-FIX-02.md': order('WO-FIX-02', 'aidm/core/full_attack_resolver.py'),
  'work-orders/WO-FIX-03.md': order('WO-FIX-03', 'aidm/core/conditions.py'),
  'work-orders/WO-FIX-04.md': order('WO-FIX-04', 'aidm/core/trip.py', 'WO-FIX-02 first'),
  'work-orders/notes/WO-FIX-05.md': '# WO-FIX-05: not scoped yet\n'
}

let server: FakeGitHub
let repo: FakeRepository

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  addPullRequest(repo, {
    number: 12,
    title: 'WO-FIX-02: full attack',
    body: scopeBody({ write: 'aidm/core/full_attack_resolver.py' })
  })
  addPullRequest(repo, {
    number: 13,
    title: 'Attack rounding',
    body: scopeBody({ write: 'aidm/core/**', dependencies: 'WO-FIX-03 must be merged first' })
  })
  addPullRequest(repo, {
    number: 14,
    title: 'Mystery\n::error::injected',
    body: 'No scope here.'
  })
  addPullRequest(repo, {
    number: 15,
    title: 'Elsewhere',
    body: scopeBody({ write: 'aidm/**' }),
    base: { ref: 'release' }
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
  setFiles(repo, [SHA, 'main'], FILES)
})

async function run(board: BoardRun, token = 'ghs_read'): Promise<ActionRun> {
  return runAction({ server, event: board.event, env: board.env, token })
}

interface PlanOutput {
  workOrders: Array<{ id: string; waitsFor: number[]; carriedBy: number[] }>
  waves: string[][]
  inFlight: Array<{ number: number; workOrder: string | null; write: string[] | null }>
  repository: { repository: string; base: string; ref: string }
}

describe('the dispatch board', () => {
  it.each(['workflow_dispatch', 'schedule', 'push'] as const)(
    'on %s, writes the plan to the job summary and the output, and passes',
    async (name) => {
      const r = await run(boardEvent(server, repo, name, { sha: SHA }))
      expect(failureLine(r)).toBe('')
      expect(r.code).toBe(0)
      const plan = JSON.parse(r.outputs.plan ?? '') as PlanOutput
      expect(plan.workOrders.map((w) => [w.id, w.waitsFor, w.carriedBy])).toEqual([
        ['WO-FIX-01', [13], []],
        ['WO-FIX-02', [], [12]],
        ['WO-FIX-03', [], []],
        // A declared dependency on the work order #12 carries, and #13's aidm/core/**.
        ['WO-FIX-04', [12, 13], []],
        ['WO-FIX-05', [], []]
      ])
      // #13 declares it runs after WO-FIX-03: that one need not wait for it.
      expect(plan.waves).toEqual([['WO-FIX-03'], ['WO-FIX-01', 'WO-FIX-04']])
      expect(plan.inFlight.map((p) => [p.number, p.workOrder])).toEqual([
        [12, 'WO-FIX-02'],
        [13, null],
        [14, null]
      ])
      expect(plan.repository).toEqual({ repository: 'octo/game', base: 'main', ref: SHA })
      expect(r.summary).toContain('# Dispatch board')
      expect(r.summary).toContain('- **Dispatch now:** WO-FIX-03\n')
      expect(r.summary).toContain('## Wave 1: dispatch now (1)\n')
      expect(r.summary).toContain('## Wave 2 (2): once what each waits for has merged\n')
      expect(r.summary).toContain(
        `| WO-FIX-01 | \`work-orders/WO-FIX-01.md\` | [#13](${server.serverUrl}/octo/game/pull/13) to merge: \`aidm/core/attack_resolver.py\` meets its \`aidm/core/**\` |`
      )
      expect(r.summary).toContain('## In flight, scope unknown (1)')
      // Reads only: no comment, no status, nothing written.
      expect(
        server.requests.filter((q) => q.method !== 'GET' && q.route !== ROUTES.graphql)
      ).toEqual([])
    }
  )

  it('warns of an open pull request nothing can be planned around, in the log and an annotation', async () => {
    const r = await run(boardEvent(server, repo, 'workflow_dispatch', { sha: SHA }))
    const warnings = r.annotations.filter((a) => a.command === 'warning')
    expect(warnings.map((a) => a.properties.title)).toContain('Dispatch board')
    const mystery = warnings.find((a) => a.message.includes('#14'))
    expect(mystery?.message).toMatch(
      /#14 .* is in flight with no Session Scope .*nothing can be planned around it/
    )
    expect(r.stdout).toMatch(/^warning: Dispatch board: #14 /m)
    // The title's line break cannot start a workflow command of its own.
    expect(r.commands.filter((c) => c.command === 'error')).toEqual([])
    expect(r.stdout).toMatch(/^Dispatch now: WO-FIX-03$/m)
    expect(r.stdout).toMatch(/^After #13 merges: WO-FIX-01$/m)
  })

  it('plans for the default branch on a push of a tag, read at that branch', async () => {
    const r = await run(boardEvent(server, repo, 'push', { ref: 'refs/tags/v1.0.0', sha: SHA }))
    expect(r.code).toBe(0)
    const plan = JSON.parse(r.outputs.plan ?? '') as PlanOutput
    expect(plan.repository).toEqual({ repository: 'octo/game', base: 'main', ref: 'main' })
    expect(server.requestsTo(ROUTES.tree).map((q) => q.path)).toEqual([
      '/api/v3/repos/octo/game/git/trees/main'
    ])
  })

  it('reads the work orders at the commit of the run, with the requests of the overlap listing', async () => {
    const r = await run(boardEvent(server, repo, 'schedule', { sha: SHA }))
    expect(r.code).toBe(0)
    expect(server.requests.map((q) => q.route).sort()).toEqual(
      [ROUTES.listPulls, ROUTES.tree, ROUTES.graphql, ROUTES.graphql].sort()
    )
    expect(server.requestsTo(ROUTES.tree)[0]?.path).toContain(SHA)
    expect(server.requestsTo(ROUTES.listPulls)[0]?.query).toMatchObject({
      base: 'main',
      state: 'open'
    })
  })

  it('fails on a work order that cannot be used, naming it, and writes no plan', async () => {
    setFiles(repo, [SHA, 'main'], {
      ...FILES,
      'work-orders/WO-FIX-09.md': '# WO-FIX-09\n\n## Session Scope\n**Read set:** a.py\n'
    })
    const r = await run(boardEvent(server, repo, 'workflow_dispatch', { sha: SHA }))
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/work-orders\/WO-FIX-09\.md:3: .*Write set/)
    expect(r.outputs.plan).toBeUndefined()
  })

  it('fails on a dependency cycle, naming it', async () => {
    setFiles(repo, [SHA, 'main'], {
      ...FILES,
      'work-orders/WO-FIX-01.md': order('WO-FIX-01', 'a.py', 'WO-FIX-03'),
      'work-orders/WO-FIX-03.md': order('WO-FIX-03', 'b.py', 'WO-FIX-01')
    })
    const r = await run(boardEvent(server, repo, 'workflow_dispatch', { sha: SHA }))
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/dependency cycle WO-FIX-01 -> WO-FIX-03 -> WO-FIX-01/)
  })

  it('fails with what to do when GitHub refuses the token', async () => {
    const r = await run(boardEvent(server, repo, 'schedule', { sha: SHA }), 'ghs_revoked')
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(/GitHub answered 401 .*check the `token` input/)
    expect(r.outputs.plan).toBeUndefined()
  })
})
