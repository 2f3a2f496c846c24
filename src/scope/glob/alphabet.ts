// The finite alphabet a search needs: characters that no pattern tells apart behave alike, so one
// representative of each such group stands for all of them. Every literal character and class
// bound of the patterns cuts the code-unit line; each piece gets one concrete, path-safe character.
import { shapeSize } from './automaton.js'
import type { GlobShape } from './syntax.js'
import { charge } from './work-bound.js'

const SLASH = 0x2f
const DOT = 0x2e
const END = 0x10000

// Representatives we would rather show in a witness, best first.
const PREFERRED = 'xyzwvqkjuhgfpmnbldcetsroia0123456789XYZABCDEFGHIJKLMNOPQRSTUVW_-'

/** One character the search may append, and what it costs (nicer witnesses cost less). */
export interface Letter {
  code: number
  cost: number
}

/**
 * The representatives for a set of patterns: `/`, `.`, every distinct character group, filler
 * characters first so that `*` is shown as `x` rather than as a letter of the pattern.
 */
export function alphabetFor(shapes: readonly GlobShape[]): Letter[] {
  for (const shape of shapes) charge(2 * shapeSize(shape))
  const cuts = new Set<number>([1, DOT, DOT + 1, SLASH, SLASH + 1, END])
  const literals = new Set<number>([DOT])
  for (const shape of shapes) {
    for (const alt of shape.alternatives) {
      for (const segment of alt.segments) {
        if (segment.kind === 'globstar') continue
        for (const token of segment.tokens) {
          if (token.kind === 'lit') {
            literals.add(token.code)
            cuts.add(token.code)
            cuts.add(token.code + 1)
          } else if (token.kind === 'class') {
            for (const [lo, hi] of token.ranges) {
              cuts.add(lo)
              cuts.add(hi + 1)
            }
          }
        }
      }
    }
  }
  const bounds = [...cuts].filter((c) => c >= 1 && c <= END).sort((a, b) => a - b)
  const fillers: Letter[] = []
  const named: Letter[] = []
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = bounds[i] as number
    const hi = (bounds[i + 1] as number) - 1
    if (lo === SLASH) continue
    const code = pick(lo, hi)
    const letter = { code, cost: costOf(code) }
    if (lo === hi && literals.has(lo)) named.push(letter)
    else fillers.push(letter)
  }
  fillers.sort((a, b) => a.cost - b.cost || rank(a.code) - rank(b.code))
  return [...fillers, ...named, { code: SLASH, cost: 1 }]
}

function rank(code: number): number {
  const at = PREFERRED.indexOf(String.fromCharCode(code))
  return at < 0 ? PREFERRED.length + code : at
}

function pick(lo: number, hi: number): number {
  for (const ch of PREFERRED) {
    const code = ch.charCodeAt(0)
    if (code >= lo && code <= hi) return code
  }
  for (let code = Math.max(lo, 0x21); code <= hi; code++) {
    if (code === 0x7f || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) continue
    return code
  }
  return lo
}

/** How much a character adds to a witness: plain ASCII is cheap, odd characters are not. */
function costOf(code: number): number {
  if (PREFERRED.includes(String.fromCharCode(code)) || code === DOT) return 1
  if (code > 0x20 && code < 0x7f) return 4
  if (code >= 0x80) return 8
  return 64
}
