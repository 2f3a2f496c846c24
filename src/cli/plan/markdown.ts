// `pr-scope plan` as Markdown, in the protocol's own shapes: the "File | Used by WOs" table, the
// conflicts with their resolution, the parallel-safe groups with their order, the waves of
// dispatch, and the work orders that could not be planned. Text is built purely from the plan.

import type { Plan, PlanConflict } from '../../scope/plan/types.js'

/** Renders a plan as a Markdown report that ends with a newline. */
export function renderPlanMarkdown(plan: Plan): string {
  const waveOf = new Map<string, number>()
  plan.waves.forEach((wave, k) => wave.forEach((id) => waveOf.set(id, k)))
  const sections = [
    `# Work-order plan\n\n${summary(plan)}`,
    fileSection(plan),
    conflictSection(plan, waveOf),
    groupSection(plan),
    waveSection(plan),
    unplannedSection(plan),
    warningSection(plan)
  ]
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`
}

function summary(plan: Plan): string {
  const planned = plan.workOrders.length - plan.unplanned.length
  const parts = [
    `${count(plan.workOrders.length, 'work order')}: ${planned} planned in ` +
      `${count(plan.groups.length, 'parallel-safe group')} and ${count(plan.waves.length, 'wave')}`
  ]
  if (plan.unplanned.length > 0)
    parts.push(`${plan.unplanned.length} not planned (no Session Scope)`)
  return `${parts.join('; ')}.`
}

function fileSection(plan: Plan): string {
  const head = '## File ownership\n\n'
  if (plan.files.length === 0) return `${head}No file is written by more than one work order.`
  const rows = plan.files.map((f) => [code(f.path), f.workOrders.map(cell).join(', ')])
  return head + table(['File', 'Used by WOs'], rows)
}

function conflictSection(plan: Plan, waveOf: ReadonlyMap<string, number>): string {
  const head = '## Conflicts\n\n'
  if (plan.conflicts.length === 0) return `${head}No conflicts: the work orders share no path.`
  const rows = plan.conflicts.map((c) => [
    c.kind,
    c.kind === 'write-write'
      ? c.workOrders.map(cell).join(', ')
      : `${cell(c.workOrders[0])} reads, ${cell(c.workOrders[1])} writes`,
    c.patterns
      .map((p) => (p.ours === p.theirs ? code(p.ours) : `${code(p.ours)} / ${code(p.theirs)}`))
      .join('<br>'),
    !c.decided ? '(not decided)' : c.witness === '' ? '(not shown)' : code(c.witness),
    cell(resolution(c, plan, waveOf))
  ])
  return head + table(['Kind', 'Work orders', 'Patterns', 'Shared path', 'Resolution'], rows)
}

// The protocol's "RESOLUTION" line: who runs after whom, or why a read-write pair is acceptable.
function resolution(c: PlanConflict, plan: Plan, waveOf: ReadonlyMap<string, number>): string {
  const [a, b] = c.workOrders
  const wa = waveOf.get(a)
  const wb = waveOf.get(b)
  if (wa === undefined || wb === undefined) return 'not scheduled (see the errors)'
  if (c.kind === 'write-write') {
    const [first, second] = wa <= wb ? [a, b] : [b, a]
    const by = c.sequenced ? 'declared dependency' : 'same group'
    const why = c.decided
      ? ''
      : '; whether they share a path could not be decided within the work bound, so they are sequenced to be safe'
    return `${second} runs after ${first} completes (${by}${why})`
  }
  if (!c.decided) {
    return 'whether the reader reads what the writer writes could not be decided within the work bound: treat it as a read-write overlap'
  }
  if (wa < wb) return `${a} reads first, before ${b} writes`
  if (wa > wb) return `${a} reads after ${b} has written`
  return `in parallel: ${a} must tolerate ${b}'s change, or declare a dependency on it`
}

function groupSection(plan: Plan): string {
  const head = '## Parallel-safe groups\n\n'
  if (plan.groups.length === 0) return `${head}No work order has a Session Scope.`
  const rows = plan.groups.map((g, i) => [
    String(i + 1),
    g.workOrders.map(cell).join(' → '),
    g.waitsFor
      .map((w) => `${cell(w.workOrder)} waits for ${cell(w.dependsOn)} (group ${w.group + 1})`)
      .join('<br>')
  ])
  // Parallel-safe means sharing no written path; a declared dependency can still make a group wait.
  const waits = plan.groups.some((g) => g.waitsFor.length > 0)
  const intro = waits
    ? 'Groups share no written path; a group runs beside the others unless it waits for a work ' +
      'order of another group (Waits for), and starts once that one is merged. The work orders ' +
      'of one group run one after another, in this order.'
    : 'Groups share no written path, so they run in parallel; the work orders of one group run ' +
      'one after another, in this order.'
  return `${head}${intro}\n\n${table(['Group', 'Work orders, in order', 'Waits for'], rows)}`
}

function waveSection(plan: Plan): string {
  if (plan.waves.length === 0) return ''
  const label = (k: number): string =>
    k === 0 ? '1 (now)' : k === 1 ? '2 (next)' : `${k + 1} (after wave ${k})`
  const rows = plan.waves.map((wave, k) => [label(k), wave.map(cell).join(', ')])
  return (
    '## Waves\n\n' +
    'Each wave may be dispatched once every work order of the waves before it is merged.\n\n' +
    table(['Wave', 'Dispatch'], rows)
  )
}

function unplannedSection(plan: Plan): string {
  if (plan.unplanned.length === 0) return ''
  const rows = plan.unplanned.map((u) => [cell(u.id), code(u.path)])
  return (
    '## Not planned: no scope\n\n' +
    'These files declare no Session Scope; add a `## Session Scope` block to plan them.\n\n' +
    table(['Work order', 'File'], rows)
  )
}

function warningSection(plan: Plan): string {
  const warnings = plan.messages.filter((m) => m.level === 'warning')
  if (warnings.length === 0) return ''
  return `## Warnings\n\n${warnings.map((w) => `- ${inline(w.message)}`).join('\n')}`
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Plain text safe inside a table cell: no pipe, no line break, no HTML. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|')
}

function inline(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A path or pattern as a code span, safe inside a table cell whatever backticks it holds. */
function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`.replace(/\|/g, '\\|')
}
