// The dependency check of CONTRACT §2 and §1.7: every `#N`, pull request URL of this repository
// and work-order ID in the scope's Dependencies must be merged (a closed issue also counts for
// `#N`). Pure: what GitHub says about each reference comes in as facts, gathered by
// src/github/dependencies.ts; findings and the unmet list come out.

import type { Finding, FindingLevel, Scope, UnmetDependency } from '../types.js'

/** The state of an issue or pull request, as the dependency check needs it. */
export type ItemState = 'open' | 'closed' | 'merged'

/** What a `#N` (or URL) names: a pull request, an issue, or nothing in this repository. */
export type NumberFact =
  | { kind: 'pull'; number: number; title: string; url: string; state: ItemState }
  | { kind: 'issue'; number: number; title: string; url: string; state: 'open' | 'closed' }
  | { kind: 'missing'; number: number }

/** A pull request that carries a work-order ID (in its title, branch or `Work order:` line). */
export interface Carrier {
  number: number
  title: string
  url: string
  state: ItemState
}

/** What is known about a work-order ID: whether its file exists, and the pull requests carrying it. */
export interface WorkOrderFact {
  id: string
  /** The work-order file with this ID, when the base branch holds one. */
  path: string | null
  carriers: Carrier[]
}

/** Everything the dependency check reads. */
export interface DependencyFacts {
  numbers: ReadonlyMap<number, NumberFact>
  workOrders: ReadonlyMap<string, WorkOrderFact>
}

/** What to ask GitHub about a scope's dependencies. */
export interface DependencyQuestions {
  numbers: number[]
  workOrderIds: string[]
}

/** The repository and pull request the check runs for. */
export interface DependencyContext {
  owner: string
  repo: string
  /** This pull request: a reference to itself is ignored. */
  self: number | null
  /** This pull request's own work-order ID: naming it is no dependency. */
  selfWorkOrderId: string | null
}

/** The numbers and work-order IDs a scope depends on, each once, in order of appearance. */
export function dependencyQuestions(scope: Scope, context: DependencyContext): DependencyQuestions {
  const numbers = new Set<number>()
  const ids = new Set<string>()
  for (const dependency of scope.dependencies) {
    for (const ref of dependency.refs) {
      if (ref.kind === 'work-order') {
        if (ref.id !== context.selfWorkOrderId) ids.add(ref.id)
        continue
      }
      if (ref.kind === 'url' && !sameRepository(ref, context)) continue
      if (ref.number !== context.self) numbers.add(ref.number)
    }
  }
  return { numbers: [...numbers], workOrderIds: [...ids] }
}

/** The pull request (or issue) that meets a dependency, or that it waits for. */
export interface DependencyItem {
  kind: 'pull' | 'issue'
  number: number
  title: string
  url: string
}

/** One dependency reference and what was found: met, not met, or not checked. */
export interface DependencyStatus {
  /** As the scope names it: `#12`, a pull request URL, or a work-order ID. */
  reference: string
  kind: 'number' | 'url' | 'work-order'
  /** `met`, an unmet state of CONTRACT §3, or `elsewhere` (another repository: not checked). */
  state: 'met' | UnmetDependency['state'] | 'elsewhere'
  /** What meets it (a merged carrier, say) or what it waits for; null when none is known. */
  item: DependencyItem | null
  /** Null when met; else the level of its finding (`unknown` and `elsewhere` are notices). */
  level: FindingLevel | null
  /** 1-based scope line of the dependency item. */
  line: number
}

/** The result of the dependency check: findings for the verdict and the unmet list for the report. */
export interface DependencyOutcome {
  findings: Finding[]
  unmetDependencies: UnmetDependency[]
  /**
   * Every reference judged, met ones included, in the order the scope names them, so that the
   * report can show what was checked. Absent when the check did not run.
   */
  dependencies?: DependencyStatus[]
}

/**
 * Checks each reference of the scope's Dependencies against the facts. `level` is the input
 * `dependencies` (`fail` -> error, `warn` -> warning); references that cannot be checked are notices.
 */
export function checkDependencies(input: {
  scope: Scope
  facts: DependencyFacts
  level: 'fail' | 'warn'
  context: DependencyContext
}): DependencyOutcome {
  const { scope, facts, context } = input
  const level: FindingLevel = input.level === 'fail' ? 'error' : 'warning'
  const findings: Finding[] = []
  const unmet: UnmetDependency[] = []
  const statuses: DependencyStatus[] = []
  const seen = new Set<string>()
  const record = (judgement: Judgement, line: number): void => {
    statuses.push({ ...judgement.status, line })
    if (judgement.message === null) return
    findings.push({
      check: 'unmet-dependency',
      level: judgement.status.level ?? 'notice',
      message: judgement.message,
      reference: judgement.status.reference,
      scopeLine: line
    })
    if (judgement.unmet) unmet.push(judgement.unmet)
  }
  for (const dependency of scope.dependencies) {
    for (const ref of dependency.refs) {
      if (ref.kind === 'url' && !sameRepository(ref, context)) {
        if (seen.has(`url ${ref.url}`)) continue
        seen.add(`url ${ref.url}`)
        const status = {
          reference: ref.url,
          kind: 'url' as const,
          state: 'elsewhere' as const,
          item: null,
          level: 'notice' as const
        }
        const message = `Dependency ${ref.url} is in another repository (${ref.owner}/${ref.repo}), so it is not checked.`
        record({ status, unmet: null, message }, dependency.line)
        continue
      }
      if (ref.kind === 'work-order') {
        if (ref.id === context.selfWorkOrderId || seen.has(`wo ${ref.id}`)) continue
        seen.add(`wo ${ref.id}`)
        const fact = facts.workOrders.get(ref.id) ?? { id: ref.id, path: null, carriers: [] }
        record(judgeWorkOrder(fact, level), dependency.line)
        continue
      }
      if (ref.number === context.self || seen.has(`#${ref.number}`)) continue
      seen.add(`#${ref.number}`)
      const reference = ref.kind === 'url' ? ref.url : `#${ref.number}`
      const fact = facts.numbers.get(ref.number) ?? { kind: 'missing', number: ref.number }
      record(judgeNumber(reference, ref.kind, fact, level, context), dependency.line)
    }
  }
  return { findings, unmetDependencies: unmet, dependencies: statuses }
}

