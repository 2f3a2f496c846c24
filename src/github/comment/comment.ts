// The sticky report comment: one per pull request and comment-key, created once and edited in
// place. Which comment is ours, and what to do, is decided in plan.ts; this file makes
// the requests. Every fault becomes a warning: the verdict never depends on the comment.
//
// Requests, in the common cases: `never` makes none; otherwise one page read (100 comments a
// page), then at most one write (POST or PATCH; none when the body is unchanged), then, after a
// write, one more read that catches a concurrent run's duplicate. The throttling plugin spaces
// writes 1 s apart (POST of a comment 3 s, as it notifies), but the first write of a run is not
// delayed, so the common case pays no wait; only the clean-up of a race does.
import { commentMarker } from './marker.js'
import type { GitHubClient, Log } from '../client/client.js'
import {
  createComment,
  deleteComment,
  listComments,
  updateComment,
  whoAmI,
  type ApiComment,
  type CommentTarget
} from './api.js'
import { carriesMarker, planCleanup, planComment, type CommentMode } from './plan.js'
import { commentWarning, duplicateWarning, type CommentStage } from './warning.js'

export type { CommentTarget } from './api.js'

/** GitHub refuses comment bodies longer than this many characters. */
export const COMMENT_MAX_LENGTH = 65_536

/** What syncComment needs: where, when (`comment` input), what, and the token (for who-am-I). */
export interface SyncOptions extends CommentTarget {
  mode: CommentMode
  result: 'pass' | 'fail'
  body: string
  marker: string
  token: string
}

/** What syncComment did. */
export interface CommentOutcome {
  action: 'none' | 'created' | 'updated' | 'unchanged'
  /** Why nothing was posted, for `none`. */
  reason?: string
  /** The comment that carries the report now. */
  comment: ApiComment | null
  /** Duplicates deleted after a concurrent run. */
  removed: number[]
  /** Duplicates that could not be deleted, with GitHub's answer: the report comment is fine. */
  undeleted: Array<{ id: number; error: unknown }>
}

/** The outcome, or the fault and the stage it happened in. */
export type SyncResult =
  { ok: true; outcome: CommentOutcome } | { ok: false; stage: CommentStage; error: unknown }

/** Creates, edits or leaves the report comment; never throws for an API fault. */
export async function syncComment(client: GitHubClient, options: SyncOptions): Promise<SyncResult> {
  const { mode, result, body, marker } = options
  const target: CommentTarget = { owner: options.owner, repo: options.repo, number: options.number }
  if (mode === 'never') {
    return { ok: true, outcome: none('input `comment` is `never`') }
  }
  let stage: CommentStage = 'read'
  try {
    const listed = await listComments(client, target)
    // Knowing who we are costs a request for some tokens: only ask when a comment could be ours.
    const identity = listed.some((c) => carriesMarker(c.body, marker))
      ? await whoAmI(client, options.token)
      : ({ kind: 'bot' } as const)
    const plan = planComment({ mode, result, body, comments: listed, marker, identity })
    if (plan.kind === 'none') return { ok: true, outcome: none(plan.reason) }

    let current: ApiComment
    let fresh: ApiComment[] = listed
    if (plan.kind === 'unchanged') {
      current = listed.find((c) => c.id === plan.id) as ApiComment
    } else {
      stage = 'write'
      current =
        plan.kind === 'create'
          ? await createComment(client, target, plan.body)
          : await updateComment(client, target, plan.id, plan.body)
      stage = 'read'
      fresh = withComment(await listComments(client, target), current)
    }

    const cleanup = planCleanup({ comments: fresh, marker, login: current.author.login, body })
    stage = 'write'
    let survivor = fresh.find((c) => c.id === cleanup.keep) ?? current
    if (cleanup.update !== null) {
      survivor = await updateComment(client, target, cleanup.update.id, cleanup.update.body)
    }
    // The report is written by now: a duplicate that stays is a blemish, not a failed comment.
    const removed: number[] = []
    const undeleted: CommentOutcome['undeleted'] = []
    for (const id of cleanup.remove) {
      try {
        await deleteComment(client, target, id)
        removed.push(id)
      } catch (error) {
        undeleted.push({ id, error })
      }
    }

    const action =
      plan.kind === 'create' && survivor.id === current.id
        ? 'created'
        : plan.kind === 'unchanged' && cleanup.update === null
          ? 'unchanged'
          : 'updated'
    return { ok: true, outcome: { action, comment: survivor, removed, undeleted } }
  } catch (error) {
    return { ok: false, stage, error }
  }
}

/** What the action's step needs: the inputs about comments, the report, and where to log. */
export interface CommentStepOptions {
  target: CommentTarget
  mode: CommentMode
  key: string
  token: string
  /** The verdict the report gives (`on-failure` comments only on a failure). */
  result: 'pass' | 'fail'
  /** The report, rendered under GitHub's comment limit with the marker first; asked only when needed. */
  render: (options: { maxLength: number; marker: string }) => string
  log: Log
}

/**
 * The action's comment step: has the report rendered under GitHub's comment limit with the
 * marker of the comment-key and syncs the comment. Faults become warnings; it never throws.
 */
export async function commentOnPullRequest(
  client: GitHubClient,
  options: CommentStepOptions
): Promise<void> {
  const { log, target } = options
  if (options.mode === 'never') return
  try {
    const marker = commentMarker(options.key)
    const body = options.render({ maxLength: COMMENT_MAX_LENGTH, marker })
    const synced = await syncComment(client, {
      ...target,
      mode: options.mode,
      result: options.result,
      body,
      marker,
      token: options.token
    })
    if (!synced.ok) {
      log.warning(commentWarning(synced.error, synced.stage, target.number))
      return
    }
    log.info(describe(synced.outcome))
    for (const { id, error } of synced.outcome.undeleted) {
      log.warning(
        duplicateWarning(error, {
          number: target.number,
          duplicate: id,
          kept: synced.outcome.comment
        })
      )
    }
  } catch (error) {
    log.warning(
      `pr-scope-check could not update its comment on pull request #${target.number} ` +
        `(a bug: please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}. ` +
        'The verdict does not depend on the comment.'
    )
  }
}

function none(reason: string): CommentOutcome {
  return { action: 'none', reason, comment: null, removed: [], undeleted: [] }
}

/** The fresh list, plus the comment we just wrote if the list lags behind and lacks it. */
function withComment(list: ApiComment[], written: ApiComment): ApiComment[] {
  return list.some((c) => c.id === written.id) ? list : [...list, written]
}

function describe(outcome: CommentOutcome): string {
  const where = outcome.comment === null ? '' : `: ${outcome.comment.url}`
  const removed =
    outcome.removed.length === 0
      ? ''
      : ` (deleted ${outcome.removed.length} duplicate ${outcome.removed.length === 1 ? 'comment' : 'comments'} of a concurrent run)`
  switch (outcome.action) {
    case 'none':
      return `No pull request comment: ${outcome.reason ?? 'nothing to say'}.`
    case 'created':
      return `Posted the report comment${where}${removed}`
    case 'updated':
      return `Updated the report comment${where}${removed}`
    case 'unchanged':
      return `The report comment is up to date${where}${removed}`
  }
}
