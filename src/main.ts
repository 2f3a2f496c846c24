// run(): inputs -> gather (GitHub) -> decide (domain) -> report. The one place that catches and
// fails the step. Everything written to the runner goes through the action's log (action-log.ts).
import * as core from '@actions/core'
import { actionLog as log } from './action-log.js'
import { isBoardRun, runBoard } from './board.js'
import { gitChangedFiles, hasCommit } from './git/diff.js'
import type { ChangedFilesSource } from './github/changed-files.js'
import type { GitHubClient } from './github/client.js'
import { connect } from './github/connect.js'
import { commentOnPullRequest } from './github/comment.js'
import { readEvent } from './github/event.js'
import { earlyReads, RunReads, type EventChange, type FixedInputs } from './github/gather.js'
import type { OpenPullRequest } from './github/open-pulls.js'
import { checkPullRequestDependencies, type PullSummary } from './github/dependencies.js'
import type { GraphQLEndpoint } from './github/graphql.js'
import type { PullRequest } from './github/pull-request.js'
import { ok, type Result } from './github/result.js'
import type { WorkOrderLoader } from './github/work-orders.js'
import { refreshDependants } from './refresh.js'
import { resolveScope, withWorkOrders } from './scope-source.js'
import { ignoreList, inputsWithSettings, readInputs, type Inputs } from './inputs.js'
import { logFindings, publishAnnotations, writeSummary } from './publish.js'
import { checkMergeQueue, isMergeGroupRun } from './merge-queue.js'
import type { Comparison, ReportInput, ScopeSource } from './report/context.js'
import { shownText } from './report/log-text.js'
import { runLinks } from './report/links.js'
import { prepareReport } from './report/markdown.js'
import { count } from './report/words.js'
import { buildOutputs } from './report/outputs.js'
import { checkScope } from './scope/check.js'
import type { DependencyStatus } from './scope/dependency-check.js'
import { checkOverlaps, overlapParties, type OverlapParty } from './scope/overlap-check.js'
import { PatternList } from './scope/patterns.js'
import { addToVerdict } from './scope/verdict.js'
import type { ChangedFile, ParseResult, Verdict } from './scope/types.js'
import type { SettingKey } from './settings/keys.js'

/** Runs the action: checks the pull request of the event and reports; fails the step on a failing verdict. */
export async function run(): Promise<void> {
  try {
    const problem = await check()
    if (problem !== null) log.fail(problem)
  } catch (error) {
    log.fail(
      `pr-scope-check stopped on an unexpected error (a bug: please report it): ${
        error instanceof Error ? (error.stack ?? error.message) : String(error)
      }`
    )
  }
}

