// Direct matching of one concrete path against a read glob, folder rule included, with no
// automaton: most patterns are only ever checked against a handful of paths, and building their
// automata would cost more than the check. Same reading as automaton.ts.
import {
  tokenAccepts,
  type GlobAlternative,
  type GlobShape,
  type Segment,
  type Token
} from './syntax.js'
import { samplesOf } from './sample.js'
import { charge } from './work-bound.js'

/** Whether the glob matches the path, or a folder holding it where the folder rule applies. */
export function shapeCovers(shape: GlobShape, path: string): boolean {
  charge(10 + path.length)
  const parts = path.split('/')
  const width = parts.length + 1
  return shape.alternatives.some((alt) => {
    const reach = reachable(alt, parts)
    const last = alt.segments.length * width
    for (let j = 1; j <= parts.length; j++) {
      if (reach[last + j] === 0) continue
      // Below the matched path only by the folder rule; at it only when not folder-only.
      if (j < parts.length ? alt.namesFolder : !alt.folderOnly) return true
    }
    return false
  })
}

/**
 * A continuation `rest` such that the glob may match `path/rest` (to be checked), or null when
 * the glob matches nothing strictly below `path` other than through `path` itself.
 */
export function continuationBelow(shape: GlobShape, path: string): string | null {
  const parts = path.split('/')
  const width = parts.length + 1
  for (const alt of shape.alternatives) {
    const reach = reachable(alt, parts)
    const n = alt.segments.length
    // Matched exactly: everything below is covered by the folder rule, where it applies.
    if (reach[n * width + parts.length] === 1 && alt.namesFolder) return 'x'
    for (let i = 0; i < n; i++) {
      if (reach[i * width + parts.length] === 0) continue
      const rest: GlobAlternative = { ...alt, segments: alt.segments.slice(i) }
      const [sample] = samplesOf({ ...shape, alternatives: [rest] })
      return sample ?? 'x'
    }
  }
  return null
}

// One table, reused by every call: matching allocates nothing per alternative.
let table = new Uint8Array(256)

/**
 * Cell i * (m + 1) + j is 1 when pattern segments [0, i) can match path segments [0, j) (a `**`
 * at i may go on). The table is shared: read it before the next call.
 */
function reachable(alt: GlobAlternative, parts: readonly string[]): Uint8Array {
  const n = alt.segments.length
  const m = parts.length
  const width = m + 1
  const size = (n + 1) * width
  // The table's cells, each visited once.
  charge(10 + 2 * size)
  if (table.length < size) table = new Uint8Array(Math.max(size, 2 * table.length))
  const reach = table
  reach.fill(0, 0, size)
  reach[0] = 1
  for (let i = 0; i < n; i++) {
    const segment = alt.segments[i] as Segment
    const row = i * width
    const nextRow = row + width
    const last = i === n - 1
    for (let j = 0; j <= m; j++) {
      if (reach[row + j] === 0) continue
      if (segment.kind === 'tokens') {
        if (j < m && segmentMatches(segment.tokens, parts[j] as string)) reach[nextRow + j + 1] = 1
        continue
      }
      // `**`: zero segments unless it ends the pattern (minimatch's trailing `**` needs one;
      // `x/**/` still matches the folder `x`), or one more segment.
      if (!last || (alt.folderOnly && i > 0)) reach[nextRow + j] = 1
      if (j < m) {
        reach[row + j + 1] = 1
        if (last) reach[nextRow + j + 1] = 1
      }
    }
  }
  return reach
}

// Wildcard matching with one-star backtracking: every token but `*` reads exactly one character.
function segmentMatches(tokens: readonly Token[], text: string): boolean {
  let t = 0
  let s = 0
  let starAt = -1
  let resumeAt = 0
  // Backtracking to the last star is linear in most segments, but not in all (`*a*a*a*b`): the
  // steps are counted and charged, a segment at a time.
  let steps = 0
  while (s < text.length) {
    steps++
    const token = tokens[t]
    if (token?.kind === 'star') {
      starAt = t++
      resumeAt = s
      continue
    }
    if (token !== undefined && tokenAccepts(token, text.charCodeAt(s))) {
      t++
      s++
      continue
    }
    if (starAt < 0) {
      charge(2 * steps + 2)
      return false
    }
    t = starAt + 1
    s = ++resumeAt
  }
  while (tokens[t]?.kind === 'star') t++
  charge(2 * steps + 2)
  return t === tokens.length
}
