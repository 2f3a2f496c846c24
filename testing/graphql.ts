// Answers GraphQL documents as GitHub does: each is checked against GitHub's published schema
// (graphql-schema.ts) and, if GitHub would run it, executed by graphql-js over the stand-in's
// state, so that what a query selects is exactly what it gets back, in GitHub's shapes (partial
// `data`, NOT_FOUND errors with `type`, `path` and `locations`). The resolvers serve the fields the
// action reads; any other field of GitHub's schema is answered with an error and recorded as a
// violation that names it, so that a new query cannot pass on a field nobody serves.
import {
  execute,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLFieldResolver
} from 'graphql'
import { checkDocument, githubSchema, type GitHubGraphQLError } from './graphql-schema.js'
import { unprocessable, type Reply } from './replies.js'
import type { FakeGitHub } from './server.js'
import type { Urls } from './shapes.js'
import { fakeSha, type FakePullRequest, type FakeRepository } from './state.js'

/** The response body and any violations (what GitHub would refuse, or the stand-in cannot serve). */
export interface GraphQLAnswer {
  body: { data?: Record<string, unknown> | null; errors?: GitHubGraphQLError[] }
  violations: string[]
}

interface RequestBody {
  query: string
  variables: Record<string, unknown>
  operationName: string | null
}

/**
 * GitHub's answer to a request body that it would not run (no query, a document that does not
 * parse or validate, variables that do not fit, pages over GitHub's limits), with the problems to
 * record; null when GitHub would run it.
 */
export function graphqlRefusal(body: unknown): { reply: Reply; problems: string[] } | null {
  const request = requestBody(body)
  if (request === null) {
    const reply = unprocessable('A query attribute must be specified and must be a string.')
    return { reply, problems: ['the body holds no query'] }
  }
  const check = checkDocument(request.query, request.variables, request.operationName)
  if (check.ok) return null
  // GitHub answers a document it will not run with 200, errors and no data.
  return { reply: { status: 200, body: { errors: check.errors } }, problems: check.problems }
}

/** The query, variables and operation name of a request body, or null when it has no query. */
export function requestBody(body: unknown): RequestBody | null {
  const given = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown }
  if (typeof given.query !== 'string') return null
  return {
    query: given.query,
    variables:
      given.variables && typeof given.variables === 'object'
        ? (given.variables as Record<string, unknown>)
        : {},
    operationName: typeof given.operationName === 'string' ? given.operationName : null
  }
}

/** Answers one query with its variables (refusing it first, as graphqlRefusal does, if need be). */
export async function answerGraphQL(
  server: FakeGitHub,
  query: string,
  variables: Record<string, unknown>,
  urls: Urls,
  operationName: string | null = null
): Promise<GraphQLAnswer> {
  const check = checkDocument(query, variables, operationName)
  if (!check.ok) return { body: { errors: check.errors }, violations: check.problems }
  const context: Context = { server, urls, unserved: new Set() }
  const result = (await execute({
    schema: githubSchema(),
    document: check.document,
    rootValue: queryRoot(context),
    contextValue: context,
    variableValues: variables,
    operationName,
    fieldResolver
  })) as ExecutionResult
  const errors = (result.errors ?? []).map(githubError)
  return {
    body: errors.length > 0 ? { data: result.data ?? null, errors } : { data: result.data ?? null },
    violations: [...context.unserved].map(
      (field) => `the stand-in does not serve ${field} (teach testing/graphql.ts)`
    )
  }
}

interface Context {
  server: FakeGitHub
  urls: Urls
  /** `Type.field` of each field the document selected that the stand-in does not serve. */
  unserved: Set<string>
}

/** An error GitHub answers with a `type` (NOT_FOUND and the like). */
class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

