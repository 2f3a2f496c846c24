// The report's sections, each a Block whose lists shorten together under a length limit.
import type { DependencyItem, DependencyStatus } from '../scope/checks/dependencies.js'
import type { SequencedOverlap } from '../scope/checks/overlaps.js'
import type { Conflict, Finding, FindingLevel, Scope, ScopeSource } from '../scope/types.js'
import type { PathRow } from './arrange.js'
import type { Comparison, ReportInput } from './context.js'
import { codeText, escapeText, messageText, tableHeader, tableRow } from './escape.js'
import { CHECK_TITLE, LEVEL_ICON } from './labels.js'
import { type Block, partsBlock, textBlock } from './limit.js'
import { withoutLinePrefix } from './line-prefix.js'
import {
  blobLineUrl,
  commitUrl,
  markdownLink,
  pullFileUrl,
  safeHref,
  SCOPE_HELP_URL
} from './links.js'
import { count, formatNumber } from './words.js'

/** Lists longer than this fold into `<details>`. */
export const FOLD_AFTER = 10

/** Settings shared by the sections. */
export interface SectionContext {
  input: ReportInput
  /** Where the rest of a shortened list can be read, e.g. "see the job summary". */
  hint: string
}

function mostSevere(levels: readonly FindingLevel[]): FindingLevel {
  if (levels.includes('error')) return 'error'
  return levels.includes('warning') ? 'warning' : 'notice'
}

function moreNote(hidden: number, hint: string): string {
  return `…and ${formatNumber(hidden)} more, ${hint}.`
}

/** Items of one table cell, joined by line breaks and cut to `cap`. */
function cellList(items: readonly string[], cap: number, hint: string): string {
  if (items.length === 0) return '—'
  const shown = items.slice(0, cap)
  const hidden = items.length - shown.length
  return [...shown, ...(hidden > 0 ? [moreNote(hidden, hint)] : [])].join('<br>')
}

/**
 * A table of its first rows (`shown`, of `total`), folded into `<details>` when the whole list is
 * long, as parts to concatenate: each row is a part of its own, so that its size is measured once.
 */
function tableParts(
  header: readonly string[],
  total: number,
  shown: readonly string[],
  hint: string,
  summary: string
): string[] {
  const folded = total > FOLD_AFTER
  const parts: string[] = []
  if (folded) parts.push(`<details>\n<summary>${summary}</summary>\n\n`)
  if (shown.length > 0) {
    parts.push(tableHeader(header))
    for (const row of shown) parts.push('\n', row)
  }
  const hidden = total - shown.length
  if (hidden > 0) parts.push(shown.length > 0 ? '\n\n' : '', moreNote(hidden, hint))
  if (folded) parts.push('\n\n</details>')
  return parts
}

/** The first `cap` of rows. */
function firstRows(rows: readonly string[], cap: number): readonly string[] {
  return cap >= rows.length ? rows : rows.slice(0, cap)
}

function scopeLineCell(input: ReportInput, line: number | undefined): string {
  if (line === undefined) return '—'
  return markdownLink(String(line), scopeLineUrl(input, line))
}

/** Where a line of the scope can be seen: a work-order file at its ref (the body has no lines). */
function scopeLineUrl(input: ReportInput, line: number): string | null {
  const source = input.source
  if (source?.kind !== 'work-order' || source.path === null || source.ref === null) return null
  return blobLineUrl(input.repository, source.ref, source.path, line)
}

function fileCell(input: ReportInput, path: string): string {
  const pr = input.pullRequest
  return markdownLink(
    codeText(path),
    pr === null ? null : pullFileUrl(input.repository, pr.number, path)
  )
}

