// Reads one pull request from the API (never from the event payload: a re-run must see the body
// as edited since the event).
import type { GitHubClient } from './client/client.js'
import { explainApiError } from './client/errors.js'
import { failure, ok, type Result } from '../scope/result.js'

/** Which pull request: repository and number. */
export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** The facts about a pull request that the checks and the report use. */
export interface PullRequest extends PullRequestRef {
  title: string
  /** The description as written; empty when the author left it blank. */
  body: string
  state: 'open' | 'closed'
  draft: boolean
  merged: boolean
  author: string
  url: string
  base: { ref: string; sha: string }
  head: { ref: string; sha: string }
  /** How many files the pull request changes, as GitHub counts them (a rename is one). */
  changedFiles: number
}

/** Reads a pull request: GET /repos/{owner}/{repo}/pulls/{pull_number}. */
export async function getPullRequest(
  client: GitHubClient,
  ref: PullRequestRef
): Promise<Result<PullRequest>> {
  try {
    const { data } = await client.rest.pulls.get({
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.number
    })
    return ok({
      ...ref,
      title: data.title,
      body: data.body ?? '',
      state: data.state === 'closed' ? 'closed' : 'open',
      draft: data.draft === true,
      merged: data.merged === true,
      author: data.user?.login ?? 'ghost',
      url: data.html_url,
      base: { ref: data.base.ref, sha: data.base.sha },
      head: { ref: data.head.ref, sha: data.head.sha },
      changedFiles: data.changed_files
    })
  } catch (error) {
    return failure(
      explainApiError(error, {
        what: `read pull request #${ref.number} of ${ref.owner}/${ref.repo}`,
        permission: 'pull-requests: read'
      })
    )
  }
}
