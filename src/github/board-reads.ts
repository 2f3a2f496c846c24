// What the dispatch board plans from (CONTRACT §5 `plan --repo`, §6 the board), read at one ref of
// the base branch as the action reads a pull request's base: the settings file, the work-order
// files (ONE tree request, then GraphQL batches of blobs) and the open pull requests to the base
// branch (page 1, then the other pages at once). The three start together: the settings decide
// which files of the tree are work orders, so only the blobs wait for them. Shared by the command
// line and the action; each passes its own way of applying the settings.
import { parseScope } from '../scope/parser/parse.js'
import { PatternList } from '../scope/glob/patterns.js'
import type { InFlightPull } from '../scope/plan/types.js'
import {
  buildWorkOrderIndex,
  findWorkOrderReference,
  resolveWorkOrderReference,
  type WorkOrderIndex
} from '../scope/work-order/reference.js'
import { resolveScopes, type ScopeSourceMode } from '../scope/work-order/source.js'
import type { GitHubClient } from './client/client.js'
import type { GraphQLEndpoint } from './client/graphql.js'
import { listOpenPullRequests, type OpenPullRequest } from './open-pulls.js'
import { ok, type Result } from '../scope/result.js'
import { listTreePaths, readTexts } from './work-orders.js'

/** Where to read: the repository, the base branch, and the ref (a commit, or the branch) to read at. */
export interface BoardRef {
  owner: string
  repo: string
  base: string
  sha: string
}

/** What was read: the settings as the caller applied them, the work orders, the open pull requests. */
export interface BoardReads<S> {
  settings: S
  /** The work-order files matching the settings' glob at the ref. */
  index: WorkOrderIndex
  /** The open pull requests whose base is the base branch, drafts included. */
  pulls: OpenPullRequest[]
}

/**
 * Reads what the board plans from. `settle` reads and applies the settings file (the action and
 * the command apply it differently) and names the work-order glob. Fails, rather than answer with
 * part of it, when any read fails.
 */
export async function readBoard<S extends { workOrders: string }>(
  client: GitHubClient,
  graphql: GraphQLEndpoint,
  ref: BoardRef,
  settle: () => Promise<Result<S>>
): Promise<Result<BoardReads<S>>> {
  const { owner, repo, base, sha } = ref
  const listing = listOpenPullRequests(client, { owner, repo, base })
  const tree = listTreePaths(client, { owner, repo, sha })
  const settled = await settle()
  if (!settled.ok) return settled
  const paths = await tree
  if (!paths.ok) return paths
  const glob = settled.value.workOrders
  const matcher = PatternList.compile([{ text: glob, line: 1 }], 'work-orders').list
  const isWorkOrderPath = (path: string): boolean => matcher.covers(path)
  const wanted = paths.value.filter(isWorkOrderPath)
  const texts = await readTexts(graphql, { owner, repo, sha }, wanted)
  if (!texts.ok) return texts
  const open = await listing
  if (!open.ok) return open
  const entries = wanted.map((path) => ({ path, text: texts.value.get(path) ?? null }))
  return ok({
    settings: settled.value,
    index: buildWorkOrderIndex(sha, entries, isWorkOrderPath),
    // The listing asked for this base; a pull request retargeted meanwhile is not in flight here.
    pulls: open.value.filter((pull) => pull.baseRef === base)
  })
}

/**
 * The open pull requests as the planner takes them: each with its Session Scope per
 * `scope-source` (its body's, or its work order's from `index`) and the work order it carries,
 * and, where it has no scope, why.
 */
export function inFlightPulls(
  pulls: readonly OpenPullRequest[],
  index: WorkOrderIndex,
  mode: ScopeSourceMode
): InFlightPull[] {
  const scopes = resolveScopes(pulls, index, mode)
  return pulls.map((pull) => {
    const resolved = scopes.get(pull.number)
    const scope = resolved?.scope ?? null
    return {
      number: pull.number,
      title: pull.title,
      url: pull.url,
      draft: pull.draft,
      workOrder: resolved?.workOrderId ?? null,
      scope,
      ...(scope === null ? { unknown: whyNoScope(pull, index, mode) } : {})
    }
  })
}

/** Why a pull request has no scope the plan can use, in words. */
function whyNoScope(pull: OpenPullRequest, index: WorkOrderIndex, mode: ScopeSourceMode): string {
  const body = parseScope(pull.body)
  const error = body.messages.find((m) => m.level === 'error')
  const bodySays = error
    ? `its body's Session Scope cannot be read (line ${error.line})`
    : 'its body has no Session Scope'
  if (mode === 'body') return bodySays
  const lines = new Set(body.scope?.dependencies.map((d) => d.line) ?? [])
  const reference = findWorkOrderReference(pull, index, lines)
  const prefix = mode === 'work-order' ? 'scope-source is work-order, and ' : `${bodySays}, and `
  if (reference === null) return `${prefix}it names no work order`
  const resolved = resolveWorkOrderReference(reference, index)
  if (!resolved.found) {
    return `${prefix}the work order it names (${resolved.missing}) is not on the base branch`
  }
  if (resolved.file.text === null) {
    return `${prefix}its work order ${resolved.file.path} cannot be read as text`
  }
  return `${prefix}its work order ${resolved.file.path} declares no Session Scope`
}
