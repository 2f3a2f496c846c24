// `pr-scope plan --repo` as users run it: the built command (dist/cli.js, a child process) against
// the local GitHub stand-in, with work-order files in a temporary folder. Build first with
// `npm run bundle`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFiles } from '../../../testing/git-data.js'
import { ROUTES, scopeBody } from '../../../testing/fixtures.js'
import { FakeGitHub } from '../../../testing/server.js'
import { addPullRequest, createRepository, type FakeRepository } from '../../../testing/state.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const scratch = mkdtempSync(join(tmpdir(), 'pr-scope-plan-repo-'))

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the built command in `cwd` with only the variables given (no token unless given). */
function run(args: string[], env: Record<string, string>, cwd = folder): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      stdio: 'pipe'
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

const order = (id: string, write: string, dependencies = 'none'): string =>
  scopeBody({
    intro: `# ${id}: generated`,
    write,
    read: 'aidm/schemas/attack.py',
    dependencies,
    forbidden: 'Any file not listed above'
  })

let server: FakeGitHub
let repo: FakeRepository
let folder: string
let env: Record<string, string>

// The coordinator's new work orders, in a folder of their own (not yet on the base branch).
const LOCAL: Record<string, string> = {
  'WO-FIX-01.md': order('WO-FIX-01', 'aidm/core/attack_resolver.py'),
  'WO-FIX-02.md': order('WO-FIX-02', 'aidm/core/full_attack_resolver.py'),
  'WO-FIX-03.md': order('WO-FIX-03', 'aidm/core/conditions.py'),
  'WO-FIX-07.md': order('WO-FIX-07', 'aidm/core/grapple.py, package-lock.json'),
  'WO-FIX-08.md': order('WO-FIX-08', 'aidm/core/trip.py', 'WO-FIX-02 must be merged first')
}

beforeAll(async () => {
  repo = createRepository('octo', 'game')
  // The base branch: one work order (used by #14 by path) and the settings file.
  setFiles(repo, ['main'], {
    'README.md': '# Game\n',
    'work-orders/WO-FIX-05.md': order('WO-FIX-05', 'aidm/core/grapple.py'),
    '.github/pr-scope.yml': 'ignore:\n  - package-lock.json\n'
  })
  setFiles(repo, ['develop'], { 'README.md': '# Game\n' })
  // Carries WO-FIX-02 by the ID in its title: that work order is in flight.
  addPullRequest(repo, {
    number: 12,
    title: 'WO-FIX-02: full attack',
    body: scopeBody({ write: 'aidm/core/full_attack_resolver.py' })
  })
  addPullRequest(repo, {
    number: 13,
    title: 'Attack rounding',
    body: scopeBody({ write: 'aidm/core/attack_resolver.py, package-lock.json' })
  })
  // No scope in its body: the scope of the work order it names, read on the base branch.
  addPullRequest(repo, {
    number: 14,
    title: 'Grapple',
    body: 'Work order: work-orders/WO-FIX-05.md\n'
  })
  // To another base: not in flight on main.
  addPullRequest(repo, {
    number: 15,
    title: 'Everything, on develop',
    body: scopeBody({ write: 'aidm/**' }),
    base: { ref: 'develop' }
  })
  addPullRequest(repo, { number: 16, title: 'Mystery change', body: 'Fixes things.' })
  addPullRequest(repo, {
    number: 17,
    title: 'Docs \u001b[31mred\u001b[0m | @octocat <b>x</b>\u202e',
    draft: true,
    body: scopeBody({ write: 'docs/**' })
  })
  server = await new FakeGitHub({ repositories: [repo] }).start()
  folder = join(scratch, 'orders')
  for (const [name, text] of Object.entries(LOCAL)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true })
    writeFileSync(join(folder, name), text)
  }
  env = { GITHUB_TOKEN: 'ghs_read', GITHUB_API_URL: server.apiUrl }
})

afterAll(async () => {
  await server.stop()
  rmSync(scratch, { recursive: true, force: true })
})

beforeEach(() => {
  server.requests.length = 0
})

interface Json {
  workOrders: Array<{
    id: string
    path: string
    scoped: boolean
    dependsOn: string[]
    waitsFor: number[]
    carriedBy: number[]
  }>
  waves: string[][]
  inFlight: Array<{
    number: number
    title: string
    url: string
    workOrder: string | null
    write: string[] | null
    draft: boolean
  }>
  inFlightConflicts: Array<{ workOrder: string; number: number; witness: string }>
  repository: { repository: string; base: string; ref: string }
  warnings: Array<{ message: string; pullRequest: number | null }>
  errors?: string[]
}

