// A glob as an automaton over path characters, with the folder rule built in: once an alternative
// that can name a folder has matched a whole path, a following `/` leads to a state that accepts
// everything beneath it (see syntax.ts for which alternatives can).
// The NFA is determinised lazily, one state per set of NFA states, so a pattern only pays for the
// characters a search actually feeds it.
import { tokenAccepts, type GlobShape, type Segment, type Token } from './syntax.js'
import { charge } from './work-bound.js'

const SLASH = 0x2f

/** What an NFA edge accepts. */
type Test =
  { kind: 'token'; token: Token } | { kind: 'slash' } | { kind: 'nonslash' } | { kind: 'all' }

interface NfaState {
  edges: { test: Test; to: number }[]
  eps: number[]
  accepting: boolean
}

/** More DFA states than this for one pattern and the automaton reports that it gave up. */
export const MAX_DFA_STATES = 4096

/** Returned by `step` when the pattern's state budget is spent. */
export const OVER_BUDGET = -1

/** The lazily determinised automaton of one pattern. State 0 is the dead state. */
export class GlobAutomaton {
  private readonly nfa: NfaState[]
  private readonly closures: number[][]
  private readonly sets: number[][] = []
  private readonly accept: boolean[] = []
  private readonly next: Map<number, number>[] = []
  private readonly index = new Map<string, number>()
  private readonly seen: Int32Array
  private stamp = 0
  readonly start: number

  constructor(shape: GlobShape) {
    // The NFA has a few states per token and per segment, each with its edges and closure:
    // building them is linear in that size, with an allocation or two per state.
    charge(30 * shapeSize(shape))
    const starts: number[] = []
    this.nfa = buildNfa(shape, starts)
    this.closures = this.nfa.map((_, i) => closure(this.nfa, i))
    this.seen = new Int32Array(this.nfa.length)
    this.intern([])
    const first = new Set<number>()
    for (const s of starts) for (const t of this.closures[s] ?? []) first.add(t)
    const sorted = [...first].sort((a, b) => a - b)
    this.start = this.index.get(sorted.join(',')) ?? this.intern(sorted)
  }

  /** Whether a state accepts: the path read so far is covered by the pattern. */
  accepting(state: number): boolean {
    return this.accept[state] === true
  }

  /** The state after reading one UTF-16 code unit, or OVER_BUDGET. */
  step(state: number, code: number): number {
    const table = this.next[state] as Map<number, number>
    const cached = table.get(code)
    if (cached !== undefined) return cached
    const from = this.sets[state] ?? []
    // Each NFA state of the set is read with its edges and their closures.
    charge(12 * from.length + 12)
    const stamp = ++this.stamp
    const targets: number[] = []
    for (const s of from) {
      for (const edge of (this.nfa[s] as NfaState).edges) {
        if (!accepts(edge.test, code)) continue
        for (const t of this.closures[edge.to] as number[]) {
          if (this.seen[t] === stamp) continue
          this.seen[t] = stamp
          targets.push(t)
        }
      }
    }
    if (targets.length === 0) {
      table.set(code, 0)
      return 0
    }
    charge(6 * targets.length)
    targets.sort((a, b) => a - b)
    const key = targets.join(',')
    let id = this.index.get(key)
    if (id === undefined) {
      if (this.sets.length >= MAX_DFA_STATES) return OVER_BUDGET
      id = this.intern(targets)
    }
    table.set(code, id)
    return id
  }

  /** Whether the pattern covers a whole path (the folder rule included). */
  covers(path: string): boolean {
    charge(path.length)
    let state = this.start
    for (let i = 0; i < path.length && state > 0; i++) state = this.step(state, path.charCodeAt(i))
    return state > 0 && this.accepting(state)
  }

  private intern(set: number[]): number {
    const id = this.sets.length
    this.sets.push(set)
    this.accept.push(set.some((s) => this.nfa[s]?.accepting === true))
    this.next.push(new Map())
    this.index.set(set.join(','), id)
    return id
  }
}

