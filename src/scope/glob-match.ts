// Direct matching of one concrete path against a read glob, folder rule included, with no
// automaton: most patterns are only ever checked against a handful of paths, and building their
// automata would cost more than the check. Same reading as glob-automaton.ts.
import {
  tokenAccepts,
  type GlobAlternative,
  type GlobShape,
  type Segment,
  type Token
} from './glob-syntax.js'
import { samplesOf } from './glob-sample.js'

/** Whether the glob matches the path, or a folder holding it where the folder rule applies. */
export function shapeCovers(shape: GlobShape, path: string): boolean {
  const parts = path.split('/')
  return shape.alternatives.some((alt) => {
    const reach = reachable(alt, parts)
    const n = alt.segments.length
    for (let j = 1; j <= parts.length; j++) {
      if (!reach[n]?.[j]) continue
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
  for (const alt of shape.alternatives) {
    const reach = reachable(alt, parts)
    const n = alt.segments.length
    // Matched exactly: everything below is covered by the folder rule, where it applies.
    if (reach[n]?.[parts.length] && alt.namesFolder) return 'x'
    for (let i = 0; i < n; i++) {
      if (!reach[i]?.[parts.length]) continue
      const rest: GlobAlternative = { ...alt, segments: alt.segments.slice(i) }
      const [sample] = samplesOf({ ...shape, alternatives: [rest] })
      return sample ?? 'x'
    }
  }
  return null
}

// reach[i][j]: pattern segments [0, i) can match path segments [0, j); a `**` at i may go on.
function reachable(alt: GlobAlternative, parts: readonly string[]): boolean[][] {
  const n = alt.segments.length
  const m = parts.length
  const reach = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false))
  ;(reach[0] as boolean[])[0] = true
  for (let i = 0; i < n; i++) {
    const segment = alt.segments[i] as Segment
    const row = reach[i] as boolean[]
    const nextRow = reach[i + 1] as boolean[]
    const last = i === n - 1
    for (let j = 0; j <= m; j++) {
      if (!row[j]) continue
      if (segment.kind === 'tokens') {
        if (j < m && segmentMatches(segment.tokens, parts[j] as string)) nextRow[j + 1] = true
        continue
      }
      // `**`: zero segments unless it ends the pattern (minimatch's trailing `**` needs one;
      // `x/**/` still matches the folder `x`), or one more segment.
      if (!last || (alt.folderOnly && i > 0)) nextRow[j] = true
      if (j < m) {
        row[j + 1] = true
        if (last) nextRow[j + 1] = true
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
  while (s < text.length) {
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
    if (starAt < 0) return false
    t = starAt + 1
    s = ++resumeAt
  }
  while (tokens[t]?.kind === 'star') t++
  return t === tokens.length
}
