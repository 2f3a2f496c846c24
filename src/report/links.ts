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
