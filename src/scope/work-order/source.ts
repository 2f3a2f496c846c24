// Where a pull request's Session Scope is read (CONTRACT §1.6, input `scope-source`): `body` (only
// the pull request body), `work-order` (only its work-order file, read from the BASE branch, so a
// pull request that edits its own work order cannot widen its scope), `auto` (the body's block
// when it has one, else the work order's). Used for this pull request and for the others the
// overlap check compares it with, and by `pr-scope check` for the branch it runs on (the work
// orders then come from git, at the base commit): one rule for both.
import type { Result } from '../result.js'
import { failure, ok } from '../result.js'
import { parseScope } from '../parser/parse.js'
import type { ParseResult, Scope, ScopeSource } from '../types.js'
import {
  findWorkOrderReference,
  missingWorkOrderMessage,
  resolveWorkOrderReference,
  type WorkOrderCarrier,
  type WorkOrderFile,
  type WorkOrderIndex
} from './reference.js'

/** The values of input `scope-source`. */
export type ScopeSourceMode = 'auto' | 'body' | 'work-order'

/**
 * Where the work-order index comes from, read at most once: from GitHub in the action
 * (src/github/work-orders.ts WorkOrderLoader), from git in the command line.
 */
export interface WorkOrderSource {
  /** The index, loading it on first use. */
  index(): Promise<Result<WorkOrderIndex>>
  /** The index when it was loaded (successfully) already, else null: nothing is read. */
  loaded(): Promise<WorkOrderIndex | null>
}

/** A pull request's scope, where it was read, and the work order it uses (whatever the source). */
export interface ScopeResolution {
  parse: ParseResult
  /** Null when no scope was found. */
  source: ScopeSource | null
  workOrder: WorkOrderFile | null
}

/** The scope of one other pull request, for the overlap check. */
export interface ResolvedScope {
  scope: Scope | null
  source: ScopeSource | null
  workOrderId: string | null
}

/**
 * Resolves this pull request's scope per `scope-source`. Loads the work-order index only when the
 * mode needs it; fails (a message naming the path and the work orders near it) when the pull
 * request names a work order the base branch does not hold and the scope must come from it.
 */
export async function resolveScope(
  pr: WorkOrderCarrier,
  options: { mode: ScopeSourceMode; loader: WorkOrderSource; glob: string }
): Promise<Result<ScopeResolution>> {
  const body = parseScope(pr.body)
  const hasBlock = body.scope !== null || body.messages.some((m) => m.level === 'error')
  if (options.mode === 'body' || (options.mode === 'auto' && hasBlock)) {
    const index = await options.loader.loaded()
    return ok({
      parse: body,
      source: hasBlock ? { kind: 'body', path: null, ref: null } : null,
      workOrder: index ? workOrderOf(pr, body, index) : null
    })
  }
  const loaded = await options.loader.index()
  if (!loaded.ok) return loaded
  const index = loaded.value
  const reference = findWorkOrderReference(pr, index, dependencyLines(body))
  if (reference === null) {
    return ok({
      parse: {
        scope: null,
        messages:
          options.mode === 'work-order'
            ? [
                {
                  level: 'warning',
                  line: 1,
                  message:
                    'Input `scope-source: work-order` reads the scope from the work order only, but this ' +
                    'pull request names none: add a line `Work order: PATH` to its body, or put the ' +
                    `work order's ID in its title or branch name (work orders match \`${options.glob}\`).`
                }
              ]
            : []
      },
      source: null,
      workOrder: null
    })
  }
  const resolved = resolveWorkOrderReference(reference, index)
  if (!resolved.found) return failure(missingWorkOrderMessage(resolved, index.ref, options.glob))
  const file = resolved.file
  if (file.text === null) {
    return failure(
      `The work order \`${file.path}\` at ${index.ref} cannot be read as text (binary, or too large ` +
        'for GitHub to return): keep work orders as plain Markdown.'
    )
  }
  return ok({
    parse: parseScope(file.text),
    source: { kind: 'work-order', path: file.path, ref: index.ref },
    workOrder: file
  })
}

/**
 * The scopes of other pull requests, read the same way as this one's, from the index already
 * loaded (its texts were read in batches): no request per pull request. A pull request whose work
 * order is missing, or that declares nothing, gets a null scope.
 */
