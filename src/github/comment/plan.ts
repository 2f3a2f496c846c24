// Which comment is ours and what to do with it, decided purely from the listed comments: the API
// calls that carry the decisions out live in comment.ts.
//
// A comment is ours when (1) its body starts with our hidden marker, which names the comment-key,
// and (2) its author is the token's identity. For a token that has a user (a personal access
// token), that is its login. For an installation token (GITHUB_TOKEN, a GitHub App's token),
// GitHub has no "who am I" endpoint, so the rule is "a bot account wrote it": a person's account
// is never of type Bot, so a human's comment is never edited, even one that quotes the marker.
// Once we have written (or kept) a comment, its author's exact login is known, and clean-up
// deletes only comments of that login.

/** A comment as the plans need it. */
export interface ListedComment {
  id: number
  body: string
  /** ISO time stamp, as GitHub sends `created_at`. */
  createdAt: string
  author: { login: string; type: string }
}

/** Who the token acts as: a known login, or "some bot" (an installation token). */
export type Identity = { kind: 'login'; login: string } | { kind: 'bot' }

/** Input `comment`. */
export type CommentMode = 'always' | 'on-failure' | 'never'

/** What to do about our comment. */
export type CommentPlan =
  | { kind: 'none'; reason: string }
  | { kind: 'create'; body: string }
  | { kind: 'update'; id: number; body: string }
  | { kind: 'unchanged'; id: number }

/** What to do after writing: bring the survivor up to date, then delete the rest. */
export interface CleanupPlan {
  /** The oldest of our comments, which stays. */
  keep: number | null
  update: { id: number; body: string } | null
  remove: number[]
}

/** Whether a body starts with the marker (the renderer puts it first; a quote would not). */
export function carriesMarker(body: string, marker: string): boolean {
  return body.replace(/^\uFEFF/, '').startsWith(marker)
}

/** Whether a comment was written by the identity (see the rule at the top of this file). */
export function writtenBy(comment: ListedComment, identity: Identity): boolean {
  if (identity.kind === 'login') {
    return comment.author.login.toLowerCase() === identity.login.toLowerCase()
  }
  return comment.author.type === 'Bot'
}

/** Our comments (marker and author), oldest first; ties of time go to the lower id. */
export function ourComments(
  comments: readonly ListedComment[],
  marker: string,
  identity: Identity
): ListedComment[] {
  return comments
    .filter((c) => carriesMarker(c.body, marker) && writtenBy(c, identity))
    .sort((a, b) => compareTimes(a.createdAt, b.createdAt) || a.id - b.id)
}

/** Whether two bodies read the same (GitHub may hand back `\r\n` for `\n`). */
export function sameBody(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n')
}

/** What to do with the comment, given the input `comment`, the verdict and the listed comments. */
export function planComment(options: {
  mode: CommentMode
  result: 'pass' | 'fail'
  body: string
  comments: readonly ListedComment[]
  marker: string
  identity: Identity
}): CommentPlan {
  const { mode, result, body } = options
  if (mode === 'never') return { kind: 'none', reason: 'input `comment` is `never`' }
  const existing = ourComments(options.comments, options.marker, options.identity)[0]
  if (existing === undefined) {
    if (mode === 'on-failure' && result === 'pass') {
      return {
        kind: 'none',
        reason: 'the check passed and input `comment` is `on-failure`, with no earlier comment'
      }
    }
    return { kind: 'create', body }
  }
  if (sameBody(existing.body, body)) return { kind: 'unchanged', id: existing.id }
  return { kind: 'update', id: existing.id, body }
}

/**
 * After our write, from a fresh list: keep the oldest of our comments (concurrent runs agree on
 * which that is), give it our body if it lacks it, and delete the others.
 */
export function planCleanup(options: {
  comments: readonly ListedComment[]
  marker: string
  /** The author of the comment we wrote or kept. */
  login: string
  body: string
}): CleanupPlan {
  const ours = ourComments(options.comments, options.marker, {
    kind: 'login',
    login: options.login
  })
  const [oldest, ...rest] = ours
  if (oldest === undefined) return { keep: null, update: null, remove: [] }
  return {
    keep: oldest.id,
    update: sameBody(oldest.body, options.body) ? null : { id: oldest.id, body: options.body },
    remove: rest.map((c) => c.id)
  }
}

/** The identity rule that needs no request: GitHub's installation tokens start with `ghs_`. */
export function identityFromToken(token: string): Identity | null {
  return token.startsWith('ghs_') ? { kind: 'bot' } : null
}

function compareTimes(a: string, b: string): number {
  const ta = Date.parse(a)
  const tb = Date.parse(b)
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a < b ? -1 : a > b ? 1 : 0
  return ta - tb
}
