// Exact overlap of scope patterns (CONTRACT §1.4, §2): whether two write sets can meet, and a
// path that proves it. Patterns become automata over path characters (folder rule included);
// a search through their product finds the cheapest common path. Pairs whose literal prefixes
// cannot meet are dismissed before any automaton work, and decided results are cached by
// pattern text.
//
// The folder rule, for overlap, applies only to an entry that can name a folder (a trailing `/`,
// or a last segment without a `.` after its first character: see canNameFolder): `docs` covers
// `docs/api/x.md`, but `src/index.ts` covers only itself, so `**/*.md` does not meet it.
//
// Entries that their author's own check refuses (CONTRACT §1.4: the work bounds, extglobs,
// patterns that do not compile) count for nothing here: such an entry is left out of its list
// as if it were not written. For a `!` entry that widens the list it belonged to, so the pull
// request that wrote it can only be found to overlap more, never less: the safe reading, and
// that pull request fails its own check anyway.
//
// Work is bounded (work-bound.ts): every pair is decided within a share of its meter, and a
// pair that is not is "undecided", reported as such and never as an overlap or its absence. The
// answer "no overlap" is only given when it is proved, and an overlap always comes with a real
// path that both entries and both whole lists cover. A search that gives up (its own state
// bounds), or a path the automata found that the exact matcher does not confirm (POSIX classes,
// which the automata only over-approximate), leaves the pair undecided too.
import { braceExpand } from 'minimatch'
import { alphabetFor } from './alphabet.js'
import { GlobAutomaton } from './automaton.js'
import { searchWitness, type SearchResult } from './search.js'
import { continuationBelow, shapeCovers } from './match.js'
import { samplesOf } from './sample.js'
import {
  MAX_ALTERNATIVES,
  canNameFolder,
  parseGlob,
  type GlobAlternative,
  type GlobShape,
  type Token
} from './syntax.js'
import { OVERLAP_WORK_LIMIT, PAIR_WORK_LIMIT, WorkMeter, charge } from './work-bound.js'
import { splitNegation } from './paths.js'
import { MAX_PATTERN_LENGTH, checkBounds, countBraceAlternatives } from './bounds.js'
import { compileGlob, type GlobMatcher } from './compile.js'
import type { ScopeEntry } from '../types.js'

/** Two entries, one from each list, as written, and one path covered by both lists that both entries match. */
export interface OverlapPair {
  ours: string
  theirs: string
  witness: string
}

/** Two entries, one from each list, as written, that could not be decided within the work bound. */
export interface UndecidedPair {
  ours: string
  theirs: string
}

/** What comparing two lists found: the pairs that meet, and those not decided within the bound. */
export interface OverlapAnswer {
  pairs: OverlapPair[]
  undecided: UndecidedPair[]
}

/**
 * The witness `findOverlaps` and `patternsOverlap` give a pair that could be neither ruled out nor
 * shown within the work bound: callers that only ask "may they meet?" count it as meeting.
 */
export const UNKNOWN_WITNESS = ''

// Caches live for the process: the same entries recur across pull requests.
const CACHE_LIMIT = 50_000
const SLASH = 0x2f
const patternCache = new Map<string, CompiledPattern>()
// Only decided answers (a witness, or null for "cannot meet") are kept: they are facts about the
// two patterns, whatever the work they took; an undecided pair may be decided with more work.
const pairCache = new Map<string, string | null>()
const refusedCache = new Map<string, boolean>()

