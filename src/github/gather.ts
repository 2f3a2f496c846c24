// The reads of a pull request run, in as few round trips as the event allows (issue 15). What the
// event payload says of the pull request (its base, head, file count and body) is enough to start,
// before the API has answered, every read that does not wait on another: the pull request itself,
// the settings file at the base, every page of the changed files, the first page of the open pull
// requests on the base, the work-order tree; what waits on a count or on the settings file starts
// as soon as that is known (open-pulls.ts, work-orders.ts), and the tree as soon as the first page
// of open pull requests shows one whose scope may be in a work order.
//
// The pull request read from the API still decides (CONTRACT §2). Each read is kept under what it
// depends on (the base commit, the base branch, the head and file count), and the pipeline asks
// for reads by what the API's pull request says: a read started for an event that is out of date
// (an edited base, a push since) is simply never used, and the pipeline's own request reads it
// again. Reading early only ever reads more; nothing is decided on what the event said.
import { parseScope } from '../scope/parser/parse.js'
import type { ChangedFile } from '../scope/types.js'
import type { ScopeSourceMode } from '../scope/work-order/source.js'
import {
  getChangedFiles,
  type ChangedFilesOptions,
  type ChangedFilesSource
} from './changed-files.js'
import type { GitHubClient } from './client/client.js'
import type { PullRequestEvent } from './event/event.js'
import { API_FILE_LIMIT, listPullRequestFiles } from './files.js'
import type { GraphQLEndpoint } from './client/graphql.js'
import { openPullRequestsOnce, type ListOptions, type OpenPullRequest } from './open-pulls.js'
import { getPullRequest, type PullRequest } from './pull-request.js'
import type { Result } from '../scope/result.js'
import { prefetchSettingsFile } from './settings.js'
import {
  listTreePaths,
  workOrderLoader,
  type TreeRef,
  type WorkOrderLoader
} from './work-orders.js'

/** Inputs the workflow set (the settings file cannot change them); undefined: not set. */
export interface FixedInputs {
  scopeSource?: ScopeSourceMode
  overlap?: 'fail' | 'warn' | 'off'
  readOverlap?: 'warn' | 'off'
  dependencies?: 'fail' | 'warn' | 'off'
}

/** The reads worth starting before the pull request and the settings file have been read. */
export interface EarlyReads {
  settings: boolean
  files: boolean
  openPulls: boolean
  workOrders: boolean
  /**
   * Whether another pull request's scope may come from its work order: then the work-order tree
   * is read as soon as the first page of open pull requests shows one without a scope in its body.
   */
  othersWorkOrders: boolean
}

/**
 * Which reads to start early, judged from the event and the inputs the workflow set; an input the
 * settings file may still set counts as possibly needing its read. A read started for nothing
 * costs a request; one not started early costs a round trip when it is needed after all.
 */
export function earlyReads(
  event: Pick<PullRequestEvent, 'action' | 'hint'>,
  fixed: FixedInputs
): EarlyReads {
  const { hint } = event
  if (event.action === 'closed') {
    // A refresh compares the open pull requests on the base with the merged one; a pull request
    // closed without being merged changes nothing, and nothing more is read.
    const merged = hint.merged !== false
    return {
      settings: merged,
      files: false,
      openPulls: merged,
      workOrders: merged && fixed.scopeSource !== 'body',
      othersWorkOrders: false
    }
  }
  const body = hint.body === undefined ? null : parseScope(hint.body)
  // As resolveScope (src/scope/work-order/source.ts) decides where the scope is read.
  const hasBlock =
    body !== null && (body.scope !== null || body.messages.some((m) => m.level === 'error'))
  const fromWorkOrder =
    fixed.scopeSource === 'work-order' || (fixed.scopeSource !== 'body' && !hasBlock)
  const mayHaveScope = body === null || body.scope !== null || fromWorkOrder
  const namesWorkOrders =
    fixed.dependencies !== 'off' &&
    (body?.scope?.dependencies.some((d) => d.refs.some((r) => r.kind === 'work-order')) ?? false)
  const compares = fixed.overlap !== 'off' || fixed.readOverlap !== 'off'
  return {
    settings: true,
    files: hint.changedFiles !== undefined && hint.changedFiles <= API_FILE_LIMIT,
    // The dependency check looks for the open pull requests that carry a work-order ID.
    openPulls: (compares && mayHaveScope) || namesWorkOrders,
    workOrders: fromWorkOrder || namesWorkOrders,
    // In `auto`, withWorkOrders (src/scope/work-order/source.ts) reads the work orders of those without a block.
    othersWorkOrders: compares && mayHaveScope && fixed.scopeSource !== 'body'
  }
}

/** A fact of the pull request that changed since the event was sent (`was` is the event's). */
export interface EventChange {
  what: 'base' | 'base commit' | 'head commit' | 'changed files'
  was: string
  is: string
}

/** What the early file listing took the pull request to be. */
interface Assumed {
  number: number
  baseSha: string
  headSha: string
  changedFiles: number
}

/** The reads of one pull request run, each made at most once for what it depends on. */
export class RunReads {
  /** The pull request as the API has it now: what every decision is made on. */
  readonly pullRequest: Promise<Result<PullRequest>>
  readonly #client: GitHubClient
  readonly #graphql: GraphQLEndpoint
  readonly #event: PullRequestEvent
  readonly #openPulls = new Map<string, () => Promise<Result<OpenPullRequest[]>>>()
  readonly #trees = new Map<string, Promise<Result<string[]>>>()
  #files: { assumed: Assumed; listed: Promise<Result<ChangedFile[]>> } | null = null

