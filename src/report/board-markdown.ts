// The dispatch board in Markdown (CONTRACT §5 `plan --repo` text, §6 the board's job summary): a
// dispatch list in words ("Dispatch now", "After #12 merges", "In flight", "In flight, scope
// unknown"), then a table per wave with what each work order waits for and the overlap that makes
// it wait, the open pull requests in flight, and those nothing can be planned around. One renderer
// for the command and the action. Titles, IDs, paths and patterns come from pull requests and
// repositories: every one is escaped, so none can break a table, ping anyone or reach a terminal
// with a control character.
import type { InFlightConflict, Plan, PlannedPull, PullWait } from '../scope/plan/types.js'
import type { ReportRepository } from './context.js'
import { escapeText as escapeMarkdown, messageText } from './escape.js'
import { markdownLink, repositoryUrl } from './links.js'
import { shownText } from './log-text.js'
import { count } from './words.js'

/** Where the plan was made: the repository, its base branch and the ref the files were read at. */
export interface BoardContext {
  repository: ReportRepository
  base: string
  ref: string
  /** Fit the board into this many bytes (GitHub's job summary takes 1 MiB), dropping table rows. */
  maxBytes?: number
  /** Where the rows a fitted board leaves out can be read. */
  hint?: string
}

/** Entries of a pull request's write set shown before "and N more". */
const WRITE_ENTRIES_SHOWN = 5
/** Items of one line of the dispatch list before "and N more". */
const LIST_ITEMS_SHOWN = 30
/** Pattern pairs named for one wait before "and N more". */
const PAIRS_SHOWN = 2

/** Renders the dispatch board of a plan made against the work in flight, ending with a newline. */
export function renderBoardMarkdown(plan: Plan, context: BoardContext): string {
  const full = render(plan, context, Number.POSITIVE_INFINITY)
  const max = context.maxBytes
  if (max === undefined || Buffer.byteLength(full) <= max) return full
  for (const rows of [1000, 300, 100, 30, 10, 3]) {
    const fitted = render(plan, context, rows)
    if (Buffer.byteLength(fitted) <= max) return fitted
  }
  return render(plan, context, 0)
}

/** What the renderer reads of a plan, worked out once. */
interface Board {
  plan: Plan
  context: BoardContext
  rows: number
  pulls: ReadonlyMap<number, PlannedPull>
  waveOf: ReadonlyMap<string, number>
  pathOf: ReadonlyMap<string, string>
  /** Per planned work order: the pull requests it waits for and the work orders that go first. */
  before: ReadonlyMap<string, { waits: PullWait[]; first: string[] }>
}

