// Scope entries compiled once into matchers, and lists of them read in .gitignore order
// (CONTRACT §1.4): the last entry that matches a path decides, `!` entries take back.

import { checkBounds } from './bounds.js'
import { compileGlob, type GlobMatcher } from './compile.js'
import { splitNegation } from './paths.js'
import type { ScopeEntry, ScopeMessage } from '../types.js'

/** One compiled write, read, forbidden or ignore entry. */
export interface CompiledEntry {
  /** The entry as written (trimmed), `!` included. */
  text: string
  /** The normalised glob without `!` and without a trailing `/`. */
  glob: string
  negated: boolean
  line: number
  /** True when the glob matches the path or a folder that holds it. */
  matches(path: string): boolean
}

class Entry implements CompiledEntry {
  constructor(
    readonly text: string,
    readonly glob: string,
    readonly negated: boolean,
    readonly line: number,
    private readonly matcher: GlobMatcher
  ) {}

  matches(path: string): boolean {
    return this.matcher.test(path, () => path.split('/'))
  }

  /** `matches` with a shared splitter, so that a list splits each path at most once. */
  test(path: string, segments: () => readonly string[]): boolean {
    return this.matcher.test(path, segments)
  }
}

/** Validates and compiles one entry: the entry, or the problem naming the pattern and the fix. */
function compileEntry(entry: ScopeEntry): { entry: Entry } | { problem: string } {
  const text = entry.text.trim()
  const { negated, body } = splitNegation(text)
  const bounded = checkBounds(body, text)
  if (bounded) return { problem: bounded }
  const compiled = compileGlob(body)
  if ('problem' in compiled) return { problem: `pattern \`${text}\`: ${compiled.problem}` }
  const glob = body.replace(/\/+$/, '')
  return { entry: new Entry(text, glob, negated, entry.line, compiled.matcher) }
}

// Text with no glob syntax compiles whenever it is within the bounds: only globs need minimatch
// (with a thousand open pull requests of twenty plain paths each, compiling them all would be
// most of a plan's time).
const GLOB_SYNTAX = /[*?[\]{}()!@+\\]/

/** Returns an error message naming the pattern and the fix, or null when the pattern is usable. */
export function validatePattern(text: string): string | null {
  const trimmed = text.trim()
  const { body } = splitNegation(trimmed)
  if (!GLOB_SYNTAX.test(body)) return checkBounds(body, trimmed)
  const compiled = compileEntry({ text, line: 0 })
  return 'problem' in compiled ? compiled.problem : null
}

/** Splits a path on `/` the first time it is asked, then answers from memory. */
function splitter(path: string): () => readonly string[] {
  let segments: string[] | undefined
  return () => (segments ??= path.split('/'))
}

/** An ordered list of entries, compiled once, read as `.gitignore` reads its lines. */
export class PatternList {
  readonly entries: readonly CompiledEntry[]
  readonly #entries: readonly Entry[]

  private constructor(entries: readonly Entry[]) {
    this.#entries = entries
    this.entries = entries
  }

  /** Compiles a list once; bad entries become 'error' ScopeMessages (naming pattern, line, fix) and are left out. `what` names the list in messages, e.g. 'write set'. */
  static compile(
    entries: ScopeEntry[],
    what: string
  ): { list: PatternList; messages: ScopeMessage[] } {
    const compiled: Entry[] = []
    const messages: ScopeMessage[] = []
    for (const entry of entries) {
      const result = compileEntry(entry)
      if ('entry' in result) compiled.push(result.entry)
      else
        messages.push({
          level: 'error',
          line: entry.line,
          message: `In the ${what} (line ${entry.line}): ${result.problem}`
        })
    }
    return { list: new PatternList(compiled), messages }
  }

  /** The last entry that matches the path (negated or not), or null: gitignore order. */
  decide(path: string): CompiledEntry | null {
    const entries = this.#entries
    if (entries.length === 0) return null
    const segments = splitter(path)
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i] as Entry
      if (entry.test(path, segments)) return entry
    }
    return null
  }

  /** The entries (negated ones included) that match none of the paths, in list order. */
  unmatched(paths: readonly string[]): CompiledEntry[] {
    const remaining = new Set(this.#entries)
    for (const path of paths) {
      if (remaining.size === 0) break
      const segments = splitter(path)
      for (const entry of remaining) if (entry.test(path, segments)) remaining.delete(entry)
    }
    return [...remaining]
  }

  /** True when the deciding entry exists and is not negated. */
  covers(path: string): boolean {
    const decider = this.decide(path)
    return decider !== null && !decider.negated
  }
}
