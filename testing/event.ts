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