describe('pr-scope plan --repo', () => {
  it('plans the work orders around the open pull requests to the default branch (JSON)', async () => {
    const r = await run(['plan', '.', '--repo', 'octo/game', '--json'], env)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as Json
    expect(json.workOrders.map((w) => [w.id, w.waitsFor, w.carriedBy])).toEqual([
      ['WO-FIX-01', [13], []],
      ['WO-FIX-02', [], [12]],
      ['WO-FIX-03', [], []],
      ['WO-FIX-07', [14], []],
      ['WO-FIX-08', [12], []]
    ])
    // Every field the plain plan has is kept.
    expect(json.workOrders[0]).toEqual({
      id: 'WO-FIX-01',
      path: 'WO-FIX-01.md',
      scoped: true,
      dependsOn: [],
      waitsFor: [13],
      carriedBy: []
    })
    expect(Object.keys(json).slice(0, 5)).toEqual([
      'workOrders',
      'conflicts',
      'groups',
      'waves',
      'inFlight'
    ])
    expect(json.waves).toEqual([['WO-FIX-03'], ['WO-FIX-01', 'WO-FIX-07', 'WO-FIX-08']])
    expect(json.inFlight.map((p) => [p.number, p.workOrder, p.write, p.draft])).toEqual([
      [12, 'WO-FIX-02', ['aidm/core/full_attack_resolver.py'], false],
      [13, null, ['aidm/core/attack_resolver.py', 'package-lock.json'], false],
      [14, 'WO-FIX-05', ['aidm/core/grapple.py'], false],
      [16, null, null, false],
      [17, null, ['docs/**'], true]
    ])
    expect(json.inFlight[0]).toMatchObject({
      title: 'WO-FIX-02: full attack',
      url: `${server.serverUrl}/octo/game/pull/12`
    })
    // The settings file on the base branch ignores package-lock.json: #13 and WO-FIX-07 share
    // only that besides their own files, so no overlap is reported on it.
    expect(json.inFlightConflicts.map((c) => [c.workOrder, c.number, c.witness])).toEqual([
      ['WO-FIX-01', 13, 'aidm/core/attack_resolver.py'],
      ['WO-FIX-07', 14, 'aidm/core/grapple.py']
    ])
    expect(json.repository).toEqual({ repository: 'octo/game', base: 'main', ref: 'main' })
    // The pull request without a scope is a warning, on standard error too.
    expect(json.warnings).toEqual([
      expect.objectContaining({ pullRequest: 16, message: expect.stringContaining('#16') })
    ])
    expect(r.stderr).toMatch(/warning: #16 "Mystery change" is in flight with no Session Scope/)
  })

  it('reads with the requests the action makes, a listing page at a time', async () => {
    await run(['plan', '.', '--repo', 'octo/game', '--json'], env)
    const routes = server.requests.map((q) => q.route).sort()
    expect(routes).toEqual(
      [
        'GET /repos/{owner}/{repo}',
        ROUTES.listPulls,
        ROUTES.tree,
        ROUTES.graphql, // the settings file
        ROUTES.graphql // the work-order files, one batch
      ].sort()
    )
    expect(server.requestsTo(ROUTES.listPulls)[0]?.query).toMatchObject({
      state: 'open',
      base: 'main',
      per_page: '100'
    })
  })

  it('prints a dispatch list in Markdown, with hostile titles made inert', async () => {
    const r = await run(['plan', '.', '--repo', 'octo/game'], env)
    expect(r.code).toBe(0)
    const pull = (n: number): string => `[#${n}](${server.serverUrl}/octo/game/pull/${n})`
    expect(r.stdout).toContain('# Dispatch board')
    expect(r.stdout).toContain('- **Dispatch now:** WO-FIX-03\n')
    expect(r.stdout).toContain(`- **After ${pull(13)} merges:** WO-FIX-01\n`)
    expect(r.stdout).toContain(`- **After ${pull(14)} merges:** WO-FIX-07\n`)
    expect(r.stdout).toContain(`- **After ${pull(12)} merges:** WO-FIX-08\n`)
    expect(r.stdout).toContain(
      `- **In flight:** ${pull(12)} (WO-FIX-02), ${pull(13)}, ${pull(14)} (WO-FIX-05), ${pull(17)}\n`
    )
    expect(r.stdout).toContain(`- **In flight, scope unknown:** ${pull(16)}\n`)
    expect(r.stdout).toMatch(
      /\| WO-FIX-01 \| `WO-FIX-01.md` \| \[#13\]\([^)]*\) to merge: both write `aidm\/core\/attack_resolver.py` \|/
    )
    expect(r.stdout).toContain('## In flight, scope unknown (1)')
    // The title of #17: no escape sequence, no raw pipe, mention or HTML, no bidi override.
    expect(r.stdout).not.toContain('\u001b')
    expect(r.stdout).not.toContain('\u202e')
    expect(r.stdout).toContain('@\u200Boctocat')
    expect(r.stdout).toContain('&lt;b&gt;')
    expect(r.stdout).toContain('\\|')
  })

  it('plans against another base branch with --base', async () => {
    const r = await run(['plan', '.', '--repo', 'octo/game', '--base', 'develop', '--json'], env)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as Json
    expect(json.inFlight.map((p) => p.number)).toEqual([15])
    // #15 writes aidm/**: everything waits for it; WO-FIX-08 then waits for WO-FIX-02 as well.
    expect(json.waves).toEqual([
      [],
      ['WO-FIX-01', 'WO-FIX-02', 'WO-FIX-03', 'WO-FIX-07'],
      ['WO-FIX-08']
    ])
    expect(json.repository.base).toBe('develop')
  })

  it('takes the token from GH_TOKEN when GITHUB_TOKEN is not set', async () => {
    const r = await run(['plan', '.', '--repo', 'octo/game', '--json'], {
      GH_TOKEN: 'ghs_read',
      GITHUB_API_URL: server.apiUrl
    })
    expect(r.code).toBe(0)
    expect(server.requests.every((q) => q.token === 'ghs_read')).toBe(true)
  })

  it.each([
    [
      'no token',
      { GITHUB_API_URL: '' },
      'octo/game',
      /no GitHub token: .*set GITHUB_TOKEN or GH_TOKEN/
    ],
    [
      'a token GitHub refuses',
      { GITHUB_TOKEN: 'ghs_revoked' },
      'octo/game',
      /GitHub refused the token in GITHUB_TOKEN \(401 Bad credentials\).*set GITHUB_TOKEN to a valid token/
    ],
    [
      'a repository that does not exist',
      { GITHUB_TOKEN: 'ghs_read' },
      'octo/nope',
      /repository octo\/nope not found .*or the token in GITHUB_TOKEN cannot see it \(404\): check --repo/
    ]
  ])('exits 2 on %s, saying what to do, with no plan', async (_, given, name, message) => {
    const variables: Record<string, string> = { ...given }
    if (variables.GITHUB_API_URL !== '') variables.GITHUB_API_URL = server.apiUrl
    const r = await run(['plan', '.', '--repo', name, '--json'], variables)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    const json = JSON.parse(r.stdout) as Json
    expect(json.errors?.[0]).toMatch(message)
    expect(json.workOrders).toBeUndefined()
  })

  it('exits 2 on a bad --repo or a --base without --repo, before any request', async () => {
    const bad = await run(['plan', '.', '--repo', 'octo'], env)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--repo takes OWNER\/REPO, e.g. --repo octo\/game/)
    const alone = await run(['plan', '.', '--base', 'main'], env)
    expect(alone.code).toBe(2)
    expect(alone.stderr).toMatch(/--base needs --repo/)
    expect(server.requests).toEqual([])
  })

  it('exits 2 on a work order that cannot be read, before any request', async () => {
    const broken = join(scratch, 'broken')
    mkdirSync(broken, { recursive: true })
    writeFileSync(join(broken, 'WO-9.md'), '## Session Scope\n**Read set:** a\n')
    const r = await run(['plan', '.', '--repo', 'octo/game'], env, broken)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/WO-9\.md:1: error: .*Write set/)
    expect(server.requests).toEqual([])
  })

  it('exits 2 naming the settings file when it cannot be used', async () => {
    const other = createRepository('octo', 'settings')
    setFiles(other, ['main'], { '.github/pr-scope.yml': 'scope-source: sometimes\n' })
    server.addRepository(other)
    const r = await run(['plan', '.', '--repo', 'octo/settings'], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.github\/pr-scope\.yml on main cannot be used/)
    expect(r.stderr).toMatch(/auto, body, work-order/)
  })

  it('exits 2 when a page of the listing cannot be read, rather than plan without it', async () => {
    server.inject(ROUTES.listPulls, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const r = await run(['plan', '.', '--repo', 'octo/game', '--json'], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Could not list the open pull requests on main of octo\/game/)
    expect(JSON.parse(r.stdout)).toEqual({ errors: [expect.stringMatching(/pull-requests: read/)] })
  })
})
