// A local stand-in for GitHub's REST and GraphQL APIs, served over real HTTP so that the action's
// own client (retries, throttling, pagination, proxies) is what gets tested. It answers from a
// repository state (state.ts), in GitHub's shapes (shapes.ts), and is as strict as GitHub: every
// REST request is checked against GitHub's published REST description (openapi.ts) and every
// GraphQL document against GitHub's published schema (graphql.ts). What GitHub would refuse is
// answered as GitHub answers it and recorded in `violations`, which fail the test (violations.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  assertDescribed,
  checkRequest,
  declaresQuery,
  describedRoute,
  templatePattern
} from './openapi.js'
import { graphqlRateLimited, notFound, rateLimitExhausted, type Reply } from './replies.js'
export type { Reply } from './replies.js'
import { registerGitHubRoutes } from './routes.js'
import type { Urls } from './shapes.js'
import { createRepository, type FakeRepository } from './state.js'
import { registerServer, violationReport } from './violations.js'

/** What a token may do: `read` tokens get 403 "Resource not accessible by integration" on writes. */
export type TokenMode = 'read' | 'write'

/** Everything a route handler may look at. */
export interface RouteContext {
  server: FakeGitHub
  method: string
  path: string
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  token: string
  login: string
  /** The repository named by `{owner}/{repo}` in the route, when the route has them. */
  repo: FakeRepository
  urls: Urls
}

/**
 * A route of the API: method, a template exactly as GitHub's REST description spells it (or
 * `POST /graphql`), and the query parameters the handler honours. Registering a template the
 * description lacks throws.
 */
