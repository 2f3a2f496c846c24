// Cheapest-path search through the product of several glob automata, for a real path (non-empty
// segments, none of them `.` or `..`) on which a goal holds. Cheapest rather than shortest so that
// witnesses read well: `src/core/x.ts` before `src/core/.ts`.
import type { Letter } from './alphabet.js'
import { MAX_DFA_STATES, OVER_BUDGET, type GlobAutomaton } from './automaton.js'
import { charge } from './work-bound.js'

/** Product states beyond this and the search gives up (and says so). */
export const MAX_SEARCH_STATES = 20_000

/** What a search found: a witness path, proof that there is none, or that it gave up. */
export type SearchResult =
  { kind: 'found'; witness: string } | { kind: 'none' } | { kind: 'unknown' }

/** The product to explore. */
export interface SearchSpec {
  automata: readonly GlobAutomaton[]
  /** Automata `[0, required)` must stay alive: a dead one ends that branch. */
  required: number
  /** Whether the path read so far, ending here, is a witness. */
  goal: (states: readonly number[]) => boolean
  alphabet: readonly Letter[]
  /** Where each automaton starts (default: its start state), at the start of a segment. */
  starts?: readonly number[]
}

const SLASH = 0x2f
const DOT = 0x2e
// The segment tracker: empty so far, `.`, `..`, or a proper name.
const EMPTY = 0
const ONE_DOT = 1
const TWO_DOTS = 2
const NAMED = 3
// A segment that starts with `.` is real but rarely the clearest example.
const LEADING_DOT_COST = 16

interface Node {
  states: number[]
  segment: number
  parent: number
  code: number
  cost: number
}

/** Finds the cheapest real path on which the goal holds, exploring at most MAX_SEARCH_STATES. */
export function searchWitness(spec: SearchSpec): SearchResult {
  const nodes: Node[] = []
  const seen = new Map<string | number, number>()
  const buckets: number[][] = []
  let overBudget = false
  const visit = (node: Node): void => {
    // A node is an object, a key and a map entry: a few dozen nanoseconds and some garbage.
    charge(16 + 2 * node.states.length)
    const key = keyOf(node.states, node.segment)
    const known = seen.get(key)
    if (known !== undefined) {
      const old = nodes[known] as Node
      if (old.cost <= node.cost) return
      nodes[known] = node
      ;(buckets[node.cost] ??= []).push(known)
      return
    }
    if (nodes.length >= MAX_SEARCH_STATES) {
      overBudget = true
      return
    }
    seen.set(key, nodes.length)
    ;(buckets[node.cost] ??= []).push(nodes.length)
    nodes.push(node)
  }
  const states = spec.starts ? [...spec.starts] : spec.automata.map((a) => a.start)
  visit({ states, segment: EMPTY, parent: -1, code: 0, cost: 0 })
  const done = new Set<number>()
  for (let cost = 0; cost < buckets.length; cost++) {
    const bucket = buckets[cost]
    if (bucket === undefined) continue
    for (let j = 0; j < bucket.length; j++) {
      const id = bucket[j] as number
      const node = nodes[id] as Node
      if (node.cost !== cost || done.has(id)) continue
      done.add(id)
      if (node.segment === NAMED && spec.goal(node.states)) {
        return { kind: 'found', witness: spell(nodes, id) }
      }
      expand(spec, node, id, visit, () => (overBudget = true))
    }
  }
  return overBudget ? { kind: 'unknown' } : { kind: 'none' }
}

function expand(
  spec: SearchSpec,
  node: Node,
  id: number,
  visit: (node: Node) => void,
  giveUp: () => void
): void {
  // Each letter steps every automaton (most steps are table look-ups; new ones charge more)
  // into a fresh array of states.
  charge(spec.alphabet.length * (6 + 4 * spec.automata.length))
  LETTERS: for (const letter of spec.alphabet) {
    const segment = nextSegment(node.segment, letter.code)
    if (segment < 0) continue
    const states: number[] = []
    for (let i = 0; i < spec.automata.length; i++) {
      const next = (spec.automata[i] as GlobAutomaton).step(node.states[i] as number, letter.code)
      if (next === OVER_BUDGET) {
        giveUp()
        continue LETTERS
      }
      if (next === 0 && i < spec.required) continue LETTERS
      states.push(next)
    }
    const extra = node.segment === EMPTY && letter.code === DOT ? LEADING_DOT_COST : 0
    visit({ states, segment, parent: id, code: letter.code, cost: node.cost + letter.cost + extra })
  }
}

// Keeps the path real: `/` only after a proper segment name, never `.` or `..` as a segment.
function nextSegment(segment: number, code: number): number {
  if (code === SLASH) return segment === NAMED ? EMPTY : -1
  if (code !== DOT) return NAMED
  if (segment === EMPTY) return ONE_DOT
  if (segment === ONE_DOT) return TWO_DOTS
  return NAMED
}

const WIDTH = MAX_DFA_STATES + 1

// Numbers for the common one- and two-automaton products: cheaper than strings.
function keyOf(states: readonly number[], segment: number): string | number {
  if (states.length === 1) return (states[0] as number) * 4 + segment
  if (states.length === 2)
    return ((states[0] as number) * WIDTH + (states[1] as number)) * 4 + segment
  return `${states.join(',')}|${segment}`
}

function spell(nodes: readonly Node[], id: number): string {
  const codes: number[] = []
  for (let at = id; at > 0;) {
    const node = nodes[at] as Node
    codes.push(node.code)
    at = node.parent
  }
  return String.fromCharCode(...codes.reverse())
}
