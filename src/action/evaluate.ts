// The evaluation of one pull request, and the context every evaluation of a run shares. A pull
// request run evaluates its own pull request; a refresh run (refresh.ts) evaluates each pull request
// that waited on a merged one, with the same function, so that both reach the same verdict.
import type { ChangedFilesSource } from '../github/changed-files.js'
import type { GitHubClient } from '../github/client/client.js'
import type { GraphQLEndpoint } from '../github/client/graphql.js'
import { checkPullRequestDependencies, type PullSummary } from '../github/dependencies.js'
import type { OpenPullRequest } from '../github/open-pulls.js'
import type { PullRequest } from '../github/pull-request.js'
import type { WorkOrderLoader } from '../github/work-orders.js'
import type { Comparison } from '../report/context.js'
import { shownText } from '../report/log-text.js'
import type { DependencyStatus } from '../scope/checks/dependencies.js'
import { checkOverlaps, overlapParties, type OverlapParty } from '../scope/checks/overlaps.js'
import { checkScope } from '../scope/checks/scope.js'
import { addToVerdict } from '../scope/checks/verdict.js'
import type { PatternList } from '../scope/glob/patterns.js'
import { ok, type Result } from '../scope/result.js'
import type { ChangedFile, ParseResult, ScopeSource, Verdict } from '../scope/types.js'
import { resolveScope, withWorkOrders } from '../scope/work-order/source.js'
import type { Inputs } from './inputs.js'
import { actionLog as log } from './log.js'

/** What every check of one run shares: inputs, clients, and what is read at most once. */
export interface RunContext {
  env: NodeJS.ProcessEnv
  inputs: Inputs
  owner: string
  repo: string
  client: GitHubClient
  graphql: GraphQLEndpoint
  ignore: PatternList
  workOrders: WorkOrderLoader
  openPulls: () => Promise<Result<OpenPullRequest[]>>
  /** Every changed file of a pull request (the run's own listed once, maybe before it was read). */
  changedFiles: (
    pr: PullRequest
  ) => Promise<Result<{ files: ChangedFile[]; source: ChangedFilesSource }>>
  /** Pull requests merged now whatever search says (the one a refresh run is for). */
  knownMerged?: PullSummary[]
}

/** One pull request checked: the verdict and what it was reached from. */
export interface Evaluation {
  verdict: Verdict
  parse: ParseResult
  source: ScopeSource | null
  files: ChangedFile[]
  skippedWithoutScope: number
  /** Every dependency judged, met ones included; absent when the dependency check did not run. */
  dependencies?: DependencyStatus[]
  /** What the overlap check compared; absent when it did not run. */
  comparison?: Comparison
}

/**
 * Checks one pull request: its files, its scope (per `scope-source`), the scope checks, overlaps
 * with the other open pull requests, and dependencies. Used by a pull request run and, for each
 * dependant, by a refresh run (refresh.ts).
 */
