// The JSON bodies GitHub's REST API sends, built from the fake repository state. Field names and
// nesting follow GitHub's documented responses; only fields nobody reads are left out.
import type { FakeComment, FakeFile, FakePullRequest, FakeRepository, FakeStatus } from './state.js'

/** Where the server lives: the API root (`.../api/v3`) and the web root (html_url links). */
export interface Urls {
  api: string
  web: string
}

/** A user object as it appears inside other objects. */
export function userJson(urls: Urls, login: string): Record<string, unknown> {
  return {
    login,
    id: idOf(login),
    node_id: `U_${login}`,
    avatar_url: `${urls.web}/avatars/${login}`,
    url: `${urls.api}/users/${login}`,
    html_url: `${urls.web}/${login}`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false
  }
}

/** A repository object. */
export function repositoryJson(urls: Urls, repo: FakeRepository): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`
  return {
    id: idOf(fullName),
    node_id: `R_${fullName}`,
    name: repo.name,
    full_name: fullName,
    private: repo.private,
    owner: userJson(urls, repo.owner),
    html_url: `${urls.web}/${fullName}`,
    url: `${urls.api}/repos/${fullName}`,
    default_branch: repo.defaultBranch,
    fork: false,
    visibility: repo.private ? 'private' : 'public'
  }
}

/** A pull request object as GET /repos/{owner}/{repo}/pulls/{number} sends it. */
export function pullRequestJson(
  urls: Urls,
  repo: FakeRepository,
  pr: FakePullRequest
): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`
  const api = `${urls.api}/repos/${fullName}`
  const additions = pr.files.reduce((sum, f) => sum + f.additions, 0)
  const deletions = pr.files.reduce((sum, f) => sum + f.deletions, 0)
  const branch = (side: { ref: string; sha: string }): Record<string, unknown> => ({
    label: `${repo.owner}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: userJson(urls, repo.owner),
    repo: repositoryJson(urls, repo)
  })
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.id,
    node_id: `PR_${pr.id}`,
    html_url: `${urls.web}/${fullName}/pull/${pr.number}`,
    diff_url: `${urls.web}/${fullName}/pull/${pr.number}.diff`,
    patch_url: `${urls.web}/${fullName}/pull/${pr.number}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.head.sha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userJson(urls, pr.author),
    body: pr.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? pr.updatedAt : null,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.merged ? pr.head.sha : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pr.head),
    base: branch(pr.base),
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: pr.draft,
    merged: pr.merged,
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? true : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    merged_by: pr.merged ? userJson(urls, repo.owner) : null,
    comments: repo.comments.filter((c) => c.issueNumber === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions,
    deletions,
    changed_files: pr.files.length
  }
}

/** The shorter pull request object of the list endpoint (no merge or size fields). */
export function pullRequestListItemJson(
  urls: Urls,
  repo: FakeRepository,
  pr: FakePullRequest
): Record<string, unknown> {
  const full = pullRequestJson(urls, repo, pr)
  for (const key of [
    'merged',
    'mergeable',
    'rebaseable',
    'mergeable_state',
    'merged_by',
    'comments',
    'review_comments',
    'maintainer_can_modify',
    'commits',
    'additions',
    'deletions',
    'changed_files'
  ]) {
    delete full[key]
  }
  return full
}

/** One entry of GET /repos/{owner}/{repo}/pulls/{number}/files. */
export function fileJson(
  urls: Urls,
  repo: FakeRepository,
  pr: FakePullRequest,
  file: FakeFile
): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`
  const path = file.filename.split('/').map(encodeURIComponent).join('/')
  const json: Record<string, unknown> = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${urls.web}/${fullName}/blob/${pr.head.sha}/${path}`,
    raw_url: `${urls.web}/${fullName}/raw/${pr.head.sha}/${path}`,
    contents_url: `${urls.api}/repos/${fullName}/contents/${path}?ref=${pr.head.sha}`
  }
  if (file.patch !== undefined) json.patch = file.patch
  if (file.previousFilename !== undefined) json.previous_filename = file.previousFilename
  return json
}

/** An issue comment. */
export function commentJson(
  urls: Urls,
  repo: FakeRepository,
  comment: FakeComment
): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${urls.api}/repos/${fullName}/issues/comments/${comment.id}`,
    html_url: `${urls.web}/${fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${urls.api}/repos/${fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(urls, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'NONE'
  }
}

/** A commit status. */
export function statusJson(
  urls: Urls,
  repo: FakeRepository,
  status: FakeStatus
): Record<string, unknown> {
  return {
    url: `${urls.api}/repos/${repo.owner}/${repo.name}/statuses/${status.sha}`,
    id: status.id,
    node_id: `SC_${status.id}`,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: userJson(urls, status.author)
  }
}

/** A small stable number for a name, used as an object id. */
function idOf(text: string): number {
  let h = 7
  for (const ch of text) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0
  return h % 100_000_000
}
