// The repository's own workflows and the README's YAML examples use only what GitHub Actions
// documents: events, activity types, permission scopes and values, and the keys of a workflow, a job
// and a step. A typo (`pull-request:`, `permission:`, `pull_requests: write`) would otherwise be
// found only when a workflow silently never runs or runs without the access it needs. Third-party
// actions in .github/workflows are pinned to a full commit SHA. Files are read when the test runs:
// the README changes while the project grows.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'
import { parseScope } from '../src/scope/parser/parse.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WORKFLOWS = join(ROOT, '.github', 'workflows')

// https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax
const WORKFLOW_KEYS = new Set([
  'name',
  'run-name',
  'on',
  'permissions',
  'env',
  'defaults',
  'concurrency',
  'jobs'
])
const JOB_KEYS = new Set([
  'name',
  'permissions',
  'needs',
  'if',
  'runs-on',
  'snapshot',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'container',
  'services',
  'uses',
  'with',
  'secrets'
])
const STEP_KEYS = new Set([
  'id',
  'if',
  'name',
  'uses',
  'run',
  'working-directory',
  'shell',
  'with',
  'env',
  'continue-on-error',
  'timeout-minutes'
])
// https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax#permissions
const PERMISSION_VALUES: Record<string, readonly string[]> = {
  actions: ['read', 'write', 'none'],
  attestations: ['read', 'write', 'none'],
  checks: ['read', 'write', 'none'],
  contents: ['read', 'write', 'none'],
  deployments: ['read', 'write', 'none'],
  discussions: ['read', 'write', 'none'],
  'id-token': ['write', 'none'],
  issues: ['read', 'write', 'none'],
  models: ['read', 'none'],
  packages: ['read', 'write', 'none'],
  pages: ['read', 'write', 'none'],
  'pull-requests': ['read', 'write', 'none'],
  'repository-projects': ['read', 'write', 'none'],
  'security-events': ['read', 'write', 'none'],
  statuses: ['read', 'write', 'none']
}
const PERMISSION_SHORTHANDS = new Set(['read-all', 'write-all'])
// https://docs.github.com/actions/reference/workflows-and-actions/events-that-trigger-workflows
const EVENTS = new Set([
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'create',
  'delete',
  'deployment',
  'deployment_status',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'image_version',
  'issue_comment',
  'issues',
  'label',
  'merge_group',
  'milestone',
  'page_build',
  'public',
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment',
  'pull_request_target',
  'push',
  'registry_package',
  'release',
  'repository_dispatch',
  'schedule',
  'status',
  'watch',
  'workflow_call',
  'workflow_dispatch',
  'workflow_run'
])
const PULL_REQUEST_TYPES = [
  'assigned',
  'unassigned',
  'labeled',
  'unlabeled',
  'opened',
  'edited',
  'closed',
  'reopened',
  'synchronize',
  'converted_to_draft',
  'ready_for_review',
  'locked',
  'unlocked',
  'review_requested',
  'review_request_removed',
  'auto_merge_enabled',
  'auto_merge_disabled',
  'milestoned',
  'demilestoned',
  'enqueued',
  'dequeued'
]
const EVENT_TYPES: Record<string, readonly string[]> = {
  pull_request: PULL_REQUEST_TYPES,
  pull_request_target: PULL_REQUEST_TYPES,
  merge_group: ['checks_requested']
}
const FILTER_KEYS = new Set([
  'types',
  'branches',
  'branches-ignore',
  'tags',
  'tags-ignore',
  'paths',
  'paths-ignore'
])
const EVENT_KEYS: Record<string, ReadonlySet<string>> = {
  workflow_dispatch: new Set(['inputs']),
  workflow_call: new Set(['inputs', 'outputs', 'secrets']),
  workflow_run: new Set(['workflows', 'types', 'branches', 'branches-ignore'])
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const isMap = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every problem with a whole workflow, as `where: what` lines (empty when it is valid). */
function workflowProblems(workflow: unknown): string[] {
  if (!isMap(workflow)) return ['the workflow is not a mapping']
  const problems: string[] = []
  for (const key of Object.keys(workflow)) {
    if (!WORKFLOW_KEYS.has(key)) problems.push(`top level: unknown key "${key}"`)
  }
  if (!('on' in workflow)) problems.push('top level: no `on:`')
  if (!isMap(workflow.jobs)) problems.push('top level: no `jobs:` mapping')
  problems.push(...eventProblems(workflow.on))
  if ('permissions' in workflow)
    problems.push(...permissionProblems('top level', workflow.permissions))
  if (isMap(workflow.jobs)) {
    for (const [id, job] of Object.entries(workflow.jobs)) problems.push(...jobProblems(id, job))
  }
  return problems
}

function eventProblems(on: unknown): string[] {
  const names = typeof on === 'string' ? [on] : Array.isArray(on) ? on : isMap(on) ? null : []
  if (names !== null) {
    return names.flatMap((n) => (EVENTS.has(String(n)) ? [] : [`on: unknown event "${String(n)}"`]))
  }
  const problems: string[] = []
  for (const [event, config] of Object.entries(on as Record<string, Json>)) {
    if (!EVENTS.has(event)) {
      problems.push(`on: unknown event "${event}"`)
      continue
    }
    if (event === 'schedule') {
      const ok =
        Array.isArray(config) && config.every((c) => isMap(c) && typeof c.cron === 'string')
      if (!ok) problems.push('on.schedule: must be a list of `- cron: ...`')
      continue
    }
    if (config === null) continue
    if (!isMap(config)) {
      problems.push(`on.${event}: must be empty or a mapping`)
      continue
    }
    const allowed = EVENT_KEYS[event] ?? FILTER_KEYS
    for (const key of Object.keys(config)) {
      if (!allowed.has(key)) problems.push(`on.${event}: unknown key "${key}"`)
    }
    const types = EVENT_TYPES[event]
    if (types && config.types !== undefined) {
      const given = Array.isArray(config.types) ? config.types : [config.types]
      for (const type of given) {
        if (!types.includes(String(type))) {
          problems.push(`on.${event}.types: unknown activity type "${String(type)}"`)
        }
      }
    }
  }
  return problems
}

function permissionProblems(where: string, permissions: unknown): string[] {
  if (typeof permissions === 'string') {
    return PERMISSION_SHORTHANDS.has(permissions)
      ? []
      : [`${where}: permissions "${permissions}" is neither read-all, write-all nor a mapping`]
  }
  if (!isMap(permissions)) return [`${where}: permissions must be a mapping`]
  const problems: string[] = []
  for (const [scope, value] of Object.entries(permissions)) {
    const values = PERMISSION_VALUES[scope]
    if (!values) problems.push(`${where}: unknown permission scope "${scope}"`)
    else if (!values.includes(String(value))) {
      problems.push(
        `${where}: permission ${scope} cannot be "${String(value)}" (${values.join(', ')})`
      )
    }
  }
  return problems
}

/** A job's problems; `partial` (a README excerpt) need not say where it runs. */
function jobProblems(id: string, job: unknown, partial = false): string[] {
  const where = `jobs.${id}`
  if (!isMap(job)) return [`${where}: must be a mapping`]
  const problems: string[] = []
  for (const key of Object.keys(job)) {
    if (!JOB_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`)
  }
  if ('permissions' in job) problems.push(...permissionProblems(where, job.permissions))
  const reusable = 'uses' in job || partial
  if (!reusable && !('runs-on' in job)) problems.push(`${where}: no \`runs-on:\``)
  if (!reusable && !Array.isArray(job.steps)) problems.push(`${where}: no \`steps:\` list`)
  if (Array.isArray(job.steps)) {
    job.steps.forEach((step, i) => problems.push(...stepProblems(`${where}.steps[${i}]`, step)))
  }
  return problems
}

function stepProblems(where: string, step: unknown): string[] {
  if (!isMap(step)) return [`${where}: must be a mapping`]
  const problems: string[] = []
  for (const key of Object.keys(step)) {
    if (!STEP_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`)
  }
  if ('uses' in step === 'run' in step) problems.push(`${where}: needs exactly one of uses, run`)
  return problems
}

/** Problems with a README fragment: a whole workflow, a job, a list of steps or one step. */
function fragmentProblems(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((s, i) => stepProblems(`steps[${i}]`, s))
  if (!isMap(value)) return []
  if ('on' in value || 'jobs' in value) return workflowProblems(value)
  if ('runs-on' in value || 'steps' in value) return jobProblems('(example)', value, true)
  if ('uses' in value || 'run' in value) return stepProblems('step', value)
  // A job map without its `jobs:` parent (`scope: {runs-on: ..., steps: ...}`).
  const jobs = Object.entries(value).filter(([, v]) => isMap(v) && ('runs-on' in v || 'steps' in v))
  return jobs.flatMap(([id, job]) => jobProblems(id, job))
}

/** The `uses:` lines of a workflow that name a third-party action by anything but a full SHA
 * followed by its version in a comment (`@<40 hex> # v5.0.0`). Local actions (`./`) are fine. */
function unpinnedUses(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .filter((m) => !(m[1] ?? '').startsWith('./'))
    .filter(
      (m) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(m[1] ?? '') || !/#\s*v\d/.test(m[2] ?? '')
    )
    .map((m) => m[0].trim())
}

/** Parses YAML, returning the value or the parser's errors. */
function parseYaml(text: string): { value: unknown; errors: string[] } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  return { value: doc.toJS() as unknown, errors: doc.errors.map((e) => e.message) }
}

/** The ```yaml fences of a Markdown text, with the line each starts at. */
function yamlFences(markdown: string): Array<{ line: number; text: string }> {
  const fences: Array<{ line: number; text: string }> = []
  const lines = markdown.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(yaml|yml)\b/i.exec(lines[i] ?? '')
    if (!open) continue
    const indent = open[1]?.length ?? 0
    const marker = open[2] ?? '```'
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !(lines[j] ?? '').trim().startsWith(marker)) {
      body.push((lines[j] ?? '').slice(indent))
      j++
    }
    fences.push({ line: i + 1, text: body.join('\n') })
    i = j
  }
  return fences
}

const workflowFiles = existsSync(WORKFLOWS)
  ? readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f))
  : []

