// Reads a merge_group event: which branch the queue merges into and which pull requests its head
// ref names. GitHub's merge queue tests each entry on a branch named
// `gh-readonly-queue/<base>/pr-<number>-<sha>`; the payload carries no pull request object, so the
// ref is the only place the queued pull requests are named. A ref we cannot read fails the run:
// guessing (or passing) would let an unchecked pull request through the queue.
import { failure, ok, type Result } from '../../scope/result.js'

/** The one action of merge_group that asks for checks. */
export const MERGE_GROUP_ACTION = 'checks_requested'

/** What a merge_group run needs from the event. */
export interface MergeGroupEvent {
  owner: string
  repo: string
  /** The queue branch, e.g. `refs/heads/gh-readonly-queue/main/pr-3-<sha>`. */
  headRef: string
  /** The commit the queue tests (the merge of the queued pull requests onto the base). */
  headSha: string
  /** The branch the group merges into, without `refs/heads/`, e.g. `main`. */
  base: string
  baseSha: string
  /** The queued pull requests the head ref names, in the order it names them. */
  pullRequests: number[]
}

const QUEUE_PREFIX = 'gh-readonly-queue/'
const HEADS = 'refs/heads/'
// One queue entry: `pr-<number>-<sha>` (SHA-1 or SHA-256, as short or full hex).
const ENTRY = /^pr-([1-9][0-9]*)-[0-9a-f]{7,64}/

/**
 * The pull request numbers a merge queue ref names, or null when it is not a queue ref. Several
 * `pr-<number>-<sha>` entries joined by `-`, `_` or `/` are all read (a grouped entry), so that no
 * queued pull request goes unchecked; today GitHub names one per ref.
 */
export function queuedPullRequests(headRef: string, base: string): number[] | null {
  const ref = headRef.startsWith(HEADS) ? headRef.slice(HEADS.length) : headRef
  if (!ref.startsWith(QUEUE_PREFIX)) return null
  const rest = ref.slice(QUEUE_PREFIX.length)
  // The base branch may itself hold slashes (release/1.x): strip it when known, else read the
  // last segment.
  let entries = base !== '' && rest.startsWith(`${base}/`) ? rest.slice(base.length + 1) : null
  if (entries === null) {
    const slash = rest.lastIndexOf('/')
    if (slash < 0) return null
    entries = rest.slice(slash + 1)
  }
  const numbers: number[] = []
  let text = entries
  for (;;) {
    const m = ENTRY.exec(text)
    if (!m) return null
    numbers.push(Number(m[1]))
    text = text.slice(m[0].length)
    if (text === '') break
    if (!/^[-_/]pr-/.test(text)) return null
    text = text.slice(1)
  }
  return [...new Set(numbers)]
}

/** Reads the merge_group event (GITHUB_EVENT_PATH) into the queue run's facts, or says why not. */
export function readMergeGroupEvent(
  payload: Record<string, unknown>,
  repository: { owner: string; repo: string } | null
): Result<MergeGroupEvent> {
  const action = typeof payload.action === 'string' ? payload.action : ''
  if (action !== MERGE_GROUP_ACTION) {
    return failure(
      `The merge_group action "${action}" is not supported: pr-scope-check checks merge groups on ` +
        `\`${MERGE_GROUP_ACTION}\` (the only action GitHub Actions runs for merge_group).`
    )
  }
  const group = payload.merge_group as Record<string, unknown> | undefined
  const text = (key: string): string =>
    typeof group?.[key] === 'string' ? (group[key] as string) : ''
  const headRef = text('head_ref')
  const baseRef = text('base_ref')
  if (headRef === '' || baseRef === '') {
    return failure(
      'The merge_group event payload (GITHUB_EVENT_PATH) has no merge_group.head_ref or ' +
        'merge_group.base_ref: it is not an event GitHub sent.'
    )
  }
  if (!repository) {
    return failure(
      "The merge_group event names no repository: neither the payload's repository nor GITHUB_REPOSITORY (owner/name) is set."
    )
  }
  const base = baseRef.startsWith(HEADS) ? baseRef.slice(HEADS.length) : baseRef
  const pullRequests = queuedPullRequests(headRef, base)
  if (pullRequests === null) {
    return failure(
      `The merge group's head ref ${headRef} is not a merge queue branch ` +
        `(refs/heads/gh-readonly-queue/${base}/pr-<number>-<sha>), so the queued pull requests ` +
        'cannot be told. pr-scope-check does not pass a merge group it cannot check.'
    )
  }
  return ok({
    ...repository,
    headRef,
    headSha: text('head_sha'),
    base,
    baseSha: text('base_sha'),
    pullRequests
  })
}
