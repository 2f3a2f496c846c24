// A path a glob covers, written down straight from its syntax: `*` and `?` become `x`, `**`
// becomes nothing (or `x` at the end), a class its first member. Much cheaper than a search;
// callers check the result against the automaton and search when it does not hold.
import { shapeSize } from './automaton.js'
import type { GlobShape, Token } from './syntax.js'
import { charge } from './work-bound.js'

const SLASH = 0x2f
const FILLERS = 'xyzwvqkjabcdefghilmnoprstu0123456789'

/** One candidate path per alternative, simplest first; empty when none can be written directly. */
export function samplesOf(shape: GlobShape): string[] {
  charge(2 * shapeSize(shape))
  const out: string[] = []
  for (const alt of shape.alternatives) {
    const parts: string[] = []
    let ok = true
    for (const [index, segment] of alt.segments.entries()) {
      if (segment.kind === 'globstar') {
        if (index === alt.segments.length - 1) parts.push('x')
        continue
      }
      let text = ''
      for (const token of segment.tokens) {
        const code = sampleOf(token)
        if (code < 0) ok = false
        else text += String.fromCharCode(code)
      }
      parts.push(text)
    }
    if (alt.folderOnly) parts.push('x')
    if (!ok || parts.length === 0) continue
    out.push(parts.join('/'))
  }
  return out.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
}

function sampleOf(token: Token): number {
  switch (token.kind) {
    case 'lit':
      return token.code
    case 'any':
    case 'star':
      return 0x78
    case 'class': {
      if (!token.negated) {
        for (const [lo, hi] of token.ranges) {
          if (lo !== SLASH) return lo
          if (hi > SLASH) return SLASH + 1
        }
        return -1
      }
      for (const ch of FILLERS) {
        const code = ch.charCodeAt(0)
        if (!token.ranges.some(([lo, hi]) => code >= lo && code <= hi)) return code
      }
      return -1
    }
  }
}
