// `.github/pr-scope.yml` (CONTRACT §4), through the committed bundle (dist/index.js) on Node 24
// against the local GitHub stand-in: read at the base commit, under the workflow's inputs and over
// the defaults; a bad file fails the run naming the file and the line. Build first with
// `npm run bundle`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mergeGroupEvent, pullRequestEvent } from '../../testing/event.js'
import { failureLine, ROUTES, scopeBody } from '../../testing/fixtures.js'
import { setFiles } from '../../testing/git-data.js'
import { runAction, type ActionRun } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import {
  addPullRequest,
  createRepository,
  fakeSha,
  type FakePullRequest,
  type FakeRepository
} from '../../testing/state.js'

const BASE = 'b'.repeat(40)
const HEAD = 'c'.repeat(40)
const SETTINGS = '.github/pr-scope.yml'

const settingsAt = (repo: FakeRepository, sha: string, text: string | null): void =>
  setFiles(repo, [sha], text === null ? { 'README.md': '# game\n' } : { [SETTINGS]: text })

let server: FakeGitHub
let repo: FakeRepository
let pr: FakePullRequest

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  pr = addPullRequest(repo, {
    number: 7,
    title: 'Grapple',
    body: scopeBody({ write: ['aidm/core/grapple.py'] }),
    base: { sha: BASE },
    head: { sha: HEAD, ref: 'grapple' },
    files: [
      { filename: 'aidm/core/grapple.py' },
      { filename: 'package-lock.json' },
      { filename: 'aidm/core/combat.py' }
    ]
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

beforeEach(() => {
  server.requests.length = 0
  repo.commits = {}
})

const run = (inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({
    server,
    event: pullRequestEvent(server, repo, pr),
    inputs: { overlap: 'off', 'read-overlap': 'off', comment: 'never', ...inputs }
  })

const outside = (r: ActionRun): string[] =>
  JSON.parse(r.outputs['out-of-scope-files'] ?? 'null') as string[]

describe('the settings file .github/pr-scope.yml (dist/index.js)', () => {
  it('fails without one: two files outside the write set', async () => {
    settingsAt(repo, BASE, null)
    const r = await run()
    expect(r.code).toBe(1)
    expect(outside(r)).toEqual(['aidm/core/combat.py', 'package-lock.json'])
    expect(r.stdout).toMatch(
      /No \.github\/pr-scope\.yml at bbbbbbbbbbbb: the workflow's inputs and the defaults apply/
    )
  })

  it('applies its ignore list and its level, read at the base commit in one query', async () => {
    settingsAt(repo, BASE, 'ignore:\n  - package-lock.json\nout-of-scope: warn\n')
    const r = await run()
    expect(r.code).toBe(0)
    expect(outside(r)).toEqual(['aidm/core/combat.py'])
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        command: 'warning',
        properties: expect.objectContaining({ file: 'aidm/core/combat.py' })
      })
    )
    expect(r.stdout).toMatch(
      /Settings from \.github\/pr-scope\.yml at bbbbbbbbbbbb: ignore, out-of-scope/
    )
    const reads = server.requestsTo(ROUTES.graphql)
    expect(reads).toHaveLength(1)
    expect(server.violations).toEqual([])
  })

  it('gives way to an input the workflow sets', async () => {
    settingsAt(repo, BASE, 'ignore:\n  - package-lock.json\nout-of-scope: warn\n')
    const r = await run({ 'out-of-scope': 'fail' })
    expect(r.code).toBe(1)
    expect(outside(r)).toEqual(['aidm/core/combat.py'])
    expect(r.stdout).toMatch(/set in the workflow instead: out-of-scope/)
  })

  it('lets the workflow replace its ignore list, not add to it', async () => {
    settingsAt(repo, BASE, 'ignore:\n  - package-lock.json\n')
    const r = await run({ ignore: 'aidm/core/combat.py' })
    expect(r.code).toBe(1)
    expect(outside(r)).toEqual(['package-lock.json'])
  })

  it('is not used when only the head branch has it: a pull request cannot loosen its own check', async () => {
    settingsAt(repo, BASE, null)
    settingsAt(repo, HEAD, 'out-of-scope: warn\nignore: ["**"]\n')
    const r = await run()
    expect(r.code).toBe(1)
    expect(outside(r)).toEqual(['aidm/core/combat.py', 'package-lock.json'])
    expect(server.requests.some((q) => JSON.stringify(q).includes(HEAD))).toBe(false)
  })

  it('fails the run on a bad file, naming the file, the line and the allowed values', async () => {
    settingsAt(
      repo,
      BASE,
      '# settings\nignore:\n  - package-lock.json\nout-of-scope: error\noverlaps: off\n'
    )
    const r = await run()
    expect(r.code).toBe(1)
    const error = failureLine(r)
    expect(error).toMatch(
      /The settings file \.github\/pr-scope\.yml at bbbbbbbbbbbb cannot be used/
    )
    expect(error).toMatch(
      /\.github\/pr-scope\.yml:4: `out-of-scope` is "error"; allowed values: fail, warn/
    )
    expect(error).toMatch(
      /\.github\/pr-scope\.yml:5: unknown key "overlaps"\. Did you mean `overlap`\?/
    )
    expect(error).toMatch(/Fix it on the base branch/)
    expect(r.outputs.result).toBeUndefined()
  })

  it('fails the run, naming the permission, when the token may not read it', async () => {
    settingsAt(repo, BASE, 'out-of-scope: warn\n')
    server.inject(ROUTES.graphql, {
      status: 200,
      body: {
        data: { repository: null },
        errors: [
          {
            type: 'FORBIDDEN',
            message: 'Resource not accessible by integration',
            path: ['repository']
          }
        ]
      }
    })
    const r = await run()
    expect(r.code).toBe(1)
    expect(failureLine(r)).toMatch(
      /read the settings file \.github\/pr-scope\.yml .*Resource not accessible by integration.*`contents: read`/
    )
  })

  it('is read at merge_group.base_sha in the merge queue', async () => {
    const queued = addPullRequest(repo, {
      number: 8,
      title: 'Queued',
      body: scopeBody({ write: ['aidm/core/grapple.py'] }),
      files: [{ filename: 'aidm/core/grapple.py' }, { filename: 'package-lock.json' }]
    })
    try {
      const event = mergeGroupEvent(server, repo, [queued])
      settingsAt(repo, fakeSha(`queue-base-${repo.defaultBranch}`), 'ignore: package-lock.json\n')
      const r = await runAction({ server, event })
      expect(r.code).toBe(0)
      expect(r.outputs.result).toBe('pass')
      expect(r.stdout).toMatch(/Settings from \.github\/pr-scope\.yml at [0-9a-f]{12}: ignore/)
    } finally {
      repo.pullRequests.splice(repo.pullRequests.indexOf(queued), 1)
    }
  })
})
