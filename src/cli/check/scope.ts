// The Session Scope `pr-scope check` judges the branch by, found as the action finds a pull
// request's (src/scope/work-order/source.ts): --scope FILE (or - for standard input) plays the pull request
// body, the branch name plays its head branch, and work orders are read at the base commit.
import { readFile } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { resolveScope, type WorkOrderSource } from '../../scope/work-order/source.js'
import type { ParseResult, Scope, ScopeSource } from '../../scope/types.js'
import {
  findWorkOrderReference,
  resolveWorkOrderReference
} from '../../scope/work-order/reference.js'
import type { CheckSettings } from './settings.js'
import type { CliIO } from '../command.js'
import { formatScopeMessage } from './render.js'
import { ok, stop, type Step, type Stop } from '../step.js'

/** The environment variable that names the scope file when --scope is not given. */
export const SCOPE_FILE_ENV = 'PR_SCOPE_FILE'

/** A pull request body is at most 65,536 characters; standard input gets room to spare. */
export const MAX_STDIN_BYTES = 10 * 1024 * 1024

/** Where the body came from: a file (absolute, and as shown), standard input, or nothing. */
export type BodySource =
  { kind: 'file'; path: string; shown: string } | { kind: 'stdin' } | { kind: 'none' }

/** The scope found, where it came from, and how to name that source in messages. */
export interface LocalScope {
  parse: ParseResult
  /** Null when no scope was found (allowed by `missing-scope: warn` or `ignore`). */
  scope: Scope | null
  source: ScopeSource | null
  /** The source as messages name it: `body.md`, `standard input`, a work order's path. */
  shown: string
  body: BodySource
}

/** Where the body comes from: --scope, else $PR_SCOPE_FILE, else none. */
export function bodySource(scope: string | undefined, io: CliIO): BodySource {
  const given = scope ?? io.env[SCOPE_FILE_ENV]
  if (given === undefined || given === '') return { kind: 'none' }
  if (given === '-') return { kind: 'stdin' }
  const path = resolve(io.cwd, given)
  return { kind: 'file', path, shown: relative(io.cwd, path) || path }
}

async function readBody(body: BodySource, io: CliIO): Promise<Step<string>> {
  if (body.kind === 'none') return ok('')
  if (body.kind === 'stdin') {
    if (io.stdin === undefined)
      return stop('--scope - reads standard input, which this run has none of')
    const text = await io.stdin(MAX_STDIN_BYTES)
    if (text === null) {
      return stop(
        `standard input holds over ${MAX_STDIN_BYTES / 1024 / 1024} MiB: pipe in a pull request body or a work order`
      )
    }
    return ok(text)
  }
  try {
    return ok(await readFile(body.path, 'utf8'))
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const shown = body.shown
    if (code === 'ENOENT')
      return stop(`scope file ${shown} not found: check the path or pass --scope FILE`)
    if (code === 'EISDIR')
      return stop(`scope file ${shown} is a folder: pass --scope with a Markdown file`)
    return stop(`scope file ${shown} cannot be read (${String(code)}): check its permissions`)
  }
}

/**
 * Finds the scope per `scope-source`. Stops (exit 2) on a scope that cannot be parsed, on a named
 * work order the base does not hold, and on no scope at all while `missing-scope` is `fail`,
 * each with what to do.
 */
export async function findLocalScope(input: {
  io: CliIO
  body: BodySource
  branch: string | null
  settings: CheckSettings
  base: { ref: string; commit: string }
  atBase: WorkOrderSource
  /** The work orders at HEAD: only read to explain why none was found at the base. */
  atHead: WorkOrderSource
}): Promise<Step<LocalScope>> {
  const { body, branch, settings } = input
  const text = await readBody(body, input.io)
  if (!text.ok) return text
  const carrier = { title: '', body: text.value, headRef: branch ?? '' }
  const resolved = await resolveScope(carrier, {
    mode: settings.scopeSource,
    loader: input.atBase,
    glob: settings.workOrders
  })
  if (!resolved.ok) return stop(resolved.error)
  const { parse, source } = resolved.value
  const shown =
    source?.kind === 'work-order'
      ? (source.path ?? '')
      : body.kind === 'file'
        ? body.shown
        : body.kind === 'stdin'
          ? 'standard input'
          : 'the pull request body'
  const errors = parse.messages.filter((m) => m.level === 'error')
  if (errors.length > 0)
    return unusable(
      shown,
      errors.map((m) => formatScopeMessage(shown, m))
    )
  if (parse.scope === null && settings.missingScope === 'fail') {
    return stop(await noScopeMessage(input, carrier, shown))
  }
  return ok({ parse, scope: parse.scope, source, shown, body })
}

/** The stop for a scope whose text or patterns cannot be used, listing every error. */
export function unusable(shown: string, errors: readonly string[]): Stop {
  return stop(
    `the Session Scope in ${shown} cannot be used:\n  ${errors.join('\n  ')}\nFix the scope and run again.`,
    errors
  )
}

const FIX_BODY =
  'pass --scope FILE (a work order, or the pull request description saved to a file), or ' +
  '--scope - to read it from standard input (gh pr view --json body -q .body | pr-scope check --scope -)'

async function noScopeMessage(
  input: Parameters<typeof findLocalScope>[0],
  carrier: { title: string; body: string; headRef: string },
  shown: string
): Promise<string> {
  const { body, branch, settings, base } = input
  const mode = settings.scopeSource
  const at = `${base.ref} (${base.commit.slice(0, 12)})`
  if (mode === 'body' && body.kind === 'none') {
    return `scope-source is \`body\` (${settings.file ?? 'default'}): the scope comes from the pull request body; ${FIX_BODY}`
  }
  if (body.kind !== 'none' && mode !== 'work-order') {
    return (
      `${shown} has no Session Scope block and names no work order: add a "## Session Scope" ` +
      'section with a **Write set:** line, or a `Work order: PATH` line, or pass --scope with the right file'
    )
  }
  if (branch === null)
    return `no scope: HEAD is not on a branch, so no work order is named by it; ${FIX_BODY}`
  // The branch may name a work order that only this branch holds: CI would not see it either.
  const head = await input.atHead.index()
  if (head.ok) {
    const reference = findWorkOrderReference(carrier, head.value)
    const found = reference === null ? null : resolveWorkOrderReference(reference, head.value)
    if (found?.found) {
      return (
        `branch ${branch} names work order ${found.file.path}, which ${at} does not hold: the ` +
        'action reads work orders from the base branch, so merge the work order there first, ' +
        `or ${FIX_BODY}`
      )
    }
  }
  return (
    `no scope: branch ${branch} names no work order at ${at} (work orders match ` +
    `\`${settings.workOrders}\`; a branch names one by its ID, as wo-fix-03-grapple names WO-FIX-03); ${FIX_BODY}`
  )
}
