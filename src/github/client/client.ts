// The GitHub client: @actions/github's Octokit (proxy-aware, GITHUB_API_URL for GitHub Enterprise
// Server) with bounded retries for server errors and rate limits, a timeout on every attempt and
// one time budget for the whole run.
//
// How the throttling plugin paces requests: every request goes through its "global" limiter,
// which here is the run's (RunConcurrency): up to 30 requests in flight at once, REST and GraphQL
// together (GitHub allows 100 concurrent requests), so that every page of a 3,000-file pull
// request is in flight at once. A secondary rate limit halves it for the rest of the run, on top
// of the retry. Its limiters yield with setImmediate rather than Bottleneck's setTimeout(0) (see
// prompt()), so that all 30 are sent before the first answer comes back. Writes, and GraphQL
// requests of a client that may write, also go through its "write" limiter: one at a time, at
// least 1 s apart, as GitHub asks of mutating requests.
// Retries of rate-limited requests are scheduled by the plugin after `retry-after` (secondary
// limits) or `x-ratelimit-reset` (primary limit); server errors (5xx) and attempts without an
// answer are retried by the retry plugin after 1, 4 and 9 s. Both stop after MAX_RETRIES.
//
// Time (deadline.ts): an attempt with no whole answer (headers and body) within 30 s is aborted
// and fails like a 5xx. Every client of a process spends one budget of 5 minutes: no attempt runs
// past it, no retry or rate-limit wait starts that would end past it, and a request given up on
// for either reason throws GitHubGaveUp, which names the request and why.
//
// The hooks, innermost first: attempts (one call per attempt: the timeout, the abort, the retry
// log line and the budget check before a retry), then the retry plugin, the throttling plugin, and
// calls (one call per request: its own request options, the budget check before it starts, and
// the final error).
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
// The throttling plugin's own limiter library, the same module it bundles: its limiter is given
// the run's limit instead of its default of 10.
import Bottleneck from 'bottleneck/light.js'
import {
  GitHubGaveUp,
  rateLimitRetry,
  readLimits,
  RunBudget,
  seconds,
  serverErrorRetry,
  type Limits
} from './deadline.js'

/** How many times one request is retried before its failure is final. */
export const MAX_RETRIES = 3

/** The longest rate-limit wait worth sitting out; beyond it the run fails and says when to retry. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120

/**
 * Requests in flight at once, REST and GraphQL together: every page of a 3,000-file pull request
 * (30) at once, well under the 100 concurrent requests GitHub allows.
 */
export const MAX_CONCURRENT_REQUESTS = 30

/** Where progress and retry notes go (the action passes @actions/core). */
export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

/** What the client needs to know. */
export interface ClientOptions {
  token: string
  /** The REST API root: GITHUB_API_URL, https://api.github.com on GitHub.com. */
  apiUrl: string
  log: Log
  /** Milliseconds per unit of backoff (1,000: waits are in seconds); tests make it small. */
  retryUnitMs?: number
  /** How long an attempt may go without its whole answer (30 s); tests make it small. */
  requestTimeoutMs?: number
  /** The run's time budget; by default the one every client of the process shares (runBudget). */
  budget?: RunBudget
  /** The run's limit on requests in flight; by default the one every client shares (runConcurrency). */
  concurrency?: RunConcurrency
  /** Where the limits' test-only variables are read (deadline.ts LIMIT_ENV); process.env. */
  env?: NodeJS.ProcessEnv
  /**
   * A client that only reads (GraphQL queries): its GraphQL requests skip the write pacing of
   * 1 s apart, which GitHub asks of mutations only (see src/github/graphql.ts).
   */
  readOnly?: boolean
}

/** The Octokit instance every adapter of src/github takes as its first argument. */
export type GitHubClient = ReturnType<typeof getOctokit>

let shared: RunBudget | null = null

/**
 * The budget every client of this process spends unless given its own: made with the first
 * client, so that the REST and GraphQL clients of a run (made apart) share it.
 */
export function runBudget(limits: Pick<Limits, 'runBudgetMs'>): RunBudget {
  return (shared ??= new RunBudget(limits.runBudgetMs))
}

/**
 * The run's limit on requests in flight: the throttling plugin's global limiter (a Bottleneck
 * group) set to MAX_CONCURRENT_REQUESTS. When GitHub's secondary rate limit refuses a request, the
 * limit is halved for the rest of the run (never below 1): once for the refusals of requests sent
 * under the same limit, again for a refusal of one sent under the lowered limit.
 */
export class RunConcurrency {
  /** What the throttling plugin schedules every request through (its `global` option). */
  readonly group: Bottleneck.Group
  #limit: number
  #generation = 0