export async function evaluatePullRequest(
  ctx: RunContext,
  pr: PullRequest
): Promise<Result<Evaluation>> {
  const { inputs, number } = { inputs: ctx.inputs, number: pr.number }
  // The file list, the scope, the open pull requests (once there is a scope to compare) and the
  // dependencies (once the scope names them) are independent reads: they run side by side, each
  // still awaited, in this order, before anything decides.
  const listing = ctx.changedFiles(pr)
  const carrier = { number, title: pr.title, body: pr.body, headRef: pr.head.ref, url: pr.url }
  const resolved = await resolveScope(carrier, {
    mode: inputs.scopeSource,
    loader: ctx.workOrders,
    glob: inputs.workOrders
  })
  const comparesOthers = inputs.overlap !== 'off' || inputs.readOverlap !== 'off'
  if (resolved.ok && resolved.value.parse.scope !== null && comparesOthers) void ctx.openPulls()
  // This pull request's own work-order ID, when the scope step knew it; else the dependency step
  // finds it in the index it loads for the IDs it is asked about, the only case it matters in.
  const dependencies = resolved.ok
    ? checkPullRequestDependencies(ctx.graphql, {
        owner: ctx.owner,
        repo: ctx.repo,
        pr: carrier,
        parse: resolved.value.parse,
        level: inputs.dependencies,
        loader: ctx.workOrders,
        openPulls: ctx.openPulls,
        workOrderId: resolved.value.workOrder?.id ?? null,
        ...(ctx.knownMerged ? { knownMerged: ctx.knownMerged } : {})
      })
    : Promise.resolve(resolved)
  // Awaited below unless an earlier step fails first.
  dependencies.catch(() => undefined)
  const changed = await listing
  if (!changed.ok) return changed
  const files = changed.value.files
  if (changed.value.source === 'git') {
    log.info(
      `Read ${files.length} changed files with git diff (over GitHub's 3,000-file list limit)`
    )
  }

  if (!resolved.ok) return resolved
  const { parse, source } = resolved.value
  if (source?.kind === 'work-order') {
    log.info(
      `Session Scope read from work order ${shownText(String(source.path))} at ${shownText(String(source.ref))}`
    )
  }
  let verdict = checkScope({
    parse,
    files,
    ignore: ctx.ignore,
    levels: { outOfScope: inputs.outOfScope, missingScope: inputs.missingScope }
  })

  let skippedWithoutScope = 0
  let comparison: Comparison | undefined
  const workOrderId = resolved.value.workOrder?.id ?? null
  const scope = parse.scope
  if (scope !== null && comparesOthers) {
    const open = await ctx.openPulls()
    if (!open.ok) return open
    const overlaps = (others: readonly OverlapParty[], selfWorkOrderId: string | null) =>
      checkOverlaps({
        self: { number, scope, workOrderId: selfWorkOrderId, files },
        others: [...others],
        ignore: ctx.ignore,
        levels: { overlap: inputs.overlap, readOverlap: inputs.readOverlap }
      })
    const parties = await withWorkOrders({
      self: { ...carrier, scope },
      parties: overlapParties(open.value, {
        self: number,
        base: pr.base.ref,
        includeDrafts: inputs.includeDrafts
      }),
      pulls: open.value,
      mode: inputs.scopeSource,
      loader: ctx.workOrders,
      // An undecided pair may be a conflict: its work order may sequence it away, so it is read too.
      conflicting: (others) => {
        const found = overlaps(others, workOrderId)
        return new Set([...found.conflicts.map((c) => c.number), ...found.undecidedWith])
      }
    })
    if (!parties.ok) return parties
    const overlap = overlaps(parties.value.parties, workOrderId ?? parties.value.selfWorkOrderId)
    verdict = addToVerdict(verdict, overlap)
    skippedWithoutScope = overlap.withoutScope
    comparison = {
      compared: overlap.compared,
      withoutScope: overlap.withoutScope,
      sequenced: overlap.sequenced,
      ...(inputs.overlap === 'off' ? { off: 'write-write' as const } : {}),
      ...(inputs.readOverlap === 'off' ? { off: 'read-write' as const } : {})
    }
  }

  const outcome = await dependencies
  if (!outcome.ok) return outcome
  verdict = addToVerdict(verdict, outcome.value)
  const statuses = outcome.value.dependencies
  return ok({
    verdict,
    parse,
    source,
    files,
    skippedWithoutScope,
    ...(statuses ? { dependencies: statuses } : {}),
    ...(comparison ? { comparison } : {})
  })
}

/** The one-line reason the step fails; pull request text in it is shown text (report/log-text.ts). */
export function failureReason(verdict: Verdict): string {
  const reasons: string[] = []
  const paths = verdict.outOfScopeFiles
  if (paths.length > 0) {
    const shown = paths.slice(0, 3).map(shownText).join(', ')
    const more = paths.length > 3 ? ` and ${paths.length - 3} more` : ''
    reasons.push(
      `${paths.length} changed ${paths.length === 1 ? 'file is' : 'files are'} out of the Session Scope: ${shown}${more}`
    )
  }
  for (const finding of verdict.findings) {
    if (finding.level !== 'error') continue
    if (finding.check === 'out-of-scope' || finding.check === 'read-only-modified') continue
    reasons.push(shownText(finding.message))
  }
  const line = reasons.length > 0 ? reasons.join('; ') : 'the Session Scope check failed'
  return `${line.replace(/\s*\n\s*/g, ' ')} (the job summary lists every finding)`
}