export function resolveScopes(
  prs: ReadonlyArray<WorkOrderCarrier & { number: number }>,
  index: WorkOrderIndex | null,
  mode: ScopeSourceMode
): Map<number, ResolvedScope> {
  const parsed = new Map<string, ParseResult>()
  const out = new Map<number, ResolvedScope>()
  for (const pr of prs) {
    const body = mode === 'work-order' ? null : parseScope(pr.body)
    const file = index ? workOrderOf(pr, body, index) : null
    const workOrderId = file?.id ?? null
    if (body && (body.scope !== null || mode === 'body')) {
      const source: ScopeSource | null = body.scope ? { kind: 'body', path: null, ref: null } : null
      out.set(pr.number, { scope: body.scope, source, workOrderId })
      continue
    }
    if (!file || file.text === null || !index) {
      out.set(pr.number, { scope: null, source: null, workOrderId })
      continue
    }
    let parse = parsed.get(file.path)
    if (!parse) {
      parse = parseScope(file.text)
      parsed.set(file.path, parse)
    }
    out.set(pr.number, {
      scope: parse.scope,
      source: parse.scope ? { kind: 'work-order', path: file.path, ref: index.ref } : null,
      workOrderId
    })
  }
  return out
}

/** The work-order file a pull request uses, or null when it names none or a missing one. */
export function workOrderOf(
  pr: WorkOrderCarrier,
  body: ParseResult | null,
  index: WorkOrderIndex
): WorkOrderFile | null {
  const reference = findWorkOrderReference(pr, index, dependencyLines(body ?? parseScope(pr.body)))
  if (reference === null) return null
  const resolved = resolveWorkOrderReference(reference, index)
  return resolved.found ? resolved.file : null
}

// Links on the lines of dependency items name the work orders this one waits for, not its own.
function dependencyLines(parse: ParseResult): Set<number> {
  return new Set(parse.scope?.dependencies.map((d) => d.line) ?? [])
}

/** An overlap party as the overlap check takes it (src/scope/checks/overlaps.ts OverlapParty). */
export interface Party {
  number: number
  scope: Scope | null
  workOrderId: string | null
}

/**
 * Gives the other pull requests their scopes per `scope-source` (a work order's where the body has
 * none, in `auto`) and fills every party's and this pull request's work-order ID, which sequencing
 * honours. The index is loaded when the mode reads work orders, when this pull request names a
 * work-order ID, or when another that names one may conflict with it (`conflicting`, which
 * answers from the scopes as they are; without it, any such party counts); otherwise the body
 * scopes stand and no request is made.
 */
export async function withWorkOrders<P extends Party>(input: {
  self: WorkOrderCarrier & { number: number; scope: Scope }
  parties: readonly P[]
  pulls: ReadonlyArray<WorkOrderCarrier & { number: number }>
  mode: ScopeSourceMode
  loader: WorkOrderSource
  conflicting?: (parties: readonly P[]) => ReadonlySet<number>
}): Promise<Result<{ parties: P[]; selfWorkOrderId: string | null }>> {
  const namesIds = (scope: Scope | null): boolean =>
    scope?.dependencies.some((d) => d.refs.some((r) => r.kind === 'work-order')) ?? false
  // Another party's work-order ID can only sequence away a conflict, so one that does not
  // conflict needs no index (asked last: it costs an overlap computation).
  const sequencingNeedsIds = (): boolean => {
    const naming = input.parties.filter((p) => namesIds(p.scope))
    if (naming.length === 0) return false
    return input.conflicting === undefined || input.conflicting(naming).size > 0
  }
  // In `auto`, only a party without a body scope may have one in a work order.
  const needed =
    input.mode === 'work-order' ||
    (input.mode === 'auto' && input.parties.some((p) => p.scope === null)) ||
    namesIds(input.self.scope) ||
    sequencingNeedsIds()
  let index: WorkOrderIndex | null
  if (needed) {
    const loaded = await input.loader.index()
    if (!loaded.ok) return loaded
    index = loaded.value
  } else {
    index = await input.loader.loaded()
  }
  if (index === null) return ok({ parties: [...input.parties], selfWorkOrderId: null })
  const byNumber = new Map(input.pulls.map((pr) => [pr.number, pr]))
  const wanted = input.parties.flatMap((p) => {
    const pr = byNumber.get(p.number)
    return pr ? [pr] : []
  })
  const scopes = resolveScopes(wanted, index, input.mode)
  const parties = input.parties.map((party) => {
    const resolved = scopes.get(party.number)
    if (!resolved) return party
    // In `body` mode the listing's own body scope stands; only the ID is added.
    const scope = input.mode === 'body' ? party.scope : resolved.scope
    return { ...party, scope, workOrderId: resolved.workOrderId }
  })
  return ok({ parties, selfWorkOrderId: workOrderOf(input.self, null, index)?.id ?? null })
}
