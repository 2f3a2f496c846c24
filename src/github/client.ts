// The GitHub client: @actions/github's Octokit (proxy-aware, GITHUB_API_URL for GitHub Enterprise
// Server) with bounded retries for server errors and rate limits.
//
// How the throttling plugin paces requests: every REST read goes through its "global" limiter,
// which allows 10 requests in flight at once, so pages fetched concurrently (at most 10 at a
// time, see files.ts) really do run concurrently. Writes, and GraphQL requests, go through its
// "write" limiter: one at a time, at least 1 s apart, as GitHub asks of mutating requests.
// Retries of rate-limited requests are scheduled by the plugin after `retry-after` (secondary
// limits) or `x-ratelimit-reset` (primary limit); server errors (5xx) are retried by the retry
// plugin after 1, 4 and 9 s. Both stop after MAX_RETRIES.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** How many times one request is retried before its failure is final. */
export const MAX_RETRIES = 3

/** The longest rate-limit wait worth sitting out; beyond it the run fails and says when to retry. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120

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
  /**
   * A client that only reads (GraphQL queries): its GraphQL requests skip the write pacing of
   * 1 s apart, which GitHub asks of mutations only (see src/github/graphql.ts).
   */
  readOnly?: boolean
}

/** The Octokit instance every adapter of src/github takes as its first argument. */
export type GitHubClient = ReturnType<typeof getOctokit>

interface RequestOptions {
  method: string
  url: string
  request?: { retryCount?: number }
}

type RequestFn = (options: RequestOptions) => Promise<unknown>

interface Hookable {
  hook: {
    wrap(name: 'request', fn: (request: RequestFn, options: RequestOptions) => unknown): void
  }
}

/** Creates the client used for every API call of a run. */
export function createClient(options: ClientOptions): GitHubClient {
  const { log } = options
  const unit = options.retryUnitMs ?? 1000
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const what = `${request.method} ${request.url}`
      if (retryCount >= MAX_RETRIES) {
        log.warning(
          `${what}: GitHub's ${kind} still refuses after ${MAX_RETRIES} retries; giving up`
        )
        return false
      }
      if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
        log.warning(
          `${what}: GitHub's ${kind} resets in ${retryAfter} s, longer than the ` +
            `${MAX_RATE_LIMIT_WAIT_SECONDS} s this action waits; giving up`
        )
        return false
      }
      log.warning(
        `${what}: GitHub's ${kind} refused the request; retrying in ${retryAfter} s ` +
          `(retry ${retryCount + 1} of ${MAX_RETRIES})`
      )
      return true
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
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      }
    },
    // Registered first, so it wraps the bare request and sees every attempt the retry plugin makes.
    logServerErrors(log, unit) as never,
    retry,
    throttling
  )
}

// The throttling plugin's `write` limiter group, replaced for read-only clients by one that runs
// each job at once (the global limiter still bounds requests in flight).
const UNPACED = {
  key: () => ({
    schedule: <T>(_options: unknown, job: (...args: unknown[]) => T, ...args: unknown[]): T =>
      job(...args)
  })
}

/** A plugin that says, once per attempt, that a server error is about to be retried. */
function logServerErrors(log: Log, unitMs: number): (octokit: Hookable) => void {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      try {
        return await request(options)
      } catch (error) {
        const status = (error as { status?: unknown }).status
        const attempt = options.request?.retryCount ?? 0
        if (typeof status === 'number' && status >= 500 && attempt < MAX_RETRIES) {
          log.warning(
            `${options.method} ${options.url}: GitHub answered ${status}; retrying in ` +
              `${((attempt + 1) ** 2 * unitMs) / 1000} s (retry ${attempt + 1} of ${MAX_RETRIES})`
          )
        }
        throw error
      }
    })
  }
}
