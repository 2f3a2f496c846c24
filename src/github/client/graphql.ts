// GraphQL queries: where the endpoint is (GITHUB_GRAPHQL_URL, else derived from GITHUB_API_URL as
// on GitHub Enterprise Server), and one request that turns GitHub's answer into a Result.
//
// The queries here only read, so they go through a client of their own created with `readOnly`:
// the throttling plugin would otherwise space every GraphQL request 1 s apart like a mutation,
// while GitHub's secondary limits count a query as one point, like a REST read.
//
// The throttling plugin knows a GraphQL request only by a path that starts with `/graphql`; it
// then retries GitHub's "200 with an error of type RATE_LIMITED" answer. So that it does on GitHub
// Enterprise Server too (`/api/graphql`), that client's base URL is the endpoint minus `/graphql`
// and the request goes to the relative path `/graphql`.
import { createClient, type ClientOptions, type GitHubClient, type Log } from './client.js'
import { explainApiError, type ApiCall } from './errors.js'
import { failure, ok, type Result } from '../../scope/result.js'

/** A GraphQL endpoint and the read-only client that talks to it. */
export interface GraphQLEndpoint {
  client: GitHubClient
  url: string
}

/** The GraphQL URL: GITHUB_GRAPHQL_URL, else `/api/v3` -> `/api/graphql` (GHES), else `<api>/graphql`. */
export function graphqlUrl(env: NodeJS.ProcessEnv): string {
  const given = env.GITHUB_GRAPHQL_URL?.trim()
  if (given) return given
  const api = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '')
  if (/\/api\/v3$/.test(api)) return api.replace(/\/api\/v3$/, '/api/graphql')
  return `${api}/graphql`
}

/**
 * Creates the read-only client for GraphQL queries: retries, rate limits, timeouts and the run's
 * time budget (shared with the REST client unless given) as the REST client.
 */
export function createGraphQLEndpoint(
  options: {
    token: string
    env: NodeJS.ProcessEnv
    log: Log
  } & Pick<ClientOptions, 'retryUnitMs' | 'requestTimeoutMs' | 'budget'>
): GraphQLEndpoint {
  const url = graphqlUrl(options.env)
  const root = GRAPHQL_PATH.test(url) ? url.replace(GRAPHQL_PATH, '') : null
  const client = createClient({
    token: options.token,
    apiUrl: root ?? (options.env.GITHUB_API_URL || 'https://api.github.com'),
    log: options.log,
    env: options.env,
    readOnly: true,
    ...(options.retryUnitMs !== undefined ? { retryUnitMs: options.retryUnitMs } : {}),
    ...(options.requestTimeoutMs !== undefined
      ? { requestTimeoutMs: options.requestTimeoutMs }
      : {}),
    ...(options.budget !== undefined ? { budget: options.budget } : {})
  })
  return { client, url }
}

const GRAPHQL_PATH = /\/graphql\/?$/

/** The URL to post to: `/graphql` under the client's base URL where it is that, else the full URL. */
function requestUrl(endpoint: GraphQLEndpoint): string {
  const base = (endpoint.client.request.endpoint.DEFAULTS.baseUrl ?? '').replace(/\/+$/, '')
  return endpoint.url.replace(/\/+$/, '') === `${base}/graphql` ? '/graphql' : endpoint.url
}

// GitHub has spelt the type both ways.
const RATE_LIMITED = /^RATE_LIMIT(ED)?$/

interface GraphQLError {
  type?: string
  message?: string
  path?: Array<string | number>
}

/**
 * Runs one query. GitHub answers 200 with `errors` for problems inside the query; those fail the
 * call (naming GitHub's messages) unless every error is at a path `tolerate` accepts, in which
 * case the partial data is returned.
 */
export async function runQuery<T>(
  endpoint: GraphQLEndpoint,
  query: string,
  variables: Record<string, unknown>,
  call: ApiCall,
  tolerate: (error: GraphQLError) => boolean = () => false
): Promise<Result<T>> {
  let answer: { data?: T | null; errors?: GraphQLError[] }
  try {
    const response = await endpoint.client.request({
      method: 'POST',
      url: requestUrl(endpoint),
      query,
      variables
    })
    answer = response.data as typeof answer
  } catch (error) {
    // The throttling plugin throws GitHub's rate-limited answer (a 200) when it will not retry it.
    const data = (error as { data?: typeof answer } | null)?.data
    if (!data?.errors?.some((e) => RATE_LIMITED.test(e.type ?? ''))) {
      return failure(explainApiError(error, call))
    }
    answer = data
  }
  const errors = (answer.errors ?? []).filter((e) => !tolerate(e))
  // What is left of a spent rate limit once the client's bounded retries gave up (or, for a reset
  // too far away, did not start).
  if (errors.some((e) => RATE_LIMITED.test(e.type ?? ''))) {
    return failure(
      `Could not ${call.what}: GitHub's GraphQL API (${endpoint.url}) answered ` +
        `"${errors.map((e) => e.message ?? e.type).join('; ')}": its rate limit still refused ` +
        'after the retries; re-run the job later.'
    )
  }
  if (errors.length > 0 || answer.data === undefined || answer.data === null) {
    const said = errors
      .map((e) => `${e.type ?? 'ERROR'}: ${e.message ?? 'no message'}`)
      .join('; ')
      .replace(/\.+$/, '')
    return failure(
      `Could not ${call.what}: GitHub's GraphQL API (${endpoint.url}) answered ${said || 'no data'}. ` +
        `If it names a permission, give the workflow \`permissions:\` with \`${call.permission}\`.`
    )
  }
  return ok(answer.data)
}

/** Splits a list into batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
