// Reads one normalised glob (no leading `!`) into segments of tokens, following minimatch's
// reading with `dot: true`, so that the overlap engine and the matcher agree on what a pattern means.
//
// One difference, for overlap only: the folder rule of CONTRACT §1.4 (an entry also covers what
// lies below a path it matches) applies only to an alternative that can name a folder. One whose
// last segment looks like a file name (`index.ts`, `*.md`) covers just the paths it matches, so
// `**/*.md` and `src/index.ts` do not meet at the impossible `src/index.ts/x.md`.
import { Minimatch, braceExpand } from 'minimatch'
import { charge } from './work-bound.js'
import { countBraceAlternatives } from './bounds.js'

/** A character range, both ends included, in UTF-16 code units (minimatch matches code units). */
export type CodeRange = readonly [number, number]

/** One step of a segment: a literal character, `?`, a run `*`, or a class `[...]`. */
export type Token =
  | { kind: 'lit'; code: number }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; ranges: readonly CodeRange[]; negated: boolean }

/** Whether one token accepts one character (code unit); no token accepts `/`. */
export function tokenAccepts(token: Token, code: number): boolean {
  if (code === 0x2f) return false
  switch (token.kind) {
    case 'lit':
      return token.code === code
    case 'any':
    case 'star':
      return true
    case 'class':
      return token.ranges.some(([lo, hi]) => code >= lo && code <= hi) !== token.negated
  }
}

/** A `/`-separated part of a pattern: `**` on its own, or a sequence of tokens. */
export type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: readonly Token[] }

/** One brace alternative of a pattern. */
export interface GlobAlternative {
  segments: readonly Segment[]
  /** Written with a trailing `/`: covers only what lies inside a matching folder. */
  folderOnly: boolean
  /** The folder rule applies: written with a trailing `/`, or its last segment can name a folder. */
  namesFolder: boolean
  /** The characters every covered path starts with. */
  literalPrefix: string
}

/** A pattern read into alternatives. */
export interface GlobShape {
  body: string
  alternatives: readonly GlobAlternative[]
  /**
   * True when the pattern uses syntax the automata do not model exactly (extglobs, POSIX
   * classes, a brace expansion over the bound): the alternatives then over-approximate it.
   */
  approximate: boolean
  /** The longest prefix every alternative shares. */
  literalPrefix: string
  /** The path itself when the pattern is one plain path with no magic at all. */
  literal: string | null
}

/**
 * Whether a last segment, as written, can name a folder: it cannot when it contains a `.` after
 * its first character (`index.ts`, `*.md`, `x.py` name files; `core`, `*`, `.github`, `**` may
 * name folders).
 */
export function canNameFolder(lastSegment: string): boolean {
  return lastSegment.indexOf('.', 1) < 0
}

/** More brace alternatives than this are read as "anything under the literal prefix". */
export const MAX_ALTERNATIVES = 1000