/** A row's reason without the path it starts with: the File column already shows the path. */
function reasonOf(row: PathRow): string {
  const message = row.message || CHECK_TITLE[row.check]
  const lead = `\`${row.path}\` `
  if (!message.startsWith(lead)) return message
  const rest = message.slice(lead.length).replace(/^is /, '')
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

/** The out-of-scope files: one row per path and finding, with the rule and scope line (fixes.ts says what to do). */
export function outOfScopeBlock(rows: readonly PathRow[], context: SectionContext): Block {
  if (rows.length === 0) return textBlock('')
  const { input, hint } = context
  // The most common row (a path no entry mentions) has neither: its dashes would fill the table.
  const rules = rows.some((row) => row.rule !== undefined)
  const lines = rows.some((row) => row.scopeLine !== undefined)
  const rendered = rows.map((row) =>
    tableRow([
      fileCell(input, row.path),
      `${row.level === 'error' ? '' : `${LEVEL_ICON[row.level]} `}${messageText(reasonOf(row))}`,
      ...(rules ? [row.rule === undefined ? '—' : codeText(row.rule)] : []),
      ...(lines ? [scopeLineCell(input, row.scopeLine)] : [])
    ])
  )
  const paths = new Set(rows.map((row) => row.path)).size
  const icon = LEVEL_ICON[mostSevere(rows.map((row) => row.level))]
  const heading = `### ${icon} ${count(paths, 'file')} outside the Session Scope`
  const header = ['File', 'Why', ...(rules ? ['Scope entry'] : []), ...(lines ? ['Line'] : [])]
  const summary = `Show ${count(rows.length, 'row')}`
  return partsBlock(rendered.length, (cap) => [
    heading,
    '\n\n',
    ...tableParts(header, rendered.length, firstRows(rendered, cap), hint, summary)
  ])
}

function conflictAdvice(conflict: Conflict): string {
  const sequence = `\`Dependencies: #${conflict.number}\``
  return conflict.kind === 'write-write'
    ? `Sequence them by adding ${sequence} to the one that must wait, or narrow a write set.`
    : `Let the reader go first or tolerate the write; to sequence them, add ${sequence}.`
}

/** The other open pull requests whose declared sets meet this one's. */
export function conflictsBlock(conflicts: readonly Conflict[], context: SectionContext): Block {
  if (conflicts.length === 0) return textBlock('')
  const { input, hint } = context
  // Many conflicts quote the same entries of ours (and often of theirs): escape each text once.
  const codes = new Map<string, string>()
  const code = (text: string): string => {
    let escaped = codes.get(text)
    if (escaped === undefined) codes.set(text, (escaped = codeText(text)))
    return escaped
  }
  const prepared = conflicts.map((conflict) => ({
    conflict,
    who: `${markdownLink(`#${conflict.number}`, conflict.url)} ${escapeText(conflict.title)}<br>by ${escapeText(conflict.author)}`,
    patterns: conflict.patterns.map((p) => {
      // The same entry on both sides is named once; a witness that repeats it says nothing more.
      const pair =
        p.ours === p.theirs ? `${code(p.ours)} in both` : `${code(p.ours)} ~ ${code(p.theirs)}`
      const said = p.witness === '' || (p.ours === p.theirs && p.witness === p.ours)
      return said ? pair : `${pair}, e.g. ${code(p.witness)}`
    }),
    files: conflict.files.map((file) => fileCell(input, file))
  }))
  const longest = Math.max(
    conflicts.length,
    ...prepared.map((p) => Math.max(p.patterns.length, p.files.length))
  )
  const icon = LEVEL_ICON[mostSevere(conflicts.map((c) => c.level))]
  const others = new Set(conflicts.map((c) => c.number)).size
  const heading = `### ${icon} Overlaps with ${count(others, 'other open pull request')}`
  const header = ['Pull request', 'Kind', 'Shared patterns', 'Files', 'What to do']
  const summary = `Show ${count(conflicts.length, 'overlap')}`
  // The fitting renders this block at many caps; a row whose lists are no longer than the cap
  // reads the same at every such cap, so it is rendered once and kept.
  const whole: (string | undefined)[] = []
  const row = (p: (typeof prepared)[number], cap: number): string =>
    tableRow([
      p.who,
      `${LEVEL_ICON[p.conflict.level]} ${p.conflict.kind}`,
      cellList(p.patterns, cap, hint),
      cellList(p.files, cap, hint),
      conflictAdvice(p.conflict)
    ])
  const rowsUpTo = (cap: number): string[] =>
    prepared.slice(0, cap).map((p, i) => {
      if (cap < p.patterns.length || cap < p.files.length) return row(p, cap)
      return (whole[i] ??= row(p, Infinity))
    })
  return partsBlock(longest, (cap) => [
    heading,
    '\n\n',
    ...tableParts(header, prepared.length, rowsUpTo(cap), hint, summary)
  ])
}

const UNMET_STATES: ReadonlySet<DependencyStatus['state']> = new Set([
  'open',
  'closed-unmerged',
  'not-started'
])

/** A pull request or issue as a link and its title. */
function itemText(item: DependencyItem): string {
  const title = item.title === '' ? '' : ` ${escapeText(item.title)}`
  // Without a usable link, `#12` stays text that GitHub must not turn into a reference of its own.
  const number = safeHref(item.url) === null ? escapeText(`#${item.number}`) : `#${item.number}`
  return `${markdownLink(number, item.url)}${title}`
}

/** The Dependency cell: the pull request a `#N` or URL names (once, with its title), else the reference. */
function dependencyCell(status: DependencyStatus): string {
  if (status.kind !== 'work-order' && status.item !== null && status.state !== 'elsewhere') {
    return itemText(status.item)
  }
  return codeText(status.reference)
}

/** The State cell: met (by what), not met (why), or not checked (why). */
function stateCell(status: DependencyStatus): string {
  const icon = status.level === null ? '✅' : LEVEL_ICON[status.level]
  const item = status.item
  const carrier = status.kind === 'work-order' && item !== null ? itemText(item) : null
  switch (status.state) {
    case 'met':
      if (carrier !== null) return `${icon} met: merged as ${carrier}`
      return `${icon} met: ${item?.kind === 'issue' ? 'closed' : 'merged'}`
    case 'open':
      return carrier !== null
        ? `${icon} not met: ${carrier} carries it and is still open`
        : `${icon} not met: still open, so this pull request waits for it`
    case 'closed-unmerged':
      return carrier !== null
        ? `${icon} not met: ${carrier} carries it but was closed without being merged`
        : `${icon} not met: closed without being merged`
    case 'not-started':
      return `${icon} not met: not started, no pull request carries it yet`
    case 'unknown':
      return status.kind === 'work-order'
        ? `${icon} not checked: no pull request, issue or work-order file goes by this name`
        : `${icon} not checked: no issue or pull request by this number that this token can see`
    case 'elsewhere':
      return `${icon} not checked: it is in another repository`
  }
}

/** The heading: unmet ones first, counted apart from the met and from those not checked. */
function dependencyHeading(statuses: readonly DependencyStatus[]): string {
  const unmet = statuses.filter((s) => UNMET_STATES.has(s.state)).length
  const met = statuses.filter((s) => s.state === 'met').length
  const unchecked = statuses.length - unmet - met
  const levels = statuses.flatMap((s) => (s.level === null ? [] : [s.level]))
  const icon = levels.length === 0 ? '✅' : LEVEL_ICON[mostSevere(levels)]
  const parts: string[] = []
  if (unmet > 0) parts.push(count(unmet, 'unmet dependency', 'unmet dependencies'))
  if (met > 0)
    parts.push(
      unmet > 0 ? `${formatNumber(met)} met` : `${count(met, 'dependency', 'dependencies')} met`
    )
  if (unchecked > 0) {
    parts.push(
      parts.length > 0
        ? `${formatNumber(unchecked)} not checked`
        : `${count(unchecked, 'dependency', 'dependencies')} not checked`
    )
  }
  return `### ${icon} ${parts.join(', ')}`
}

/** Every dependency with its state: met (by the merged pull request), not met, or not checked. */
export function dependenciesBlock(
  statuses: readonly DependencyStatus[],
  context: SectionContext
): Block {
  if (statuses.length === 0) return textBlock('')
  const rows = statuses.map((status) => tableRow([dependencyCell(status), stateCell(status)]))
  const heading = dependencyHeading(statuses)
  const header = ['Dependency', 'State']
  const summary = `Show ${count(rows.length, 'dependency', 'dependencies')}`
  return partsBlock(rows.length, (cap) => [
    heading,
    '\n\n',
    ...tableParts(header, rows.length, firstRows(rows, cap), context.hint, summary)
  ])
}

function findingItem(finding: Finding, input: ReportInput): string {
  const where: string[] = []
  if (finding.scopeLine !== undefined) {
    where.push(markdownLink(`line ${finding.scopeLine}`, scopeLineUrl(input, finding.scopeLine)))
  }
  if (finding.path !== undefined) where.push(codeText(finding.path))
  if (finding.rule !== undefined) where.push(`entry ${codeText(finding.rule)}`)
  const place = where.length > 0 ? ` (${where.join(', ')})` : ''
  const message = withoutLinePrefix(finding.message, finding.scopeLine)
  return `- ${LEVEL_ICON[finding.level]} **${CHECK_TITLE[finding.check]}**${place}: ${messageText(message)}`
}

/** The findings no table shows: scope syntax, missing scope, unused write entries, and the like. */
export function findingsBlock(findings: readonly Finding[], context: SectionContext): Block {
  if (findings.length === 0) return textBlock('')
  const items = findings.map((finding) => findingItem(finding, context.input))
  const icon = LEVEL_ICON[mostSevere(findings.map((f) => f.level))]
  const heading = `### ${icon} ${count(findings.length, 'finding')}`
  return {
    rows: items.length,
    render: (cap) => {
      const shown = items.slice(0, cap)
      const hidden = items.length - shown.length
      const body = [shown.join('\n'), hidden > 0 ? moreNote(hidden, context.hint) : '']
        .filter((part) => part !== '')
        .join('\n\n')
      if (items.length <= FOLD_AFTER) return `${heading}\n\n${body}`
      const summary = `Show ${count(items.length, 'finding')}`
      return `${heading}\n\n<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`
    }
  }
}

/** How to declare a scope, shown when none was found. */
export function missingScopeHelp(input: ReportInput): Block {
  const help = markdownLink('Session Scope block', input.helpUrl ?? SCOPE_HELP_URL)
  return textBlock(
    [
      `Declare what this pull request may change with a ${help} in its body (or in its work-order file), for example:`,
      '',
      '```markdown',
      '## Session Scope',
      '**Write set:** src/feature/**, docs/feature.md',
      '**Read set:** src/shared/**',
      '**Dependencies:** none',
      '**Do NOT touch:** any file not listed above',
      '```'
    ].join('\n')
  )
}

const SEQUENCED_KIND: Record<SequencedOverlap['kind'], string> = {
  'write-write': 'writes the same files',
  'read-write': 'reads what this pull request writes, or writes what it reads'
}

const SEQUENCED_WAIT: Record<SequencedOverlap['waiting'], string> = {
  this: 'this pull request waits for it',
  other: 'it waits for this pull request',
  both: 'each names the other as a dependency'
}

function sequencedItem(meeting: SequencedOverlap): string {
  const { number, title, url } = meeting
  const who = itemText({ kind: 'pull', number, title, url })
  const witness = meeting.patterns.find((p) => p.witness !== '')?.witness ?? meeting.files[0]
  const example = witness === undefined ? '' : ` (e.g. ${codeText(witness)})`
  return `- ${who} — ${SEQUENCED_KIND[meeting.kind]}${example}; ${SEQUENCED_WAIT[meeting.waiting]}.`
}

/**
 * What the overlap check compared: how many other open pull requests, how many could not be
 * compared, and the overlaps a declared dependency sequences (no conflict, but worth knowing).
 */
export function comparisonBlock(
  comparison: Comparison,
  conflicts: readonly Conflict[],
  context: SectionContext
): Block {
  const { compared, withoutScope, sequenced } = comparison
  const overlapping = new Set(conflicts.map((c) => c.number)).size
  const lead =
    compared === 0
      ? withoutScope === 0
        ? 'No other open pull request targets the same base branch: there was nothing to compare.'
        : ''
      : `Compared with ${count(compared, 'other open pull request')} to the same base branch: ` +
        (overlapping === 0
          ? 'none overlaps this one.'
          : `${formatNumber(overlapping)} ${overlapping === 1 ? 'overlaps' : 'overlap'} this one (above).`)
  const verb = withoutScope === 1 ? 'declares' : 'declare'
  const unscoped =
    withoutScope === 0
      ? ''
      : `${compared === 0 ? count(withoutScope, 'other open pull request') + ' to the same base branch' : `${formatNumber(withoutScope)} more`} ${verb} no Session Scope, so overlaps with ${withoutScope === 1 ? 'it' : 'them'} could not be checked.`
  const off =
    comparison.off === undefined
      ? ''
      : comparison.off === 'write-write'
        ? 'Write-write overlaps were not checked: the input `overlap` is `off`.'
        : 'Read-write overlaps were not checked: the input `read-overlap` is `off`.'
  const items = sequenced.map(sequencedItem)
  return {
    rows: items.length,
    render: (cap) => {
      const shown = items.slice(0, cap)
      const hidden = items.length - shown.length
      const list = [
        shown.length > 0
          ? `Sequenced by a declared dependency, so not a conflict:\n\n${shown.join('\n')}`
          : '',
        hidden > 0 ? moreNote(hidden, context.hint) : ''
      ]
      const body = [lead, off, ...list, unscoped].filter((part) => part !== '').join('\n\n')
      return `### Other open pull requests\n\n${body}`
    }
  }
}

/** A note on the open pull requests that could not be compared. */
export function skippedBlock(skipped: number | undefined): Block {
  if (skipped === undefined || skipped <= 0) return textBlock('')
  const verb = skipped === 1 ? 'declares' : 'declare'
  return textBlock(
    `ℹ️ ${count(skipped, 'other open pull request')} to the same base ${verb} no Session Scope, so overlaps with ${skipped === 1 ? 'it' : 'them'} could not be checked.`
  )
}

function sourceText(input: ReportInput, source: ScopeSource | null, line: number): string {
  if (source === null) return `Read at line ${line}.`
  if (source.kind === 'body') return `Read from the pull request body, line ${line}.`
  if (source.path === null) return `Read from a work order, line ${line}.`
  const file = codeText(source.path)
  if (source.ref === null) return `Read from work order ${file}, line ${line}.`
  const url = blobLineUrl(input.repository, source.ref, source.path, line)
  return `Read from work order ${markdownLink(file, url)} at ${codeText(source.ref)}, line ${line}.`
}

function fieldLine(label: string, items: readonly string[], cap: number, hint: string): string {
  if (items.length === 0) return `- **${label}:** none`
  const shown = items.slice(0, cap)
  const hidden = items.length - shown.length
  const more = hidden > 0 ? ` ${moreNote(hidden, hint)}` : ''
  return `- **${label}:** ${shown.join(', ')}${more}`
}

/** The parsed scope in short: its source and its four lists, in the order they were written. */
export function scopeBlock(scope: Scope | null, context: SectionContext): Block {
  if (scope === null) return textBlock('')
  const { input, hint } = context
  const write = scope.write.map((e) => codeText(e.text))
  const read = scope.read.map((e) => codeText(e.text))
  const dependencies = scope.dependencies.map((d) => escapeText(d.text))
  const forbidden = [
    ...scope.forbidden.map((e) => codeText(e.text)),
    ...(scope.forbidOthers ? ['any file not listed above'] : [])
  ]
  const total = write.length + read.length + dependencies.length + forbidden.length
  const source = sourceText(input, input.source, scope.line)
  return {
    rows: Math.max(write.length, read.length, dependencies.length, forbidden.length),
    render: (cap) => {
      const lines = [
        fieldLine('Write set', write, cap, hint),
        fieldLine('Read set', read, cap, hint),
        fieldLine('Dependencies', dependencies, cap, hint),
        fieldLine('Do not touch', forbidden, cap, hint)
      ].join('\n')
      const body = `${source}\n\n${lines}`
      if (total <= FOLD_AFTER) return `### Declared scope\n\n${body}`
      const summary = `Show ${count(total, 'entry', 'entries')}`
      return `### Declared scope\n\n<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`
    }
  }
}

/** The commit the report is about (so that an edited comment says which run it is from), its run, and help. */
export function footerBlock(input: ReportInput): Block {
  const sha = input.pullRequest?.headSha
  const parts: string[] = []
  if (sha !== undefined && sha !== '') {
    const commit = markdownLink(codeText(sha.slice(0, 12)), commitUrl(input.repository, sha))
    const run = input.runUrl ? ` in ${markdownLink('this workflow run', input.runUrl)}` : ''
    parts.push(`Checked commit ${commit}${run}`)
  }
  if (parts.length === 0) return textBlock('')
  parts.push(markdownLink('What is a Session Scope?', input.helpUrl ?? SCOPE_HELP_URL))
  return textBlock(`<sub>${parts.join(' · ')}</sub>`)
}
