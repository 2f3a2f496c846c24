// Runs the committed bundle (dist/index.js) the way a GitHub runner does: Node 24, the inputs as
// INPUT_* variables with action.yml's defaults filled in, the event in a file at
// GITHUB_EVENT_PATH, and fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { findActionNode, type ActionNode } from '../script/node.mjs'
import type { WorkflowEvent } from './event.js'
import type { FakeGitHub } from './server.js'
import {
  parseOutputFile,
  parseWorkflowCommands,
  type WorkflowCommand
} from './workflow-commands.js'

/** The repository root (where action.yml and dist/ live). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * The Node 24 that GitHub's `runs.using: node24` stands for: the Node running this process when it
 * is 24 or later, else the pinned release fetched by `npm run fetch-node`, else null.
 */
export const ACTION_NODE: ActionNode | null = findActionNode(ROOT)

/**
 * The binary that runs the bundle: ACTION_NODE, or this Node when there is none. The bundle also
 * runs on Node 20, so the demo and the benchmarks still work there (with a warning); the tests do
 * not accept the stand-in (`npm test` leaves them out and says so).
 */
export const NODE24: string = ACTION_NODE?.path ?? process.execPath

let warned = false

/** Refuses to run the bundle on anything but Node 24 under jest, and warns elsewhere. */
function checkActionNode(): void {
  if (ACTION_NODE) return
  const advice =
    `GitHub runs dist/index.js on Node 24 and this is Node ${process.version}: use the pinned ` +
    `Node (.node-version), or fetch it with \`npm run fetch-node\`.`
  if (process.env.JEST_WORKER_ID !== undefined) {
    throw new Error(`The integration tests need Node 24. ${advice}`)
  }
  if (!warned) console.warn(`Running the bundle on this Node instead of Node 24. ${advice}`)
  warned = true
}

/** How to run the action. */
export interface RunActionOptions {
  server: FakeGitHub
  event: WorkflowEvent
  /** Inputs as a workflow's `with:` gives them; the others take action.yml's defaults. */
  inputs?: Record<string, string>
  /** The token `${{ github.token }}` stands for (default the server's read-only `ghs_read`). */
  token?: string
  /** GITHUB_REPOSITORY (default taken from the event payload). */
  repository?: string
  /** GITHUB_WORKSPACE (default an empty temporary folder). */
  workspace?: string
  /** More environment variables, or overrides. */
  env?: Record<string, string>
  /** The script to run (default dist/index.js). */
  script?: string
  /** Kill the run after this long (default 60 s): a hung action must not hang the tests. */
  timeoutMs?: number
}

/** What the run did. */
export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  /** The workflow commands printed (annotations, set-output is not used by @actions/core). */
  commands: WorkflowCommand[]
  /** The annotations among the commands. */
  annotations: WorkflowCommand[]
  outputs: Record<string, string>
  summary: string
  durationMs: number
}

/** Runs the action once as a child process and collects what a runner would see. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  checkActionNode()
  const temp = mkdtempSync(join(tmpdir(), 'pr-scope-run-'))
  try {
    const eventPath = join(temp, 'event.json')
    const outputPath = join(temp, 'output.txt')
    const summaryPath = join(temp, 'summary.md')
    writeFileSync(eventPath, JSON.stringify(options.event.payload, null, 2))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const token = options.token ?? 'ghs_read'
    const payloadRepo = (options.event.payload.repository as { full_name?: string } | undefined)
      ?.full_name
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? temp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: temp,
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: options.server.apiUrl,
      GITHUB_GRAPHQL_URL: options.server.graphqlUrl,
      GITHUB_SERVER_URL: options.server.serverUrl,
      GITHUB_REPOSITORY: options.repository ?? payloadRepo ?? 'octo/repo',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKSPACE: options.workspace ?? temp,
      GITHUB_WORKFLOW: 'Scope',
      GITHUB_JOB: 'scope',
      GITHUB_RUN_ID: '1',
      GITHUB_ACTION: 'pr-scope-check',
      ...inputEnv(options.inputs ?? {}, token),
      ...options.env
    }
    const started = Date.now()
    const { code, stdout, stderr } = await spawnNode(
      [options.script ?? join(ROOT, 'dist', 'index.js')],
      env,
      options.timeoutMs ?? 60_000
    )
    const commands = parseWorkflowCommands(stdout)
    return {
      code,
      stdout,
      stderr,
      commands,
      annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
      outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      durationMs: Date.now() - started
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/** INPUT_* variables as the runner sets them: every input of action.yml, defaults filled in. */
export function inputEnv(given: Record<string, string>, token: string): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = given[name] ?? String(spec.default ?? '')
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace(
      /\$\{\{\s*github\.token\s*\}\}/g,
      token
    )
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in action.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}

function spawnNode(
  args: string[],
  env: Record<string, string>,
  timeoutMs: number
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, args, { env, cwd: env.GITHUB_WORKSPACE, stdio: 'pipe' })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}
