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

/**
 * The warning for a duplicate report comment (left by a concurrent run) that could not be deleted:
 * what failed, GitHub's answer, and that the report comment itself is up to date.
 */
export function duplicateWarning(
  error: unknown,
  about: { number: number; duplicate: number; kept: { url: string } | null }
): string {
  const status = (error as { status?: unknown } | null)?.status
  const message = apiMessage(error)
  const answer = typeof status === 'number' ? `GitHub answered ${status} "${message}"` : message
  const kept = about.kept === null ? '' : ` (${about.kept.url})`
  return (
    `pr-scope-check could not delete a duplicate of its comment on pull request #${about.number} ` +
    `(comment ${about.duplicate}, left by a concurrent run of this job): ${answer}. ` +
    `The report comment itself is up to date${kept}; the next run tries the duplicate again, or ` +
    'delete it by hand. The verdict does not depend on the comment.'
  )
}

function apiMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data
  const text = (data as { message?: unknown } | null)?.message
  if (typeof text === 'string' && text !== '') return text
  if (error instanceof Error) return error.message
  return String(error)
}
