// Which work-order file a pull request uses (CONTRACT §1.6): a `Work order: PATH` line or a
// Markdown link to the file in its body, else a work-order ID in its title, else one in its head
// branch (case-insensitive there: `wo-fix-03-grapple` carries WO-FIX-03). Pure: the work-order
// files come in as data, listed and read by src/github/work-orders.ts.

import { isWorkOrderId } from '../parser/references.js'
import { isEmptyMarker, unquote } from '../parser/items.js'
import { normaliseEntry } from '../glob/paths.js'
import { workOrderId } from './id.js'

/** One work-order file at the commit it was read at. */
export interface WorkOrderFile {
  path: string
  /** Its ID: the first-level heading's leading ID, else the file name without extension. */
  id: string
  /** The file's text; null when it could not be read as text (binary or too large). */
  text: string | null
}

/** The work-order files of the repository at one commit, looked up by path and by ID. */
export interface WorkOrderIndex {
  /** The commit (SHA) the files were listed and read at. */
  ref: string
  /** Every work-order file, sorted by path. */
  files: readonly WorkOrderFile[]
  byPath: ReadonlyMap<string, WorkOrderFile>
  /** By ID; when two files claim one ID, the first by path wins (see `duplicates`). */
  byId: ReadonlyMap<string, WorkOrderFile>
  /** IDs that more than one file claims, with those files' paths. */
  duplicates: ReadonlyMap<string, readonly string[]>
  /** Lower-cased ID to ID, for branch names. */
  byLowerId: ReadonlyMap<string, string>
  /** True for a path the `work-orders` glob matches (whether or not the file exists). */
  isWorkOrderPath(path: string): boolean
}

/** The facts about a pull request that name its work order. */
export interface WorkOrderCarrier {
  title: string
  body: string
  headRef: string
}

/** Where a pull request names its work order. */
export type WorkOrderReference =
  | { via: 'body-line' | 'body-link'; path: string; line: number }
  | { via: 'body-line'; id: string; line: number }
  | { via: 'title' | 'branch'; id: string }

/** A reference looked up in the index: the file, or the missing path and the files near it. */
export type ResolvedWorkOrder =
  | { found: true; file: WorkOrderFile; reference: WorkOrderReference }
  | { found: false; missing: string; nearby: string[]; reference: WorkOrderReference }

