// One path segment's matcher, rebuilt from minimatch's regular expression so that it runs in
// linear time. minimatch turns `*` into a lazy `[^/]*?`; with k stars in one segment a failing
// match backtracks over O(n^k) splits (`*a*a*a*b` against 4,096 `a`s never ends). Between two
// stars sits a fixed-width run of characters, and for such runs the leftmost placement is always
// a best one, so each middle run is found by an atomic lookahead (`(?=(?<r>[^/]*?RUN))\k<r>`) that
// the engine cannot backtrack into. Only the last star stays an ordinary lazy star.
//
// The rebuild reads the source minimatch 10 emits for a segment without extglobs: an optional
// leading dot guard, then literal and escaped characters, `[^/]` for `?`, `[^/]*?` or `[^/]+?`
// for `*`, classes `[...]` (or `([...]|[...])` for mixed POSIX classes) and `$.` for a class that
// can match nothing. Anything else (the groups and quantifiers of an extglob) is refused.

const GUARDS = ['(?!(?:^|/)\\.\\.?(?:$|/))', '(?!\\.)']
const STAR = '[^/]*?'
const STAR_NONEMPTY = '[^/]+?'
const ONE_CHAR = '[^/]'
const NEVER = '$.'

/** A segment matcher, or the reason the segment cannot be matched safely. */
export type SegmentCompile =
  { ok: true; regex: RegExp } | { ok: false; reason: 'extglob' | 'empty-class' | 'unknown' }

/** Rebuilds one segment regular expression (minimatch's `_src` and flags) in linear-time form. */
export function compileSegment(source: string, flags: string): SegmentCompile {
  let i = 0
  let guard = ''
  for (const g of GUARDS) {
    if (source.startsWith(g)) {
      guard = g
      i = g.length
      break
    }
  }
  const runs: string[][] = [[]]
  const current = (): string[] => runs[runs.length - 1] as string[]
  while (i < source.length) {
    if (source.startsWith(STAR, i)) {
      runs.push([])
      i += STAR.length
      continue
    }
    if (source.startsWith(STAR_NONEMPTY, i)) {
      current().push(ONE_CHAR)
      runs.push([])
      i += STAR_NONEMPTY.length
      continue
    }
    if (source.startsWith(NEVER, i)) return { ok: false, reason: 'empty-class' }
    const c = source[i] as string
    if (c === '\\') {
      if (i + 1 >= source.length) return { ok: false, reason: 'unknown' }
      current().push(source.slice(i, i + 2))
      i += 2
    } else if (c === '[') {
      const end = classEnd(source, i)
      if (end < 0) return { ok: false, reason: 'unknown' }
      current().push(source.slice(i, end))
      i = end
    } else if (c === '(' && source[i + 1] === '[') {
      const first = classEnd(source, i + 1)
      const second = first >= 0 && source[first] === '|' ? classEnd(source, first + 1) : -1
      if (second < 0 || source[second] !== ')') return { ok: false, reason: 'extglob' }
      current().push('(?:' + source.slice(i + 1, second) + ')')
      i = second + 1
    } else if ('()|*+?{}^$.'.includes(c)) {
      return { ok: false, reason: 'extglob' }
    } else {
      current().push(c)
      i++
    }
  }
  try {
    return { ok: true, regex: new RegExp(assemble(guard, runs), flags) }
  } catch {
    return { ok: false, reason: 'unknown' }
  }
}

/** `^guard RUN0 (atomic RUN1) ... (atomic RUNk-1) [^/]*? RUNk $`. */
function assemble(guard: string, runs: string[][]): string {
  const parts = runs.map((run) => run.join(''))
  const first = parts[0] ?? ''
  if (parts.length === 1) return `^${guard}${first}$`
  const last = parts[parts.length - 1] ?? ''
  const middle = parts
    .slice(1, -1)
    .filter((run) => run !== '')
    .map((run, k) => `(?=(?<r${k}>${STAR}${run}))\\k<r${k}>`)
    .join('')
  return `^${guard}${first}${middle}${STAR}${last}$`
}

/** Index just past the `]` that closes the class opening at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === ']') return i + 1
  }
  return -1
}
