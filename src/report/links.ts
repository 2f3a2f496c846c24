// Links into GitHub: a file in a pull request's diff, a line of a work-order file, another PR.
import { createHash } from 'node:crypto'
import type { ReportRepository } from './context.js'

/** The anchor GitHub gives a file in a pull request's "Files changed" tab: `diff-<sha256 of path>`. */
export function diffAnchor(path: string): string {
  return `diff-${createHash('sha256').update(path, 'utf8').digest('hex')}`
}

/** The repository's web address, without a trailing slash. */
export function repositoryUrl(repository: ReportRepository): string {
  const server = repository.serverUrl.replace(/\/+$/, '')
  return `${server}/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`
}

/** The address of `path` in the diff of pull request `number`. */
export function pullFileUrl(repository: ReportRepository, number: number, path: string): string {
  return `${repositoryUrl(repository)}/pull/${number}/files#${diffAnchor(path)}`
}

/** The address of `line` of `path` at `ref` (a branch, tag or commit). */
export function blobLineUrl(
  repository: ReportRepository,
  ref: string,
  path: string,
  line: number
): string {
  const segments = (text: string): string => text.split('/').map(encodeURIComponent).join('/')
  return `${repositoryUrl(repository)}/blob/${segments(ref)}/${segments(path)}#L${line}`
}

/**
 * A URL safe to put in a Markdown link destination, or null when it is not http(s).
 * Parentheses, pipes and spaces are percent-encoded so that they cannot end the link or the cell.
 */
export function safeHref(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  return parsed.href.replace(
    /[()|\\`'"<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

/** A Markdown link around already-escaped text; just the text when the URL is unusable. */
export function markdownLink(text: string, url: string | null): string {
  const href = url === null ? null : safeHref(url)
  return href === null ? text : `[${text}](${href})`
}

/** The address of commit `sha`, or null when it is not a commit id (it comes from outside). */
export function commitUrl(repository: ReportRepository, sha: string): string | null {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `${repositoryUrl(repository)}/commit/${sha}` : null
}

/** Where a workflow run is shown, from the runner's environment. */
export interface RunLocation {
  /** GITHUB_SERVER_URL. */
  serverUrl: string
  /** GITHUB_REPOSITORY, `owner/repo`. */
  repository: string
  /** GITHUB_RUN_ID. */
  runId: string
  /** GITHUB_RUN_ATTEMPT, when known. */
  attempt?: string
}

const REPOSITORY_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

/** The run's page (`…/actions/runs/ID`, and `/attempts/N` when known), or null without one. */
export function runPageUrl(run: RunLocation): string | null {
  if (!REPOSITORY_NAME.test(run.repository) || !/^\d+$/.test(run.runId)) return null
  const server = run.serverUrl.replace(/\/+$/, '')
  const attempt =
    run.attempt !== undefined && /^\d+$/.test(run.attempt) ? `/attempts/${run.attempt}` : ''
  return `${server}/${run.repository}/actions/runs/${run.runId}${attempt}`
}

/** This project's README section on the Session Scope, when the action's own is not known. */
export const SCOPE_HELP_URL =
  'https://github.com/pr-scope-check/pr-scope-check#writing-a-session-scope'

/**
 * What a Session Scope is: the README section of the action's own repository (GITHUB_ACTION_REPOSITORY,
 * at GITHUB_ACTION_REF when set), so that a fork or a mirror links its own; else SCOPE_HELP_URL.
 */
export function scopeHelpUrl(
  serverUrl: string,
  actionRepository: string | undefined,
  actionRef?: string
): string {
  if (actionRepository === undefined || !REPOSITORY_NAME.test(actionRepository)) {
    return SCOPE_HELP_URL
  }
  const base = `${serverUrl.replace(/\/+$/, '')}/${actionRepository}`
  if (actionRef === undefined || actionRef === '') return `${base}#writing-a-session-scope`
  const ref = actionRef.split('/').map(encodeURIComponent).join('/')
  return `${base}/blob/${ref}/README.md#writing-a-session-scope`
}

/** The report's links to its run and to what a Session Scope is, from the runner's variables. */
export function runLinks(env: Readonly<Record<string, string | undefined>>): {
  runUrl: string | null
  helpUrl: string
} {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const attempt = env.GITHUB_RUN_ATTEMPT
  return {
    runUrl: runPageUrl({
      serverUrl,
      repository: env.GITHUB_REPOSITORY ?? '',
      runId: env.GITHUB_RUN_ID ?? '',
      ...(attempt ? { attempt } : {})
    }),
    helpUrl: scopeHelpUrl(serverUrl, env.GITHUB_ACTION_REPOSITORY, env.GITHUB_ACTION_REF)
  }
}
