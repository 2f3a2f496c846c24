// How long a run waits on GitHub (CONTRACT §4 "API faults"): each attempt of a request has a
// timeout, and the whole run has one budget that every client of it spends. Without them a
// connection that GitHub (or a proxy) accepts and never answers holds the job until GitHub kills
// it hours later. This file decides; it sets no timer and reads the clock only through the one it
// is given, so that the decisions are tested without waiting.

/** No answer (headers and body) within this long fails an attempt, which is retried like a 5xx. */
export const REQUEST_TIMEOUT_MS = 30_000

/** The most a run waits on GitHub in all: requests, retries and rate-limit waits together. */
export const RUN_BUDGET_MS = 5 * 60_000

/** Milliseconds per unit of the retry backoff (retries wait 1, 4 and 9 units). */
export const RETRY_UNIT_MS = 1_000

/**
 * Environment variables that shorten the limits above, for tests that run the real bundle against
 * a stand-in that never answers. They can only shorten: a longer value is read as the default.
 */
export const LIMIT_ENV = {
  requestTimeoutMs: 'PR_SCOPE_REQUEST_TIMEOUT_MS',
  runBudgetMs: 'PR_SCOPE_RUN_BUDGET_MS',
  retryUnitMs: 'PR_SCOPE_RETRY_UNIT_MS'
} as const

/** The time limits of one run. */
export interface Limits {
  requestTimeoutMs: number
  runBudgetMs: number
  retryUnitMs: number
}

const DEFAULTS: Limits = {
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  runBudgetMs: RUN_BUDGET_MS,
  retryUnitMs: RETRY_UNIT_MS
}

/** The limits, each shortened (never lengthened) by its variable of LIMIT_ENV when that is set. */
export function readLimits(env: NodeJS.ProcessEnv): Limits {
  const limits = { ...DEFAULTS }
  for (const key of Object.keys(LIMIT_ENV) as Array<keyof Limits>) {
    const text = env[LIMIT_ENV[key]]?.trim() ?? ''
    if (!/^\d+$/.test(text)) continue
    const value = Number(text)
    if (value >= 1) limits[key] = Math.min(value, DEFAULTS[key])
  }
  return limits
}

/** Milliseconds since some fixed moment (Date.now in the action). */
export type Clock = () => number

/** What ends an attempt early: its own timeout, or the run's budget, whichever comes first. */
export interface AttemptLimit {
  ms: number
  cutBy: 'timeout' | 'budget'
}

/** The run's time on GitHub: a deadline fixed when the budget is made. */
export class RunBudget {
  readonly totalMs: number
  private readonly now: Clock
  private readonly deadline: number

  constructor(totalMs: number, now: Clock = Date.now) {
    this.totalMs = totalMs
    this.now = now
    this.deadline = now() + totalMs
  }

  /** Milliseconds left, never below 0. */
  remainingMs(): number {
    return Math.max(0, this.deadline - this.now())
  }

  /** Whether nothing is left. */
  exhausted(): boolean {
    return this.remainingMs() <= 0
  }

  /** Whether a wait of `ms` started now ends before the budget does. */
  allowsWait(ms: number): boolean {
    return ms < this.remainingMs()
  }

  /** How long the next attempt may wait for its answer, and what stops it then. */
  attemptLimit(timeoutMs: number): AttemptLimit {
    const left = this.remainingMs()
    return left < timeoutMs ? { ms: left, cutBy: 'budget' } : { ms: timeoutMs, cutBy: 'timeout' }
  }
}

/** Whether a failed attempt is tried again, and after how long; or why not. */
export type RetryDecision =
  { retry: true; waitMs: number } | { retry: false; why: 'retries' | 'budget'; waitMs: number }

/**
 * The decision after a server error or an attempt without an answer, on the retry plugin's
 * schedule ((retries so far + 1)² units): no more than `maxRetries`, and none whose wait would end
 * past the budget.
 */
export function serverErrorRetry(
  retriesSoFar: number,
  maxRetries: number,
  unitMs: number,
  budget: RunBudget
): RetryDecision {
  const waitMs = (retriesSoFar + 1) ** 2 * unitMs
  if (retriesSoFar >= maxRetries) return { retry: false, why: 'retries', waitMs }
  if (!budget.allowsWait(waitMs)) return { retry: false, why: 'budget', waitMs }
  return { retry: true, waitMs }
}

/** Whether a rate-limit refusal is waited out: bounded retries, waits and the run's budget. */
export function rateLimitRetry(options: {
  retryAfterSeconds: number
  retriesSoFar: number
  maxRetries: number
  maxWaitSeconds: number
  unitMs: number
  budget: RunBudget
}): { retry: true } | { retry: false; why: 'retries' | 'too-long' | 'budget' } {
  if (options.retriesSoFar >= options.maxRetries) return { retry: false, why: 'retries' }
  if (options.retryAfterSeconds > options.maxWaitSeconds) return { retry: false, why: 'too-long' }
  if (!options.budget.allowsWait(options.retryAfterSeconds * options.unitMs)) {
    return { retry: false, why: 'budget' }
  }
  return { retry: true }
}

/** Why a request was given up on. */
export type GaveUpReason =
  | {
      kind: 'timeout'
      timeoutMs: number
      /** Attempts made, and how many of them had no answer. */
      attempts: number
      unanswered: number
    }
  | {
      kind: 'budget'
      budgetMs: number
      attempts: number
      /** What the last attempt met, when there was one: `GitHub answered 502`, say. */
      last: string | null
    }

/**
 * A request given up on for want of time: no answer in any attempt, or the run's budget spent.
 * It carries no HTTP status, since GitHub gave none; the message names the request and why.
 */
export class GitHubGaveUp extends Error {
  /** `METHOD path` of the request, for example `GET /repos/octo/game/pulls/7`. */
  readonly request: string
  readonly reason: GaveUpReason

  constructor(request: string, reason: GaveUpReason) {
    super(gaveUpMessage(request, reason))
    this.name = 'GitHubGaveUp'
    this.request = request
    this.reason = reason
  }
}

/** `GET /x: no answer within 30 s, 4 attempts`, or `GET /x: the run's 5-minute budget ... ran out`. */
export function gaveUpMessage(request: string, reason: GaveUpReason): string {
  if (reason.kind === 'timeout') {
    const within = `no answer within ${seconds(reason.timeoutMs)}`
    const tries = attempts(reason.attempts)
    return reason.unanswered >= reason.attempts
      ? `${request}: ${within}, ${tries}`
      : `${request}: ${within} on the last of ${tries} (${reason.unanswered} without an answer)`
  }
  const ran = `${request}: the run's ${budgetName(reason.budgetMs)} budget for GitHub ran out`
  if (reason.attempts === 0) return `${ran} before it was sent`
  return `${ran} after ${attempts(reason.attempts)}${reason.last ? ` (the last: ${reason.last})` : ''}`
}

/** A duration in seconds as the log gives it: `30 s`, `0.5 s`, `0.01 s`. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`
}

/** `5-minute`, `90-second`, `1.2-second`: the budget as an adjective. */
function budgetName(ms: number): string {
  return ms > 0 && ms % 60_000 === 0
    ? `${ms / 60_000}-minute`
    : `${Number((ms / 1000).toFixed(3))}-second`
}

function attempts(n: number): string {
  return n === 1 ? '1 attempt' : `${n} attempts`
}
