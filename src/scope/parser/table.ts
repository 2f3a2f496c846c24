// Session Scope fields written as a Markdown table, which people and AI sessions often use for a
// PR template: a row per field (`| Write set | a.ts, b.ts |`), or a header that names the fields
// and rows below that fill its columns. Cells are inline values, split as an inline value is.
// Rows of other tables (headers such as `| Field | Paths |`, notes) are not labels: no warnings.

import type { RawField } from './fields.js'
import { fieldForLabel } from './labels.js'
import type { DocLine } from './lines.js'
import { stripEmphasis } from './markdown.js'
import type { ScopeField } from '../types.js'

/** The fields of a table, and the index of the first line after it. */
export interface TableFields {
  fields: RawField[]
  end: number
}

/** True when a table starts at `lines[index]`: a row opening with `|`, or one over a delimiter row. */
export function tableStartsAt(lines: readonly DocLine[], index: number): boolean {
  const text = lines[index]?.text ?? ''
  if (!text.includes('|')) return false
  if (text.trimStart().startsWith('|')) return true
  const next = lines[index + 1]
  return next?.kind === 'text' && isDelimiterRow(next.text)
}

/** Reads the table that starts at `lines[from]` and runs while lines hold a `|`, before `to`. */
export function readTable(lines: readonly DocLine[], from: number, to: number): TableFields {
  let end = from
  while (end < to) {
    const line = lines[end]
    if (!line || line.kind !== 'text' || !line.text.includes('|')) break
    end++
  }
  const rows = lines.slice(from, end) as DocLine[]
  const [header, delimiter] = rows
  if (!header || !delimiter || !isDelimiterRow(delimiter.text)) return { fields: byRow(rows), end }
  const body = rows.slice(2)
  const columns = cells(header.text).map(labelField)
  // A header that names fields past its first cell (or a one-column table) lists them by column;
  // otherwise it is a key-value table whose header may itself be the first field's row.
  const byColumns =
    columns.some((field, i) => field !== null && i > 0) ||
    (columns.length === 1 && columns[0] !== null)
  if (byColumns) return { fields: byColumn(columns, header.number, body), end }
  return { fields: byRow([header, ...body]), end }
}

// A row whose first cell names a field gives that field the other cells.
function byRow(rows: readonly DocLine[]): RawField[] {
  const fields: RawField[] = []
  for (const row of rows) {
    const [first = '', ...rest] = cells(row.text)
    const field = labelField(first)
    if (!field) continue
    const items = rest
      .filter((cell) => cell !== '')
      .map((text) => ({ text, line: row.number, source: 'inline' as const }))
    fields.push({ field, label: first, line: row.number, items, explicitEmpty: false })
  }
  return fields
}

// A header that names fields: each row adds its cells to the fields of their columns.
function byColumn(
  columns: readonly (ScopeField | null)[],
  line: number,
  rows: readonly DocLine[]
): RawField[] {
  const fields = new Map<number, RawField>()
  columns.forEach((field, i) => {
    if (field) fields.set(i, { field, label: field, line, items: [], explicitEmpty: false })
  })
  for (const row of rows) {
    cells(row.text).forEach((text, i) => {
      const raw = fields.get(i)
      if (raw && text !== '') raw.items.push({ text, line: row.number, source: 'inline' })
    })
  }
  return [...fields.values()]
}

function labelField(cell: string): ScopeField | null {
  let text = stripEmphasis(cell)
  if (text.endsWith(':')) text = stripEmphasis(text.slice(0, -1))
  return fieldForLabel(text)
}

function isDelimiterRow(text: string): boolean {
  if (!text.includes('-')) return false
  const row = cells(text)
  return row.length > 0 && row.every((cell) => /^:?-+:?$/.test(cell))
}

/** The trimmed cells of a row, split on `|` (GFM splits inside code spans too); `\|` is a pipe. */
function cells(text: string): string[] {
  const out: string[] = []
  let cell = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (ch === '\\' && text[i + 1] === '|') {
      cell += '|'
      i++
    } else if (ch === '|') {
      out.push(cell.trim())
      cell = ''
    } else cell += ch
  }
  out.push(cell.trim())
  // Outer pipes leave an empty first and last cell.
  if (out.length > 1 && out[0] === '' && text.trimStart().startsWith('|')) out.shift()
  if (out.length > 1 && out[out.length - 1] === '' && /(?:^|[^\\])\|\s*$/.test(text)) out.pop()
  return out
}
