// Exact overlap of scope patterns (CONTRACT §1.4, §2): whether two write sets can meet, and a
// path that proves it. Patterns become automata over path characters (folder rule included);
// a search through their product finds the cheapest common path. Pairs whose literal prefixes
// cannot meet are dismissed before any automaton work, and results are cached by pattern text.
//
// The folder rule, for overlap, applies only to an entry that can name a folder (a trailing `/`,
// or a last segment without a `.` after its first character: see canNameFolder): `docs` covers
// `docs/api/x.md`, but `src/index.ts` covers only itself, so `**/*.md` does not meet it.
//
// Soundness: the answer "no overlap" is only given when it is proved. When a bound is reached
// (state budget, over-long brace expansion) or a pattern uses syntax the automata only
// approximate (extglobs, POSIX classes), the pair is reported as overlapping and, when no real
// path could be confirmed, its witness is UNKNOWN_WITNESS (the empty string).
import { braceExpand, minimatch } from 'minimatch'
import { alphabetFor } from './glob-alphabet.js'
import { GlobAutomaton } from './glob-automaton.js'
import { searchWitness, type SearchResult } from './glob-search.js'
import { continuationBelow, shapeCovers } from './glob-match.js'
import { samplesOf } from './glob-sample.js'
import {
  MAX_ALTERNATIVES,
  canNameFolder,
  parseGlob,
  type GlobAlternative,
  type GlobShape,
  type Token
} from './glob-syntax.js'
import { splitNegation } from './paths.js'
import type { ScopeEntry } from './types.js'

/** Two entries, one from each list, as written, and one path covered by both lists that both entries match. */
export interface OverlapPair {
  ours: string
  theirs: string
  witness: string
}

/** The witness of an overlap that could be neither ruled out nor shown within the work bounds. */
export const UNKNOWN_WITNESS = ''

// Caches live for the process: the same entries recur across pull requests.
const CACHE_LIMIT = 50_000
const SLASH = 0x2f
const patternCache = new Map<string, CompiledPattern>()
const pairCache = new Map<string, string | null>()

/** Forgets cached patterns and pair results (benchmarks measure a cold start with it). */
export function clearOverlapCaches(): void {
  patternCache.clear()
  pairCache.clear()
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, value)
  return value
}

