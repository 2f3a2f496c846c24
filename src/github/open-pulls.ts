// Lists the open pull requests of one base branch, bodies included, for the overlap and dependency
// checks. The list endpoint returns no count, but the first page's `Link: rel="last"` names the
// last page: page 1 is read first, then every other page at once (the client's limiter paces
// them), so that any number of open pull requests takes two round trips.
import type { GitHubClient } from './client/client.js'
import { explainApiError } from './client/errors.js'
import { pageItems, rawPage } from './files.js'
import { failure, ok, type Result } from '../scope/result.js'
import type { ListedPull } from '../scope/checks/overlaps.js'

/** The largest page GitHub serves. */
export const PULLS_PER_PAGE = 100

/** One open pull request, as the overlap and dependency checks read it. */
export interface OpenPullRequest extends ListedPull {
  headRef: string
  headSha: string
}

/** Which list: the repository and the base branch. */
export interface OpenPullsRef {
  owner: string
  repo: string
  base: string
}

/** One entry of the list endpoint, as far as it is read here. */
interface ApiPull {
  number: number
  title: string
  body?: string | null
  draft?: boolean
  html_url: string
  user?: { login?: string } | null
  head: { ref: string; sha: string }
  base: { ref: string }
}

/** Options of the listing. */
export interface ListOptions {
  /** Told the first page as soon as it is read, before the others are asked for. */
  firstPage?: (pulls: readonly OpenPullRequest[]) => void
}

/**
 * Every open pull request on the base branch, with bodies: GET /repos/{o}/{r}/pulls?state=open&base=..&per_page=100,
 * pages concurrently once the count is known. Fails, rather than answer with part of the list,
 * when any page cannot be read.
 */
export async function listOpenPullRequests(
  client: GitHubClient,
  { owner, repo, base }: OpenPullsRef,
  options: ListOptions = {}
): Promise<Result<OpenPullRequest[]>> {
  const page = async (n: number): Promise<{ pulls: ApiPull[]; link: string }> => {
    const response = await client.rest.pulls.list({
      owner,
      repo,
      state: 'open',
      base,
      per_page: PULLS_PER_PAGE,
      page: n,
      request: rawPage()
    })
    const pulls = (await pageItems(response.data, 'pull requests')) as ApiPull[]
    return { pulls, link: String(response.headers.link ?? '') }
  }
  try {
    const first = await page(1)
    options.firstPage?.(first.pulls.map(toOpenPullRequest))
    const last = lastPage(first.link)
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, last - 1) }, async (_, i) => (await page(i + 2)).pulls)
    )
    // A pull request opened or closed while the pages are read shifts them: one may show twice.
    const byNumber = new Map<number, OpenPullRequest>()
    for (const pull of [first.pulls, ...rest].flat()) {
      if (!byNumber.has(pull.number)) byNumber.set(pull.number, toOpenPullRequest(pull))
    }
    return ok([...byNumber.values()])
  } catch (error) {
    return failure(
      explainApiError(error, {
        what: `list the open pull requests on ${base} of ${owner}/${repo}`,
        permission: 'pull-requests: read'
      })
    )
  }
}

/**
 * The listing run at most once per run, however many checks ask for it (overlap and dependencies
 * both need it).
 */
export function openPullRequestsOnce(
  client: GitHubClient,
  ref: OpenPullsRef,
  options: ListOptions = {}
): () => Promise<Result<OpenPullRequest[]>> {
  let pending: Promise<Result<OpenPullRequest[]>> | null = null
  return () => (pending ??= listOpenPullRequests(client, ref, options))
}

/** The page number of `rel="last"` in a Link header; 1 when there is none (one page only). */
export function lastPage(link: string): number {
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?last"?/.exec(part)
    if (!match) continue
    try {
      const value = Number(new URL(match[1] as string).searchParams.get('page'))
      if (Number.isInteger(value) && value >= 1) return value
    } catch {
      // An unreadable URL: fall through to "one page".
    }
  }
  return 1
}

function toOpenPullRequest(pull: ApiPull): OpenPullRequest {
  return {
    number: pull.number,
    title: pull.title,
    author: pull.user?.login ?? 'ghost',
    url: pull.html_url,
    body: pull.body ?? '',
    draft: pull.draft === true,
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    baseRef: pull.base.ref
  }
}