const EXTGLOB_START = /[!?+*@]\(/

/** Reads a normalised glob body into its alternatives. */
export function parseGlob(body: string): GlobShape {
  // Expansion writes out every alternative, and each is read a character at a time.
  charge(3 * (body.length + 1) * Math.min(countBraceAlternatives(body), MAX_ALTERNATIVES + 1))
  let expanded: string[]
  try {
    expanded = braceExpand(body, { braceExpandMax: MAX_ALTERNATIVES + 1 })
  } catch {
    expanded = []
  }
  if (expanded.length === 0 || expanded.length > MAX_ALTERNATIVES) return overApproximation(body)
  let approximate = false
  const alternatives: GlobAlternative[] = []
  for (const text of new Set(expanded)) {
    const alternative = parseAlternative(text.replace(/\/{2,}/g, '/'))
    if (alternative === null) continue
    approximate ||= alternative.approximate
    alternatives.push(alternative.value)
  }
  return finish(body, alternatives, approximate)
}

function finish(body: string, alternatives: GlobAlternative[], approximate: boolean): GlobShape {
  const prefixes = alternatives.map((alt) => alt.literalPrefix)
  const literalPrefix = prefixes.length === 0 ? '' : prefixes.reduce(commonPrefix)
  const only = alternatives.length === 1 ? alternatives[0] : undefined
  const literal =
    only && !approximate && !only.folderOnly && isPlain(only) ? only.literalPrefix : null
  return { body, alternatives, approximate, literalPrefix, literal }
}

function isPlain(alt: GlobAlternative): boolean {
  return alt.segments.every((s) => s.kind === 'tokens' && s.tokens.every((t) => t.kind === 'lit'))
}

function commonPrefix(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return a.slice(0, i)
}

/**
 * The pattern cut at its first magic character, followed by "anything": a superset of what it
 * matches, used when the exact reading would be unbounded.
 */
function overApproximation(body: string): GlobShape {
  const cut = body.search(/[{}*?[\]\\!@+()]/)
  const prefix = cut < 0 ? body : body.slice(0, cut)
  const parts = prefix.split('/')
  const last = parts.pop() ?? ''
  const segments: Segment[] = parts.map((p) => literalSegment(p))
  if (last === '') segments.push({ kind: 'globstar' })
  else segments.push({ kind: 'tokens', tokens: [...literalSegment(last).tokens, { kind: 'star' }] })
  // A superset of the real alternatives, some of which may name folders: keep the folder rule.
  const alt: GlobAlternative = {
    segments,
    folderOnly: false,
    namesFolder: true,
    literalPrefix: prefix
  }
  return finish(body, [alt], true)
}

function literalSegment(text: string): { kind: 'tokens'; tokens: Token[] } {
  const tokens: Token[] = []
  for (let i = 0; i < text.length; i++) tokens.push(literalToken(text.charCodeAt(i)))
  return { kind: 'tokens', tokens }
}

function parseAlternative(text: string): { value: GlobAlternative; approximate: boolean } | null {
  if (text === '') return null
  let parts = text.split('/')
  let folderOnly = false
  if (parts.length > 1 && parts[parts.length - 1] === '') {
    folderOnly = true
    parts = parts.slice(0, -1)
  }
  parts = resolveParents(parts)
  const namesFolder = folderOnly || canNameFolder(parts[parts.length - 1] ?? '')
  let approximate = false
  const segments: Segment[] = []
  for (const part of parts) {
    const segment = parseSegment(part)
    if (segment === null) return null
    approximate ||= segment.approximate
    const previous = segments[segments.length - 1]
    if (segment.value.kind === 'globstar' && previous?.kind === 'globstar') continue
    segments.push(segment.value)
  }
  return {
    value: { segments, folderOnly, namesFolder, literalPrefix: prefixOf(segments) },
    approximate
  }
}

// minimatch's default optimisation folds `x/..` away, so `a/../b` means `b`.
function resolveParents(parts: string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    const prev = out[out.length - 1]
    if (part === '..' && prev !== undefined && prev !== '..' && prev !== '.' && prev !== '**') {
      out.pop()
      continue
    }
    out.push(part)
  }
  return out
}

function prefixOf(segments: readonly Segment[]): string {
  let out = ''
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === 'globstar') return out
    for (const token of segment.tokens) {
      if (token.kind !== 'lit') return out
      out += String.fromCharCode(token.code)
    }
    if (index < segments.length - 1) out += '/'
  }
  return out
}

// Tokens are never changed, so each literal character has one: a pattern of a thousand long
// alternatives allocates no token per character.
const literalTokens = new Map<number, Token>()

function literalToken(code: number): Token {
  let token = literalTokens.get(code)
  if (token === undefined) literalTokens.set(code, (token = { kind: 'lit', code }))
  return token
}

