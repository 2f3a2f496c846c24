// Event payloads as the runner writes them to GITHUB_EVENT_PATH.
import type { FakeGitHub } from './server.js'
import { pullRequestJson, repositoryJson, userJson } from './shapes.js'
import type { FakePullRequest, FakeRepository } from './state.js'

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