// A body with none of these is one plain path (unless it has `.`/`..` parts or a trailing `/`).
const MAGIC = /[*?[\\{(]/
// Without these, a glob is one alternative of plain characters, `*` and `?`.
const COMPLEX = /[[\\{(#]/
// Every path a pattern covers starts with the text before the first of these.
const PREFIX_END = /[*?[\\{(!@+]/

function isPlainPath(body: string): boolean {
  if (body === '' || MAGIC.test(body) || body.startsWith('#') || body.endsWith('/')) return false
  return !hasDotParts(body)
}

function hasDotParts(body: string): boolean {
  return body.split('/').some((part) => part === '.' || part === '..')
}

function isRealPath(path: string): boolean {
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}

/**
 * One pattern body. Reading it is lazy: most patterns are dismissed by their literal prefix
 * alone, and an automaton is built only for the few pairs a direct check cannot settle.
 */
class CompiledPattern {
  readonly prefix: string
  /** The path itself when the pattern is a plain path: no automaton is needed for it. */
  readonly literal: string | null
  /** For a plain path: whether it also covers what lies below it (it can name a folder). */
  readonly literalNamesFolder: boolean
  private parsed: GlobShape | undefined
  private tail: string | undefined
  private built: GlobAutomaton | undefined
  private self: SearchResult | undefined
  private readonly below = new Map<number, SearchResult>()

  constructor(readonly body: string) {
    this.literalNamesFolder = false
    if (isPlainPath(body)) {
      this.literal = body
      this.prefix = body
      this.literalNamesFolder = canNameFolder(body.slice(body.lastIndexOf('/') + 1))
    } else if (body.startsWith('#') || hasDotParts(body)) {
      this.literal = null
      this.prefix = this.shape.literalPrefix
    } else {
      this.literal = null
      const cut = body.search(PREFIX_END)
      this.prefix = cut < 0 ? body : body.slice(0, cut)
    }
  }

  static of(body: string): CompiledPattern {
    return patternCache.get(body) ?? remember(patternCache, body, new CompiledPattern(body))
  }

  get shape(): GlobShape {
    this.parsed ??= parseGlob(this.body)
    return this.parsed
  }

  /**
   * Text every covered path ends with: only a pattern whose alternatives all name files (no
   * folder rule) has one, such as `.md` for `docs/*.md`; otherwise ''.
   */
  get suffix(): string {
    if (this.tail === undefined) {
      if (this.literal !== null) this.tail = this.literalNamesFolder ? '' : this.literal
      else if (!COMPLEX.test(this.body) && !hasDotParts(this.body)) {
        // One alternative, no escapes or classes: read the ending straight off the text.
        const last = this.body.endsWith('/') ? '' : this.body.slice(this.body.lastIndexOf('/') + 1)
        this.tail = canNameFolder(last)
          ? ''
          : last.slice(Math.max(last.lastIndexOf('*'), last.lastIndexOf('?')) + 1)
      } else {
        const ends = this.shape.alternatives.map(literalSuffix)
        this.tail = ends.length === 0 ? '' : ends.reduce(commonSuffix)
      }
    }
    return this.tail
  }

  get matchesNothing(): boolean {
    // Only an empty class (`[z-a]`) or braces that expand to nothing match no path at all.
    if (this.literal !== null || !COMPLEX.test(this.body)) return false
    return this.shape.alternatives.length === 0
  }

  /** Read with syntax the automata only over-approximate (or a `#`, which minimatch ignores). */
  get approximate(): boolean {
    return this.literal === null && (this.shape.approximate || this.body.startsWith('#'))
  }

  get automaton(): GlobAutomaton {
    this.built ??= new GlobAutomaton(this.shape)
    return this.built
  }

  /** The cheapest path this pattern covers. */
  selfWitness(): SearchResult {
    if (this.self === undefined) {
      const direct =
        this.literal ?? samplesOf(this.shape).find((w) => isRealPath(w) && this.covers(w))
      this.self = direct ? { kind: 'found', witness: direct } : this.search(this.automaton.start)
    }
    return this.self
  }

  /** A path strictly below `folder` that this pattern covers, if any. */
  witnessBelow(folder: string): SearchResult {
    if (this.literal === null && !this.approximate) {
      const rest = continuationBelow(this.shape, folder)
      if (rest === null) return { kind: 'none' }
      if (isRealPath(rest) && this.covers(`${folder}/${rest}`))
        return { kind: 'found', witness: rest }
    }
    let state = this.automaton.start
    for (let i = 0; i < folder.length && state > 0; i++) {
      state = this.automaton.step(state, folder.charCodeAt(i))
    }
    if (state > 0) state = this.automaton.step(state, SLASH)
    if (state === 0) return { kind: 'none' }
    if (state < 0) return { kind: 'unknown' }
    let found = this.below.get(state)
    if (found === undefined) {
      found = this.search(state)
      this.below.set(state, found)
    }
    return found
  }

  private search(from: number): SearchResult {
    return searchWitness({
      automata: [this.automaton],
      starts: [from],
      required: 1,
      goal: (states) => this.automaton.accepting(states[0] as number),
      alphabet: alphabetFor([this.shape])
    })
  }

  /** Whether the pattern covers a real path; exact even for approximated syntax. */
  covers(path: string): boolean {
    if (!path.startsWith(this.prefix)) return false
    if (this.literal !== null) {
      if (path.length === this.literal.length) return true
      return this.literalNamesFolder && path.charCodeAt(this.literal.length) === SLASH
    }
    const inside = this.built ? this.built.covers(path) : shapeCovers(this.shape, path)
    if (!inside) return false
    return !this.approximate || minimatchCovers(this.body, path)
  }
}

// The folder rule on top of minimatch, for the rare patterns our automata only approximate: per
// brace alternative, since only those that can name a folder get it (all do past the bound).
function minimatchCovers(body: string, path: string): boolean {
  let alternatives: string[]
  try {
    alternatives = braceExpand(body, { braceExpandMax: MAX_ALTERNATIVES + 1 })
  } catch {
    alternatives = []
  }
  if (alternatives.length === 0 || alternatives.length > MAX_ALTERNATIVES) {
    return minimatchAlternativeCovers(body, path, true, {})
  }
  return alternatives.some((alt) => {
    const last = alt.endsWith('/') ? '' : alt.slice(alt.lastIndexOf('/') + 1)
    return minimatchAlternativeCovers(alt, path, canNameFolder(last), { nobrace: true })
  })
}

function minimatchAlternativeCovers(
  glob: string,
  path: string,
  folderRule: boolean,
  extra: { nobrace?: boolean }
): boolean {
  const options = { dot: true, nocomment: true, nonegate: true, ...extra }
  if (minimatch(path, glob, options)) return true
  if (!folderRule) return false
  const parts = path.split('/')
  for (let n = parts.length - 1; n >= 1; n--) {
    const folder = parts.slice(0, n).join('/')
    if (minimatch(folder, glob, options) || minimatch(`${folder}/`, glob, options)) return true
  }
  return false
}

interface CompiledEntry {
  text: string
  negated: boolean
  pattern: CompiledPattern
}

/** A list of scope entries compiled once per run, ready for `findOverlaps`. */
export class OverlapSet {
  /** @internal */
  readonly entries: readonly CompiledEntry[]
  /** @internal Grants, in order; some may turn out to match nothing. */
  readonly positives: readonly number[]
  /** @internal */
  readonly hasNegations: boolean

  private constructor(entries: CompiledEntry[]) {
    this.entries = entries
    this.positives = entries.flatMap((e, i) => (e.negated ? [] : [i]))
    this.hasNegations = entries.some((e) => e.negated)
  }

  /** True when no positive entry can match any path. */
  get isEmpty(): boolean {
    return this.positives.every((i) => (this.entries[i] as CompiledEntry).pattern.matchesNothing)
  }

  /** Compiles a list of scope entries once per run (automata, literal prefixes, negation info). */
  static compile(entries: readonly ScopeEntry[] | readonly string[]): OverlapSet {
    return new OverlapSet(
      entries.map((entry) => {
        const text = typeof entry === 'string' ? entry : entry.text
        const { negated, body } = splitNegation(text)
        return { text, negated, pattern: CompiledPattern.of(body) }
      })
    )
  }

  /** The entry (as written) that grants a concrete path, or null when the list does not cover it. */
  grantOf(path: string): string | null {
    for (let j = this.entries.length - 1; j >= 0; j--) {
      const entry = this.entries[j] as CompiledEntry
      if (entry.pattern.covers(path)) return entry.negated ? null : entry.text
    }
    return null
  }

  /**
   * The paths of a sorted list (code-unit order) that the list covers, each with its granting
   * entry. Only paths that start with some grant's literal prefix are matched at all: each
   * prefix is a range of the sorted list, found by binary search.
   */
  grantsAmong(sorted: readonly string[]): { path: string; entry: string }[] {
    const candidates = new Set<number>()
    for (const i of this.positives) {
      const prefix = (this.entries[i] as CompiledEntry).pattern.prefix
      for (let at = lowerBound(sorted, prefix); at < sorted.length; at++) {
        if (!(sorted[at] as string).startsWith(prefix)) break
        candidates.add(at)
      }
    }
    const out: { path: string; entry: string }[] = []
    for (const at of [...candidates].sort((a, b) => a - b)) {
      const path = sorted[at] as string
      const entry = this.grantOf(path)
      if (entry !== null) out.push({ path, entry })
    }
    return out
  }

  /** @internal Whether the list covers a path that entry `index` (a grant) matches. */
  coversAfter(index: number, path: string): boolean {
    for (let j = this.entries.length - 1; j > index; j--) {
      const entry = this.entries[j] as CompiledEntry
      if (entry.pattern.covers(path)) return !entry.negated
    }
    return true
  }
}

/**
 * Whether two single patterns can match a common path (folder rule included; a leading `!` is
 * ignored). Returns a witness path, null when they provably cannot meet, or UNKNOWN_WITNESS ('')
 * when the work bound was reached: test the answer with `!== null`.
 */
export function patternsOverlap(a: string, b: string): string | null {
  return pairOverlap(
    CompiledPattern.of(splitNegation(a).body),
    CompiledPattern.of(splitNegation(b).body)
  )
}

/**
 * Every pair (positive entry of a, positive entry of b) whose sets meet on a path covered by BOTH
 * whole lists (negations honoured), each with a witness; [] when the lists cannot meet. Ordered by
 * a's entries, then b's. A pair that could not be decided within the bounds is included with
 * witness UNKNOWN_WITNESS.
 */
export function findOverlaps(a: OverlapSet, b: OverlapSet): OverlapPair[] {
  const out: OverlapPair[] = []
  for (const i of a.positives) {
    const ea = a.entries[i] as CompiledEntry
    for (const k of b.positives) {
      const eb = b.entries[k] as CompiledEntry
      if (!prefixesMeet(ea.pattern.prefix, eb.pattern.prefix)) continue
      const witness =
        a.hasNegations || b.hasNegations
          ? listPairOverlap(a, i, b, k)
          : pairOverlap(ea.pattern, eb.pattern)
      if (witness !== null) out.push({ ours: ea.text, theirs: eb.text, witness })
    }
  }
  return out
}

function suffixesMeet(a: string, b: string): boolean {
  return a.length <= b.length ? b.endsWith(a) : a.endsWith(b)
}

/** The literal text at the end of an alternative's last segment, or '' under the folder rule. */
function literalSuffix(alt: GlobAlternative): string {
  const last = alt.segments[alt.segments.length - 1]
  if (alt.namesFolder || last === undefined || last.kind !== 'tokens') return ''
  let out = ''
  for (let i = last.tokens.length - 1; i >= 0; i--) {
    const token = last.tokens[i] as Token
    if (token.kind !== 'lit') break
    out = String.fromCharCode(token.code) + out
  }
  return out
}

function commonSuffix(a: string, b: string): string {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return a.slice(a.length - n)
}

function prefixesMeet(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b)
}

function pairOverlap(pa: CompiledPattern, pb: CompiledPattern): string | null {
  if (!prefixesMeet(pa.prefix, pb.prefix)) return null
  if (pa.matchesNothing || pb.matchesNothing) return null
  // Paths ending in `.ts` and paths ending in `.md` never meet: no search needed to prove it.
  if (!suffixesMeet(pa.suffix, pb.suffix)) return null
  const key = `${pa.body}\u0000${pb.body}`
  const cached = pairCache.get(key)
  if (cached !== undefined) return cached
  return remember(pairCache, key, decidePair(pa, pb))
}

function decidePair(pa: CompiledPattern, pb: CompiledPattern): string | null {
  if (pa.literal !== null && pb.literal !== null) return literalPair(pa, pb)
  if (pb.literal !== null) return literalAndGlob(pb, pa)
  if (pa.literal !== null) return literalAndGlob(pa, pb)
  for (const own of [pb.selfWitness(), pa.selfWitness()]) {
    if (own.kind === 'found' && pa.covers(own.witness) && pb.covers(own.witness)) return own.witness
  }
  // What one covers, it often covers below too (the folder rule): look for the other one under it.
  for (const [x, y] of [
    [pa, pb],
    [pb, pa]
  ] as const) {
    const own = y.selfWitness()
    if (own.kind !== 'found') continue
    const below = x.witnessBelow(own.witness)
    const witness = `${own.witness}/${below.kind === 'found' ? below.witness : ''}`
    if (below.kind === 'found' && x.covers(witness) && y.covers(witness)) return witness
  }
  const found = searchWitness({
    automata: [pa.automaton, pb.automaton],
    required: 2,
    goal: (s) => pa.automaton.accepting(s[0] as number) && pb.automaton.accepting(s[1] as number),
    alphabet: alphabetFor([pa.shape, pb.shape])
  })
  return confirmed(found, (w) => pa.covers(w) && pb.covers(w))
}

function confirmed(found: SearchResult, real: (witness: string) => boolean): string | null {
  if (found.kind === 'none') return null
  if (found.kind === 'unknown') return UNKNOWN_WITNESS
  return real(found.witness) ? found.witness : UNKNOWN_WITNESS
}

// Two plain paths meet when they are equal or one names a folder holding the other.
function literalPair(pa: CompiledPattern, pb: CompiledPattern): string | null {
  const a = pa.literal as string
  const b = pb.literal as string
  if (a === b || (pa.literalNamesFolder && b.startsWith(`${a}/`))) return b
  if (pb.literalNamesFolder && a.startsWith(`${b}/`)) return a
  return null
}

// A plain path covers itself, and everything below it when it names a folder: the glob meets it
// there or not at all.
function literalAndGlob(plain: CompiledPattern, glob: CompiledPattern): string | null {
  const path = plain.literal as string
  if (glob.covers(path)) return path
  if (!plain.literalNamesFolder) return null
  const below = glob.witnessBelow(path)
  if (below.kind !== 'found') return confirmed(below, () => false)
  return confirmed({ kind: 'found', witness: `${path}/${below.witness}` }, (w) => glob.covers(w))
}

// The entries after `index` that can take back (or grant again) a path both entries match.
function deciders(list: OverlapSet, index: number, pa: CompiledPattern, pb: CompiledPattern) {
  const out: CompiledEntry[] = []
  for (let j = index + 1; j < list.entries.length; j++) {
    const entry = list.entries[j] as CompiledEntry
    const p = entry.pattern
    if (!prefixesMeet(p.prefix, pa.prefix) || !prefixesMeet(p.prefix, pb.prefix)) continue
    if (p.matchesNothing) continue
    // Dropping an approximated negation only widens the list: the safe direction.
    if (entry.negated && p.approximate) continue
    // Grants before the first take-back cannot change the outcome.
    if (!entry.negated && !out.some((e) => e.negated)) continue
    out.push(entry)
  }
  return out
}

function listPairOverlap(a: OverlapSet, i: number, b: OverlapSet, k: number): string | null {
  const ea = a.entries[i] as CompiledEntry
  const eb = b.entries[k] as CompiledEntry
  const plain = pairOverlap(ea.pattern, eb.pattern)
  if (plain === null) return null
  if (plain !== UNKNOWN_WITNESS && a.coversAfter(i, plain) && b.coversAfter(k, plain)) return plain
  const tailA = deciders(a, i, ea.pattern, eb.pattern)
  const tailB = deciders(b, k, ea.pattern, eb.pattern)
  // Only take-backs we cannot read exactly stand in the way: assume the overlap.
  if (tailA.length === 0 && tailB.length === 0) return UNKNOWN_WITNESS
  const key = [ea, eb, ...tailA, '|', ...tailB]
    .map((e) => (typeof e === 'string' ? e : `${e.negated ? '!' : ''}${e.pattern.body}`))
    .join('\u0000')
  const cached = pairCache.get(key)
  if (cached !== undefined) return cached
  return remember(pairCache, key, decideLists(a, i, tailA, b, k, tailB))
}

function decideLists(
  a: OverlapSet,
  i: number,
  tailA: CompiledEntry[],
  b: OverlapSet,
  k: number,
  tailB: CompiledEntry[]
): string | null {
  const ea = a.entries[i] as CompiledEntry
  const eb = b.entries[k] as CompiledEntry
  const parts = [ea, eb, ...tailA, ...tailB].map((e) => e.pattern)
  const automata = parts.map((p) => p.automaton)
  const accepting = (states: readonly number[], at: number): boolean =>
    (automata[at] as GlobAutomaton).accepting(states[at] as number)
  // The last matching entry of a tail decides; with none matching, the pair's own entry grants.
  const tailCovers = (states: readonly number[], from: number, tail: CompiledEntry[]): boolean => {
    for (let j = tail.length - 1; j >= 0; j--) {
      if (accepting(states, from + j)) return !(tail[j] as CompiledEntry).negated
    }
    return true
  }
  const found = searchWitness({
    automata,
    required: 2,
    goal: (s) =>
      accepting(s, 0) &&
      accepting(s, 1) &&
      tailCovers(s, 2, tailA) &&
      tailCovers(s, 2 + tailA.length, tailB),
    alphabet: alphabetFor(parts.map((p) => p.shape))
  })
  return confirmed(
    found,
    (w) =>
      ea.pattern.covers(w) && eb.pattern.covers(w) && a.coversAfter(i, w) && b.coversAfter(k, w)
  )
}

// The first index of a sorted list whose item is not below `key`.
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as string) < key) lo = mid + 1
    else hi = mid
  }
  return lo
}
