// Event payloads as the runner writes them to GITHUB_EVENT_PATH.
import type { FakeGitHub } from './server.js'
import { pullRequestJson, repositoryJson, userJson } from './shapes.js'
import { fakeSha, type FakePullRequest, type FakeRepository } from './state.js'

/** An event: its name (GITHUB_EVENT_NAME) and its payload (the file at GITHUB_EVENT_PATH). */
export interface WorkflowEvent {
  name: string
  payload: Record<string, unknown>
}

/** A pull_request (or pull_request_target) event for a pull request of the fake server. */
export function pullRequestEvent(
  server: FakeGitHub,
  repo: FakeRepository,
  pr: FakePullRequest,
  action = 'opened',
  name = 'pull_request'
): WorkflowEvent {
  const urls = { api: server.apiUrl, web: server.serverUrl }
  return {
    name,
    payload: {
      action,
      number: pr.number,
      pull_request: pullRequestJson(urls, repo, pr),
      repository: repositoryJson(urls, repo),
      sender: userJson(urls, pr.author)
    }
  }
}

/** Any other event, with just the repository and sender GitHub always includes. */
export function otherEvent(
  server: FakeGitHub,
  repo: FakeRepository,
  name: string,
  payload: Record<string, unknown> = {}
): WorkflowEvent {
  const urls = { api: server.apiUrl, web: server.serverUrl }
  return {
    name,
    payload: {
      ...payload,
      repository: repositoryJson(urls, repo),
      sender: userJson(urls, 'octocat')
    }
  }
}

/**
 * A merge_group `checks_requested` event for queued pull requests, as GitHub sends it: the queue
 * branch `gh-readonly-queue/<base>/pr-<number>-<sha>` (one entry per pull request given, joined
 * by `-` for a grouped entry), its head and base commits, and no pull request object.
 */
export function mergeGroupEvent(
  server: FakeGitHub,
  repo: FakeRepository,
  queued: FakePullRequest[],
  base = repo.defaultBranch
): WorkflowEvent {
  const urls = { api: server.apiUrl, web: server.serverUrl }
  const baseSha = fakeSha(`queue-base-${base}`)
  const headSha = fakeSha(`queue-head-${queued.map((pr) => pr.number).join('-')}`)
  const entries = queued.map((pr) => `pr-${pr.number}-${baseSha}`).join('-')
  return {
    name: 'merge_group',
    payload: {
      action: 'checks_requested',
      merge_group: {
        head_sha: headSha,
        head_ref: `refs/heads/gh-readonly-queue/${base}/${entries}`,
        base_sha: baseSha,
        base_ref: `refs/heads/${base}`,
        head_commit: {
          id: headSha,
          tree_id: fakeSha(`queue-tree-${headSha}`),
          message: queued.map((pr) => `Merge pull request #${pr.number}`).join('\n'),
          timestamp: '2026-01-05T10:00:00Z',
          author: { name: 'GitHub', email: 'noreply@github.com' },
          committer: { name: 'GitHub', email: 'noreply@github.com' }
        }
      },
      repository: repositoryJson(urls, repo),
      sender: userJson(urls, 'github-merge-queue[bot]')
    }
  }
}

/** A run of the dispatch board: the event, and the variables the runner sets for its ref. */
export interface BoardRun {
  event: WorkflowEvent
  /** GITHUB_REPOSITORY, GITHUB_REF, GITHUB_REF_NAME and GITHUB_SHA, as the runner sets them. */
  env: Record<string, string>
}

/**
 * A workflow_dispatch, schedule or push event of the dispatch board, run for `branch` at `sha`,
 * as GitHub sends it. A schedule payload names no repository (GitHub's holds only the cron line),
 * so the repository comes from GITHUB_REPOSITORY there.
 */
export function boardEvent(
  server: FakeGitHub,
  repo: FakeRepository,
  name: 'workflow_dispatch' | 'schedule' | 'push',
  options: { branch?: string; sha?: string; ref?: string; deleted?: boolean } = {}
): BoardRun {
  const urls = { api: server.apiUrl, web: server.serverUrl }
  const branch = options.branch ?? repo.defaultBranch
  const ref = options.ref ?? `refs/heads/${branch}`
  const sha = options.sha ?? fakeSha(`board-${branch}`)
  const env = {
    GITHUB_REPOSITORY: `${repo.owner}/${repo.name}`,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_SHA: options.deleted ? '0'.repeat(40) : sha
  }
  const common = { repository: repositoryJson(urls, repo), sender: userJson(urls, 'octocat') }
  if (name === 'schedule') return { event: { name, payload: { schedule: '17 * * * *' } }, env }
  if (name === 'workflow_dispatch') {
    const payload = { inputs: {}, ref, workflow: '.github/workflows/board.yml', ...common }
    return { event: { name, payload }, env }
  }
  const payload = {
    ref,
    before: fakeSha(`board-before-${branch}`),
    after: env.GITHUB_SHA,
    created: false,
    deleted: options.deleted === true,
    forced: false,
    base_ref: null,
    compare: `${server.serverUrl}/${repo.owner}/${repo.name}/compare/${branch}`,
    commits: [],
    head_commit: null,
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    ...common
  }
  return { event: { name, payload }, env }
}
