// What GitHub knows about the references in a scope's Dependencies, gathered in ONE GraphQL
// query: each `#N` through `issueOrPullRequest`, each work-order ID through searches for the pull
// requests that carry it (title, head branch, and the body's `Work order:` line naming its file).
// Search hits are only candidates: each is checked to really carry the ID. Open carriers also come
// from the open-pull-request list the run fetched anyway, which search may lag behind.
import {
  checkDependencies,
  dependencyQuestions,
  type Carrier,
  type DependencyContext,
  type DependencyFacts,
  type DependencyOutcome,
  type ItemState,
  type NumberFact,
  type WorkOrderFact
} from '../scope/checks/dependencies.js'
import type { ParseResult, Scope } from '../scope/types.js'
import {
  carriesWorkOrderId,
  type WorkOrderCarrier,
  type WorkOrderIndex
} from '../scope/work-order/reference.js'
import { workOrderOf } from '../scope/work-order/source.js'
import { runQuery, type GraphQLEndpoint } from './client/graphql.js'
import { ok, type Result } from '../scope/result.js'
import type { WorkOrderLoader } from './work-orders.js'

/** A pull request as the dependency check needs it (OpenPullRequest fits). */
export interface PullSummary extends WorkOrderCarrier {
  number: number
  url: string
}

/** How many search hits per search are looked at (the carriers of one ID are few). */
export const SEARCH_HITS = 30

/** What to look up, and what the run knows already. */
export interface DependencyLookup {
  owner: string
  repo: string
  numbers: readonly number[]
  workOrderIds: readonly string[]
  index: WorkOrderIndex | null
  /** Open pull requests already listed (same base), or null when the run did not list them. */
  openPulls: readonly PullSummary[] | null
  /** Pull requests known to be merged now, whatever search says (the one a refresh run is for). */
  knownMerged?: readonly PullSummary[]
  /** This pull request: it never carries its own dependency. */
  self: number | null
}

interface PullNode {
  __typename: 'PullRequest' | 'Issue'
  number: number
  title: string
  url: string
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  body?: string
  headRefName?: string
}

/** What `issueOrPullRequest` answers: each branch's `state` under its own alias. */
interface NumberNode {
  __typename: 'PullRequest' | 'Issue'
  number: number
  title: string
  url: string
  pullState?: 'OPEN' | 'CLOSED' | 'MERGED'
  issueState?: 'OPEN' | 'CLOSED'
}

/** The one query: `n<i>` for numbers inside `repository`, `t<i>`/`h<i>`/`b<i>` searches per ID. */
export function dependencyQuery(numbers: number, searches: readonly string[]): string {
  const vars = [
    ...Array.from({ length: numbers }, (_, i) => `$n${i}: Int!`),
    ...searches.map((alias) => `$${alias}: String!`)
  ]
  // The two `state` fields have different types (PullRequestState!, IssueState!): GraphQL refuses
  // to merge them under one name ("fields conflict"), so each branch aliases its own.
  const item =
    '__typename ... on PullRequest { number title url pullState: state } ... on Issue { number title url issueState: state }'
  const numberFields = Array.from(
    { length: numbers },
    (_, i) => `    n${i}: issueOrPullRequest(number: $n${i}) { ${item} }`
  )
  const searchFields = searches.map(
    (alias) =>
      `  ${alias}: search(query: $${alias}, type: ISSUE, first: ${SEARCH_HITS}) { nodes { __typename ... on PullRequest { number title url state body headRefName } } }`
  )
  const repository =
    numbers > 0 ? [`  repository(owner: $owner, name: $name) {`, ...numberFields, '  }'] : []
  const header = numbers > 0 ? ['$owner: String!', '$name: String!', ...vars] : vars
  return [`query(${header.join(', ')}) {`, ...repository, ...searchFields, '}'].join('\n')
}

