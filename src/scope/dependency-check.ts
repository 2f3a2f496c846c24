// The dependency check of CONTRACT §2 and §1.7: every `#N`, pull request URL of this repository
// and work-order ID in the scope's Dependencies must be merged (a closed issue also counts for
// `#N`). Pure: what GitHub says about each reference comes in as facts, gathered by
// src/github/dependencies.ts; findings and the unmet list come out.

import type { Finding, FindingLevel, Scope, UnmetDependency } from './types.js'

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

/** The result of the dependency check: findings for the verdict and the unmet list for the report. */
export interface DependencyOutcome {
  findings: Finding[]
  unmetDependencies: UnmetDependency[]
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
  const seen = new Set<string>()
  for (const dependency of scope.dependencies) {
    for (const ref of dependency.refs) {
      const at = { check: 'unmet-dependency' as const, scopeLine: dependency.line }
      if (ref.kind === 'url' && !sameRepository(ref, context)) {
        findings.push({
          ...at,
          level: 'notice',
          message: `Dependency ${ref.url} is in another repository (${ref.owner}/${ref.repo}), so it is not checked.`
        })
        continue
      }
      if (ref.kind === 'work-order') {
        if (ref.id === context.selfWorkOrderId || seen.has(`wo ${ref.id}`)) continue
        seen.add(`wo ${ref.id}`)
        const fact = facts.workOrders.get(ref.id) ?? { id: ref.id, path: null, carriers: [] }
        const result = judgeWorkOrder(fact, level)
        if (result) {
          findings.push({ ...at, level: result.unmet.level, message: result.message })
          unmet.push(result.unmet)
        }
        continue
      }
      if (ref.number === context.self || seen.has(`#${ref.number}`)) continue
      seen.add(`#${ref.number}`)
      const reference = ref.kind === 'url' ? ref.url : `#${ref.number}`
      const fact = facts.numbers.get(ref.number) ?? { kind: 'missing', number: ref.number }
      const result = judgeNumber(reference, fact, level, context)
      if (result) {
        findings.push({ ...at, level: result.unmet.level, message: result.message })
        unmet.push(result.unmet)
      }
    }
  }
  return { findings, unmetDependencies: unmet }
}

interface Judgement {
  unmet: UnmetDependency
  message: string
}

function judgeNumber(
  reference: string,
  fact: NumberFact,
  level: FindingLevel,
  context: DependencyContext
): Judgement | null {
  if (fact.kind === 'missing') {
    return {
      unmet: { reference, number: fact.number, state: 'unknown', url: null, level: 'notice' },
      message:
        `Dependency ${reference}: ${context.owner}/${context.repo} has no issue or pull request ` +
        `#${fact.number} that this token can see, so it is not checked.`
    }
  }
  const what = `${fact.kind === 'pull' ? 'pull request' : 'issue'} #${fact.number} "${fact.title}"`
  const unmet = (state: UnmetDependency['state']): UnmetDependency => ({
    reference,
    number: fact.number,
    state,
    url: fact.url,
    level
  })
  if (fact.state === 'merged') return null
  if (fact.kind === 'issue' && fact.state === 'closed') return null
  if (fact.state === 'open') {
    return {
      unmet: unmet('open'),
      message:
        `Dependency ${reference} is not met: ${what} is still open, so this pull request waits ` +
        `for #${fact.number}. Merge it first${fact.kind === 'issue' ? ' (close the issue)' : ''}, then re-run this check.`
    }
  }
  return {
    unmet: unmet('closed-unmerged'),
    message:
      `Dependency ${reference} is not met: ${what} was closed without being merged. Reopen and ` +
      'merge it, or remove it from the Dependencies if the work is no longer needed.'
  }
}

function judgeWorkOrder(fact: WorkOrderFact, level: FindingLevel): Judgement | null {
  const { id } = fact
  if (fact.carriers.some((c) => c.state === 'merged')) return null
  const open = fact.carriers.filter((c) => c.state === 'open').sort((a, b) => a.number - b.number)
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
      unmet: { reference: id, number: first.number, state: 'open', url: first.url, level },
      message:
        `Dependency ${id} is not met: pull request #${first.number} "${first.title}" carries it ` +
        `and is still open, so this pull request waits for #${first.number}${also}. Merge it first, then re-run this check.`
    }
  }
  const closed = [...fact.carriers].sort((a, b) => b.number - a.number)[0]
  if (closed) {
    return {
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
      unmet: { reference: id, number: null, state: 'not-started', url: null, level },
      message:
        `Dependency ${id} is not met: its work order \`${fact.path}\` exists but no pull request ` +
        `carries ${id} yet (not started). Wait for it to be done and merged.`
    }
  }
  return {
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