/** Tokens and segments of all alternatives: what the NFA's size is proportional to. */
export function shapeSize(shape: GlobShape): number {
  let size = 1
  for (const alt of shape.alternatives) {
    size += alt.segments.length + 1
    for (const segment of alt.segments) if (segment.kind === 'tokens') size += segment.tokens.length
  }
  return size
}

function accepts(test: Test, code: number): boolean {
  switch (test.kind) {
    case 'all':
      return true
    case 'slash':
      return code === SLASH
    case 'nonslash':
      return code !== SLASH
    case 'token':
      return tokenAccepts(test.token, code)
  }
}

function closure(nfa: NfaState[], from: number): number[] {
  // Most states (every literal character) have no epsilon edge: no set needed.
  if ((nfa[from]?.eps.length ?? 0) === 0) return [from]
  const seen = new Set<number>([from])
  const stack = [from]
  while (stack.length > 0) {
    const s = stack.pop() as number
    for (const t of nfa[s]?.eps ?? []) {
      if (seen.has(t)) continue
      seen.add(t)
      stack.push(t)
    }
  }
  return [...seen]
}

/**
 * Builds one NFA for all alternatives. Index 0 is the shared "inside a covered folder" sink;
 * `starts` receives each alternative's start state. Path validity (no empty segment) is the
 * search's business, so a segment here may match empty text.
 */
function buildNfa(shape: GlobShape, starts: number[]): NfaState[] {
  const nfa: NfaState[] = []
  const add = (): number => nfa.push({ edges: [], eps: [], accepting: false }) - 1
  const sink = add()
  ;(nfa[sink] as NfaState).edges.push({ test: { kind: 'all' }, to: sink })
  ;(nfa[sink] as NfaState).accepting = true
  for (const alt of shape.alternatives) {
    starts.push(buildAlternative(alt.segments, alt.folderOnly, alt.namesFolder))
  }
  return nfa

  function buildAlternative(
    segments: readonly Segment[],
    folderOnly: boolean,
    namesFolder: boolean
  ): number {
    const n = segments.length
    // segStart[i]: at the start of a path segment, about to match pattern segment i.
    const segStart = segments.map(() => add())
    segStart.push(add())
    // Reached after the last pattern segment has matched a whole path: the glob matches here.
    const done = add()
    const finish = (state: NfaState): void => {
      if (!folderOnly) state.accepting = true
      if (namesFolder) state.edges.push({ test: { kind: 'slash' }, to: sink })
    }
    finish(nfa[done] as NfaState)
    for (let i = 0; i < n; i++) {
      const segment = segments[i] as Segment
      const here = segStart[i] as number
      const following = segStart[i + 1] as number
      const last = i === n - 1
      if (segment.kind === 'globstar') {
        // `**` is zero or more whole segments, but minimatch's trailing `**` needs at least one;
        // written as `x/**/`, it matches the folder `x/` itself, so all of `x` is covered.
        if (!last) (nfa[here] as NfaState).eps.push(following)
        else if (folderOnly && i > 0) (nfa[here] as NfaState).eps.push(sink)
        const inside = add()
        const ended = add()
        ;(nfa[here] as NfaState).edges.push({ test: { kind: 'nonslash' }, to: inside })
        ;(nfa[inside] as NfaState).edges.push({ test: { kind: 'nonslash' }, to: inside })
        ;(nfa[inside] as NfaState).eps.push(ended)
        ;(nfa[ended] as NfaState).edges.push({ test: { kind: 'slash' }, to: here })
        if (last) (nfa[ended] as NfaState).eps.push(done)
        continue
      }
      let state = here
      for (const token of segment.tokens) {
        if (token.kind === 'star') {
          const loop = add()
          ;(nfa[state] as NfaState).eps.push(loop)
          ;(nfa[loop] as NfaState).edges.push({ test: { kind: 'token', token }, to: loop })
          state = loop
          continue
        }
        const to = add()
        ;(nfa[state] as NfaState).edges.push({ test: { kind: 'token', token }, to })
        state = to
      }
      if (last) (nfa[state] as NfaState).eps.push(done)
      else (nfa[state] as NfaState).edges.push({ test: { kind: 'slash' }, to: following })
    }
    return segStart[0] as number
  }
}
