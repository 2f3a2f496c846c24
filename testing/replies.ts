// The answers GitHub gives that tests and routes script: errors, rate limits, and pages of a
// list with their Link header.
import type { RouteContext } from './server.js'

const DOCS = 'https://docs.github.com/rest'

/** An answer of a route handler (or a scripted fault). */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Accept the request and never answer it (the connection stays open until the server stops). */
  stall?: boolean
}

/** A 404 as GitHub sends it for a missing or invisible object. */
export function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } }
}

/** A 422 validation failure. */
export function unprocessable(message: string): Reply {
  return { status: 422, body: { message, documentation_url: DOCS } }
}

/**
 * No answer at all: the request is read, then the connection is held open and silent, as a hung
 * proxy or an overloaded front end does. A client without a timeout waits for ever.
 */
export function stalled(): Reply {
  return { status: 0, stall: true }
}

/** A 502 as GitHub's front end sends it now and then. */
export function badGateway(): Reply {
  return { status: 502, body: { message: 'Server Error' } }
}

/** A 403 secondary rate limit with `retry-after`. */
export function secondaryRateLimit(retryAfterSeconds: number): Reply {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
    }
  }
}

/** A 403 primary rate limit: no requests left until `resetEpochSeconds`. */
export function rateLimitExhausted(resetEpochSeconds: number): Reply {
  return {
    status: 403,
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(resetEpochSeconds)
    },
    body: {
      message: 'API rate limit exceeded for installation.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit'
    }
  }
}

/**
 * A spent GraphQL rate limit as GitHub answers it: 200, with an error of type RATE_LIMITED, no
 * requests left until `resetEpochSeconds`.
 */
export function graphqlRateLimited(resetEpochSeconds: number): Reply {
  return {
    status: 200,
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(resetEpochSeconds),
      'x-ratelimit-resource': 'graphql'
    },
    body: {
      errors: [
        {
          type: 'RATE_LIMITED',
          message: 'API rate limit already exceeded for installation ID 1.'
        }
      ]
    }
  }
}

/**
 * Answers a list endpoint one page at a time as GitHub does: `per_page` defaults to 30 and is
 * capped at 100 (the server has recorded asking for more as a violation: a correct client never
 * does), and a `Link` header names the next, last, first and previous pages. Only the page's
 * items are turned into JSON.
 */
export function paginate<T>(
  ctx: RouteContext,
  items: readonly T[],
  toJson: (item: T) => unknown = (item) => item
): Reply {
  const perPageText = ctx.query.get('per_page')
  const pageText = ctx.query.get('page')
  let perPage = perPageText === null ? 30 : Number(perPageText)
  if (!Number.isInteger(perPage) || perPage < 1) perPage = 30
  if (perPage > 100) perPage = 100
  let page = pageText === null ? 1 : Number(pageText)
  if (!Number.isInteger(page) || page < 1) page = 1
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number, rel: string): string => {
    const url = new URL(`${ctx.urls.api}${ctx.path.slice('/api/v3'.length)}`)
    for (const [k, v] of ctx.query) url.searchParams.set(k, v)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return `<${url.href}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  const headers: Record<string, string> = {}
  if (links.length > 0) headers.link = links.join(', ')
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage).map(toJson),
    headers
  }
}