/** Builds the index of the work-order files read at `ref`; IDs come from headings or names. */
export function buildWorkOrderIndex(
  ref: string,
  entries: ReadonlyArray<{ path: string; text: string | null }>,
  isWorkOrderPath: (path: string) => boolean
): WorkOrderIndex {
  const files = entries
    .map((e) => ({ path: e.path, text: e.text, id: workOrderId(e.path, e.text ?? '') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const byPath = new Map(files.map((f) => [f.path, f]))
  const byId = new Map<string, WorkOrderFile>()
  const claims = new Map<string, string[]>()
  for (const file of files) {
    if (!byId.has(file.id)) byId.set(file.id, file)
    claims.set(file.id, [...(claims.get(file.id) ?? []), file.path])
  }
  const duplicates = new Map([...claims].filter(([, paths]) => paths.length > 1))
  const byLowerId = new Map([...byId.keys()].map((id) => [id.toLowerCase(), id]))
  return { ref, files, byPath, byId, duplicates, byLowerId, isWorkOrderPath }
}

// `Work order: PATH`, `**Work order:** PATH`, `- Work order file: PATH`; the label is matched
// loosely (bold, list marker, optional "file"), the value is taken as written.
const WORK_ORDER_LINE =
  /^\s{0,3}(?:[-*+]\s+)?(?:\*\*|__)?work[ -]?order(?:\s+file)?\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(.*)$/i

/**
 * Finds where a pull request names its work order, in the order of CONTRACT §1.6: a
 * `Work order:` line, a Markdown link to a work-order file (links on `skipLines`, such as the
 * scope's dependency items, do not count: they name other work orders), the title, the branch.
 */
export function findWorkOrderReference(
  pr: WorkOrderCarrier,
  index: Pick<WorkOrderIndex, 'byId' | 'byLowerId' | 'isWorkOrderPath'>,
  skipLines: ReadonlySet<number> = new Set()
): WorkOrderReference | null {
  const lines = readableLines(pr.body)
  for (const { text, line } of lines) {
    const m = WORK_ORDER_LINE.exec(text)
    if (!m) continue
    const value = (m[1] ?? '').trim()
    // A template's `Work order: none` (or `**None**`) names no work order (CONTRACT §1.3's empty
    // markers); emphasis around the value is not part of it.
    if (isEmptyMarker(unquote(value.replace(/^[*_]+|[*_]+$/g, '').trim()).text)) continue
    const path = linkTarget(value) ?? pathOf(stripTicks(value))
    if (path === '') continue
    if (!path.includes('/') && (index.byId.has(path) || isWorkOrderId(path))) {
      return { via: 'body-line', id: path, line }
    }
    return { via: 'body-line', path, line }
  }
  for (const { text, line } of lines) {
    if (skipLines.has(line)) continue
    for (const link of text.matchAll(/\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const path = pathOf(link[1] ?? '')
      if (path !== '' && index.isWorkOrderPath(path)) return { via: 'body-link', path, line }
    }
  }
  // Titles and branches are prose: only an ID shaped like one (WO-FIX-03) is taken from them, so
  // that a work order filed as `docs.md` is not picked up by every "Update docs" pull request.
  const inTitle = idsIn(pr.title, false).find(
    (c) => index.byId.has(c.text) && isWorkOrderId(c.text)
  )
  if (inTitle) return { via: 'title', id: inTitle.text }
  const inBranch = idsIn(pr.headRef, true).find((c) =>
    isWorkOrderId(index.byLowerId.get(c.text) ?? '')
  )
  if (inBranch) return { via: 'branch', id: index.byLowerId.get(inBranch.text) as string }
  return null
}

/** Looks a reference up: the file, or the missing path (or ID) with the work-order files near it. */
export function resolveWorkOrderReference(
  reference: WorkOrderReference,
  index: Pick<WorkOrderIndex, 'files' | 'byPath' | 'byId'>
): ResolvedWorkOrder {
  const file = 'path' in reference ? index.byPath.get(reference.path) : index.byId.get(reference.id)
  if (file) return { found: true, file, reference }
  const missing = 'path' in reference ? reference.path : reference.id
  return { found: false, missing, nearby: nearbyWorkOrders(missing, index.files), reference }
}

/** True when the pull request carries the work-order ID: in its title, branch or `Work order:` line. */
export function carriesWorkOrderId(
  pr: WorkOrderCarrier,
  id: string,
  index: Partial<Pick<WorkOrderIndex, 'byPath' | 'byId' | 'byLowerId'>> | null
): boolean {
  // A longer known ID at the same place wins: `WO-FIX-03-B` does not carry WO-FIX-03.
  const known = (c: string): boolean => c === id || (index?.byId?.has(c) ?? false)
  if (longestKnown(pr.title, false, known).includes(id)) return true
  const lower = id.toLowerCase()
  const knownLower = (c: string): boolean => c === lower || (index?.byLowerId?.has(c) ?? false)
  if (longestKnown(pr.headRef, true, knownLower).includes(lower)) return true
  for (const { text } of readableLines(pr.body)) {
    const m = WORK_ORDER_LINE.exec(text)
    if (!m) continue
    const value = (m[1] ?? '').trim()
    const path = linkTarget(value) ?? pathOf(stripTicks(value))
    if (path === id) return true
    const file = index?.byPath?.get(path)
    if (file ? file.id === id : baseName(path) === id) return true
  }
  return false
}

/**
 * The work-order files nearest a missing path: those in the same folder, else the five whose
 * names are closest (edit distance), so that a typo's fix is in the message.
 */
export function nearbyWorkOrders(missing: string, files: readonly WorkOrderFile[]): string[] {
  const folder = missing.includes('/') ? missing.slice(0, missing.lastIndexOf('/') + 1) : null
  if (folder !== null) {
    const same = files.filter(
      (f) => f.path.startsWith(folder) && !f.path.slice(folder.length).includes('/')
    )
    if (same.length > 0) return same.slice(0, 10).map((f) => f.path)
  }
  const name = baseName(missing).toLowerCase()
  return files
    .map((f) => ({ path: f.path, d: distance(name, baseName(f.path).toLowerCase(), 32) }))
    .sort((a, b) => a.d - b.d || (a.path < b.path ? -1 : 1))
    .slice(0, 5)
    .map((f) => f.path)
}

/** The message for a work order that a pull request names but the base branch does not hold. */
export function missingWorkOrderMessage(
  resolved: Extract<ResolvedWorkOrder, { found: false }>,
  ref: string,
  glob: string
): string {
  const what =
    'path' in resolved.reference
      ? `the work order \`${resolved.missing}\``
      : `the work order with ID ${resolved.missing}`
  const where =
    resolved.reference.via === 'body-line' || resolved.reference.via === 'body-link'
      ? ` (pull request body, line ${resolved.reference.line})`
      : ''
  const near =
    resolved.nearby.length > 0
      ? ` Work-order files that do exist nearby: ${resolved.nearby.map((p) => `\`${p}\``).join(', ')}.`
      : ` No file matches the \`work-orders\` glob \`${glob}\` at that commit.`
  return (
    `The pull request names ${what}${where}, but the base branch (${ref.slice(0, 12)}) holds no such ` +
    `work-order file matching \`${glob}\`.${near} Fix the reference, or merge the work order into ` +
    'the base branch first: work orders are read from the base branch.'
  )
}

/** A run of ID-like text, lower-cased when asked, with its start. */
interface Candidate {
  text: string
  start: number
}

/**
 * Every hyphen-joined run of letters and digits in `text` that starts and ends at a word
 * boundary, earliest first and, at one start, longest first: the candidates for an ID.
 */
function idsIn(text: string, lowerCase: boolean): Candidate[] {
  const out: Candidate[] = []
  const source = lowerCase ? text.toLowerCase() : text
  for (const run of source.matchAll(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g)) {
    const parts = run[0].split('-').slice(0, 24)
    let start = run.index
    for (let i = 0; i < parts.length; i++) {
      for (let j = parts.length; j > i; j--) out.push({ text: parts.slice(i, j).join('-'), start })
      start += (parts[i] as string).length + 1
    }
  }
  return out
}

/** At each place, the longest candidate `known` accepts; the text it spans is then skipped. */
function longestKnown(text: string, lowerCase: boolean, known: (id: string) => boolean): string[] {
  const out: string[] = []
  let end = -1
  for (const c of idsIn(text, lowerCase)) {
    if (c.start < end || !known(c.text)) continue
    out.push(c.text)
    end = c.start + c.text.length
  }
  return out
}

function readableLines(body: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = []
  let fence: string | null = null
  let comment = false
  body.split(/\r?\n/).forEach((text, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1]
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length)
        fence = null
      return
    }
    if (marker !== undefined) {
      fence = marker
      return
    }
    if (comment) {
      if (text.includes('-->')) comment = false
      return
    }
    if (text.includes('<!--') && !text.includes('-->', text.indexOf('<!--'))) comment = true
    out.push({ text: text.replace(/<!--.*?-->/g, ''), line: i + 1 })
  })
  return out
}

function linkTarget(value: string): string | null {
  const m = /^\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(value)
  return m ? pathOf(m[1] ?? '') : null
}

function stripTicks(value: string): string {
  const m = /^`([^`]+)`/.exec(value)
  if (m) return m[1] as string
  return value.split(/\s+/)[0] ?? ''
}

/** A repository path from a link target: a relative path, or a `/blob/<ref>/` URL of a file. */
function pathOf(target: string): string {
  let t = target
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/[?#].*$/, '')
  const blob = /\/(?:blob|tree|raw)\/[^/]+\/(.+)$/.exec(t)
  if (blob) t = blob[1] as string
  else if (/^[a-z][a-z0-9+.-]*:/i.test(t)) return ''
  try {
    t = decodeURIComponent(t)
  } catch {
    // A stray `%` stays as written.
  }
  return normaliseEntry(t)
}

function baseName(path: string): string {
  const name = path.split('/').pop() ?? path
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

// Levenshtein distance, stopping early past `limit` (names are short; the early stop bounds work).
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost
      )
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] as number
}
