// Field labels of a Markdown Session Scope (CONTRACT §1.2): which texts name which field, and
// how a line that starts with a label is read.

import { boldOnly, listItem } from './markdown.js'
import type { ScopeField } from '../types.js'

/** The labels of each field, in the spelling the contract gives (the first is the main one). */
export const FIELD_LABELS: Readonly<Record<ScopeField, readonly string[]>> = {
  write: ['Write set', 'Writes', 'Files I will modify'],
  read: ['Read set', 'Reads', 'Files I will read but not modify'],
  dependencies: [
    'Dependencies',
    'Depends on',
    'Dependency set',
    'Files that must be in a specific state before I start'
  ],
  forbidden: ['Do NOT touch', 'Forbidden', 'Must not touch']
}

const BY_LABEL: ReadonlyMap<string, ScopeField> = new Map(
  (Object.keys(FIELD_LABELS) as ScopeField[]).flatMap((field) =>
    FIELD_LABELS[field].map((label) => [normaliseLabel(label), field] as const)
  )
)

/** Case, hyphens, underscores and runs of spaces do not matter in a label (`write-set`). */
export function normaliseLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim()
}

/** The field a label names, or null for an unknown label. */
export function fieldForLabel(label: string): ScopeField | null {
  let text = label.trim()
  if (text.endsWith(':')) text = text.slice(0, -1)
  return BY_LABEL.get(normaliseLabel(text)) ?? null
}

/** A line that starts with a label: the label, its field (null if unknown), the text after it. */
export interface LabelLine {
  label: string
  field: ScopeField | null
  value: string
}

/**
 * Reads a label at the start of a line, after an optional list marker. Bold labels
 * (`**Write set:**`, `**Write set**:`) are labels even when unknown, so that a typo is reported;
 * plain ones (`Write set:`) only when known, so that prose such as `Note: ...` stays prose.
 */
export function readLabel(line: string): LabelLine | null {
  const item = listItem(line)
  const text = item ? item.content : line.trim()
  return readBoldLabel(text) ?? readItalicLabel(text) ?? readPlainLabel(text)
}

// `*Write set:* a.ts`, `_Write set_: a.ts`: italic labels count only when known, as plain ones
// do, so that an italic note (`*Note:* ...`) stays prose.
function readItalicLabel(text: string): LabelLine | null {
  const mark = text[0]
  if ((mark !== '*' && mark !== '_') || text[1] === mark) return null
  const close = text.indexOf(mark, 1)
  if (close < 0) return null
  const inner = text.slice(1, close).trim()
  let after = text.slice(close + 1).trim()
  let label = inner
  if (inner.endsWith(':')) label = inner.slice(0, -1).trim()
  else if (after.startsWith(':')) after = after.slice(1).trim()
  else return null
  const field = fieldForLabel(label)
  return field ? { label, field, value: after } : null
}

function readBoldLabel(text: string): LabelLine | null {
  const mark = text.slice(0, 2)
  if (mark !== '**' && mark !== '__') return null
  const close = text.indexOf(mark, 2)
  if (close < 0) return null
  const inner = text.slice(2, close).trim()
  const after = text.slice(close + 2)
  if (inner.endsWith(':')) {
    const label = inner.slice(0, -1).trim()
    return label === '' ? null : { label, field: fieldForLabel(label), value: after.trim() }
  }
  const afterTrim = after.trimStart()
  if (afterTrim.startsWith(':')) {
    return inner === ''
      ? null
      : { label: inner, field: fieldForLabel(inner), value: afterTrim.slice(1).trim() }
  }
  // `**Write set**` alone on its line, with its items below: a known label without its colon.
  const field = fieldForLabel(inner)
  if (field && afterTrim === '' && boldOnly(text) !== null)
    return { label: inner, field, value: '' }
  return null
}

function readPlainLabel(text: string): LabelLine | null {
  const colon = text.indexOf(':')
  // The longest label has 53 characters; a longer prefix is prose, and not worth normalising.
  if (colon <= 0 || colon > 80) return null
  const label = text.slice(0, colon).trim()
  const field = fieldForLabel(label)
  if (!field) return null
  return { label, field, value: text.slice(colon + 1).trim() }
}
