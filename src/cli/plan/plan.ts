// `pr-scope plan FILE|DIR... [--repo OWNER/REPO [--base BRANCH]] [--json]`: reads work-order
// files, plans them (against the open pull requests of a repository with --repo), prints the plan.
// Exit 0 with a plan (conflicts are the plan, not a failure); exit 2 on bad usage, a file that
// cannot be read, a scope that cannot be parsed, a bad pattern, a dependency cycle, or (--repo) a
// missing or refused token, a repository that cannot be seen, or any read that fails.

import { readFile } from 'node:fs/promises'
import { relative, sep } from 'node:path'
import type { Log } from '../../github/client/client.js'
import { renderBoardMarkdown } from '../../report/board-markdown.js'
import { withoutLinePrefix } from '../../report/line-prefix.js'
import { logLine } from '../../report/log-text.js'
import { parseScope } from '../../scope/parser/parse.js'
import { planWorkOrders } from '../../scope/plan/plan.js'
import type { PlanMessage, WorkOrder } from '../../scope/plan/types.js'
import { workOrderId } from '../../scope/work-order/id.js'
import type { ScopeMessage } from '../../scope/types.js'
import { findWorkOrderFiles, reason } from './files.js'
import { renderPlanJson } from '../../report/board-json.js'
import { renderPlanMarkdown } from './markdown.js'
import type { LocalWorkOrder, RepoTarget } from './repo.js'

/** The process around `pr-scope plan`, passed in so that tests need no child process. */
export interface PlanIO {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** The environment (--repo reads GITHUB_TOKEN, GH_TOKEN, GITHUB_API_URL and the like). */
  env?: Record<string, string | undefined>
}

const OK = 0
const BAD_INPUT = 2

/** Help for `pr-scope plan`, shown by `--help`. */
export const PLAN_USAGE = `Usage: pr-scope plan FILE|DIR... [--repo OWNER/REPO [--base BRANCH]] [--json]

Pre-dispatch conflict check of work orders (the Concurrent Session Protocol's file ownership
analysis). Reads each FILE, and every *.md below each DIR, finds its Session Scope, and prints:
the files written by more than one work order, every write-write and read-write overlap, the
parallel-safe groups with the order their work orders must run in, and the waves of dispatch.

With --repo, plans them against the work in flight: the open pull requests to BRANCH (default:
the repository's default branch), read through the GitHub API (token from GITHUB_TOKEN, else
GH_TOKEN; API root from GITHUB_API_URL). A work order an open pull request carries is in flight;
one that overlaps an open pull request waits for it; the first wave is what can go now.

Options:
  --repo OWNER/REPO  plan against the open pull requests of this repository
  --base BRANCH      their base branch (with --repo; default: the default branch)
  --json             print the plan as JSON instead of Markdown
  -h, --help         show this help

Exit status: 0 with a plan (conflicts included), 2 on bad usage, an unreadable file, a scope or
pattern that cannot be read, a dependency cycle, or (--repo) a token or repository GitHub refuses.
`

/** Runs `pr-scope plan` with the arguments after `plan` and returns the exit status. */
export async function runPlan(args: string[], io: PlanIO): Promise<number> {
  const parsed = parsePlanArgs(args)
  if ('help' in parsed) {
    io.stdout(PLAN_USAGE)
    return OK
  }
  if ('problem' in parsed) {
    const end = args.indexOf('--')
    const json = (end < 0 ? args : args.slice(0, end)).includes('--json')
    return fail(io, [`pr-scope plan: ${parsed.problem} (see pr-scope plan --help)`], json)
  }

  const found = await findWorkOrderFiles(parsed.paths, io.cwd)
  const errors = found.problems.map((p) => `pr-scope plan: ${p}`)
  const workOrders: WorkOrder[] = []
  const local: LocalWorkOrder[] = []
  for (const file of found.files) {
    const shown = shownPath(file, io.cwd)
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      errors.push(`pr-scope plan: cannot read ${shown}: ${reason(error)}; check the path`)
      continue
    }
    const { scope, messages } = parseScope(text)
    for (const message of messages) {
      const line = scopeMessageLine(shown, message)
      if (message.level === 'error') errors.push(line)
      else io.stderr(`${line}\n`)
    }
    if (messages.some((m) => m.level === 'error')) continue
    workOrders.push({ id: workOrderId(file, text), path: shown, scope })
    local.push({ path: shown, text })
  }
  if (parsed.repo !== null) {
    // The files' own problems need no request to GitHub: they are reported first.
    if (errors.length > 0) return fail(io, errors, parsed.json)
    return planAgainstRepo(parsed.repo, workOrders, local, parsed.json, io)
  }
  // The readable work orders are planned even when others failed, so that one run reports every
  // error (a bad pattern, a duplicate ID, a cycle) and not one file at a time.
  const plan = planWorkOrders(workOrders)
  const planErrors = plan.messages.filter((m) => m.level === 'error').map(planMessageLine)
  if (errors.length > 0 || planErrors.length > 0) {
    return fail(io, [...errors, ...planErrors], parsed.json)
  }
  for (const warning of plan.messages.filter((m) => m.level === 'warning')) {
    io.stderr(`${planMessageLine(warning)}\n`)
  }
  io.stdout(parsed.json ? renderPlanJson(plan) : renderPlanMarkdown(plan))
  return OK
}

