// `pr-scope plan FILE|DIR... [--json]`: reads work-order files, plans them, prints the plan.
// Exit 0 with a plan (conflicts are the plan, not a failure); exit 2 on bad usage, a file that
// cannot be read, a scope that cannot be parsed, a bad pattern or a dependency cycle.

import { readFile } from 'node:fs/promises'
import { relative, sep } from 'node:path'
import { withoutLinePrefix } from '../report/line-prefix.js'
import { parseScope } from '../scope/parse.js'
import { planWorkOrders, workOrderId, type PlanMessage, type WorkOrder } from '../scope/plan.js'
import type { ScopeMessage } from '../scope/types.js'
import { findWorkOrderFiles, reason } from './plan-files.js'
import { renderPlanJson } from './plan-json.js'
import { renderPlanMarkdown } from './plan-markdown.js'

/** The process around `pr-scope plan`, passed in so that tests need no child process. */
export interface PlanIO {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const OK = 0
const BAD_INPUT = 2

/** Help for `pr-scope plan`, shown by `--help`. */
export const PLAN_USAGE = `Usage: pr-scope plan FILE|DIR... [--json]

Pre-dispatch conflict check of work orders (the Concurrent Session Protocol's file ownership
analysis). Reads each FILE, and every *.md below each DIR, finds its Session Scope, and prints:
the files written by more than one work order, every write-write and read-write overlap, the
parallel-safe groups with the order their work orders must run in, and the waves of dispatch.

Options:
  --json      print the plan as JSON instead of Markdown
  -h, --help  show this help

Exit status: 0 with a plan (conflicts included), 2 on bad usage, an unreadable file, a scope or
pattern that cannot be read, or a dependency cycle.
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

type PlanArgs = { help: true } | { problem: string } | { paths: string[]; json: boolean }

function parsePlanArgs(args: readonly string[]): PlanArgs {
  const paths: string[] = []
  let json = false
  let options = true
  for (const arg of args) {
    if (options && arg === '--') options = false
    else if (options && (arg === '--help' || arg === '-h')) return { help: true }
    else if (options && arg === '--json') json = true
    else if (options && arg.startsWith('-') && arg !== '-') {
      return { problem: `unknown option ${arg}: the only option is --json` }
    } else paths.push(arg)
  }
  if (paths.length === 0) {
    return {
      problem:
        'no work orders given: name work-order files or folders, e.g. pr-scope plan work-orders/'
    }
  }
  return { paths, json }
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
