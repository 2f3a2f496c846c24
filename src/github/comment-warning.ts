// A comment that could not be read or written becomes one warning that says why and what to do;
// it never changes the verdict. The common cause is a read-only token: GitHub gives one to every
// workflow run by a pull request from a fork, whatever the workflow's `permissions:` ask for.

/** What was being done when the comment failed. */
export type CommentStage = 'read' | 'write'

/** The README section that explains read-only tokens on fork pull requests. */
export const FORK_SECTION = 'Fork pull requests'

const STANDS =
  'The verdict does not depend on the comment: the job summary and the outputs hold the full report.'

/** The warning for a comment fault: GitHub's answer, the permission to grant, where to read more. */
export function commentWarning(error: unknown, stage: CommentStage, number: number): string {
  const doing = stage === 'read' ? 'read the comments of' : 'post its comment on'
  const status = (error as { status?: unknown } | null)?.status
  const message = apiMessage(error)
  if (typeof status !== 'number') {
    return `pr-scope-check could not ${doing} pull request #${number}: ${message}. ${STANDS}`
  }
  const answered = `pr-scope-check could not ${doing} pull request #${number}: GitHub answered ${status} "${message}".`
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    return `${answered} GitHub's rate limit still refused after the retries; the next run updates the comment. ${STANDS}`
  }
  if (status === 401 || status === 403 || status === 404) {
    const level = stage === 'read' ? 'read' : 'write'
    return (
      `${answered} The token may not ${stage} pull request comments: give the job ` +
      `\`permissions:\` with \`pull-requests: ${level}\` (or \`issues: ${level}\`), or set ` +
      '`comment: never`. On a pull request from a fork the token is read-only whatever the ' +
      `workflow asks: see the README section "${FORK_SECTION}". ${STANDS}`
    )
  }
  return `${answered} ${STANDS}`
}

function apiMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data
  const text = (data as { message?: unknown } | null)?.message
  if (typeof text === 'string' && text !== '') return text
  if (error instanceof Error) return error.message
  return String(error)
}