  constructor(limit: number = MAX_CONCURRENT_REQUESTS) {
    this.#limit = Math.max(1, Math.floor(limit))
    this.group = new Bottleneck.Group({ maxConcurrent: this.#limit })
    this.group.on('created', (limiter: Bottleneck) => prompt(limiter))
  }

  /** Requests allowed in flight at once now. */
  get limit(): number {
    return this.#limit
  }

  /** Counts the lowerings: a request sent now is sent under this generation of the limit. */
  get generation(): number {
    return this.#generation
  }

  /**
   * Halves the limit after a refusal of a request sent under `sentUnder` (a generation); a
   * refusal of a request sent before the last lowering changes nothing. Returns whether it did.
   */
  lower(sentUnder: number): boolean {
    if (sentUnder !== this.#generation || this.#limit === 1) return false
    this.#limit = Math.max(1, Math.floor(this.#limit / 2))
    this.#generation++
    const settings = { maxConcurrent: this.#limit }
    this.group.updateSettings(settings)
    for (const { limiter } of this.group.limiters()) {
      // Typed as the limiter, but a promise: the local store applies it after a tick.
      Promise.resolve(limiter.updateSettings(settings)).catch(() => undefined)
    }
    return true
  }
}

/**
 * Bottleneck yields to the event loop with setTimeout(0) at each step of scheduling a job (at
 * least 1 ms in Node), one job at a time: 33 requests take longer to send than GitHub takes to
 * answer the first. Its local store yields with setImmediate instead: the same order, no clamp.
 */
function prompt(limiter: Bottleneck): Bottleneck {
  const store = (limiter as unknown as { _store?: { yieldLoop?: unknown } })._store
  if (store !== undefined && typeof store.yieldLoop === 'function') {
    store.yieldLoop = () => new Promise<void>((resolve) => setImmediate(resolve))
  }
  return limiter
}

/** Bottleneck with prompt yields: the throttling plugin's own limiters (its retry limiter). */
export class PromptBottleneck extends Bottleneck {
  constructor(options?: Bottleneck.ConstructorOptions) {
    super(options)
    prompt(this)
  }
}

let sharedConcurrency: RunConcurrency | null = null

/** The limit every client of this process shares unless given its own: REST and GraphQL alike. */
export function runConcurrency(): RunConcurrency {
  return (sharedConcurrency ??= new RunConcurrency())
}

/** Creates the client used for every API call of a run. */
export function createClient(options: ClientOptions): GitHubClient {
  const { log } = options
  const limits = readLimits(options.env ?? process.env)
  const time: TimeSettings = {
    unitMs: options.retryUnitMs ?? limits.retryUnitMs,
    timeoutMs: options.requestTimeoutMs ?? limits.requestTimeoutMs,
    budget: options.budget ?? runBudget(limits),
    concurrency: options.concurrency ?? runConcurrency(),
    calls: new WeakMap()
  }
  const unit = time.unitMs
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: RequestOptions,
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const call = time.calls.get(request)
      const what = call?.label ?? `${request.method} ${request.url}`
      const decision = rateLimitRetry({
        retryAfterSeconds: retryAfter,
        retriesSoFar: retryCount,
        maxRetries: MAX_RETRIES,
        maxWaitSeconds: MAX_RATE_LIMIT_WAIT_SECONDS,
        unitMs: unit,
        budget: time.budget
      })
      if (kind === SECONDARY && call !== undefined && time.concurrency.lower(call.sentUnder)) {
        log.info(
          `GitHub's ${kind}: at most ${time.concurrency.limit} requests at once for the rest of the run`
        )
      }
      if (decision.retry) {
        log.warning(
          `${what}: GitHub's ${kind} refused the request; retrying in ${retryAfter} s ` +
            `(retry ${retryCount + 1} of ${MAX_RETRIES})`
        )
        return true
      }
      if (decision.why === 'retries') {
        log.warning(
          `${what}: GitHub's ${kind} still refuses after ${MAX_RETRIES} retries; giving up`
        )
      } else if (decision.why === 'too-long') {
        log.warning(
          `${what}: GitHub's ${kind} resets in ${retryAfter} s, longer than the ` +
            `${MAX_RATE_LIMIT_WAIT_SECONDS} s this action waits; giving up`
        )
      } else {
        log.warning(
          `${what}: GitHub's ${kind} asks to wait ${retryAfter} s, more than is left of the ` +
            `run's time for GitHub (${seconds(time.budget.remainingMs())}); giving up`
        )
        if (call) call.stopped = `GitHub's ${kind} asked to wait ${retryAfter} s`
      }
      return false
    }
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      userAgent: 'pr-scope-check',
      log: {
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.warning(m),
        error: (m: string) => log.warning(m)
      },
      retry: {
        retries: MAX_RETRIES,
        retryAfterBaseValue: unit,
        // 403 and 429 are rate limits (or permissions): the throttling plugin decides about them.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        ...(options.readOnly ? { write: UNPACED as never } : {}),
        retryAfterBaseValue: unit,
        // Not in the plugin's option types, but read like `write`: the limiter of every request.
        ...({ global: time.concurrency.group } as object),
        Bottleneck: PromptBottleneck,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit(SECONDARY)
      }
    },
    // Registered first, so it wraps the bare request and sees every attempt the retry plugin makes;
    // registered last, so it sees each call once, before and after every retry.
    attempts(log, time) as never,
    retry,
    throttling,
    calls(time) as never
  )
}

const SECONDARY = 'secondary rate limit'

// The throttling plugin's `write` limiter group, replaced for read-only clients by one that runs
// each job at once (the global limiter still bounds requests in flight).
const UNPACED = {
  key: () => ({
    schedule: <T>(_options: unknown, job: (...args: unknown[]) => T, ...args: unknown[]): T =>
      job(...args)
  })
}

/** The request options every hook of one call shares (Octokit passes the same object to each). */
interface RequestOptions {
  method: string
  url: string
  request?: RequestSettings
  [key: string]: unknown
}

interface RequestSettings {
  retryCount?: number
  signal?: AbortSignal
  parseSuccessResponseBody?: boolean
  [key: string]: unknown
}

type RequestFn = (options: RequestOptions) => Promise<{ data: unknown }>

interface Hookable {
  hook: {
    wrap(name: 'request', fn: (request: RequestFn, options: RequestOptions) => unknown): void
  }
  request: {
    endpoint: ((options: RequestOptions) => { method: string; url: string }) & {
      DEFAULTS: { baseUrl?: string }
    }
  }
}

interface TimeSettings {
  unitMs: number
  timeoutMs: number
  budget: RunBudget
  concurrency: RunConcurrency
  /** Each call in progress, by its request options. */
  calls: WeakMap<object, CallState>
}

/** What one call (a request and its retries) has met so far. */
interface CallState {
  /** `METHOD path?query`, safe to log. */
  label: string
  attempts: number
  unanswered: number
  /** What the last failed attempt met: `no answer within 30 s`, `GitHub answered 502`. */
  last: string | null
  /** Why a rate-limit wait did not start: it would have ended past the budget. */
  stopped: string | null
  /** The generation of the run's concurrency limit its last attempt was sent under. */
  sentUnder: number
}

/**
 * What an attempt throws when time ran out, shaped as the retry and throttling plugins read errors
 * (`request.request`, `response.headers`): `timeout` has status 500, so that the retry plugin
 * retries it like a server error; `budget` has none, so that nothing retries it. The `calls` hook
 * turns it into GitHubGaveUp once the retries are over.
 */
class OutOfTime extends Error {
  readonly status: number | undefined
  readonly request: { method: string; url: string; request: Record<string, unknown> }
  readonly response = { status: 0, url: '', headers: {}, data: {} }