function render(plan: Plan, context: BoardContext, rows: number): string {
  const waveOf = new Map<string, number>()
  plan.waves.forEach((wave, k) => wave.forEach((id) => waveOf.set(id, k)))
  const board: Board = {
    plan,
    context,
    rows,
    pulls: new Map((plan.inFlight ?? []).map((p) => [p.number, p])),
    waveOf,
    pathOf: new Map(plan.workOrders.map((w) => [w.id, w.path])),
    before: prerequisites(plan, waveOf)
  }
  const sections = [
    `# Dispatch board\n\n${intro(board)}\n\n${dispatchList(board)}`,
    ...plan.waves.map((wave, k) => waveSection(board, wave, k)),
    inFlightSection(board),
    unknownSection(board),
    unplannedSection(board),
    warningSection(board)
  ]
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`
}

function intro({ plan, context }: Board): string {
  const { owner, repo } = context.repository
  const pulls = plan.inFlight ?? []
  const unknown = pulls.filter((p) => p.write === null).length
  const inFlight = plan.workOrders.filter((w) => w.carriedBy.length > 0).length
  const now = plan.waves[0]?.length ?? 0
  const later = plan.waves.slice(1).reduce((n, wave) => n + wave.length, 0)
  const parts = [
    `${count(plan.workOrders.length, 'work order')}: ${now} to dispatch now, ${later} later`,
    `${inFlight} in flight`
  ]
  if (plan.unplanned.length > 0) parts.push(`${plan.unplanned.length} without a Session Scope`)
  const open =
    `${count(pulls.length, 'open pull request')}` +
    (unknown > 0
      ? `, ${unknown} of them with no Session Scope: nothing can be planned around ${unknown === 1 ? 'it' : 'them'}`
      : '')
  return (
    `Work orders of ${escapeText(`${owner}/${repo}`)} planned against the open pull requests to ` +
    `${code(context.base)}, read at ${code(shortRef(context.ref))}. ${parts.join(', ')}; ${open}.`
  )
}

function dispatchList(board: Board): string {
  const pull = (n: number): string => pullRef(board, n)
  return dispatchItems(board.plan, board.before)
    .map(({ label, items }) => {
      const shown = (parts: Parts): string =>
        parts.map((part) => (typeof part === 'number' ? pull(part) : escapeText(part))).join('')
      return `- **${shown(label)}:** ${listed(items.map(shown))}`
    })
    .join('\n')
}

/**
 * The dispatch list as plain text, a line each ("Dispatch now: WO-1, WO-3", "After #12 merges:
 * WO-2"), for the action's log: each line is still shown text (report/log-text.ts).
 */
export function dispatchLines(plan: Plan): string[] {
  const waveOf = new Map<string, number>()
  plan.waves.forEach((wave, k) => wave.forEach((id) => waveOf.set(id, k)))
  return dispatchItems(plan, prerequisites(plan, waveOf)).map(({ label, items }) => {
    const text = (parts: Parts): string =>
      parts.map((part) => (typeof part === 'number' ? `#${part}` : shownText(part))).join('')
    return `${text(label)}: ${listed(items.map(text))}`
  })
}

/** Text in parts, a number standing for a pull request (`#12`, a link in Markdown). */
type Parts = Array<string | number>

/** A line of the dispatch list: its label and its items. */
interface DispatchItem {
  label: Parts
  items: Parts[]
}

function dispatchItems(
  plan: Plan,
  before: ReadonlyMap<string, { waits: PullWait[]; first: string[] }>
): DispatchItem[] {
  const now = plan.waves[0] ?? []
  const out: DispatchItem[] = [
    {
      label: ['Dispatch now'],
      items: now.length > 0 ? now.map((id) => [id]) : [['nothing: every work order waits']]
    }
  ]
  for (const { after, ids } of afterGroups(plan, before)) {
    const label: Parts = ['After ']
    after.forEach((part, i) => {
      if (i > 0) label.push(i === after.length - 1 ? ' and ' : ', ')
      label.push(part)
    })
    label.push(after.length === 1 ? ' merges' : ' merge')
    out.push({ label, items: ids.map((id) => [id]) })
  }
  const pulls = plan.inFlight ?? []
  const known = pulls.filter((p) => p.write !== null)
  const unknown = pulls.filter((p) => p.write === null)
  if (known.length > 0) {
    out.push({
      label: ['In flight'],
      items: known.map((p) => (p.workOrder ? [p.number, ` (${p.workOrder})`] : [p.number]))
    })
  }
  if (unknown.length > 0) {
    out.push({ label: ['In flight, scope unknown'], items: unknown.map((p) => [p.number]) })
  }
  if (plan.unplanned.length > 0) {
    out.push({
      label: ['Not planned, no Session Scope'],
      items: plan.unplanned.map((u) => [u.id])
    })
  }
  return out
}

/**
 * The work orders of the later waves grouped by what they wait for ("After #12 and WO-2 merge"),
 * in wave order: pull requests by number, then work orders.
 */
function afterGroups(
  plan: Plan,
  before: ReadonlyMap<string, { waits: PullWait[]; first: string[] }>
): Array<{ after: Parts; ids: string[] }> {
  const groups = new Map<string, { after: Parts; ids: string[] }>()
  for (const wave of plan.waves.slice(1)) {
    for (const id of wave) {
      const of = before.get(id)
      const after = [...(of?.waits ?? []).map((w) => w.number), ...(of?.first ?? [])]
      const key = after.join('\u0000')
      const group = groups.get(key) ?? { after, ids: [] }
      group.ids.push(id)
      groups.set(key, group)
    }
  }
  return [...groups.values()]
}

