// The body of a Markdown Session Scope block, read into raw fields (CONTRACT §1.2). A field's
// value is the text after its label, the list items after it, and plain lines directly after
// it (a Markdown paragraph continues), up to the next label, heading, or a blank line followed
// by a line that is not a list item.

import type { RawField, RawItem } from './fields.js'
import { fieldForLabel, FIELD_LABELS, readLabel } from './labels.js'
import type { DocLine } from './lines.js'
import {
  atxHeading,
  boldOnly,
  isThematicBreak,
  listItem,
  setextLevel,
  stripEmphasis,
  type Heading
} from './markdown.js'
import { readTable, tableStartsAt } from './table.js'
import type { ScopeMessage } from '../types.js'

/** The fields of a Markdown block, and the lines of its known labels (to detect mixed forms). */
export interface MarkdownFields {
  fields: RawField[]
  labelLines: number[]
  messages: ScopeMessage[]
}

/** The heading a visible line starts, ATX (`## x`) or setext (`x` over `---`), or null. */
export function headingAt(lines: readonly DocLine[], index: number): Heading | null {
  const line = lines[index]
  if (!line || line.kind !== 'text') return null
  const atx = atxHeading(line.text)
  if (atx) return atx
  const under = lines[index + 1]
  if (!under || under.kind !== 'text') return null
  const level = setextLevel(under.text)
  if (level === 0) return null
  // A label or list item over `---` is a field followed by a break, not a heading: an author
  // who writes one means the field.
  if (listItem(line.text) || readLabel(line.text) || isThematicBreak(line.text)) return null
  if (line.text.length - line.text.trimStart().length > 3) return null
  return { level, text: line.text.trim() }
}

interface Current {
  /** Null for an unknown label: its items are swallowed, not given to the field before it. */
  raw: RawField | null
  last: RawItem | null
}

/** Reads the fields of the block body `lines[from..to)`. */
export function readMarkdownFields(
  lines: readonly DocLine[],
  from: number,
  to: number
): MarkdownFields {
  const fields: RawField[] = []
  const labelLines: number[] = []
  const messages: ScopeMessage[] = []
  let current: Current | null = null
  let afterBlank = false

  const start = (field: RawField | null): Current => {
    if (field) {
      fields.push(field)
      labelLines.push(field.line)
    }
    return { raw: field, last: null }
  }
  const add = (cur: Current, item: RawItem): void => {
    if (!cur.raw) return
    cur.raw.items.push(item)
    cur.last = item
  }

  for (let i = from; i < to; i++) {
    const line = lines[i]
    if (!line || line.kind === 'comment') continue
    if (line.kind === 'blank') {
      afterBlank = true
      continue
    }
    const wasBlank = afterBlank
    afterBlank = false
    if (line.kind === 'hidden') {
      current = null
      continue
    }
    const text = line.text

    const heading = headingAt(lines, i)
    if (heading) {
      const field = fieldForLabel(stripEmphasis(heading.text))
      current = field
        ? start({ field, label: heading.text, line: line.number, items: [], explicitEmpty: false })
        : null
      if (atxHeading(text) === null) i++ // skip the setext underline
      continue
    }
    if (isThematicBreak(text) || setextLevel(text) > 0) {
      current = null
      continue
    }

    if (tableStartsAt(lines, i)) {
      const table = readTable(lines, i, to)
      for (const field of table.fields) start(field)
      current = null
      i = table.end - 1
      continue
    }

    const label = readLabel(text)
    if (label) {
      if (!label.field) {
        messages.push(unknownLabel(label.label, line.number))
        current = start(null)
      } else {
        current = start({
          field: label.field,
          label: label.label,
          line: line.number,
          items: [],
          explicitEmpty: false
        })
      }
      if (label.value !== '')
        add(current, { text: label.value, line: line.number, source: 'inline' })
      continue
    }
    if (boldOnly(text) !== null) {
      current = null
      continue
    }

    const item = listItem(text)
    if (item) {
      if (current && item.content !== '') {
        add(current, { text: item.content, line: line.number, source: 'list' })
      }
      continue
    }

    if (!current || wasBlank) {
      current = null
      continue
    }
    continueParagraph(current, text.trim(), line.number, add)
  }
  return { fields, labelLines, messages }
}

// A plain line right under a field's text continues it. In dependencies it lengthens the item
// before it (a sentence wrapped over two lines) unless that one ended with a separator; in path
// fields it holds more paths.
function continueParagraph(
  current: Current,
  text: string,
  line: number,
  add: (cur: Current, item: RawItem) => void
): void {
  const last = current.last
  if (current.raw?.field === 'dependencies' && last && !/[,;]$/.test(last.text.trimEnd())) {
    last.text = `${last.text} ${text}`
    return
  }
  add(current, { text, line, source: 'inline' })
}

function unknownLabel(label: string, line: number): ScopeMessage {
  const shown = label.length > 60 ? `${label.slice(0, 57)}...` : label
  const known = [
    ...FIELD_LABELS.write.slice(0, 1),
    ...FIELD_LABELS.read.slice(0, 1),
    ...FIELD_LABELS.dependencies.slice(0, 1),
    ...FIELD_LABELS.forbidden.slice(0, 1)
  ].join(', ')
  return {
    level: 'warning',
    line,
    message:
      `line ${line}: unknown label "${shown}" in the Session Scope; its text is ignored. ` +
      `Use one of ${known} (or an alias such as Writes, Reads, Depends on, Forbidden), ` +
      `or move the note outside the block.`
  }
}
