// One glob compiled into a segment-level matcher with the folder rule of CONTRACT §1.4 built in.
//
// minimatch parses the glob (braces expanded, classes and escapes read); we keep its per-segment
// pieces and match them ourselves, a segment at a time. A glob is a list of runs separated by
// `**`; each run is a fixed number of segments. Matching "the glob, or a folder that holds the
// path" is matching the glob followed by an implicit `/**`, so every run after the first floats,
// and placing each floating run at its leftmost fit is always a best choice. That makes a match
// linear in (path segments x glob segments), however many `**` the glob holds, where minimatch's
// whole-path regular expression backtracks polynomially in the number of `**`.
//
// The overlap engine reads the folder rule more narrowly (only for an alternative that can name a
// folder, syntax.ts canNameFolder) and checks its approximate readings with this matcher in
// that mode: an alternative without the folder rule must end where the path ends, so its last run
// is anchored at the end and the runs between float leftmost, still linear.

import { GLOBSTAR, Minimatch, type MinimatchOptions } from 'minimatch'
import { MAX_BRACE_ALTERNATIVES } from './bounds.js'
import { compileSegment } from './segment.js'
import { canNameFolder } from './syntax.js'

/** A segment test: a literal name, a linear-time regular expression, or any one segment. */
type SegmentTest = string | RegExp | typeof ANY_SEGMENT
const ANY_SEGMENT = Symbol('any segment')

/** CONTRACT §1.4: minimatch with `dot: true`, case-sensitive; `!` and `#` are ours to read. */
const MINIMATCH_OPTIONS: MinimatchOptions = {
  dot: true,
  nocase: false,
  nocomment: true,
  nonegate: true,
  platform: 'linux',
  braceExpandMax: MAX_BRACE_ALTERNATIVES + 1
}

/** The minimatch options the matcher agrees with (for tests that compare against minimatch). */
export const MATCH_OPTIONS: Readonly<MinimatchOptions> = MINIMATCH_OPTIONS

/** A compiled glob: `test` takes the path and the same path split on `/` (asked for only when needed). */
export interface GlobMatcher {
  test(path: string, segments: () => readonly string[]): boolean
}

/**
 * Where the folder rule applies: to every alternative (`check`, CONTRACT §1.4), or only to those
 * that can name a folder (overlap between scopes).
 */
export type FolderRule = 'every-alternative' | 'folder-names'

/**
 * Compiles a normalised glob (no `!`). Braces expand first and each alternative is a pattern of
 * its own (CONTRACT §1.4): one that ends in `/` covers only what its folder holds.
 */
export function compileGlob(
  glob: string,
  folderRule: FolderRule = 'every-alternative'
): { matcher: GlobMatcher } | { problem: string } {
  // minimatch keeps a trailing `/` as an empty last part, per brace alternative (`{docs/,lib}`
  // reads as `docs` + '' and `lib`), so the folder-only rule is read off each alternative.
  const body = glob.replace(/\/{2,}$/, '/')
  let mm: Minimatch
  try {
    mm = new Minimatch(body, MINIMATCH_OPTIONS)
  } catch (error) {
    return {
      problem: `minimatch cannot compile it (${(error as Error).message}): check its brackets, braces and escapes`
    }
  }
  if (mm.set.length === 0) {
    return { problem: 'minimatch cannot compile it: check its brackets, braces and escapes' }
  }
  if (mm.set.length > MAX_BRACE_ALTERNATIVES) {
    return {
      problem: `it expands to more than ${MAX_BRACE_ALTERNATIVES.toLocaleString('en-US')} brace alternatives: use a wildcard such as \`*\` instead of a long brace list`
    }
  }
  // The written parts line up with the compiled ones; if they ever did not, every alternative
  // gets the folder rule, which can only widen an overlap, never hide one.
  const written = mm.globParts.length === mm.set.length ? mm.globParts : null
  const alternatives: Alternative[] = []
  for (const [index, set] of mm.set.entries()) {
    const folderOnly = set.length > 1 && set[set.length - 1] === ''
    const lastWritten = written?.[index]?.[(written[index]?.length ?? 1) - 1]
    const folders =
      folderRule === 'every-alternative' ||
      folderOnly ||
      lastWritten === undefined ||
      canNameFolder(lastWritten)
    const parts = folderOnly ? set.slice(0, -1) : set
    const runs: SegmentTest[][] = [[]]
    let endsWithGlobstar = false
    for (const part of parts) {
      endsWithGlobstar = part === GLOBSTAR
      if (part === GLOBSTAR) {
        if ((runs[runs.length - 1] as SegmentTest[]).length > 0 || runs.length === 1) runs.push([])
        continue
      }
      if (typeof part === 'string') {
        ;(runs[runs.length - 1] as SegmentTest[]).push(part)
        continue
      }
      if (part._glob === '*') {
        // Any one segment: git paths hold no `.` or `..` segments, the only ones `*` refuses.
        ;(runs[runs.length - 1] as SegmentTest[]).push(ANY_SEGMENT)
        continue
      }
      const compiled = compileSegment(part._src ?? part.source, part.flags)
      if (!compiled.ok) return { problem: SEGMENT_PROBLEMS[compiled.reason] }
      ;(runs[runs.length - 1] as SegmentTest[]).push(compiled.regex)
    }
    const last = runs[runs.length - 1] as SegmentTest[]
    // minimatch's `a/**` needs at least one segment after `a`; a folder-only entry needs one more,
    // except `a/**/`, which minimatch matches against the folder `a/` itself: it covers all of a.
    if (endsWithGlobstar) last.push(ANY_SEGMENT)
    if (folderOnly && !(endsWithGlobstar && parts.length > 1)) last.push(ANY_SEGMENT)
    // A trailing `**` covers everything below anyway; otherwise, without the folder rule, the
    // glob must end where the path ends.
    alternatives.push({ runs, folderOnly, anchored: !folders && !endsWithGlobstar })
  }
  return { matcher: buildMatcher(alternatives) }
}