/** Forgets cached patterns and pair results (benchmarks measure a cold start with it). */
export function clearOverlapCaches(): void {
  patternCache.clear()
  pairCache.clear()
  refusedCache.clear()
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
  private checked: { matcher: GlobMatcher | null } | { problem: string } | undefined
  private tail: string | undefined
  private built: GlobAutomaton | undefined
  private self: SearchResult | undefined
  private exact: GlobMatcher | null | undefined
  private plainText: boolean | undefined
  private readonly below = new Map<number, SearchResult>()

  constructor(readonly body: string) {
    this.literalNamesFolder = false
    if (isPlainPath(body)) {
      this.literal = body
      this.prefix = body
      this.literalNamesFolder = canNameFolder(body.slice(body.lastIndexOf('/') + 1))
    } else {
      // A body with `.` or `..` parts may cover paths its text does not start with, but its
      // author's check refuses it, so it is never matched here.
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
   * The problem minimatch finds compiling the body (as the author's own check compiles it), or
   * null; for a body that needs it, the linear matcher of compile.ts comes with it, with the
   * folder rule of overlap, to check the readings the automata only over-approximate.
   */
  get compiled(): { matcher: GlobMatcher | null } | { problem: string } {
    if (this.checked === undefined) {
      const body = this.body
      if (!NEEDS_MINIMATCH.test(body)) {
        // Without groups or escapes, minimatch fails only a body whose braces expand to nothing
        // (`{,}`) or with a class that matches nothing (`[z-a]`), which the engine reads as
        // matching nothing anyway; bounds are the entry's business (checkBounds).
        let empty = false
        if (body.includes('{')) {
          charge(3 * (body.length + 1) * Math.min(countBraceAlternatives(body), MAX_ALTERNATIVES))
          empty = braceExpand(body, { braceExpandMax: MAX_ALTERNATIVES + 1 }).length === 0
        }
        this.checked = empty ? { problem: 'its braces expand to nothing' } : { matcher: null }
      } else {
        // minimatch reads escapes at about a microsecond a character, extglobs into trees at
        // several, for every brace alternative (measured with the patterns of
        // bench/hostile-overlap.bench.ts).
        const alternatives = Math.min(countBraceAlternatives(body), MAX_ALTERNATIVES)
        const groups = body.includes('(')
        const cost = (count: number): number =>
          (body.length + 1) * ((groups ? 500 : 150) + (groups ? 300 : 30) * count)
        // An extglob in any alternative refuses the whole pattern, and in a hostile one it is
        // usually in every alternative: the first alternative alone often settles it cheaply.
        if (groups && alternatives > 1) {
          charge(cost(1) + 3 * (body.length + 1) * alternatives)
          const first = braceExpand(body, { braceExpandMax: MAX_ALTERNATIVES + 1 })[0]
          const alone = first === undefined ? null : compileGlob(first, 'folder-names')
          if (alone !== null && 'problem' in alone) this.checked = alone
        }
        if (this.checked === undefined) {
          charge(cost(alternatives))
          this.checked = compileGlob(body, 'folder-names')
        }
      }
    }
    return this.checked
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

  /** A plain path, or one alternative of plain characters, `*` and `?`: read off its text. */
  get simple(): boolean {
    this.plainText ??=
      this.literal !== null || (!COMPLEX.test(this.body) && !hasDotParts(this.body))
    return this.plainText
  }

  get matchesNothing(): boolean {
    // Only an empty class (`[z-a]`) or braces that expand to nothing match no path at all.
    if (this.literal !== null || !COMPLEX.test(this.body)) return false
    return this.shape.alternatives.length === 0
  }

  /** True when the body has a group, without which there is no extglob. */
  get mayHoldExtglob(): boolean {
    return this.literal === null && this.body.includes('(')
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
    if (!inside || !this.approximate) return inside
    const compiled = this.compiled
    // Only usable patterns are matched; one minimatch refuses covers nothing.
    if ('problem' in compiled) return false
    const matcher =
      compiled.matcher ?? (this.exact ??= exactMatcher(this.body, this.shape.alternatives.length))
    if (matcher === null) return false
    charge(2 * (path.length + 1) * this.shape.alternatives.length)
    return matcher.test(path, () => path.split('/'))
  }
}

// Bodies that minimatch must read to tell whether their author's check accepts them.
const NEEDS_MINIMATCH = /[(\\]/

// The exact reading of a body that needed no minimatch to be accepted (POSIX classes, a `#`).
function exactMatcher(body: string, alternatives: number): GlobMatcher | null {
  charge((body.length + 1) * (150 + 30 * alternatives))
  const compiled = compileGlob(body, 'folder-names')
  return 'matcher' in compiled ? compiled.matcher : null
}

interface CompiledEntry {
  text: string
  negated: boolean
  pattern: CompiledPattern
  /** Whether its author's check refuses it, once known. */
  refused?: boolean
}

/**
 * Whether the author's own check refuses an entry (CONTRACT §1.4): the same bounds, and the same
 * compile, as validatePattern (patterns.ts), read once per entry text.
 */
function refused(entry: CompiledEntry): boolean {
  let answer = entry.refused ?? refusedCache.get(entry.text)
  if (answer === undefined) {
    const text = entry.text.trim()
    const pattern = entry.pattern
    // A plain path has no wildcard, brace or `.` part: only its length can be out of bounds.
    answer =
      pattern.literal !== null
        ? text.length > MAX_PATTERN_LENGTH
        : checkBounds(pattern.body, text) !== null || 'problem' in pattern.compiled
    remember(refusedCache, entry.text, answer)
  }
  entry.refused = answer
  return answer
}

/** Whether the engine leaves an entry out as refused by its author's check (validatePattern). */
export function isRefusedEntry(text: string): boolean {
  const { negated, body } = splitNegation(text)
  return refused({ text, negated, pattern: CompiledPattern.of(body) })
}

/**
 * `refused` as a task of its own: true or false, or undefined when even that did not fit in the
 * meter's work. Reading an entry costs once for all the pairs it is in, so it is not charged to
 * the first of them.
 */
function screened(entry: CompiledEntry, meter: WorkMeter): boolean | undefined {
  const known = entry.refused ?? refusedCache.get(entry.text)
  if (known !== undefined) return (entry.refused = known)
  // A plain path is read without any work (refused only when too long): no task needed.
  if (entry.pattern.literal !== null) return refused(entry)
  const answer = meter.attempt(PAIR_WORK_LIMIT, () => refused(entry))
  return answer.done ? answer.value : undefined
}

/** A list of scope entries compiled once per run, ready for `findOverlaps`. */
export class OverlapSet {
  /** @internal */
  readonly entries: readonly CompiledEntry[]
  /** @internal Grants, in order; some may turn out to match nothing, or to be refused. */
  readonly positives: readonly number[]
  /** @internal */
  readonly hasNegations: boolean
  /** The work meter comparisons with this list (as the first one) are charged to. */
  readonly meter: WorkMeter

  private constructor(entries: CompiledEntry[], meter: WorkMeter) {
    this.entries = entries
    this.positives = entries.flatMap((e, i) => (e.negated ? [] : [i]))
    this.hasNegations = entries.some((e) => e.negated)
    this.meter = meter
  }

  /** True when no positive entry can match any path. */
  get isEmpty(): boolean {
    return this.positives.every((i) => {
      const entry = this.entries[i] as CompiledEntry
      return refused(entry) || entry.pattern.matchesNothing
    })
  }

  /**
   * Compiles a list of scope entries once per run (literal prefixes, negation info; automata
   * when first needed). Lists compared with each other should share one meter: its limit bounds
   * the work of all their comparisons together.
   */
  static compile(
    entries: readonly ScopeEntry[] | readonly string[],
    meter: WorkMeter = new WorkMeter(OVERLAP_WORK_LIMIT)
  ): OverlapSet {
    return new OverlapSet(
      entries.map((entry) => {
        const text = typeof entry === 'string' ? entry : entry.text
        const { negated, body } = splitNegation(text)
        return { text, negated, pattern: CompiledPattern.of(body) }
      }),
      meter
    )
  }

  /**
   * The entry (as written) that grants a concrete path, or null when the list does not cover it.
   * Charged to the running task, if any (see `grantsAmong` for a bounded call).
   */
  grantOf(path: string): string | null {
    for (let j = this.entries.length - 1; j >= 0; j--) {
      const entry = this.entries[j] as CompiledEntry
      if (!path.startsWith(entry.pattern.prefix)) continue
      if (!refused(entry) && entry.pattern.covers(path)) return entry.negated ? null : entry.text
    }
    return null
  }

  /**
   * The paths of a sorted list (code-unit order) that the list covers, each with its granting
   * entry, within the meter's work. A path that could not be decided is named with the entry it
   * was reading then; once the work is spent the paths left are only counted (`unread`). Only
   * paths that start with some grant's literal prefix are matched at all: each prefix is a range
   * of the sorted list, found by binary search.
   */
  grantsAmong(sorted: readonly string[]): {
    claims: { path: string; entry: string }[]
    undecided: { path: string; entry: string }[]
    unread: number
  } {
    const ranges: Array<[number, number]> = []
    const prefixes = new Set(
      this.positives.map((i) => (this.entries[i] as CompiledEntry).pattern.prefix)
    )
    for (const prefix of prefixes) {
      const from = lowerBound(sorted, prefix)
      let to = from
      while (to < sorted.length && (sorted[to] as string).startsWith(prefix)) to++
      if (to > from) ranges.push([from, to])
    }
    if (ranges.length === 0) return { claims: [], undecided: [], unread: 0 }
    // Entries by literal prefix, last first: a path is read against the entries whose prefix it
    // starts with and no others, however long the list.
    const byPrefix = new Map<string, number[]>()
    for (let j = this.entries.length - 1; j >= 0; j--) {
      const prefix = (this.entries[j] as CompiledEntry).pattern.prefix
      const list = byPrefix.get(prefix)
      if (list) list.push(j)
      else byPrefix.set(prefix, [j])
    }
    const lengths = [...new Set([...byPrefix.keys()].map((prefix) => prefix.length))]
    const claims: { path: string; entry: string }[] = []
    const undecided: { path: string; entry: string }[] = []
    let unread = 0
    for (const [from, to] of mergeRanges(ranges)) {
      for (let at = from; at < to; at++) {
        const spent = this.meter.exhausted
        // The work is spent: a few paths are named with the entry that would be read first,
        // the others (each under some grant's prefix) only counted.
        if (spent && undecided.length >= NAMED_UNREAD) {
          unread += 1
          continue
        }
        const path = sorted[at] as string
        const readers = readersOf(path, byPrefix, lengths)
        if (readers === undefined) continue
        const first = (this.entries[readers[0] as number] as CompiledEntry).text
        if (spent) undecided.push({ path, entry: first })
        else this.readPath(path, readers, claims, undecided)
      }
    }
    return { claims, undecided, unread }
  }

  /** `grantsAmong` for one path and the entries it is read against: a claim, an undecided path, or nothing. */
  private readPath(
    path: string,
    readers: readonly number[],
    claims: { path: string; entry: string }[],
    undecided: { path: string; entry: string }[]
  ): void {
    // The last entry that matches decides, each read as a task of its own.
    for (const j of readers) {
      const entry = this.entries[j] as CompiledEntry
      // As in compareSets: a body that may hold an extglob is read first, the others only
      // when they match.
      const early = entry.pattern.mayHoldExtglob ? screened(entry, this.meter) : false
      if (early === true) continue
      const matches =
        early === undefined
          ? ({ done: false } as const)
          : this.meter.attempt(PAIR_WORK_LIMIT, () => entry.pattern.covers(path))
      const refusedEntry = matches.done && matches.value ? screened(entry, this.meter) : false
      if (!matches.done || refusedEntry === undefined) {
        undecided.push({ path, entry: entry.text })
        return
      }
      if (!matches.value || refusedEntry) continue
      if (!entry.negated) claims.push({ path, entry: entry.text })
      return
    }
  }

  /** @internal Whether the list covers a path that entry `index` (a grant) matches. */
  coversAfter(index: number, path: string): boolean {
    for (let j = this.entries.length - 1; j > index; j--) {
      const entry = this.entries[j] as CompiledEntry
      if (!path.startsWith(entry.pattern.prefix)) continue
      if (!refused(entry) && entry.pattern.covers(path)) return !entry.negated
    }
    return true
  }
}

/**
 * Whether two single patterns can match a common path (folder rule included; a leading `!` is
 * ignored). Returns a witness path, null when they provably cannot meet (or either is refused by
 * its author's check), or UNKNOWN_WITNESS ('') when one pair's work bound was reached: test the
 * answer with `!== null`.
 */
export function patternsOverlap(a: string, b: string): string | null {
  const [ea, eb] = [a, b].map((text) => ({
    text,
    negated: false,
    pattern: CompiledPattern.of(splitNegation(text).body)
  })) as [CompiledEntry, CompiledEntry]
  const answer = new WorkMeter(PAIR_WORK_LIMIT).attempt(PAIR_WORK_LIMIT, () =>
    refused(ea) || refused(eb) ? null : pairOverlap(ea.pattern, eb.pattern)
  )
  return answer.done ? answer.value : UNKNOWN_WITNESS
}

/**
 * Every pair (positive entry of a, positive entry of b) whose sets meet on a path covered by BOTH
 * whole lists (negations honoured), each with a witness, and the pairs that could not be decided
 * within the work bound. Ordered by a's entries, then b's. The work is charged to a's meter, at
 * most `pairLimit` units a pair.
 */
export function compareSets(
  a: OverlapSet,
  b: OverlapSet,
  pairLimit: number = PAIR_WORK_LIMIT
): OverlapAnswer {
  const meter = a.meter
  const negations = a.hasNegations || b.hasNegations
  // Take-backs are read up front, each as a task of its own, rather than by the first pair
  // that meets them.
  if (negations) {
    for (const list of [a, b]) {
      for (const entry of list.entries)
        if (entry.negated && !meter.exhausted) screened(entry, meter)
    }
  }
  // Pairs whose prefixes meet, in (i, k) order. Plain-path pairs cost nothing and are decided
  // as they come; the others wait for the end, so that patterns which eat the work cannot hide
  // a plain conflict listed after them.
  const slots: Array<{ i: number; k: number; answer: string | null | typeof UNDECIDED }> = []
  const waiting: number[] = []
  for (const i of a.positives) {
    const ea = a.entries[i] as CompiledEntry
    for (const k of b.positives) {
      const eb = b.entries[k] as CompiledEntry
      if (!prefixesMeet(ea.pattern.prefix, eb.pattern.prefix)) continue
      if (ea.pattern.literal !== null && eb.pattern.literal !== null) {
        const answer = decideCandidate(a, i, ea, b, k, eb, negations, pairLimit)
        if (answer !== null) slots.push({ i, k, answer })
      } else {
        waiting.push(slots.length)
        slots.push({ i, k, answer: null })
      }
    }
  }
  for (const at of waiting) {
    const slot = slots[at] as (typeof slots)[number]
    const ea = a.entries[slot.i] as CompiledEntry
    const eb = b.entries[slot.k] as CompiledEntry
    slot.answer = decideCandidate(a, slot.i, ea, b, slot.k, eb, negations, pairLimit)
  }
  const pairs: OverlapPair[] = []
  const undecided: UndecidedPair[] = []
  for (const { i, k, answer } of slots) {
    if (answer === null) continue
    const ours = (a.entries[i] as CompiledEntry).text
    const theirs = (b.entries[k] as CompiledEntry).text
    if (answer === UNDECIDED) undecided.push({ ours, theirs })
    else pairs.push({ ours, theirs, witness: answer })
  }
  return { pairs, undecided }
}

const UNDECIDED = Symbol('undecided')

/** One pair's answer: a witness, null when it cannot meet (or is refused), or UNDECIDED. */
function decideCandidate(
  a: OverlapSet,
  i: number,
  ea: CompiledEntry,
  b: OverlapSet,
  k: number,
  eb: CompiledEntry,
  negations: boolean,
  pairLimit: number
): string | null | typeof UNDECIDED {
  const meter = a.meter
  const pa = ea.pattern
  const pb = eb.pattern
  // Paths ending in `.ts` never meet paths ending in `.md`: for simple bodies that is read off
  // the text, with no work and no reading of the entries needed.
  if (!negations && pa.simple && pb.simple && !suffixesMeet(pa.suffix, pb.suffix)) return null
  // Once the work is spent only what costs nothing is decided; the rest is not even tried.
  if (meter.exhausted && (pa.literal === null || pb.literal === null)) return UNDECIDED
  // Only a body with a group can hold an extglob: those are read before the engine sees them.
  // The others are safe to compare first, and need reading only when they meet.
  if (pa.mayHoldExtglob || pb.mayHoldExtglob) {
    const first = screenPair(ea, eb, meter)
    if (first !== false) return first === true ? null : UNDECIDED
  }
  let answer: string | null | undefined = negations
    ? undefined
    : pairCache.get(`${pa.body}\u0000${pb.body}`)
  if (answer === undefined) {
    const tried = meter.attempt(pairLimit, () =>
      negations ? listPairOverlap(a, i, b, k) : pairOverlap(pa, pb)
    )
    if (!tried.done) return screenPair(ea, eb, meter) === true ? null : UNDECIDED
    answer = tried.value
  }
  if (answer === null) return null
  const refusedPair = screenPair(ea, eb, meter)
  if (refusedPair !== false) return refusedPair === true ? null : UNDECIDED
  return answer === UNKNOWN_WITNESS ? UNDECIDED : answer
}

/** Whether either entry is refused (true), neither is (false), or that could not be read. */
function screenPair(ea: CompiledEntry, eb: CompiledEntry, meter: WorkMeter): boolean | undefined {
  const ra = screened(ea, meter)
  if (ra === true) return true
  const rb = screened(eb, meter)
  if (rb === true) return true
  return ra === undefined || rb === undefined ? undefined : false
}

/**
 * `compareSets` as one list: the pairs that meet, then those not decided within the work bound
 * with witness UNKNOWN_WITNESS, for callers that only ask whether two lists may meet.
 */
export function findOverlaps(a: OverlapSet, b: OverlapSet): OverlapPair[] {
  const { pairs, undecided } = compareSets(a, b)
  return [...pairs, ...undecided.map((pair) => ({ ...pair, witness: UNKNOWN_WITNESS }))]
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
  return decided(key, decidePair(pa, pb))
}

/** Keeps a decided answer for later pairs; an undecided one may be decided with more work. */
function decided(key: string, answer: string | null): string | null {
  return answer === UNKNOWN_WITNESS ? answer : remember(pairCache, key, answer)
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
    if (refused(entry) || p.matchesNothing) continue
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
  // Only take-backs we cannot read exactly stand in the way: the pair cannot be decided.
  if (tailA.length === 0 && tailB.length === 0) return UNKNOWN_WITNESS
  const key = [ea, eb, ...tailA, '|', ...tailB]
    .map((e) => (typeof e === 'string' ? e : `${e.negated ? '!' : ''}${e.pattern.body}`))
    .join('\u0000')
  const cached = pairCache.get(key)
  if (cached !== undefined) return cached
  return decided(key, decideLists(a, i, tailA, b, k, tailB))
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

// How many paths a spent meter still names in `grantsAmong` (the rest are counted).
const NAMED_UNREAD = 3

/** The entries whose literal prefix a path starts with, last first; undefined when none. */
function readersOf(
  path: string,
  byPrefix: ReadonlyMap<string, number[]>,
  lengths: readonly number[]
): number[] | undefined {
  let readers: number[] | undefined
  let merged = false
  for (const length of lengths) {
    const found = length <= path.length ? byPrefix.get(path.slice(0, length)) : undefined
    if (found === undefined) continue
    if (readers === undefined) readers = found
    else {
      readers = [...readers, ...found]
      merged = true
    }
  }
  if (merged) readers?.sort((x, y) => y - x)
  return readers
}

/** Sorted, disjoint ranges covering the same indexes. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const [from, to] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
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