describe('the checker itself', () => {
  it.each([
    [
      'a misspelt event',
      { on: { pull_requests: null }, jobs: {} },
      /unknown event "pull_requests"/
    ],
    ['a bad activity type', { on: { merge_group: { types: ['queued'] } }, jobs: {} }, /"queued"/],
    ['a misspelt top-level key', { on: 'push', permission: {}, jobs: {} }, /key "permission"/],
    [
      'a misspelt permission scope',
      { on: 'push', permissions: { pull_requests: 'write' }, jobs: {} },
      /scope "pull_requests"/
    ],
    [
      'a bad permission value',
      { on: 'push', permissions: { contents: 'admin' }, jobs: {} },
      /admin/
    ],
    ['id-token: read', { on: 'push', permissions: { 'id-token': 'read' }, jobs: {} }, /id-token/],
    [
      'a misspelt job key',
      { on: 'push', jobs: { a: { 'runs-on': 'x', step: [], steps: [] } } },
      /jobs\.a: unknown key "step"/
    ],
    [
      'a misspelt step key',
      { on: 'push', jobs: { a: { 'runs-on': 'x', steps: [{ run: 'x', width: {} }] } } },
      /steps\[0\]: unknown key "width"/
    ],
    [
      'a step with both uses and run',
      { on: 'push', jobs: { a: { 'runs-on': 'x', steps: [{ run: 'x', uses: 'y' }] } } },
      /exactly one of uses, run/
    ]
  ])('finds %s', (_, workflow, problem) => {
    expect(workflowProblems(workflow).join('\n')).toMatch(problem)
  })

  it.each([
    ['uses: actions/checkout@v5', true],
    ['- uses: actions/checkout@main # v5', true],
    ['- uses: actions/checkout@08c6903 # v5.0.0', true],
    ['- uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', true],
    ['- uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0', false],
    ['  uses: ./', false]
  ])('flags %j as unpinned: %s', (line, flagged) => {
    expect(unpinnedUses(line)).toHaveLength(flagged ? 1 : 0)
  })

  it('accepts a minimal valid workflow', () => {
    const workflow = {
      on: { pull_request: { types: ['opened'] }, merge_group: null },
      permissions: {},
      jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ uses: './' }] } }
    }
    expect(workflowProblems(workflow)).toEqual([])
  })

  it('finds the yaml fences of a Markdown text, indented ones included', () => {
    const markdown = [
      '# T',
      '```yaml',
      'a: 1',
      '```',
      '- item',
      '  ```yml',
      '  b: 2',
      '  ```'
    ].join('\n')
    expect(yamlFences(markdown)).toEqual([
      { line: 2, text: 'a: 1' },
      { line: 6, text: 'b: 2' }
    ])
  })
})