  constructor(
    readonly kind: 'timeout' | 'budget',
    call: CallState
  ) {
    super(`${call.label}: ${kind === 'timeout' ? 'no answer in time' : 'out of time'}`)
    this.status = kind === 'timeout' ? 500 : undefined
    this.request = { method: call.label.split(' ')[0] ?? '', url: call.label, request: {} }
  }
}

/** Per attempt: the timeout (or what is left of the budget), the abort, and the retry log line. */
function attempts(log: Log, time: TimeSettings): (octokit: Hookable) => void {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const call = time.calls.get(options) ?? startCall(octokit, options, time)
      const settings = (options.request ??= {})
      const retriesSoFar = settings.retryCount ?? 0
      const limit = time.budget.attemptLimit(time.timeoutMs)
      if (limit.ms <= 0) throw new OutOfTime('budget', call)
      call.attempts++
      call.sentUnder = time.concurrency.generation
      const controller = new AbortController()
      let cut: 'timeout' | 'budget' | null = null
      const timer = setTimeout(() => {
        cut = limit.cutBy
        controller.abort()
      }, limit.ms)
      // The hook inside this one (auth) passes on these options, not any it is given: the signal
      // reaches fetch only through them.
      settings.signal = controller.signal
      let failure: unknown = null
      try {
        const response = await request(options)
        // A list page's body is left to the caller (files.ts rawPage): read it here, on the clock.
        if (settings.parseSuccessResponseBody === false) {
          response.data = await buffered(response.data)
        }
        // Octokit reads an answer cut off mid-body as an empty one: only the flag tells.
        if (cut === null) return response
      } catch (error) {
        failure = error
      } finally {
        clearTimeout(timer)
        delete settings.signal
      }
      const stopped = cut as 'timeout' | 'budget' | null
      if (stopped === 'budget') {
        call.last = 'cut off with no answer yet'
        throw new OutOfTime('budget', call)
      }
      if (stopped === 'timeout') call.unanswered++
      const met =
        stopped === 'timeout' ? `no answer within ${seconds(time.timeoutMs)}` : answered(failure)
      if (met === null) throw failure
      call.last = met
      const decision = serverErrorRetry(retriesSoFar, MAX_RETRIES, time.unitMs, time.budget)
      if (decision.retry) {
        log.warning(
          `${call.label}: ${met}; retrying in ${seconds(decision.waitMs)} ` +
            `(retry ${retriesSoFar + 1} of ${MAX_RETRIES})`
        )
      } else if (decision.why === 'budget') {
        log.warning(
          `${call.label}: ${met}; a retry in ${seconds(decision.waitMs)} would end past the ` +
            `run's time for GitHub (${seconds(time.budget.remainingMs())} left); giving up`
        )
        throw new OutOfTime('budget', call)
      }
      throw stopped === 'timeout' ? new OutOfTime('timeout', call) : failure
    })
  }
}

