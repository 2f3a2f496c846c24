// The run of a pull request event (opened, synchronize, edited, ...): gather what the event makes
// possible (GitHub), evaluate the pull request (evaluate.ts, the domain's checks), report it
// (annotations, job summary, outputs, the comment). A merged pull request's `closed` hands over to
// refresh.ts, which re-checks the pull requests that waited on it.
import * as core from '@actions/core'
import { gitChangedFiles, hasCommit } from '../git/diff.js'
import { connect } from '../github/client/connect.js'
import { commentOnPullRequest } from '../github/comment/comment.js'
import { readEvent } from '../github/event/event.js'
import { earlyReads, RunReads, type EventChange, type FixedInputs } from '../github/gather.js'
import type { ReportInput } from '../report/context.js'
import { runLinks } from '../report/links.js'
import { shownText } from '../report/log-text.js'
import { prepareReport } from '../report/markdown.js'
import { buildOutputs } from '../report/outputs.js'
import { count } from '../report/words.js'
import { ok } from '../scope/result.js'
import type { SettingKey } from '../settings/keys.js'
import { evaluatePullRequest, failureReason, type RunContext } from './evaluate.js'
import { ignoreList, inputsWithSettings, type Inputs } from './inputs.js'
import { actionLog as log } from './log.js'
import { logFindings, publishAnnotations, writeSummary } from './publish.js'
import { refreshDependants } from './refresh.js'

/** Checks the pull request of the event and reports; returns why the step fails, or null when it passes. */
export async function runPullRequest(
  workflowInputs: Inputs,
  env: NodeJS.ProcessEnv,
  given: ReadonlySet<SettingKey>
): Promise<string | null> {
  let inputs = workflowInputs
  const event = readEvent(env)
  if (!event.ok) return event.error
  const { owner, repo, number } = event.value

  const { client, graphql } = connect(inputs.token, env, log)
  // Everything the event makes possible is read at once, the pull request first; what the
  // pull request read from the API says decides which of those reads are used (gather.ts).
  const reads = new RunReads({ client, graphql, event: event.value })
  reads.start(earlyReads(event.value, fixedInputs(inputs, given)))
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
    : await inputsWithSettings(graphql, base, inputs, given, log)
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
    return refreshDependants(context, pr.value)
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