/** The run; returns why the step fails, or null when it passes. */
async function check(): Promise<string | null> {
  const env = process.env
  const read = readInputs(env)
  if (!read.ok) return read.errors.join('\n')
  let inputs = read.inputs
  if (isMergeGroupRun(env)) return checkMergeQueue(inputs, env, read.given)
  if (isBoardRun(env)) return runBoard(inputs, env, read.given)
  const event = readEvent(env)
  if (!event.ok) return event.error
  const { owner, repo, number } = event.value

  const { client, graphql } = connect(inputs.token, env, log)
  // Everything the event makes possible is read at once, the pull request first; what the
  // pull request read from the API says decides which of those reads are used (gather.ts).
  const reads = new RunReads({ client, graphql, event: event.value })
  reads.start(earlyReads(event.value, fixedInputs(inputs, read.given)))
  const pr = await reads.pullRequest
  if (!pr.ok) return pr.error
  const changes = reads.changes(pr.value)
  if (changes.length > 0) {
    log.info(
      `Pull request #${number} changed since the event (${changes.map(changeText).join(', ')}): ` +
        'what depends on that is read again'
    )
  }
  // Settings and work orders are read at the base, which the pull request cannot change.
  const base = {
    owner,
    repo,
    sha: event.value.action === 'closed' ? pr.value.base.ref : pr.value.base.sha
  }
  const closedUnmerged = event.value.action === 'closed' && !pr.value.merged
  const settled = closedUnmerged
    ? ok(inputs) // nothing is checked: refreshDependants only says so
    : await inputsWithSettings(graphql, base, inputs, read.given, log)
  if (!settled.ok) return settled.error
  inputs = settled.value
  const context: RunContext = {
    env,
    inputs,
    owner,
    repo,
    client,
    graphql,
    ignore: ignoreList(inputs.ignore),
    // Work orders are read from the base branch: a pull request cannot widen its own scope.
    workOrders: reads.workOrders(base, inputs.workOrders),
    // Open pull requests on the same base, listed at most once (overlaps and dependencies share it).
    openPulls: reads.openPulls(pr.value.base.ref),
    changedFiles: (of) =>
      reads.changedFiles(of, {
        workspace: env.GITHUB_WORKSPACE ?? '',
        git: { hasCommit, changedFiles: (options) => gitChangedFiles(options) }
      })
  }
  if (event.value.action === 'closed') {
    return refreshDependants(context, pr.value, { evaluate: evaluatePullRequest, failureReason })
  }
  log.info(
    `Pull request #${number} "${shownText(pr.value.title)}": ${count(pr.value.changedFiles, 'changed file')}`
  )

  const evaluated = await evaluatePullRequest(context, pr.value)
  if (!evaluated.ok) return evaluated.error
  const { verdict, parse, source, files, skippedWithoutScope, dependencies, comparison } =
    evaluated.value

  const report: ReportInput = {
    verdict,
    scope: parse.scope,
    source,
    repository: { owner, repo, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' },
    pullRequest: { number, title: pr.value.title, headSha: pr.value.head.sha },
    changedFileCount: files.length,
    skippedWithoutScope,
    ...(dependencies ? { dependencies } : {}),
    ...(comparison ? { comparison } : {}),
    ...runLinks(env)
  }
  publishAnnotations(logFindings({ verdict, files }))
  // Built once, fitted to the summary's limit and to the comment's.
  const prepared = prepareReport(report)
  // GitHub takes at most 1 MiB of step summary; a longer report is shortened, never refused.
  await writeSummary(prepared.render({ maxBytes: 1_000_000, hint: SUMMARY_HINT }))
  for (const [name, value] of Object.entries(buildOutputs(report))) core.setOutput(name, value)
  // After the outputs and summary, before the verdict is returned: a comment fault only warns.
  await commentOnPullRequest(client, {
    target: { owner, repo, number },
    mode: inputs.comment,
    key: inputs.commentKey,
    token: inputs.token,
    result: verdict.result,
    render: (limits) => prepared.render(limits),
    log
  })
  return verdict.result === 'fail' ? failureReason(verdict) : null
}

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
 * dependant, by a refresh run (src/refresh.ts).
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

/** The inputs the workflow set, which the settings file cannot change (what reading early may rely on). */
function fixedInputs(inputs: Inputs, given: ReadonlySet<SettingKey>): FixedInputs {
  return {
    ...(given.has('scope-source') ? { scopeSource: inputs.scopeSource } : {}),
    ...(given.has('overlap') ? { overlap: inputs.overlap } : {}),
    ...(given.has('read-overlap') ? { readOverlap: inputs.readOverlap } : {}),
    ...(given.has('dependencies') ? { dependencies: inputs.dependencies } : {})
  }
}

/** A change since the event, for the log: branch names as shown text, commits shortened. */
function changeText(change: EventChange): string {
  const side = (text: string): string =>
    change.what === 'base'
      ? `"${shownText(text)}"`
      : change.what === 'changed files'
        ? text
        : text.slice(0, 7)
  return `${change.what} ${side(change.was)} -> ${side(change.is)}`
}

/** Where a job summary shortened to GitHub's limit points for the full lists. */
const SUMMARY_HINT =
  'the outputs `out-of-scope-files`, `conflicts` and `unmet-dependencies` list every one'

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