  /** Starts reading the pull request of the event at once. */
  constructor(options: {
    client: GitHubClient
    graphql: GraphQLEndpoint
    event: PullRequestEvent
  }) {
    this.#client = options.client
    this.#graphql = options.graphql
    this.#event = options.event
    const { owner, repo, number } = options.event
    this.pullRequest = getPullRequest(this.#client, { owner, repo, number })
  }

  /**
   * Starts the early reads of the plan at what the event says. The client's limiter starts
   * requests in the order they are made, a few milliseconds apart: the settings file and the tree
   * (the work-order texts wait on both) first, then the pages of files, then the first page of the
   * open pull requests. That one is behind a single page of files in most runs; behind the 30 of
   * a 3,000-file pull request it starts some 100 ms later, which only a base with more than 100
   * open pull requests then waits for (its other pages wait on it).
   */
  start(plan: EarlyReads): void {
    const { owner, repo, number, hint, action } = this.#event
    // On a refresh the settings and work orders are read at the base branch, not a commit.
    const base = action === 'closed' ? hint.baseRef : hint.baseSha
    if (plan.settings && base !== undefined) {
      prefetchSettingsFile(this.#graphql, { owner, repo, sha: base })
    }
    if (plan.workOrders && base !== undefined) this.#tree(base).catch(() => undefined)
    const { baseSha, headSha, changedFiles } = hint
    if (
      plan.files &&
      baseSha !== undefined &&
      headSha !== undefined &&
      changedFiles !== undefined &&
      changedFiles <= API_FILE_LIMIT
    ) {
      const listed = listPullRequestFiles(this.#client, { owner, repo, number, changedFiles })
      // Used only if the pull request is still as the event described it.
      listed.catch(() => undefined)
      this.#files = { assumed: { number, baseSha, headSha, changedFiles }, listed }
    }
    const baseRef = hint.baseRef
    if (plan.openPulls && baseRef !== undefined) {
      const firstPage = (pulls: readonly OpenPullRequest[]): void => {
        const unscoped = pulls.some(
          (pull) =>
            pull.number !== number &&
            pull.baseRef === baseRef &&
            parseScope(pull.body).scope === null
        )
        if (unscoped && base !== undefined) this.#tree(base).catch(() => undefined)
      }
      const list = this.openPulls(baseRef, plan.othersWorkOrders ? { firstPage } : {})
      list().catch(() => undefined)
    }
  }

  /**
   * What the pull request says differently from the event: its base branch (or else the base
   * commit), its head commit, its file count; empty when the event is up to date.
   */
  changes(pr: PullRequest): EventChange[] {
    const { hint } = this.#event
    const out: EventChange[] = []
    if (hint.baseRef !== undefined && hint.baseRef !== pr.base.ref) {
      out.push({ what: 'base', was: hint.baseRef, is: pr.base.ref })
    } else if (hint.baseSha !== undefined && hint.baseSha !== pr.base.sha) {
      out.push({ what: 'base commit', was: hint.baseSha, is: pr.base.sha })
    }
    if (hint.headSha !== undefined && hint.headSha !== pr.head.sha) {
      out.push({ what: 'head commit', was: hint.headSha, is: pr.head.sha })
    }
    if (hint.changedFiles !== undefined && hint.changedFiles !== pr.changedFiles) {
      out.push({
        what: 'changed files',
        was: String(hint.changedFiles),
        is: String(pr.changedFiles)
      })
    }
    return out
  }

  /**
   * Every changed file of a pull request (changed-files.ts): the early listing when it was made
   * for this pull request as it is now (same base and head commits and file count), else a new one.
   */
  changedFiles(
    pr: PullRequest,
    options: Omit<ChangedFilesOptions, 'listed'>
  ): Promise<Result<{ files: ChangedFile[]; source: ChangedFilesSource }>> {
    const early = this.#files
    const current =
      early !== null &&
      early.assumed.number === pr.number &&
      early.assumed.baseSha === pr.base.sha &&
      early.assumed.headSha === pr.head.sha &&
      early.assumed.changedFiles === pr.changedFiles
    return getChangedFiles(
      this.#client,
      pr,
      current ? { ...options, listed: early.listed } : options
    )
  }

  /** The open pull requests on `base`, listed at most once per run (open-pulls.ts). */
  openPulls(base: string, options: ListOptions = {}): () => Promise<Result<OpenPullRequest[]>> {
    let list = this.#openPulls.get(base)
    if (list === undefined) {
      const { owner, repo } = this.#event
      list = openPullRequestsOnce(this.#client, { owner, repo, base }, options)
      this.#openPulls.set(base, list)
    }
    return list
  }

  /** The work orders at `ref` (a commit, or the base branch on a refresh), its tree listed once. */
  workOrders(ref: TreeRef, glob: string): WorkOrderLoader {
    return workOrderLoader(this.#client, this.#graphql, ref, glob, () => this.#tree(ref.sha))
  }

  #tree(sha: string): Promise<Result<string[]>> {
    let tree = this.#trees.get(sha)
    if (tree === undefined) {
      const { owner, repo } = this.#event
      tree = listTreePaths(this.#client, { owner, repo, sha })
      this.#trees.set(sha, tree)
    }
    return tree
  }
}