function githubError(error: GraphQLError): GitHubGraphQLError {
  const type = error.originalError instanceof TypedError ? error.originalError.type : undefined
  return {
    ...(type ? { type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message
  }
}

// A field is served when its source object has it (a value, or a function of the arguments, as
// graphql-js's own default resolver reads it); any other field of the schema is not.
const fieldResolver: GraphQLFieldResolver<unknown, Context> = (source, args, context, info) => {
  if (source !== null && typeof source === 'object' && Object.hasOwn(source, info.fieldName)) {
    const value = (source as Record<string, unknown>)[info.fieldName]
    return typeof value === 'function' ? (value as Resolver)(args, context) : value
  }
  const field = `${info.parentType.name}.${info.fieldName}`
  context.unserved.add(field)
  throw new Error(`The stand-in does not serve ${field}`)
}

type Resolver = (args: Record<string, unknown>, context: Context) => unknown

function queryRoot(context: Context): Record<string, unknown> {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = context.server.repositories.get(`${owner}/${name}`.toLowerCase())
      if (!repo) {
        throw new TypedError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`
        )
      }
      return repositoryNode(context.urls, repo)
    },
    search: (args: { query: string; type: string; first?: number; last?: number }) => {
      if (args.type !== 'ISSUE' && args.type !== 'ISSUE_ADVANCED') {
        context.unserved.add(`Query.search(type: ${args.type})`)
        throw new Error(`The stand-in searches issues only, not ${args.type}`)
      }
      const hits = search(context.server, args.query)
      const page =
        args.first != null ? hits.slice(0, args.first) : hits.slice(-(args.last ?? hits.length))
      return {
        __typename: 'SearchResultItemConnection',
        issueCount: hits.length,
        nodes: page.map(({ repo, pr }) => pullNode(context.urls, repo, pr)),
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage: page.length < hits.length && args.first != null,
          hasPreviousPage: page.length < hits.length && args.first == null,
          startCursor: null,
          endCursor: null
        }
      }
    }
  }
}

function repositoryNode(urls: Urls, repo: FakeRepository): Record<string, unknown> {
  const notFound = (what: string, number: number): TypedError =>
    new TypedError('NOT_FOUND', `Could not resolve to ${what} with the number of ${number}.`)
  return {
    __typename: 'Repository',
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: `${urls.web}/${repo.owner}/${repo.name}`,
    isPrivate: repo.private,
    object: ({ expression, oid }: { expression?: string; oid?: string }) =>
      oid !== undefined ? null : gitObject(repo, expression ?? ''),
    issueOrPullRequest: ({ number }: { number: number }) => {
      const pr = repo.pullRequests.find((p) => p.number === number)
      if (pr) return pullNode(urls, repo, pr)
      const issue = repo.issues?.find((i) => i.number === number)
      if (issue) return issueNode(urls, repo, issue)
      throw notFound('an issue or pull request', number)
    },
    pullRequest: ({ number }: { number: number }) => {
      const pr = repo.pullRequests.find((p) => p.number === number)
      if (pr) return pullNode(urls, repo, pr)
      throw notFound('a PullRequest', number)
    },
    issue: ({ number }: { number: number }) => {
      const issue = repo.issues?.find((i) => i.number === number)
      if (issue) return issueNode(urls, repo, issue)
      throw notFound('an Issue', number)
    }
  }
}

// `object(expression: "<commit>:<path>")`: a Blob for a file, a Tree for a folder, else null.
function gitObject(repo: FakeRepository, expression: string): Record<string, unknown> | null {
  const colon = expression.indexOf(':')
  if (colon < 0) return null
  // As the tree route: a repository whose files no test set holds none at every commit.
  const files = repo.commits === undefined ? {} : repo.commits[expression.slice(0, colon)]
  const path = expression.slice(colon + 1)
  if (!files) return null
  const text = files[path]
  if (text === undefined) {
    return Object.keys(files).some((p) => p.startsWith(`${path}/`))
      ? { __typename: 'Tree', oid: fakeSha(`tree-${expression}`) }
      : null
  }
  return {
    __typename: 'Blob',
    oid: fakeSha(`blob-${expression}`),
    text,
    isBinary: false,
    isTruncated: false,
    byteSize: Buffer.byteLength(text)
  }
}

function pullNode(urls: Urls, repo: FakeRepository, pr: FakePullRequest): Record<string, unknown> {
  return {
    __typename: 'PullRequest',
    number: pr.number,
    title: pr.title,
    url: `${urls.web}/${repo.owner}/${repo.name}/pull/${pr.number}`,
    state: pr.merged ? 'MERGED' : pr.state.toUpperCase(),
    merged: pr.merged,
    isDraft: pr.draft,
    body: pr.body ?? '',
    headRefName: pr.head.ref,
    headRefOid: pr.head.sha,
    baseRefName: pr.base.ref,
    baseRefOid: pr.base.sha
  }
}

function issueNode(
  urls: Urls,
  repo: FakeRepository,
  issue: NonNullable<FakeRepository['issues']>[number]
): Record<string, unknown> {
  return {
    __typename: 'Issue',
    number: issue.number,
    title: issue.title,
    url: `${urls.web}/${repo.owner}/${repo.name}/issues/${issue.number}`,
    state: issue.state.toUpperCase(),
    body: ''
  }
}

// GitHub's issue search, as far as the action uses it: `repo:`, `is:pr|merged|open|closed`,
// `in:title|body`, `head:` (branch names beginning with), and words or "quoted phrases".
function search(
  server: FakeGitHub,
  text: string
): Array<{ repo: FakeRepository; pr: FakePullRequest }> {
  const tokens = [...text.matchAll(/(\w+:)?("[^"]*"|\S+)/g)].map((m) => ({
    qualifier: (m[1] ?? '').slice(0, -1),
    value: (m[2] ?? '').replace(/^"|"$/g, '')
  }))
  let repos = [...server.repositories.values()]
  const where = new Set<string>()
  const filters: Array<(pr: FakePullRequest) => boolean> = []
  const words: string[] = []
  for (const { qualifier, value } of tokens) {
    if (qualifier === 'repo')
      repos = repos.filter((r) => `${r.owner}/${r.name}`.toLowerCase() === value.toLowerCase())
    else if (qualifier === 'is' && value === 'merged') filters.push((pr) => pr.merged)
    else if (qualifier === 'is' && value === 'open') filters.push((pr) => pr.state === 'open')
    else if (qualifier === 'is' && value === 'closed') filters.push((pr) => pr.state === 'closed')
    else if (qualifier === 'is' && value === 'pr') continue
    else if (qualifier === 'in') where.add(value)
    else if (qualifier === 'head')
      filters.push((pr) => pr.head.ref.toLowerCase().startsWith(value.toLowerCase()))
    else words.push(value.toLowerCase())
  }
  const inTitle = where.size === 0 || where.has('title')
  const inBody = where.size === 0 || where.has('body')
  return repos.flatMap((repo) =>
    repo.pullRequests
      .filter((pr) => filters.every((f) => f(pr)))
      .filter((pr) =>
        words.every(
          (w) =>
            (inTitle && pr.title.toLowerCase().includes(w)) ||
            (inBody && (pr.body ?? '').toLowerCase().includes(w))
        )
      )
      .sort((a, b) => b.number - a.number)
      .map((pr) => ({ repo, pr }))
  )
}
