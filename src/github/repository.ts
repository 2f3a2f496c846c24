// The repository itself: GET /repos/{owner}/{repo}, for its default branch (the base of `plan
// --repo` without --base, and of the board on a run whose ref is not a branch). Its answer is also
// the first sign of a token GitHub refuses (401) or a repository it does not show (404), which the
// command line words for its own users: the status comes back with the message.
import type { GitHubClient } from './client/client.js'
import { explainApiError } from './client/errors.js'

/** What is read of the repository. */
export interface RepositoryInfo {
  /** `owner/name` as GitHub spells it. */
  fullName: string
  defaultBranch: string
}

/** The repository, or why it could not be read: the message and GitHub's status (null: none). */
export type RepositoryAnswer =
  { ok: true; value: RepositoryInfo } | { ok: false; error: string; status: number | null }

/** Reads the repository: GET /repos/{owner}/{repo}. */
export async function getRepository(
  client: GitHubClient,
  ref: { owner: string; repo: string }
): Promise<RepositoryAnswer> {
  try {
    const { data } = await client.rest.repos.get({ owner: ref.owner, repo: ref.repo })
    return { ok: true, value: { fullName: data.full_name, defaultBranch: data.default_branch } }
  } catch (error) {
    const status = (error as { status?: unknown }).status
    return {
      ok: false,
      status: typeof status === 'number' ? status : null,
      error: explainApiError(error, {
        what: `read the repository ${ref.owner}/${ref.repo}`,
        permission: 'contents: read'
      })
    }
  }
}