/** One brace alternative: its runs of segment tests, and whether it was written with a trailing `/`. */
interface Alternative {
  runs: SegmentTest[][]
  folderOnly: boolean
  /** Without the folder rule: the last run ends at the end of the path. */
  anchored: boolean
}

const SEGMENT_PROBLEMS = {
  extglob:
    'it uses an extglob such as `+(a|b)` or `@(x)`, which is not supported: use braces `{a,b}`, or put `\\` before the character in front of `(` to match it literally',
  'empty-class':
    'it has a character class that matches no character (such as `[z-a]`): fix the class',
  unknown: 'it cannot be compiled: check its brackets and escapes'
} as const

function buildMatcher(alternatives: readonly Alternative[]): GlobMatcher {
  const only = alternatives.length === 1 ? alternatives[0] : undefined
  const first = only?.runs.length === 1 ? only.runs[0] : undefined
  // A folder-only entry's run ends with the one segment it needs below the folder.
  const names = only?.folderOnly ? first?.slice(0, -1) : first
  if (only && names && names.length > 0 && names.every((t) => typeof t === 'string')) {
    // The common case, a plain path: a string comparison, no splitting needed.
    const prefix = names.join('/')
    const folder = prefix + '/'
    return {
      test: only.folderOnly
        ? (path) => path.startsWith(folder)
        : only.anchored
          ? (path) => path === prefix
          : (path) => path === prefix || path.startsWith(folder)
    }
  }
  return {
    test: (_path, split) => {
      const segments = split()
      return alternatives.some((alt) => matchRuns(alt.runs, segments, alt.anchored))
    }
  }
}

/**
 * The first run anchored at the start, each later run at its leftmost fit, anything after; or,
 * `anchored`, the last run at the very end and the runs between leftmost before it.
 */
function matchRuns(
  runs: readonly SegmentTest[][],
  segments: readonly string[],
  anchored: boolean
): boolean {
  const head = runs[0] as SegmentTest[]
  if (segments.length < head.length) return false
  if (anchored && runs.length === 1 && segments.length !== head.length) return false
  for (let i = 0; i < head.length; i++) {
    if (!testSegment(head[i] as SegmentTest, segments[i] as string)) return false
  }
  let end = segments.length
  let floating = runs.length
  if (anchored && runs.length > 1) {
    const tail = runs[runs.length - 1] as SegmentTest[]
    end = segments.length - tail.length
    if (end < head.length || !fitsAt(tail, segments, end)) return false
    floating = runs.length - 1
  }
  let position = head.length
  for (let r = 1; r < floating; r++) {
    const run = runs[r] as SegmentTest[]
    const start = findRun(run, segments, position, end)
    if (start < 0) return false
    position = start + run.length
  }
  return true
}

/** The leftmost start in [from, end - run length] where the run fits, or -1. */
function findRun(
  run: readonly SegmentTest[],
  segments: readonly string[],
  from: number,
  end: number
): number {
  for (let start = from; start <= end - run.length; start++) {
    if (fitsAt(run, segments, start)) return start
  }
  return -1
}

function fitsAt(run: readonly SegmentTest[], segments: readonly string[], start: number): boolean {
  for (let i = 0; i < run.length; i++) {
    if (!testSegment(run[i] as SegmentTest, segments[start + i] as string)) return false
  }
  return true
}

function testSegment(test: SegmentTest, segment: string): boolean {
  if (typeof test === 'string') return test === segment
  if (test === ANY_SEGMENT) return true
  return test.test(segment)
}