describe('.github/workflows', () => {
  it('holds the CI, dist, scope and release workflows', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['ci.yml', 'check-dist.yml', 'scope.yml', 'release.yml'])
    )
  })

  it('releases only on a pushed X.Y.Z tag, with write access for that job alone', () => {
    const { value } = parseYaml(readFileSync(join(WORKFLOWS, 'release.yml'), 'utf8'))
    const workflow = value as {
      on: Record<string, unknown>
      permissions: unknown
      jobs: Record<string, { permissions: unknown; steps: Array<{ run?: string }> }>
    }
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
    expect(workflow.permissions).toEqual({})
    expect(Object.values(workflow.jobs).map((job) => job.permissions)).toEqual([
      { contents: 'write' }
    ])
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''))
    expect(runs.join('\n')).toContain('npm run bundle')
    expect(runs.join('\n')).toContain('node script/release.mjs notes')
    expect(runs.join('\n')).toContain('gh release create')
  })

  it.each(workflowFiles)('%s sets up Node from .node-version', (file) => {
    const { value } = parseYaml(readFileSync(join(WORKFLOWS, file), 'utf8'))
    const steps = Object.values(
      (value as { jobs: Record<string, { steps?: Array<{ uses?: string; with?: object }> }> }).jobs
    ).flatMap((job) => job.steps ?? [])
    const setups = steps.filter((step) => step.uses?.startsWith('actions/setup-node@'))
    // The first set-up of each job is the pinned Node; a later one may be the engines minimum.
    for (const setup of setups.filter((s) => !('node-version' in (s.with ?? {})))) {
      expect(setup.with).toEqual(expect.objectContaining({ 'node-version-file': '.node-version' }))
    }
    expect(setups.every((s) => JSON.stringify(s.with ?? {}).includes('node-version'))).toBe(true)
    expect(JSON.stringify(setups)).not.toMatch(/"node-version":\s*"?\d/)
  })

  it.each(workflowFiles)(
    '%s parses and uses only documented keys, events and permissions',
    (file) => {
      const { value, errors } = parseYaml(readFileSync(join(WORKFLOWS, file), 'utf8'))
      expect(errors).toEqual([])
      expect(workflowProblems(value)).toEqual([])
    }
  )

  it.each(workflowFiles)('%s pins every third-party action to a full commit SHA', (file) => {
    const unpinned = unpinnedUses(readFileSync(join(WORKFLOWS, file), 'utf8'))
    expect(unpinned).toEqual([])
  })

  it.each(workflowFiles)('%s sets permissions, at the top level or on every job', (file) => {
    const { value } = parseYaml(readFileSync(join(WORKFLOWS, file), 'utf8'))
    const workflow = value as {
      permissions?: unknown
      jobs: Record<string, { permissions?: unknown }>
    }
    const everyJob = Object.values(workflow.jobs).every((job) => job.permissions !== undefined)
    expect(workflow.permissions !== undefined || everyJob).toBe(true)
    // Nothing asks for write-all: each job names the scopes it needs.
    expect(JSON.stringify(workflow)).not.toContain('write-all')
  })

  it('runs the action on its own pull requests and in the merge queue', () => {
    const { value } = parseYaml(readFileSync(join(WORKFLOWS, 'scope.yml'), 'utf8'))
    const workflow = value as {
      on: Record<string, { types?: string[] } | null>
      jobs: Record<string, { steps: Array<{ uses?: string }> }>
    }
    expect(workflow.on.pull_request?.types).toEqual([
      'opened',
      'edited',
      'synchronize',
      'reopened',
      'ready_for_review'
    ])
    expect('merge_group' in workflow.on).toBe(true)
    // pull_request_target would run the pull request's own dist/ with a write token.
    expect('pull_request_target' in workflow.on).toBe(false)
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
    expect(steps.some((step) => step.uses === './')).toBe(true)
  })
})

