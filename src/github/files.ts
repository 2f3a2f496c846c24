// Lists a pull request's changed files from GET /repos/{owner}/{repo}/pulls/{n}/files. The page
// count is known from the pull request's `changed_files`, so every page is requested at once
// instead of following `Link: rel="next"` one page after another: the client's limiter (30 in
// flight, client.ts) paces them, so a 3,000-file pull request takes one round trip.
import type { ChangeStatus, ChangedFile } from '../scope/types.js'
import type { GitHubClient } from './client/client.js'
import { explainApiError } from './client/errors.js'
import { firstAddedLine } from './patch.js'
import type { PullRequest } from './pull-request.js'
import { failure, ok, type Result } from '../scope/result.js'

/** The largest page GitHub serves. */
export const FILES_PER_PAGE = 100

/** GitHub's files endpoint lists at most this many files; past it, see changed-files.ts. */
export const API_FILE_LIMIT = 3000

/** One entry of the files endpoint, as far as it is read here. */
export interface ApiFile {
  filename: string
  status: string
  previous_filename?: string
  patch?: string
}

/**
 * Lists every changed file of a pull request with at most `changedFiles` <= 3,000. Fails, rather
 * than answer with part of the list, when a page cannot be read or the pages do not add up.
 */
export async function listPullRequestFiles(
  client: GitHubClient,
  pr: Pick<PullRequest, 'owner' | 'repo' | 'number' | 'changedFiles'>
): Promise<Result<ChangedFile[]>> {
  if (pr.changedFiles > API_FILE_LIMIT) {
    throw new Error(
      `listPullRequestFiles called for ${pr.changedFiles} files (limit ${API_FILE_LIMIT})`
    )
  }
  const pages = Math.max(1, Math.ceil(pr.changedFiles / FILES_PER_PAGE))
  let results: ApiFile[][]
  try {
    results = await Promise.all(
      Array.from({ length: pages }, async (_, i) => {
        const { data } = await client.rest.pulls.listFiles({
          owner: pr.owner,
          repo: pr.repo,
          pull_number: pr.number,
          per_page: FILES_PER_PAGE,
          page: i + 1,
          request: rawPage()
        })
        return (await pageItems(data, 'files')) as ApiFile[]
      })
    )
  } catch (error) {
    return failure(
      explainApiError(error, {
        what: `list the changed files of pull request #${pr.number} of ${pr.owner}/${pr.repo}`,
        permission: 'pull-requests: read'
      })
    )
  }
  const files = results.flat()
  if (files.length !== pr.changedFiles) {
    return failure(
      `GitHub listed ${files.length} changed files of pull request #${pr.number} but the pull ` +
        `request reports ${pr.changedFiles}: it probably changed while being read. No verdict on a ` +
        'partial list: re-run the job.'
    )
  }
  return ok(files.map(toChangedFile))
}

/** Maps one entry of the files endpoint onto the changed-file model shared with `git diff`. */
export function toChangedFile(file: ApiFile): ChangedFile {
  const changed: ChangedFile = { path: file.filename, status: statusOf(file.status) }
  if (
    file.previous_filename !== undefined &&
    (changed.status === 'renamed' || changed.status === 'copied')
  ) {
    changed.previousPath = file.previous_filename
  }
  const line = firstAddedLine(file.patch)
  if (line !== undefined) changed.firstAddedLine = line
  return changed
}

function statusOf(status: string): ChangeStatus {
  switch (status) {
    case 'added':
    case 'removed':
    case 'modified':
    case 'renamed':
    case 'copied':
      return status
    // `changed` (mode only) and `unchanged` still list the path as part of the pull request.
    default:
      return 'changed'
  }
}

/**
 * Request options for a list page: Octokit hands over the body unread. Octokit's own parse revives
 * every value (for integers past 2^53, which nothing read here has) and costs several times a
 * plain JSON.parse on pages of 100 pull requests with bodies. A fresh object per request: the
 * retry plugin writes its attempt count into it.
 */
export function rawPage(): { parseSuccessResponseBody: false } {
  return { parseSuccessResponseBody: false }
}

/** The items of a list page requested with rawPage(): its body read and parsed as a JSON array. */
export async function pageItems(body: unknown, what: string): Promise<unknown[]> {
  const text = await new Response(body as ReadableStream<Uint8Array> | null).text()
  const items: unknown = JSON.parse(text)
  if (!Array.isArray(items)) throw new Error(`GitHub answered a page of ${what} with no list`)
  return items
}