/** What one reference comes to: its status, and unless it is met, its unmet row and message. */
interface Judgement {
  status: Omit<DependencyStatus, 'line'>
  unmet: UnmetDependency | null
  message: string | null
}

function judgeNumber(
  reference: string,
  kind: 'number' | 'url',
  fact: NumberFact,
  level: FindingLevel,
  context: DependencyContext
): Judgement {
  if (fact.kind === 'missing') {
    return {
      status: { reference, kind, state: 'unknown', item: null, level: 'notice' },
      unmet: { reference, number: fact.number, state: 'unknown', url: null, level: 'notice' },
      message:
        `Dependency ${reference}: ${context.owner}/${context.repo} has no issue or pull request ` +
        `#${fact.number} that this token can see, so it is not checked.`
    }
  }
  const what = `${fact.kind === 'pull' ? 'pull request' : 'issue'} #${fact.number} "${fact.title}"`
  const item: DependencyItem = {
    kind: fact.kind,
    number: fact.number,
    title: fact.title,
    url: fact.url
  }
  const judged = (state: UnmetDependency['state'], message: string): Judgement => ({
    status: { reference, kind, state, item, level },
    unmet: { reference, number: fact.number, state, url: fact.url, level },
    message
  })
  if (fact.state === 'merged' || (fact.kind === 'issue' && fact.state === 'closed')) {
    return {
      status: { reference, kind, state: 'met', item, level: null },
      unmet: null,
      message: null
    }
  }
  if (fact.state === 'open') {
    return judged(
      'open',
      `Dependency ${reference} is not met: ${what} is still open, so this pull request waits ` +
        `for #${fact.number}. Merge it first${fact.kind === 'issue' ? ' (close the issue)' : ''}, then re-run this check.`
    )
  }
  return judged(
    'closed-unmerged',
    `Dependency ${reference} is not met: ${what} was closed without being merged. Reopen and ` +
      'merge it, or remove it from the Dependencies if the work is no longer needed.'
  )
}

function judgeWorkOrder(fact: WorkOrderFact, level: FindingLevel): Judgement {
  const { id } = fact
  const base = { reference: id, kind: 'work-order' as const }
  const itemOf = (carrier: Carrier): DependencyItem => ({
    kind: 'pull',
    number: carrier.number,
    title: carrier.title,
    url: carrier.url
  })
  const byNumber = (a: Carrier, b: Carrier): number => a.number - b.number
  // The latest merge that carries it: the one that finished the work.
  const merged = fact.carriers
    .filter((c) => c.state === 'merged')
    .sort(byNumber)
    .at(-1)
  if (merged) {
    return {
      status: { ...base, state: 'met', item: itemOf(merged), level: null },
      unmet: null,
      message: null
    }
  }
  const open = fact.carriers.filter((c) => c.state === 'open').sort(byNumber)
  const first = open[0]
  if (first) {
    const also =
      open.length > 1
        ? ` (also ${open
            .slice(1)
            .map((c) => `#${c.number}`)
            .join(', ')})`
        : ''
    return {
      status: { ...base, state: 'open', item: itemOf(first), level },
      unmet: { reference: id, number: first.number, state: 'open', url: first.url, level },
      message:
        `Dependency ${id} is not met: pull request #${first.number} "${first.title}" carries it ` +
        `and is still open, so this pull request waits for #${first.number}${also}. Merge it first, then re-run this check.`
    }
  }
  const closed = [...fact.carriers].sort(byNumber).at(-1)
  if (closed) {
    return {
      status: { ...base, state: 'closed-unmerged', item: itemOf(closed), level },
      unmet: {
        reference: id,
        number: closed.number,
        state: 'closed-unmerged',
        url: closed.url,
        level
      },
      message:
        `Dependency ${id} is not met: pull request #${closed.number} "${closed.title}" carries it ` +
        'but was closed without being merged. Merge the work in another pull request that carries ' +
        `${id} (in its title, branch or a \`Work order:\` line), or remove the dependency.`
    }
  }
  if (fact.path !== null) {
    return {
      status: { ...base, state: 'not-started', item: null, level },
      unmet: { reference: id, number: null, state: 'not-started', url: null, level },
      message:
        `Dependency ${id} is not met: its work order \`${fact.path}\` exists but no pull request ` +
        `carries ${id} yet (not started). Wait for it to be done and merged.`
    }
  }
  return {
    status: { ...base, state: 'unknown', item: null, level: 'notice' },
    unmet: { reference: id, number: null, state: 'unknown', url: null, level: 'notice' },
    message:
      `Dependency ${id}: no pull request carries this ID and no work-order file has it, so it is ` +
      'not checked. Check the spelling, or name the pull request as #123.'
  }
}

function sameRepository(
  ref: { owner: string; repo: string },
  context: { owner: string; repo: string }
): boolean {
  return (
    ref.owner.toLowerCase() === context.owner.toLowerCase() &&
    ref.repo.toLowerCase() === context.repo.toLowerCase()
  )
}