/** Gathers the facts about the references: no request when there is nothing to look up. */
export async function gatherDependencyFacts(
  endpoint: GraphQLEndpoint,
  lookup: DependencyLookup
): Promise<Result<DependencyFacts>> {
  const numbers = new Map<number, NumberFact>()
  const workOrders = new Map<string, WorkOrderFact>()
  if (lookup.numbers.length === 0 && lookup.workOrderIds.length === 0) {
    return ok({ numbers, workOrders })
  }
  const repoQualifier = `repo:${lookup.owner}/${lookup.repo} is:pr`
  const searches: Array<{ alias: string; id: string; query: string }> = []
  lookup.workOrderIds.forEach((id, i) => {
    searches.push({ alias: `t${i}`, id, query: `${repoQualifier} in:title ${id}` })
    searches.push({ alias: `h${i}`, id, query: `${repoQualifier} head:${id.toLowerCase()}` })
    const path = lookup.index?.byId.get(id)?.path
    if (path) searches.push({ alias: `b${i}`, id, query: `${repoQualifier} in:body "${path}"` })
  })
  const variables: Record<string, unknown> = {}
  if (lookup.numbers.length > 0) {
    variables.owner = lookup.owner
    variables.name = lookup.repo
  }
  lookup.numbers.forEach((n, i) => (variables[`n${i}`] = n))
  for (const s of searches) variables[s.alias] = s.query
  const answer = await runQuery<Record<string, unknown>>(
    endpoint,
    dependencyQuery(
      lookup.numbers.length,
      searches.map((s) => s.alias)
    ),
    variables,
    {
      what: `look up the dependencies of this pull request in ${lookup.owner}/${lookup.repo}`,
      permission: 'pull-requests: read'
    },
    // A number that names nothing is answered with a NOT_FOUND error at its alias: a fact, not a failure.
    (error) =>
      error.type === 'NOT_FOUND' && error.path?.[0] === 'repository' && error.path.length === 2
  )
  if (!answer.ok) return answer
  const data = answer.value
  const repository = (data.repository ?? {}) as Record<string, NumberNode | null>
  lookup.numbers.forEach((number, i) => {
    const node = repository[`n${i}`]
    numbers.set(number, node ? numberFact(node) : { kind: 'missing', number })
  })
  const merged = new Map((lookup.knownMerged ?? []).map((pr) => [pr.number, pr]))
  for (const id of lookup.workOrderIds) {
    const carriers = new Map<number, Carrier>()
    const add = (pr: PullSummary, state: ItemState): void => {
      if (pr.number === lookup.self || !carriesWorkOrderId(pr, id, lookup.index)) return
      carriers.set(pr.number, { number: pr.number, title: pr.title, url: pr.url, state })
    }
    for (const s of searches.filter((s) => s.id === id)) {
      const nodes = ((data[s.alias] as { nodes?: Array<PullNode | null> } | undefined)?.nodes ??
        []) as Array<PullNode | null>
      for (const node of nodes) {
        if (node?.__typename !== 'PullRequest') continue
        add(
          {
            number: node.number,
            title: node.title,
            url: node.url,
            body: node.body ?? '',
            headRef: node.headRefName ?? ''
          },
          itemState(node.state)
        )
      }
    }
    // The live lists outrank the search index, which may lag behind a merge or an edit.
    for (const pr of lookup.openPulls ?? []) add(pr, 'open')
    for (const pr of merged.values()) add(pr, 'merged')
    workOrders.set(id, {
      id,
      path: lookup.index?.byId.get(id)?.path ?? null,
      carriers: [...carriers.values()]
    })
  }
  for (const pr of merged.values()) {
    const fact = numbers.get(pr.number)
    if (fact && fact.kind === 'pull') numbers.set(pr.number, { ...fact, state: 'merged' })
  }
  return ok({ numbers, workOrders })
}

/** What the dependency step needs from the run. */
export interface DependencyStepInput {
  owner: string
  repo: string
  /** This pull request. */
  pr: PullSummary
  parse: ParseResult
  level: 'fail' | 'warn' | 'off'
  loader: WorkOrderLoader
  /** The open pull requests on the same base (listed at most once per run), asked only for IDs. */
  openPulls: (() => Promise<Result<readonly PullSummary[]>>) | null
  knownMerged?: readonly PullSummary[]
  /** This pull request's own work-order ID, when known (naming it is no dependency). */
  workOrderId?: string | null
}

/**
 * The dependency check of one pull request: asks GitHub about its references (one query; the
 * work-order index is loaded only when an ID is named) and judges them.
 */
export async function checkPullRequestDependencies(
  endpoint: GraphQLEndpoint,
  input: DependencyStepInput
): Promise<Result<DependencyOutcome>> {
  const scope: Scope | null = input.parse.scope
  if (input.level === 'off' || scope === null) return ok({ findings: [], unmetDependencies: [] })
  const base: DependencyContext = {
    owner: input.owner,
    repo: input.repo,
    self: input.pr.number,
    selfWorkOrderId: null
  }
  let index: WorkOrderIndex | null = null
  if (dependencyQuestions(scope, base).workOrderIds.length > 0) {
    const loaded = await input.loader.index()
    if (!loaded.ok) return loaded
    index = loaded.value
  }
  const context: DependencyContext = {
    ...base,
    selfWorkOrderId:
      input.workOrderId ?? (index ? (workOrderOf(input.pr, null, index)?.id ?? null) : null)
  }
  const questions = dependencyQuestions(scope, context)
  let openPulls: readonly PullSummary[] | null = null
  if (questions.workOrderIds.length > 0 && input.openPulls) {
    const listed = await input.openPulls()
    if (!listed.ok) return listed
    openPulls = listed.value
  }
  const facts = await gatherDependencyFacts(endpoint, {
    owner: input.owner,
    repo: input.repo,
    numbers: questions.numbers,
    workOrderIds: questions.workOrderIds,
    index,
    openPulls,
    ...(input.knownMerged ? { knownMerged: input.knownMerged } : {}),
    self: input.pr.number
  })
  if (!facts.ok) return facts
  return ok(checkDependencies({ scope, facts: facts.value, level: input.level, context }))
}

function numberFact(node: NumberNode): NumberFact {
  const common = { number: node.number, title: node.title, url: node.url }
  if (node.__typename === 'Issue') {
    return { kind: 'issue', ...common, state: node.issueState === 'OPEN' ? 'open' : 'closed' }
  }
  return { kind: 'pull', ...common, state: itemState(node.pullState ?? 'CLOSED') }
}

function itemState(state: PullNode['state']): ItemState {
  return state === 'MERGED' ? 'merged' : state === 'OPEN' ? 'open' : 'closed'
}
