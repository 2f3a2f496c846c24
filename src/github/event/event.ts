// Reads the event that started the run (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH) and decides whether
// this version can check it. Only the pull request's identity is taken from the payload as a fact:
// its body, title and files are read from the API, so that a re-run sees the pull request as it is
// now. What else the payload says of it (base, head, file count, body) is a hint that lets the run
// start its reads before the API has answered (src/github/gather.ts), never something it decides on.
// The board's events (workflow_dispatch, schedule, push) name a repository and a branch instead.
import { readFileSync } from 'node:fs'
import { failure, ok, type Result } from '../../scope/result.js'

/** The events and actions this version checks. */
export const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target'] as const
export const SUPPORTED_ACTIONS = [
  'opened',
  'edited',
  'synchronize',
  'reopened',
  'ready_for_review'
] as const

/** A pull request event this version checks; `closed` re-checks the pull requests that wait on it. */
export interface PullRequestEvent {
  name: (typeof SUPPORTED_EVENTS)[number]
  action: (typeof SUPPORTED_ACTIONS)[number] | 'closed'
  owner: string
  repo: string
  number: number
  /** What the payload said of the pull request when the event was sent: possibly out of date. */
  hint: PullRequestHint
}

/**
 * The pull request as the event payload describes it: each field only when the payload has it in
 * the expected shape. A re-run of an old event, an edited base or a push since makes any of it
 * out of date.
 */
export interface PullRequestHint {
  baseRef?: string
  baseSha?: string
  headSha?: string
  changedFiles?: number
  body?: string
  merged?: boolean
}

/** The events that refresh the dispatch board (src/action/board.ts) instead of checking a pull request. */
export const BOARD_EVENTS = ['workflow_dispatch', 'schedule', 'push'] as const

const SUPPORTED_TEXT = `${SUPPORTED_EVENTS.join(' and ')} events with the actions ${SUPPORTED_ACTIONS.join(', ')} (and closed, to re-check the pull requests that wait on a merged one), merge_group (checks_requested), and ${BOARD_EVENTS.join(', ')} (the dispatch board)`

/** Reads and checks the event of the run from the runner's environment. */
export function readEvent(env: NodeJS.ProcessEnv): Result<PullRequestEvent> {
  const name = env.GITHUB_EVENT_NAME ?? ''
  if (name === '') {
    return failure(`GITHUB_EVENT_NAME is not set: this action runs on ${SUPPORTED_TEXT}.`)
  }
  if (name === 'merge_group') {
    // run.ts sends merge_group runs to checkMergeQueue (src/action/merge-queue.ts) before this point.
    return failure(
      'The merge_group event is checked by checkMergeQueue (src/action/merge-queue.ts), not readEvent.'
    )
  }
  if (isBoardEvent(name)) {
    // run.ts sends the board's events to runBoard (src/action/board.ts) before this point.
    return failure(`The ${name} event is run by runBoard (src/action/board.ts), not readEvent.`)
  }
  if (!(SUPPORTED_EVENTS as readonly string[]).includes(name)) {
    return failure(
      `The ${name} event is not supported. pr-scope-check runs on ${SUPPORTED_TEXT}: ` +
        'trigger the workflow with `on: pull_request` (types: opened, edited, synchronize, reopened, ready_for_review).'
    )
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  if (!payload.ok) return payload
  const event = payload.value
  const action = typeof event.action === 'string' ? event.action : ''
  // `closed` starts a refresh (src/action/refresh.ts); an unmerged close is answered there, with exit 0.
  if (action !== 'closed' && !(SUPPORTED_ACTIONS as readonly string[]).includes(action)) {
    return failure(
      `The ${name} action "${action}" is not supported: pr-scope-check runs on ${SUPPORTED_TEXT}. ` +
        "List those in the workflow's `types:`."
    )
  }
  const pull = event.pull_request as { number?: unknown } | undefined
  const number = typeof pull?.number === 'number' ? pull.number : event.number
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    return failure(`The ${name} event payload (GITHUB_EVENT_PATH) names no pull request number.`)
  }
  const repository = repositoryOf(event, env.GITHUB_REPOSITORY)
  if (!repository) {
    return failure(
      `The ${name} event names no repository: neither the payload's repository nor GITHUB_REPOSITORY (owner/name) is set.`
    )
  }
  return ok({
    name: name as PullRequestEvent['name'],
    action: action as PullRequestEvent['action'],
    ...repository,
    number,
    hint: pullRequestHint(event.pull_request)
  })
}

/** Whether an event name is one of the board's. */
export function isBoardEvent(name: string | undefined): name is (typeof BOARD_EVENTS)[number] {
  return (BOARD_EVENTS as readonly (string | undefined)[]).includes(name)
}