export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** For example `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string
  /**
   * Query parameters the handler honours, each one the description declares. A parameter the
   * description does not declare is a violation (GitHub ignores it, so it is a mistake nobody
   * sees); one it declares that the handler does not honour is a violation and a 501 (GitHub's
   * answer would differ from the stand-in's).
   */
  query?: string[]
  /** Adds `per_page` and `page` to the honoured query parameters. */
  paginated?: boolean
  /** A POST that only reads (GraphQL queries): read-only tokens may send it. */
  readOnly?: boolean
  handler: (ctx: RouteContext) => Reply | Promise<Reply>
}

/** One request as the server saw it. */
export interface RequestRecord {
  method: string
  path: string
  /** `METHOD template` of the matched route, or null when no route matched. */
  route: string | null
  query: Record<string, string>
  status: number
  token: string | null
  /** Milliseconds since the server started. */
  startedAt: number
  endedAt: number
  /**
   * Places in the one sequence of the server's arrivals and answers (testing/waves.ts): a request
   * answered before another arrived has an `endedSeq` below the other's `startedSeq`, whatever
   * the clock's resolution.
   */
  startedSeq: number
  endedSeq: number
  /** Requests in flight when this one arrived, itself included. */
  inFlight: number
}

/** Options of the stand-in. */
export interface FakeGitHubOptions {
  repositories?: FakeRepository[]
  /** Accepted tokens and what they may do; default `{ 'ghs_read': 'read', 'ghs_write': 'write' }`. */
  tokens?: Record<string, TokenMode>
  /** Added delay before each answer, in milliseconds. */
  latencyMs?: number
  /** See FakeGitHub.quietMs. */
  quietMs?: number
  /** Requests per hour per token before the primary rate limit refuses (default 5,000). */
  rateLimit?: number
  /** Who each token acts as (the author of what it writes); default `github-actions[bot]`. */
  logins?: Record<string, string>
}

interface CompiledRoute extends RouteDefinition {
  key: string
  pattern: RegExp
  names: string[]
  allowedQuery: Set<string>
  /** Characters outside `{...}`: the more, the more specific (`issues/comments/{id}` wins). */
  literal: number
}

const DOCS = 'https://docs.github.com/rest'

/** GitHub's GraphQL endpoint: not in the REST description, checked against the schema instead. */
const GRAPHQL = 'POST /graphql'

/** The local GitHub API stand-in. */
export class FakeGitHub {
  readonly repositories = new Map<string, FakeRepository>()
  readonly tokens: Map<string, TokenMode>
  /** Token -> login; a token not listed acts as `github-actions[bot]`, as GITHUB_TOKEN does. */
  readonly logins: Map<string, string>
  latencyMs: number
  /**
   * When above 0, every answer waits until no request has arrived for this long, then all that
   * waited are answered together: one round trip each time, however slowly the client sends what
   * it can send without an answer. Waves (testing/waves.ts) then count what the client waited
   * for, not how fast it was.
   */
  quietMs: number
  readonly rateLimit: number
  /** Every request, in the order the answers were sent. */
  readonly requests: RequestRecord[] = []
  /** Requests GitHub would refuse or that no route serves: a correct client causes none. */
  readonly violations: string[] = []
  /** The most requests that were in flight at once. */
  maxInFlight = 0
  /** Requests a scripted `stalled()` reply left unanswered. */
  readonly stalls: Array<Pick<RequestRecord, 'method' | 'path' | 'route' | 'startedAt'>> = []

  private readonly routes: CompiledRoute[] = []
  private readonly faults = new Map<string, Reply[]>()
  private readonly used = new Map<string, number>()
  private inFlight = 0
  private seq = 0
  private held: Array<() => void> = []
  private quietTimer: NodeJS.Timeout | null = null
  private server: Server | null = null
  private origin = ''
  private readonly started = Date.now()
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600

  constructor(options: FakeGitHubOptions = {}) {
    for (const repo of options.repositories ?? []) this.addRepository(repo)
    this.tokens = new Map(
      Object.entries(options.tokens ?? { ghs_read: 'read', ghs_write: 'write' })
    )
    this.logins = new Map(Object.entries(options.logins ?? {}))
    this.latencyMs = options.latencyMs ?? 0
    this.quietMs = options.quietMs ?? 0
    this.rateLimit = options.rateLimit ?? 5000
    registerGitHubRoutes(this)
    registerServer(this)
  }

  /** Adds (or replaces) a repository. */
  addRepository(repo: FakeRepository): FakeRepository {
    this.repositories.set(`${repo.owner}/${repo.name}`.toLowerCase(), repo)
    return repo
  }

  /** Returns the repository, creating an empty one when it does not exist yet. */
  repository(owner: string, name: string): FakeRepository {
    return (
      this.repositories.get(`${owner}/${name}`.toLowerCase()) ??
      this.addRepository(createRepository(owner, name))
    )
  }

  /**
   * Adds an endpoint. Later routes with the same method and template replace earlier ones. Throws
   * when GitHub's REST description (GitHub.com's or GHES 3.17's) has no such route or parameter.
   */
  route(definition: RouteDefinition): void {
    const key = `${definition.method} ${definition.template}`
    const allowedQuery = new Set([
      ...(definition.query ?? []),
      ...(definition.paginated ? ['per_page', 'page'] : [])
    ])
    if (key !== GRAPHQL) assertDescribed(definition.method, definition.template, [...allowedQuery])
    const { pattern, names } = templatePattern(definition.template)
    const compiled: CompiledRoute = {
      ...definition,
      key,
      pattern,
      names,
      allowedQuery,
      literal: definition.template.replace(/\{\w+\}/g, '').length
    }
    const existing = this.routes.findIndex((r) => r.key === key)
    if (existing >= 0) this.routes[existing] = compiled
    else this.routes.push(compiled)
  }

  /**
   * Scripts the next answers of a route, used before the route's own handler: `inject('GET
   * /repos/{owner}/{repo}/pulls/{pull_number}/files', badGateway())` fails the next request once.
   */
  inject(route: string, ...replies: Reply[]): void {
    if (!this.routes.some((r) => r.key === route))
      throw new Error(`no route ${route} to inject into`)
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...replies])
  }

  /** Starts listening on a free local port, or on `port` (npm run local-action needs a fixed one). */
  async start(port = 0): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', resolve)
    })
    this.server = server
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return this
  }

  /** Stops the server and drops open connections. */
  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = null
    this.release()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** The API root, as in GITHUB_API_URL (GitHub Enterprise Server style: `.../api/v3`). */
  get apiUrl(): string {
    return `${this.requireOrigin()}/api/v3`
  }

  /** The GraphQL endpoint, as in GITHUB_GRAPHQL_URL. */
  get graphqlUrl(): string {
    return `${this.requireOrigin()}/api/graphql`
  }

  /** The web root, as in GITHUB_SERVER_URL. */
  get serverUrl(): string {
    return this.requireOrigin()
  }

  /** The requests that matched a route key such as `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
  requestsTo(route: string): RequestRecord[] {
    return this.requests.filter((r) => r.route === route)
  }

  /**
   * Throws when requests GitHub would refuse were recorded and not taken (a test that expects
   * some takes them with `violations.splice(0)`), and forgets them, so each is reported once.
   */
  checkViolations(): void {
    const report = violationReport([this])
    if (report !== null) throw new Error(report)
  }

  private requireOrigin(): string {
    if (!this.origin) throw new Error('the fake GitHub server is not started')
    return this.origin
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = Date.now() - this.started
    const startedSeq = ++this.seq
    const inFlight = ++this.inFlight
    this.maxInFlight = Math.max(this.maxInFlight, inFlight)
    const url = new URL(req.url ?? '/', this.origin)
    const method = req.method ?? 'GET'
    const token = tokenOf(req.headers.authorization)
    let routeKey: string | null = null
    let reply: Reply
    try {
      const raw = await readBody(req)
      if (this.quietMs > 0) await this.untilQuiet()
      if (this.latencyMs > 0) await sleep(this.latencyMs)
      const found = this.match(method, url.pathname)
      routeKey = found?.route.key ?? null
      reply = await this.answer(method, url, raw, token, found)
    } catch (error) {
      reply = { status: 500, body: { message: `fake GitHub bug: ${String(error)}` } }
      this.violations.push(`${method} ${url.pathname}: the fake server threw ${String(error)}`)
    }
    if (reply.stall) {
      // Held open and silent; stop() drops the connection.
      this.inFlight--
      this.stalls.push({ method, path: url.pathname, route: routeKey, startedAt })
      return
    }
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${this.requests.length + 1}`,
      ...this.rateHeaders(token),
      ...reply.headers
    }
    res.writeHead(reply.status, headers)
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
    this.inFlight--
    this.requests.push({
      method,
      path: url.pathname,
      route: routeKey,
      query: Object.fromEntries(url.searchParams),
      status: reply.status,
      token,
      startedAt,
      endedAt: Date.now() - this.started,
      startedSeq,
      endedSeq: ++this.seq,
      inFlight
    })
  }

  /** Resolves once no request has arrived for quietMs, together with every request held so far. */
  private untilQuiet(): Promise<void> {
    return new Promise((resolve) => {
      this.held.push(resolve)
      if (this.quietTimer !== null) clearTimeout(this.quietTimer)
      this.quietTimer = setTimeout(() => this.release(), this.quietMs)
    })
  }

  private release(): void {
    if (this.quietTimer !== null) clearTimeout(this.quietTimer)
    this.quietTimer = null
    for (const resolve of this.held.splice(0)) resolve()
  }

  private match(
    method: string,
    pathname: string
  ): { route: CompiledRoute; params: Record<string, string> } | null {
    const path = pathname.startsWith('/api/v3/')
      ? pathname.slice('/api/v3'.length)
      : pathname === '/api/graphql' || pathname === '/graphql' // GHES and GitHub.com spellings
        ? '/graphql'
        : null
    if (path === null) return null
    let best: { route: CompiledRoute; params: Record<string, string> } | null = null
    for (const route of this.routes) {
      if (route.method !== method || (best && best.route.literal >= route.literal)) continue
      const m = route.pattern.exec(path)
      if (!m) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] as string)))
      best = { route, params }
    }
    return best
  }

  private async answer(
    method: string,
    url: URL,
    raw: string,
    token: string | null,
    found: { route: CompiledRoute; params: Record<string, string> } | null
  ): Promise<Reply> {
    const where = `${method} ${url.pathname}${url.search}`
    if (!found) {
      const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '')
      const described = url.pathname.startsWith('/api/v3/') ? describedRoute(method, path) : null
      this.violations.push(
        described === null
          ? `${where}: no such route in GitHub's REST API`
          : `${where}: GitHub serves ${method} ${described} but the stand-in does not (add it to testing/routes.ts)`
      )
      return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } }
    }
    const mode = token === null ? undefined : this.tokens.get(token)
    if (mode === undefined) {
      return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } }
    }
    let body: unknown = undefined
    const present = raw.trim() !== ''
    if (present) {
      try {
        body = JSON.parse(raw)
      } catch {
        this.violations.push(`${where}: body is not JSON`)
        return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } }
      }
    }
    // Checked before scripted faults, so that a test that scripts one still learns of a mistake.
    const refused =
      found.route.key === GRAPHQL
        ? await this.refuseGraphQL(where, url.searchParams, body)
        : this.refuse(where, found, url.searchParams, { present, value: body })
    if (refused) return refused
    const scripted = this.faults.get(found.route.key)?.shift()
    if (scripted) return scripted
    if (this.countUse(token as string) > this.rateLimit) {
      return found.route.key === GRAPHQL
        ? graphqlRateLimited(this.resetAt)
        : rateLimitExhausted(this.resetAt)
    }
    if (method !== 'GET' && mode === 'read' && !found.route.readOnly) {
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: DOCS }
      }
    }
    const { owner, repo: repoName } = found.params
    let repo: FakeRepository | undefined
    if (owner !== undefined && repoName !== undefined) {
      repo = this.repositories.get(`${owner}/${repoName}`.toLowerCase())
      if (!repo) return notFound()
    }
    return found.route.handler({
      server: this,
      method,
      path: url.pathname,
      params: found.params,
      query: url.searchParams,
      body,
      token: token as string,
      login: this.logins.get(token as string) ?? 'github-actions[bot]',
      repo: repo as FakeRepository,
      urls: { api: this.apiUrl, web: this.serverUrl }
    })
  }

  /**
   * Records what GitHub's REST description refuses in the request, and returns GitHub's answer to
   * the first refusal; undefined when GitHub would serve it (as it serves a request with an
   * unknown query parameter, ignoring it, or with `per_page` over 100, capped).
   */
  private refuse(
    where: string,
    found: { route: CompiledRoute; params: Record<string, string> },
    query: URLSearchParams,
    body: { present: boolean; value: unknown }
  ): Reply | undefined {
    const refusals = checkRequest({
      method: found.route.method,
      template: found.route.template,
      params: found.params,
      query,
      body
    })
    for (const refusal of refusals) this.violations.push(`${where}: ${refusal.problem}`)
    const answer = refusals.find((r) => r.status !== 200)
    if (answer) return { status: answer.status, body: answer.body }
    for (const name of new Set(query.keys())) {
      const { method, template } = found.route
      if (found.route.allowedQuery.has(name) || !declaresQuery(method, template, name)) continue
      // GitHub would honour it; an answer that ignores it would differ from GitHub's unseen.
      this.violations.push(
        `${where}: the stand-in ignores the query parameter ${name} that GitHub honours (teach ${found.route.key} in testing/routes.ts)`
      )
      return {
        status: 501,
        body: { message: `The stand-in does not implement ${name} on ${found.route.key}` }
      }
    }
    return undefined
  }

  /** Records and answers, as GitHub does, a GraphQL request that is not a valid document. */
  private async refuseGraphQL(
    where: string,
    query: URLSearchParams,
    body: unknown
  ): Promise<Reply | undefined> {
    for (const name of new Set(query.keys())) {
      this.violations.push(`${where}: unknown query parameter ${name} (GitHub ignores it)`)
    }
    // Loaded with the first GraphQL request: GitHub's schema costs a test file that sends none.
    const { graphqlRefusal } = await import('./graphql.js')
    const refusal = graphqlRefusal(body)
    if (refusal === null) return undefined
    // graphql-js reports a mistake once per place; once per request says it.
    for (const problem of new Set(refusal.problems)) this.violations.push(`${where}: ${problem}`)
    return refusal.reply
  }

  private countUse(token: string): number {
    const n = (this.used.get(token) ?? 0) + 1
    this.used.set(token, n)
    return n
  }

  private rateHeaders(token: string | null): Record<string, string> {
    const used = token === null ? 0 : Math.min(this.used.get(token) ?? 0, this.rateLimit)
    return {
      'x-ratelimit-limit': String(this.rateLimit),
      'x-ratelimit-remaining': String(this.rateLimit - used),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-resource': 'core'
    }
  }
}

function tokenOf(header: string | undefined): string | null {
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')
  return m ? (m[1] as string) : null
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
