// Turns an API failure that survived the retries into one message: what was asked, what GitHub
// answered (its own words), and what to do about it.
import { MAX_RETRIES } from './client.js'
import { GitHubGaveUp } from './deadline.js'

/** What was being read, and the workflow permission that reading it needs. */
export interface ApiCall {
  /** For example `read pull request #12 of octo/repo`. */
  what: string
  /** For example `pull-requests: read`. */
  permission: string
  /** What else fixes a refused permission, for example where the token is read-only. */
  advice?: string
}

/** The message for a failed API call, naming the API's answer and the fix. */
export function explainApiError(error: unknown, call: ApiCall): string {
  if (error instanceof GitHubGaveUp) {
    // The request and why are in the message; the step's log holds a line per retry.
    const fix =
      error.reason.kind === 'timeout'
        ? 'GitHub accepted the request but sent no answer: re-run the job later; if it keeps ' +
          'happening, check that the runner reaches GITHUB_API_URL (and its proxy, if any).'
        : 'The run stops waiting on GitHub rather than hold the job: re-run it later.'
    return `Could not ${call.what}: ${error.message}. ${fix}`
  }
  const status = (error as { status?: unknown }).status
  const apiMessage = messageOf(error)
  if (typeof status !== 'number') {
    return `Could not ${call.what}: ${apiMessage}. Check that GITHUB_API_URL is reachable from the runner.`
  }
  const answered = `Could not ${call.what}: GitHub answered ${status} "${apiMessage}".`
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } })
    .response?.headers
  if (status === 401) {
    return `${answered} The token was refused: check the \`token\` input (default \${{ github.token }}).`
  }
  if (status === 403 || status === 429) {
    if (isRateLimit(error)) {
      const reset = Number(headers?.['x-ratelimit-reset'])
      const when =
        Number.isFinite(reset) && reset > 0
          ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})`
          : ''
      return `${answered} GitHub's rate limit still refused after the retries${when}: re-run the job later.`
    }
    const reads = call.permission.endsWith(': read')
      ? ' (this action needs `contents: read` and `pull-requests: read`)'
      : ''
    return (
      `${answered} The token lacks a permission: give the workflow \`permissions:\` with ` +
      `\`${call.permission}\`${reads}, or pass a \`token\` that has it.` +
      (call.advice ? ` ${call.advice}` : '')
    )
  }
  if (status === 404) {
    return (
      `${answered} Either it does not exist or the token cannot see it: for a private repository ` +
      `the workflow needs \`permissions:\` with \`${call.permission}\`.`
    )
  }
  if (status >= 500) {
    return `${answered} GitHub failed ${MAX_RETRIES + 1} times in a row: re-run the job later.`
  }
  return answered
}

/** Whether a 403 or 429 is a rate limit (primary or secondary) rather than a refused permission. */
export function isRateLimit(error: unknown): boolean {
  const status = (error as { status?: unknown }).status
  if (status !== 403 && status !== 429) return false
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } })
    .response?.headers
  return (
    /secondary rate limit/i.test(messageOf(error)) || headers?.['x-ratelimit-remaining'] === '0'
  )
}

/** Whether GitHub refused the token itself or a permission of it: asking again cannot help. */
export function isPermissionRefusal(error: unknown): boolean {
  const status = (error as { status?: unknown }).status
  return status === 401 || status === 404 || (status === 403 && !isRateLimit(error))
}

function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data
  if (
    data &&
    typeof data === 'object' &&
    typeof (data as { message?: unknown }).message === 'string'
  ) {
    return (data as { message: string }).message
  }
  if (error instanceof Error) return error.message
  return String(error)
}
