// Commit statuses: how a run that was not started by a pull request's own event (a refresh after
// another pull request merged) puts a fresh verdict on that pull request's head commit.
import type { GitHubClient } from './client/client.js'
import { explainApiError, isPermissionRefusal } from './client/errors.js'

/** The context every status of this action carries: one line per pull request in the checks list. */
export const STATUS_CONTEXT = 'pr-scope-check'

/** GitHub refuses longer status descriptions. */
export const MAX_DESCRIPTION = 140

/** One commit status to post. */
export interface CommitStatus {
  owner: string
  repo: string
  sha: string
  state: 'success' | 'failure'
  description: string
  targetUrl: string | null
}

/**
 * A status posted, or why not; `refused` when the token may not post statuses at all, so that
 * posting the next one is pointless.
 */
export type StatusOutcome = { ok: true } | { ok: false; error: string; refused: boolean }

/** Where a workflow run gets a read-only token, and the trigger that gets a writable one. */
const READ_ONLY_ADVICE =
  'A `pull_request` run for a pull request from a fork gets a read-only token whatever ' +
  '`permissions:` asks: run the refresh on `pull_request_target` (types: [closed]) instead, which ' +
  'is safe here since the action never checks out or runs pull request code.'

/** Posts a commit status: POST /repos/{owner}/{repo}/statuses/{sha}, context `pr-scope-check`. */
export async function postCommitStatus(
  client: GitHubClient,
  status: CommitStatus
): Promise<StatusOutcome> {
  try {
    await client.rest.repos.createCommitStatus({
      owner: status.owner,
      repo: status.repo,
      sha: status.sha,
      state: status.state,
      context: STATUS_CONTEXT,
      description: clip(status.description),
      ...(status.targetUrl ? { target_url: status.targetUrl } : {})
    })
    return { ok: true }
  } catch (error) {
    const message = explainApiError(error, {
      what: `post the commit status ${STATUS_CONTEXT} on ${status.sha.slice(0, 12)}`,
      permission: 'statuses: write',
      advice: READ_ONLY_ADVICE
    })
    return { ok: false, error: message, refused: isPermissionRefusal(error) }
  }
}

/** A description that fits GitHub's limit, cut at a word with an ellipsis. */
export function clip(text: string, max = MAX_DESCRIPTION): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}

/** The run's page, where the statuses point: GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID. */
export function runUrl(env: NodeJS.ProcessEnv): string | null {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return null
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
}