/** Per call: its own request settings, no start past the budget, and the error that ends it. */
function calls(time: TimeSettings): (octokit: Hookable) => void {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      // Octokit hands every call made without `request` options one shared default object, and the
      // retry plugin counts attempts in it: a copy per call keeps each call's count its own.
      options.request = { ...options.request, retryCount: 0 }
      const call = startCall(octokit, options, time)
      const outOfBudget = (last: string | null): GitHubGaveUp =>
        new GitHubGaveUp(call.label, {
          kind: 'budget',
          budgetMs: time.budget.totalMs,
          attempts: call.attempts,
          last
        })
      try {
        if (time.budget.exhausted()) throw outOfBudget(null)
        return await request(options)
      } catch (error) {
        if (error instanceof OutOfTime && error.kind === 'timeout') {
          throw new GitHubGaveUp(call.label, {
            kind: 'timeout',
            timeoutMs: time.timeoutMs,
            attempts: call.attempts,
            unanswered: call.unanswered
          })
        }
        if (error instanceof OutOfTime) throw outOfBudget(call.last)
        if (call.stopped !== null) throw outOfBudget(call.stopped)
        throw error
      } finally {
        time.calls.delete(options)
      }
    })
  }
}

function startCall(octokit: Hookable, options: RequestOptions, time: TimeSettings): CallState {
  const call: CallState = {
    label: labelOf(octokit, options),
    attempts: 0,
    unanswered: 0,
    last: null,
    stopped: null,
    sentUnder: time.concurrency.generation
  }
  time.calls.set(options, call)
  return call
}

/** `GET /repos/o/r/pulls/7/files?per_page=100&page=2`: the request as sent, under the API root. */
function labelOf(octokit: Hookable, options: RequestOptions): string {
  let label = `${options.method} ${options.url}`
  try {
    const sent = octokit.request.endpoint(options)
    const base = (octokit.request.endpoint.DEFAULTS.baseUrl ?? '').replace(/\/+$/, '')
    const url = new URL(sent.url)
    const path =
      base !== '' && sent.url.startsWith(`${base}/`)
        ? sent.url.slice(base.length)
        : `${url.pathname}${url.search}`
    label = `${sent.method} ${path}`
  } catch {
    // An address Octokit cannot expand: the template names the endpoint well enough.
  }
  // Octokit percent-encodes what it puts in a URL; whatever else slipped in never reaches the log.
  const safe = label.replace(/[^\x20-\x7e]/g, '\uFFFD')
  return safe.length > 300 ? `${safe.slice(0, 299)}…` : safe
}

/**
 * What a failed attempt that the retry plugin retries met: `GitHub answered 502`, or, where Octokit
 * gives a failed connection status 500 with no answer, the reason; null for anything else.
 */
function answered(error: unknown): string | null {
  const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown }
  if (typeof status !== 'number' || status < 500) return null
  if (response !== undefined) return `GitHub answered ${status}`
  const reason = error instanceof Error ? error.message.replace(/[^\x20-\x7e]/g, '\uFFFD') : ''
  return `no answer (${reason.slice(0, 200) || 'the connection failed'})`
}

/** A body stream read to the end and handed back as a fresh stream of the same bytes. */
async function buffered(body: unknown): Promise<unknown> {
  if (body === null || typeof (body as { getReader?: unknown }).getReader !== 'function') {
    return body
  }
  const bytes = await new Response(body as ReadableStream<Uint8Array>).arrayBuffer()
  return new Response(bytes).body
}
