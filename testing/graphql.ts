// Answers the GraphQL queries the action sends, from the stand-in's state, in GitHub's shapes:
// `{data: {repository: {<alias>: ...}, <alias>: ...}}`, with `errors` beside (or instead of) the
// data where GitHub puts them. Not a GraphQL engine: it reads the aliased fields the action uses,
// `repository(owner:, name:) { a: object(expression:) / issueOrPullRequest(number:) }` and
// top-level `a: search(query:, type:, first:)`, and is strict where strictness catches our
// mistakes: variables declared but unused (or used but undeclared), missing variable values,
// fields GitHub's schema does not have on a type, and fields it does not serve are errors.
import type { FakeGitHub } from './server.js'
import type { Urls } from './shapes.js'
import type { FakePullRequest, FakeRepository } from './state.js'

/** The fields the stand-in serves per type (GitHub's schema has more; these are the ones it knows). */
const FIELDS: Record<string, ReadonlySet<string>> = {
  Blob: new Set(['text', 'isBinary', 'isTruncated', 'byteSize', 'oid', '__typename']),
  PullRequest: new Set([
    'number',
    'title',
    'url',
    'state',
    'merged',
    'body',
    'headRefName',
    'baseRefName',
    '__typename'
  ]),
  Issue: new Set(['number', 'title', 'url', 'state', 'body', '__typename'])
}

interface GraphQLError {
  message: string
  type?: string
  path?: Array<string | number>
  locations?: Array<{ line: number; column: number }>
  extensions?: Record<string, unknown>
}

/** The response body and any violations (queries GitHub would refuse). */
export interface GraphQLAnswer {
  body: { data?: Record<string, unknown> | null; errors?: GraphQLError[] }
  violations: string[]
}

/** Answers one query with its variables. */
export function answerGraphQL(
  server: FakeGitHub,
  query: string,
  variables: Record<string, unknown>,
  urls: Urls
): GraphQLAnswer {
  const refused = (message: string, extra: Partial<GraphQLError> = {}): GraphQLAnswer => ({
    body: { errors: [{ message, locations: [{ line: 1, column: 1 }], ...extra }] },
    violations: [message]
  })
  const header = /^\s*query\b\s*\w*\s*(?:\(([^)]*)\))?\s*\{/.exec(query)
  if (!header) return refused('Parse error: the document must start with a query operation')
  const declared = new Map<string, string>()
  for (const m of (header[1] ?? '').matchAll(/\$(\w+)\s*:\s*([\w!\][]+)/g)) {
    declared.set(m[1] as string, m[2] as string)
  }
  const bodyText = query.slice(header[0].length)
  const used = new Set([...bodyText.matchAll(/\$(\w+)/g)].map((m) => m[1] as string))
  for (const name of declared.keys()) {
    if (!used.has(name))
      return refused(`Variable $${name} is declared by anonymous query but not used`)
  }
  for (const name of used) {
    if (!declared.has(name))
      return refused(`Variable $${name} is used by anonymous query but not declared`)
  }
  for (const [name, type] of declared) {
    const value = variables[name]
    const nonNull = type.endsWith('!')
    const base = type.replace(/!$/, '')
    const wrongType =
      value !== undefined &&
      value !== null &&
      ((base === 'String' && typeof value !== 'string') ||
        (base === 'Int' && !Number.isInteger(value)))
    if ((nonNull && (value === undefined || value === null)) || wrongType) {
      return refused(`Variable $${name} of type ${type} was provided invalid value`, {
        extensions: {
          value: value ?? null,
          problems: [
            {
              path: [],
              explanation:
                nonNull && value == null
                  ? 'Expected value to not be null'
                  : `Could not coerce value to ${base}`
            }
          ]
        }
      })
    }
  }

  const errors: GraphQLError[] = []
  const violations: string[] = []
  const arg = (args: string, name: string): unknown => {
    const m = new RegExp(`\\b${name}\\s*:\\s*(\\$\\w+|"(?:[^"\\\\]|\\\\.)*"|-?\\d+|[A-Z_]+)`).exec(
      args
    )
    if (!m) return undefined
    const raw = m[1] as string
    if (raw.startsWith('$')) return variables[raw.slice(1)]
    if (raw.startsWith('"')) return JSON.parse(raw) as string
    if (/^-?\d+$/.test(raw)) return Number(raw)
    return raw
  }

  const data: Record<string, unknown> = {}
  const repoMatch = /\brepository\s*\(([^)]*)\)\s*\{/.exec(bodyText)
  let repoRange: [number, number] = [-1, -1]
  let repo: FakeRepository | undefined
  if (repoMatch) {
    repoRange = [repoMatch.index, closingBrace(bodyText, repoMatch.index + repoMatch[0].length - 1)]
    const owner = String(arg(repoMatch[1] ?? '', 'owner'))
    const name = String(arg(repoMatch[1] ?? '', 'name'))
    repo = server.repositories.get(`${owner}/${name}`.toLowerCase())
    if (!repo) {
      data.repository = null
      errors.push({
        type: 'NOT_FOUND',
        path: ['repository'],
        locations: [{ line: 1, column: 1 }],
        message: `Could not resolve to a Repository with the name '${owner}/${name}'.`
      })
    } else {
      data.repository = {}
    }
  }

  const fieldPattern = /(\w+)\s*:\s*(object|issueOrPullRequest|search)\s*\(([^)]*)\)\s*\{/g
  for (const m of bodyText.matchAll(fieldPattern)) {
    const [whole, alias = '', field = '', args = ''] = m
    const open = m.index + whole.length - 1
    const selection = bodyText.slice(open + 1, closingBrace(bodyText, open))
    const inRepo = m.index > repoRange[0] && m.index < repoRange[1]
    for (const problem of unknownFields(selection)) {
      errors.push({ message: problem, locations: [{ line: 1, column: 1 }] })
      violations.push(problem)
    }
    if (field === 'search') {
      if (inRepo) violations.push(`search is a field of Query, not of Repository (alias ${alias})`)
      const text = String(arg(args, 'query') ?? '')
      const first = Number(arg(args, 'first') ?? 10)
      if (arg(args, 'type') !== 'ISSUE') violations.push(`search ${alias}: type must be ISSUE`)
      if (first > 100) violations.push(`search ${alias}: first is over 100`)
      const nodes = search(server, text).slice(0, first)
      data[alias] = {
        issueCount: nodes.length,
        nodes: nodes.map(({ repo: r, pr }) => pullNode(urls, r, pr))
      }
      continue
    }
    if (!inRepo) {
      violations.push(`${field} is a field of Repository (alias ${alias})`)
      continue
    }
    if (!repo) continue
    const target = data.repository as Record<string, unknown>
    if (field === 'object') {
      const expression = String(arg(args, 'expression') ?? '')
      target[alias] = blobNode(repo, expression)
      continue
    }
    const number = Number(arg(args, 'number'))
    const pr = repo.pullRequests.find((p) => p.number === number)
    const issue = repo.issues?.find((i) => i.number === number)
    if (pr) target[alias] = pullNode(urls, repo, pr)
    else if (issue) {
      target[alias] = {
        __typename: 'Issue',
        number: issue.number,
        title: issue.title,
        url: `${urls.web}/${repo.owner}/${repo.name}/issues/${issue.number}`,
        state: issue.state.toUpperCase(),
        body: ''
      }
    } else {
      target[alias] = null
      errors.push({
        type: 'NOT_FOUND',
        path: ['repository', alias],
        locations: [{ line: 1, column: 1 }],
        message: `Could not resolve to an issue or pull request with the number of ${number}.`
      })
    }
  }
  return { body: errors.length > 0 ? { data, errors } : { data }, violations }
}

