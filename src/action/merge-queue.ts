// The merge_group run (CONTRACT §6). A required check must also report in the merge queue, or the
// queue waits for it forever. In the queue each queued pull request is checked again for files
// outside its own Session Scope, with the same readers and checks as a pull request run; overlap
// is never checked (the queue itself orders the merges) and no comment is posted.
import * as core from '@actions/core'
import { actionLog as log } from './log.js'
import { gitChangedFiles, hasCommit } from '../git/diff.js'
import { getChangedFiles } from '../github/changed-files.js'
import type { GitHubClient } from '../github/client/client.js'
import { connect } from '../github/client/connect.js'
import { readPayload, repositoryOf } from '../github/event/event.js'
import { readMergeGroupEvent, type MergeGroupEvent } from '../github/event/merge-group.js'
import {
  buildQueueOutputs,
  queueFailureReason,
  renderQueueSummary,
  type QueuedResult
} from '../report/merge-queue.js'
import { getPullRequest } from '../github/pull-request.js'
import { failure, ok, type Result } from '../scope/result.js'
import { workOrderLoader, type WorkOrderLoader } from '../github/work-orders.js'
import { ignoreList, inputsWithSettings, type Inputs } from './inputs.js'
import { LISTED_IN_SUMMARY, logFindings, publishAnnotations, writeSummary } from './publish.js'
import type { Annotation } from '../report/annotations.js'
import { runLinks } from '../report/links.js'
import { shownText } from '../report/log-text.js'
import { count } from '../report/words.js'
import { checkScope } from '../scope/checks/scope.js'
import { resolveScope } from '../scope/work-order/source.js'
import { PatternList } from '../scope/glob/patterns.js'
import type { ChangedFile } from '../scope/types.js'
import type { SettingKey } from '../settings/keys.js'

/** True when the run was started by the merge queue (GITHUB_EVENT_NAME merge_group). */
export function isMergeGroupRun(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_EVENT_NAME === 'merge_group'
}

/**
 * Checks every pull request the merge group names for files outside its Session Scope; writes the
 * summary, annotations and outputs. Returns why the step fails, or null when it passes.
 */
export async function checkMergeQueue(
  workflowInputs: Inputs,
  env: NodeJS.ProcessEnv,
  given: ReadonlySet<SettingKey> = new Set()
): Promise<string | null> {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  if (!payload.ok) return payload.error
  const event = readMergeGroupEvent(
    payload.value,
    repositoryOf(payload.value, env.GITHUB_REPOSITORY)
  )
  if (!event.ok) return event.error
  const group = event.value

  const { client, graphql } = connect(workflowInputs.token, env, log)
  // Settings and work orders are read at the base commit the queue merges onto
  // (merge_group.base_sha), which no queued pull request can have changed yet: once for the group.
  const base = { owner: group.owner, repo: group.repo, sha: group.baseSha || group.base }
  const settled = await inputsWithSettings(graphql, base, workflowInputs, given, log)
  if (!settled.ok) return settled.error
  const inputs = settled.value
  const workOrders = workOrderLoader(client, graphql, base, inputs.workOrders)
  const numbers = group.pullRequests.map((n) => `#${n}`).join(', ')
  log.info(
    `Merge group ${shownText(group.headRef)} into ${shownText(group.base)}: checking queued ` +
      `pull request ${numbers} for files outside its Session Scope (overlap is not checked in the queue)`
  )

  const ignore = ignoreList(inputs.ignore)
  const results: QueuedResult[] = []
  const annotations: Annotation[] = []
  for (const number of group.pullRequests) {
    const checked = await checkQueued(client, group, number, {
      inputs,
      ignore,
      workOrders,
      workspace: env.GITHUB_WORKSPACE ?? '',
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      links: runLinks(env)
    })
    // A pull request that cannot be read fails the run: no verdict on part of the group.
    if (!checked.ok) return checked.error
    const { result, files } = checked.value
    results.push(result)
    const { verdict } = result.report
    const outside = verdict.outOfScopeFiles.length
    log.info(
      `Queued pull request #${number} "${shownText(result.report.pullRequest?.title ?? '')}": ` +
        `${verdict.result}` +
        (outside > 0 ? `, ${count(outside, 'file')} outside its Session Scope` : '')
    )
    annotations.push(
      ...logFindings({
        verdict,
        files,
        about: { number, lead: `Queued pull request #${number}: ` }
      })
    )
  }
  publishAnnotations(annotations, LISTED_IN_SUMMARY)

  await writeSummary(renderQueueSummary(group, results))
  for (const [name, value] of Object.entries(buildQueueOutputs(results))) {
    core.setOutput(name, value)
  }
  return queueFailureReason(results)
}

interface QueuedOptions {
  inputs: Inputs
  ignore: PatternList
  workOrders: WorkOrderLoader
  workspace: string
  serverUrl: string
  /** The run's page and what a Session Scope is, for each report's footer. */
  links: { runUrl: string | null; helpUrl: string }
}

/** One queued pull request: read it, list its files, read its scope, check (no other PR). */
async function checkQueued(
  client: GitHubClient,
  group: MergeGroupEvent,
  number: number,
  options: QueuedOptions
): Promise<Result<{ result: QueuedResult; files: ChangedFile[] }>> {
  const { owner, repo } = group
  const pr = await getPullRequest(client, { owner, repo, number })
  if (!pr.ok) return pr
  if (pr.value.base.ref !== group.base) {
    return failure(
      `Queued pull request #${number} targets ${pr.value.base.ref}, but the merge group merges ` +
        `into ${group.base}: the queue ref ${group.headRef} does not name it correctly.`
    )
  }
  const changed = await getChangedFiles(client, pr.value, {
    workspace: options.workspace,
    git: { hasCommit, changedFiles: (o) => gitChangedFiles(o) }
  })
  if (!changed.ok) return changed
  const files = changed.value.files
  // The scope is found as a pull request run finds it (input `scope-source`).
  const resolved = await resolveScope(
    { title: pr.value.title, body: pr.value.body, headRef: pr.value.head.ref },
    {
      mode: options.inputs.scopeSource,
      loader: options.workOrders,
      glob: options.inputs.workOrders
    }
  )
  if (!resolved.ok) return resolved
  const { parse, source } = resolved.value
  const verdict = checkScope({
    parse,
    files,
    ignore: options.ignore,
    levels: { outOfScope: options.inputs.outOfScope, missingScope: options.inputs.missingScope }
  })
  return ok({
    files,
    result: {
      number,
      url: pr.value.url,
      report: {
        verdict,
        scope: parse.scope,
        source,
        repository: { owner, repo, serverUrl: options.serverUrl },
        pullRequest: { number, title: pr.value.title, headSha: pr.value.head.sha },
        changedFileCount: files.length,
        ...options.links
      }
    }
  })
}