/** `plan --repo`: the work in flight read, the work orders planned around it, the board printed. */
async function planAgainstRepo(
  target: RepoTarget,
  workOrders: readonly WorkOrder[],
  local: readonly LocalWorkOrder[],
  json: boolean,
  io: PlanIO
): Promise<number> {
  const env = io.env ?? {}
  const log: Log = {
    info: () => undefined,
    debug: () => undefined,
    // Retries and rate-limit waits: the user sees why the command takes its time.
    warning: (message) => io.stderr(`${logLine(`pr-scope plan: ${message}`)}\n`)
  }
  // Loaded here, not at start-up: the GitHub client is most of the command's code, and every
  // other run of it would pay for loading it.
  const { readInFlight } = await import('./repo.js')
  const work = await readInFlight(target, env, local, log)
  if (!work.ok)
    return fail(
      io,
      work.errors.map((e) => `pr-scope plan: ${e}`),
      json
    )
  const { base, inFlight, ignore } = work.value
  const plan = planWorkOrders(workOrders, {
    inFlight,
    ignore
  })
  const planErrors = plan.messages.filter((m) => m.level === 'error').map(planMessageLine)
  if (planErrors.length > 0) return fail(io, planErrors, json)
  // Pull request titles and patterns are hostile: no control character reaches the terminal.
  for (const warning of plan.messages.filter((m) => m.level === 'warning')) {
    io.stderr(`${logLine(planMessageLine(warning))}\n`)
  }
  const repository = `${target.owner}/${target.repo}`
  if (json) {
    io.stdout(renderPlanJson(plan, { repository, base, ref: base }))
    return OK
  }
  const markdown = renderBoardMarkdown(plan, {
    repository: {
      owner: target.owner,
      repo: target.repo,
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com'
    },
    base,
    ref: base
  })
  io.stdout(markdown.split('\n').map(logLine).join('\n'))
  return OK
}

type PlanArgs =
  { help: true } | { problem: string } | { paths: string[]; json: boolean; repo: RepoTarget | null }

function parsePlanArgs(args: readonly string[]): PlanArgs {
  const paths: string[] = []
  let json = false
  let repo: string | null = null
  let base: string | null = null
  let options = true
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const valued = /^--(repo|base)(?:=(.*))?$/s.exec(arg)
    if (options && arg === '--') options = false
    else if (options && (arg === '--help' || arg === '-h')) return { help: true }
    else if (options && arg === '--json') json = true
    else if (options && valued) {
      const value = valued[2] ?? args[++i]
      if (value === undefined || value === '') {
        const example = valued[1] === 'repo' ? 'OWNER/REPO' : 'BRANCH'
        return { problem: `--${valued[1]} needs a value: --${valued[1]} ${example}` }
      }
      if (valued[1] === 'repo') repo = value
      else base = value
    } else if (options && arg.startsWith('-') && arg !== '-') {
      return { problem: `unknown option ${arg}: the options are --repo, --base and --json` }
    } else paths.push(arg)
  }
  if (paths.length === 0) {
    return {
      problem:
        'no work orders given: name work-order files or folders, e.g. pr-scope plan work-orders/'
    }
  }
  if (repo === null) {
    if (base !== null) return { problem: '--base needs --repo: --repo OWNER/REPO --base BRANCH' }
    return { paths, json, repo: null }
  }
  const named = parseRepo(repo)
  if (named === null) {
    return {
      problem: `--repo takes OWNER/REPO, e.g. --repo octo/game, not ${JSON.stringify(repo)}`
    }
  }
  return { paths, json, repo: { ...named, base } }
}

/** `OWNER/REPO` as GitHub allows the names; null when the text is not one. */
export function parseRepo(text: string): { owner: string; repo: string } | null {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(text)
  if (!m || m[2] === '.' || m[2] === '..') return null
  return { owner: m[1] as string, repo: m[2] as string }
}

function fail(io: PlanIO, lines: readonly string[], json: boolean): number {
  for (const line of lines) io.stderr(`${line}\n`)
  // With --json, standard output still gets JSON: the errors, one a line as printed.
  if (json) io.stdout(`${JSON.stringify({ errors: lines }, null, 2)}\n`)
  return BAD_INPUT
}

/** A path as printed: relative to the cwd, with `/` separators. */
function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file)
  return (rel === '' ? file : rel).split(sep).join('/')
}

// `path:line: level: message`, the shape editors and CI logs link to the line. The parser's
// messages start with their own "line N:", which the location replaces.
function scopeMessageLine(path: string, message: ScopeMessage): string {
  const text = withoutLinePrefix(message.message, message.line)
  const column = message.column === undefined ? '' : `:${message.column}`
  return `${path}:${message.line}${column}: ${message.level}: ${text}`
}

function planMessageLine(message: PlanMessage): string {
  const where =
    message.path === undefined
      ? 'pr-scope plan'
      : message.line === undefined
        ? message.path
        : `${message.path}:${message.line}`
  return `${where}: ${message.level}: ${message.message}`
}
