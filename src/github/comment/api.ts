// The API calls of the report comment, one function each, client passed in. They throw Octokit's
// errors; comment.ts turns every fault into a warning, because the verdict never depends on them.
import type { GitHubClient } from '../client/client.js'
import { identityFromToken, type Identity, type ListedComment } from './plan.js'

/** The pull request (an issue, to the comments API) whose comments are meant. */
export interface CommentTarget {
  owner: string
  repo: string
  number: number
}

/** A comment as the API returned it, with its address for the log. */
export interface ApiComment extends ListedComment {
  url: string
}

/** GitHub's largest page of comments, so that long threads cost few requests. */
export const COMMENTS_PER_PAGE = 100

interface RawComment {
  id: number
  body?: string | null
  created_at: string
  html_url: string
  user: { login: string; type?: string } | null
}

function toComment(raw: RawComment): ApiComment {
  return {
    id: raw.id,
    body: raw.body ?? '',
    createdAt: raw.created_at,
    url: raw.html_url,
    // A deleted account shows as null; GitHub calls it "ghost", a person, never ours.
    author: { login: raw.user?.login ?? 'ghost', type: raw.user?.type ?? 'User' }
  }
}

/** Every comment of the pull request, all pages: GET /repos/{o}/{r}/issues/{n}/comments. */
export async function listComments(
  client: GitHubClient,
  target: CommentTarget
): Promise<ApiComment[]> {
  const raw = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: COMMENTS_PER_PAGE
  })
  return (raw as RawComment[]).map(toComment)
}

/** Posts a comment: POST /repos/{o}/{r}/issues/{n}/comments. */
export async function createComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string
): Promise<ApiComment> {
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    body
  })
  return toComment(data as RawComment)
}

/** Replaces a comment's body: PATCH /repos/{o}/{r}/issues/comments/{id}. */
export async function updateComment(
  client: GitHubClient,
  target: CommentTarget,
  id: number,
  body: string
): Promise<ApiComment> {
  const { data } = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: id,
    body
  })
  return toComment(data as RawComment)
}

/** Deletes a comment: DELETE /repos/{o}/{r}/issues/comments/{id}; one already gone is fine. */
export async function deleteComment(
  client: GitHubClient,
  target: CommentTarget,
  id: number
): Promise<void> {
  try {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id
    })
  } catch (error) {
    // A concurrent run of the same job may have deleted it first.
    if (statusOf(error) !== 404) throw error
  }
}

/**
 * Who the token acts as. An installation token (`ghs_`, as GITHUB_TOKEN is) is a bot, known
 * without a request; any other token asks GET /user, which names a user token's login and is
 * refused (401/403/404) to an installation token of an older format.
 */
export async function whoAmI(client: GitHubClient, token: string): Promise<Identity> {
  const known = identityFromToken(token)
  if (known !== null) return known
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return { kind: 'login', login: data.login }
  } catch (error) {
    const status = statusOf(error)
    if (status === 401 || status === 403 || status === 404) return { kind: 'bot' }
    throw error
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : null
}