function blobNode(repo: FakeRepository, expression: string): Record<string, unknown> | null {
  const colon = expression.indexOf(':')
  if (colon < 0) return null
  // As the tree route: a repository whose files no test set holds none at every commit.
  const files = repo.commits === undefined ? {} : repo.commits[expression.slice(0, colon)]
  const path = expression.slice(colon + 1)
  if (!files) return null
  const text = files[path]
  if (text === undefined) {
    // A folder is a Tree: a `... on Blob` selection reads nothing from it.
    return Object.keys(files).some((p) => p.startsWith(`${path}/`)) ? {} : null
  }
  return { text, isBinary: false, isTruncated: false, byteSize: Buffer.byteLength(text) }
}

function pullNode(urls: Urls, repo: FakeRepository, pr: FakePullRequest): Record<string, unknown> {
  return {
    __typename: 'PullRequest',
    number: pr.number,
    title: pr.title,
    url: `${urls.web}/${repo.owner}/${repo.name}/pull/${pr.number}`,
    state: pr.merged ? 'MERGED' : pr.state.toUpperCase(),
    merged: pr.merged,
    body: pr.body ?? '',
    headRefName: pr.head.ref,
    baseRefName: pr.base.ref
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

function unknownFields(selection: string): string[] {
  const problems: string[] = []
  for (const m of selection.matchAll(/\.\.\.\s*on\s+(\w+)\s*\{([^{}]*)\}/g)) {
    const type = m[1] as string
    const known = FIELDS[type]
    if (!known) {
      problems.push(`No such type ${type}, so it can't be a fragment condition`)
      continue
    }
    for (const field of (m[2] ?? '').split(/\s+/).filter(Boolean)) {
      if (!known.has(field)) problems.push(`Field '${field}' doesn't exist on type '${type}'`)
    }
  }
  return problems
}

function closingBrace(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return text.length
}