// The protocol's order inside a group (one that shares no written path with the others), and
// declared dependencies, say which work orders go first; the plan's waits say which open pull
// requests.
function prerequisites(
  plan: Plan,
  waveOf: ReadonlyMap<string, number>
): Map<string, { waits: PullWait[]; first: string[] }> {
  const previous = new Map<string, string>()
  for (const group of plan.groups) {
    const placed = group.workOrders.filter((id) => waveOf.has(id))
    placed.forEach((id, i) => {
      if (i > 0) previous.set(id, placed[i - 1] as string)
    })
  }
  const out = new Map<string, { waits: PullWait[]; first: string[] }>()
  for (const order of plan.workOrders) {
    if (!waveOf.has(order.id)) continue
    const first = new Set<string>()
    const before = previous.get(order.id)
    if (before !== undefined) first.add(before)
    for (const id of order.dependsOn) if (waveOf.has(id)) first.add(id)
    out.set(order.id, { waits: order.waits, first: [...first] })
  }
  return out
}

function waveSection(board: Board, wave: readonly string[], k: number): string {
  const head =
    k === 0
      ? `## Wave 1: dispatch now (${wave.length})`
      : `## Wave ${k + 1} (${wave.length}): once what each waits for has merged`
  if (wave.length === 0) return `${head}\n\nNothing can be dispatched now: every work order waits.`
  const rows = wave.map((id) => {
    const cells = [escapeText(id), code(board.pathOf.get(id) ?? '')]
    if (k > 0) cells.push(waitsCell(board, id))
    return cells
  })
  const titles = k === 0 ? ['Work order', 'File'] : ['Work order', 'File', 'Waits for']
  return `${head}\n\n${table(board, titles, rows)}`
}

function waitsCell(board: Board, id: string): string {
  const before = board.before.get(id)
  const items: string[] = []
  for (const wait of before?.waits ?? []) {
    const pull = pullRef(board, wait.number)
    if (wait.reason === 'dependency') {
      items.push(`${pull} to merge: a declared dependency`)
      continue
    }
    const conflict = board.plan.inFlightConflicts.find(
      (c) => c.workOrder === id && c.number === wait.number
    )
    items.push(`${pull} to merge: ${overlapWords(conflict)}`)
  }
  const order = board.plan.workOrders.find((w) => w.id === id)
  for (const first of before?.first ?? []) {
    const declared = order?.dependsOn.includes(first) ?? false
    const shared = board.plan.conflicts.find(
      (c) => c.kind === 'write-write' && c.workOrders.includes(first) && c.workOrders.includes(id)
    )
    const why = declared
      ? 'a declared dependency'
      : shared
        ? `both write ${code(shared.witness || (shared.patterns[0]?.ours ?? ''))}`
        : 'they are in one group, whose work orders run one at a time'
    items.push(`${escapeText(first)} first: ${why}`)
  }
  return items.join('<br>')
}

// `both write x` when the entries are the same; else the work order's entry, the pull request's,
// and a path they share when it is neither.
function overlapWords(conflict: InFlightConflict | undefined): string {
  if (!conflict || conflict.undecided) return 'the write sets may meet (not decided in time)'
  const pairs = conflict.patterns.slice(0, PAIRS_SHOWN).map((p) => {
    if (p.ours === p.theirs) return `both write ${code(p.ours)}`
    const example =
      p.witness === '' || p.witness === p.ours || p.witness === p.theirs
        ? ''
        : ` (e.g. ${code(p.witness)})`
    return `${code(p.ours)} meets its ${code(p.theirs)}${example}`
  })
  const more = conflict.patterns.length - pairs.length
  return `${pairs.join('; ')}${more > 0 ? `; and ${more} more` : ''}`
}

function inFlightSection(board: Board): string {
  const known = (board.plan.inFlight ?? []).filter((p) => p.write !== null)
  if (known.length === 0) return ''
  const rows = known.map((p) => [
    pullCell(board, p),
    p.workOrder === null ? '' : escapeText(p.workOrder),
    writeCell(p.write ?? [])
  ])
  return (
    `## In flight (${known.length})\n\n` +
    table(board, ['Pull request', 'Work order', 'Write set'], rows)
  )
}