/** Reads one segment; null when it can match nothing (an empty class such as `[z-a]`). */
function parseSegment(part: string): { value: Segment; approximate: boolean } | null {
  if (part === '**') return { value: { kind: 'globstar' }, approximate: false }
  const anySegment = { value: { kind: 'tokens', tokens: [{ kind: 'star' }] } as Segment }
  if (EXTGLOB_START.test(part)) return { ...anySegment, approximate: true }
  const tokens: Token[] = []
  let approximate = false
  for (let i = 0; i < part.length; i++) {
    const c = part[i] as string
    if (c === '\\') {
      // A trailing backslash is itself; otherwise it makes the next character literal.
      if (i === part.length - 1) tokens.push(literalToken(0x5c))
      else tokens.push(literalToken(part.charCodeAt(++i)))
      continue
    }
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' })
      continue
    }
    if (c === '?') {
      tokens.push({ kind: 'any' })
      continue
    }
    if (c === '[') {
      const cls = parseClass(part, i)
      if (cls.kind === 'empty') return null
      if (cls.kind === 'class') {
        tokens.push(cls.token)
        i = cls.end - 1
        approximate ||= cls.approximate
        continue
      }
    }
    tokens.push(literalToken(part.charCodeAt(i)))
  }
  return { value: { kind: 'tokens', tokens }, approximate }
}

type ClassRead =
  | { kind: 'literal' }
  | { kind: 'empty' }
  | { kind: 'class'; token: Token; end: number; approximate: boolean }

const POSIX_NAMES = [
  'alnum',
  'alpha',
  'ascii',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'word',
  'xdigit'
]

/** Reads `[...]` at `pos` the way minimatch's parseClass does. */
function parseClass(glob: string, pos: number): ClassRead {
  const ranges: [number, number][] = []
  let i = pos + 1
  let sawStart = false
  let escaping = false
  let negated = false
  let end = -1
  let rangeStart = -1
  let posixSeen = false
  while (i < glob.length) {
    const c = glob[i] as string
    if ((c === '!' || c === '^') && i === pos + 1) {
      negated = true
      i++
      continue
    }
    if (c === ']' && sawStart && !escaping) {
      end = i + 1
      break
    }
    sawStart = true
    if (c === '\\' && !escaping) {
      escaping = true
      i++
      continue
    }
    const posix =
      c === '[' && !escaping ? POSIX_NAMES.find((n) => glob.startsWith(`[:${n}:]`, i)) : undefined
    if (posix !== undefined) {
      ranges.push(...posixRanges(posix))
      posixSeen = true
      sawStart = true
      i += posix.length + 4
      continue
    }
    escaping = false
    const code = glob.charCodeAt(i)
    if (rangeStart >= 0) {
      if (code >= rangeStart) ranges.push([rangeStart, code])
      rangeStart = -1
      i++
      continue
    }
    if (glob.startsWith('-]', i + 1)) {
      ranges.push([code, code], [0x2d, 0x2d])
      i += 2
      continue
    }
    if (glob.startsWith('-', i + 1)) {
      rangeStart = code
      i += 2
      continue
    }
    ranges.push([code, code])
    i++
  }
  if (end < 0) return { kind: 'literal' }
  if (ranges.length === 0) return { kind: 'empty' }
  // Past ASCII a POSIX class is over-approximated: all of it in a plain class, none of it (so
  // all of it once negated) in a negated one; the exact matcher decides those characters.
  if (posixSeen && !negated) ranges.push([0x80, 0xffff])
  return { kind: 'class', token: { kind: 'class', ranges, negated }, end, approximate: posixSeen }
}

const posixCache = new Map<string, [number, number][]>()

/** The ASCII members of a POSIX class as minimatch reads it (`[[:digit:]]`: 0-9), as ranges. */
function posixRanges(name: string): [number, number][] {
  let ranges = posixCache.get(name)
  if (ranges === undefined) {
    ranges = []
    const test = new Minimatch(`[[:${name}:]]`, { dot: true }).set[0]?.[0]
    for (let code = 0; code < 0x80; code++) {
      const member = test instanceof RegExp ? test.test(String.fromCharCode(code)) : code !== 0x2f
      if (!member) continue
      const last = ranges[ranges.length - 1]
      if (last && last[1] === code - 1) last[1] = code
      else ranges.push([code, code])
    }
    posixCache.set(name, ranges)
  }
  return ranges
}