describe('.github/dependabot.yml', () => {
  it('updates npm packages and the pinned actions weekly, grouped', () => {
    const { value, errors } = parseYaml(
      readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')
    )
    expect(errors).toEqual([])
    const config = value as {
      version: number
      updates: Array<{
        'package-ecosystem': string
        directory: string
        schedule: { interval: string }
        groups?: Record<string, unknown>
      }>
    }
    expect(config.version).toBe(2)
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm'
    ])
    for (const update of config.updates) {
      expect(update.directory).toBe('/')
      expect(update.schedule.interval).toBe('weekly')
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0)
    }
  })
})

describe('README.md', () => {
  const readme = join(ROOT, 'README.md')
  const fences = existsSync(readme) ? yamlFences(readFileSync(readme, 'utf8')) : []

  // jest refuses an empty table, and the README may have no examples yet.
  const rows = fences.length > 0 ? fences.map((f) => [f.line, f.text] as const) : [[0, ''] as const]

  it.each(rows)(
    'the yaml example at line %i parses and uses only documented keys, events and permissions',
    (_, text) => {
      const { value, errors } = parseYaml(text)
      expect(errors).toEqual([])
      expect(fragmentProblems(value)).toEqual([])
    }
  )
})

describe('.github/pull_request_template.md', () => {
  it('holds a Session Scope block that parses without errors', () => {
    const template = readFileSync(join(ROOT, '.github', 'pull_request_template.md'), 'utf8')
    const parse = parseScope(template)
    expect(parse.messages.filter((m) => m.level === 'error')).toEqual([])
    expect(parse.scope?.write.map((e) => e.text)).toEqual([
      'src/example.ts',
      '__tests__/example.test.ts'
    ])
    expect(parse.scope?.forbidOthers).toBe(true)
  })
})