function unknownSection(board: Board): string {
  const unknown = (board.plan.inFlight ?? []).filter((p) => p.write === null)
  if (unknown.length === 0) return ''
  const rows = unknown.map((p) => [pullCell(board, p), escapeText(p.unknown ?? '')])
  return (
    `## In flight, scope unknown (${unknown.length})\n\n` +
    'These open pull requests declare no Session Scope that could be read, so nothing can be ' +
    'planned around them: any work order may collide with them. Give each one a Session Scope, ' +
    'in its body or in a work order it names.\n\n' +
    table(board, ['Pull request', 'Why'], rows)
  )
}

function unplannedSection(board: Board): string {
  if (board.plan.unplanned.length === 0) return ''
  const rows = board.plan.unplanned.map((u) => [escapeText(u.id), code(u.path)])
  return (
    '## Not planned: no Session Scope\n\n' +
    'These work orders declare no Session Scope; add a `## Session Scope` block to plan them.\n\n' +
    table(board, ['Work order', 'File'], rows)
  )
}

function warningSection(board: Board): string {
  const unknown = new Set(
    (board.plan.inFlight ?? []).filter((p) => p.write === null).map((p) => p.number)
  )
  // A pull request with no scope has its own section; the rest are listed here.
  const warnings = board.plan.messages.filter(
    (m) => m.level === 'warning' && (m.pullRequest === undefined || !unknown.has(m.pullRequest))
  )
  if (warnings.length === 0) return ''
  const shown = warnings.slice(0, Math.max(board.rows, 1))
  const more = warnings.length - shown.length
  const lines = shown.map((w) => `- ${messageText(shownText(w.message))}`)
  if (more > 0) lines.push(`- …and ${count(more, 'more warning')}${hint(board)}`)
  return `## Warnings\n\n${lines.join('\n')}`
}

function table(board: Board, titles: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`
  const shown = rows.slice(0, board.rows)
  const out = [line(titles), line(titles.map(() => '---')), ...shown.map(line)]
  const more = rows.length - shown.length
  if (more > 0) {
    out.push(
      line([`…and ${count(more, 'more row')}${hint(board)}`, ...titles.slice(1).map(() => '')])
    )
  }
  return out.join('\n')
}

function hint(board: Board): string {
  return board.context.hint ? `: ${escapeText(board.context.hint)}` : ''
}

function pullCell(board: Board, pull: PlannedPull): string {
  return `${pullRef(board, pull.number)} ${escapeText(pull.title)}${pull.draft ? ' (draft)' : ''}`
}

/** `#12` linked to the pull request (its URL from the listing, else the repository's). */
function pullRef(board: Board, number: number): string {
  const url =
    board.pulls.get(number)?.url ?? `${repositoryUrl(board.context.repository)}/pull/${number}`
  return markdownLink(`#${number}`, url)
}

function writeCell(write: readonly string[]): string {
  const shown = write.slice(0, WRITE_ENTRIES_SHOWN).map(code)
  const more = write.length - shown.length
  if (write.length === 0) return '(none)'
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '')
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, LIST_ITEMS_SHOWN)
  const more = items.length - shown.length
  return shown.join(', ') + (more > 0 ? `, and ${more} more` : '')
}

function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 12) : ref
}

/**
 * Text from a pull request or repository, inline: escaped for Markdown (report/escape.ts), and
 * first shown as the log shows it, so that no invisible or control character (tag characters
 * included) reaches a terminal or a page.
 */
function escapeText(text: string): string {
  return escapeMarkdown(shownText(text))
}

/**
 * A path or pattern as a code span, safe in a table cell and a terminal: one line, hidden and
 * control characters shown as U+FFFD, a fence longer than any backtick run inside, pipes escaped.
 */
export function code(text: string): string {
  const flat = shownText(text)
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`.replace(/\|/g, '\\|')
}