/** A run of the dispatch board: the repository, and the branch and commit it runs for. */
export interface BoardEvent {
  name: (typeof BOARD_EVENTS)[number]
  owner: string
  repo: string
  /** The branch of the run (GITHUB_REF), or null when its ref is not a branch that still exists. */
  branch: string | null
  /** The commit of that branch (GITHUB_SHA; a push's `after`), or null when not known. */
  sha: string | null
  /** The default branch, when the payload names it (a schedule payload names no repository). */
  defaultBranch: string | null
}

const NO_COMMIT = /^0+$/

/**
 * Reads a board run's event: the repository (payload, else GITHUB_REPOSITORY), and the branch and
 * commit from GITHUB_REF and GITHUB_SHA (a push's own `ref` and `after` when those are unset). A
 * tag, or a push that deleted its branch, names no branch: the board then plans for the default.
 */
export function readBoardEvent(env: NodeJS.ProcessEnv): Result<BoardEvent> {
  const name = env.GITHUB_EVENT_NAME
  if (!isBoardEvent(name)) {
    return failure(
      `The ${name ?? '(unset)'} event is not one of the board's: ${BOARD_EVENTS.join(', ')}.`
    )
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  if (!payload.ok) return payload
  const event = payload.value
  const repository = repositoryOf(event, env.GITHUB_REPOSITORY)
  if (!repository) {
    return failure(
      `The ${name} event names no repository: neither the payload's repository nor GITHUB_REPOSITORY (owner/name) is set.`
    )
  }
  const text = (value: unknown): string => (typeof value === 'string' ? value : '')
  const ref = env.GITHUB_REF || (name === 'push' ? text(event.ref) : '')
  const deleted = name === 'push' && event.deleted === true
  const branch = ref.startsWith('refs/heads/') && !deleted ? ref.slice('refs/heads/'.length) : null
  const commit = env.GITHUB_SHA || (name === 'push' ? text(event.after) : '')
  const sha =
    branch !== null && /^[0-9a-f]{40}$/i.test(commit) && !NO_COMMIT.test(commit) ? commit : null
  const defaultBranch = text(
    (event.repository as { default_branch?: unknown } | undefined)?.default_branch
  )
  return ok({
    name,
    ...repository,
    branch: branch === '' ? null : branch,
    sha,
    defaultBranch: defaultBranch === '' ? null : defaultBranch
  })
}

// A commit ID as GitHub writes it: SHA-1, or SHA-256 in a repository that uses it.
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** What the payload's `pull_request` says of base, head, file count, body and merge, as far as it has the shape GitHub gives it. */
export function pullRequestHint(pull: unknown): PullRequestHint {
  if (pull === null || typeof pull !== 'object') return {}
  const given = pull as {
    base?: { ref?: unknown; sha?: unknown }
    head?: { sha?: unknown }
    changed_files?: unknown
    body?: unknown
    merged?: unknown
  }
  const hint: PullRequestHint = {}
  const baseRef = given.base?.ref
  if (typeof baseRef === 'string' && baseRef !== '' && baseRef.length <= 1024) {
    hint.baseRef = baseRef
  }
  const baseSha = given.base?.sha
  if (typeof baseSha === 'string' && OBJECT_ID.test(baseSha)) hint.baseSha = baseSha
  const headSha = given.head?.sha
  if (typeof headSha === 'string' && OBJECT_ID.test(headSha)) hint.headSha = headSha
  const files = given.changed_files
  if (typeof files === 'number' && Number.isSafeInteger(files) && files >= 0) {
    hint.changedFiles = files
  }
  if (typeof given.body === 'string') hint.body = given.body
  else if (given.body === null) hint.body = ''
  if (typeof given.merged === 'boolean') hint.merged = given.merged
  return hint
}

/** Reads the event payload at GITHUB_EVENT_PATH as a JSON object. */
export function readPayload(path: string | undefined): Result<Record<string, unknown>> {
  if (!path)
    return failure('GITHUB_EVENT_PATH is not set: the runner writes the event payload there.')
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return failure(
      `Cannot read the event payload ${path} (GITHUB_EVENT_PATH): ${(error as Error).message}`
    )
  }
  try {
    const value: unknown = JSON.parse(text)
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return ok(value as Record<string, unknown>)
    }
  } catch {
    // Reported below with the same message as a payload of the wrong shape.
  }
  return failure(`The event payload ${path} (GITHUB_EVENT_PATH) is not a JSON object.`)
}

/** The repository of the event: the payload's, else GITHUB_REPOSITORY (owner/name). */
export function repositoryOf(
  event: Record<string, unknown>,
  fallback: string | undefined
): { owner: string; repo: string } | null {
  const repository = event.repository as { name?: unknown; owner?: { login?: unknown } } | undefined
  if (typeof repository?.name === 'string' && typeof repository.owner?.login === 'string') {
    return { owner: repository.owner.login, repo: repository.name }
  }
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(fallback ?? '')
  return m ? { owner: m[1] as string, repo: m[2] as string } : null
}
