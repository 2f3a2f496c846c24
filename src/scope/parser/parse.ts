// The Session Scope parser (CONTRACT §1.1-1.3, §1.5, §1.7): finds the one scope block of a
// Markdown document (a pull request body or a work-order file) and reads it into a Scope.
// Pure: text in, data out. Each step is linear in the size of the document.

import { buildScope, type BlockInfo, type RawField } from './fields.js'
import { headingAt, readMarkdownFields } from './block.js'
import { readFencedFields } from './fenced.js'
import { readLabel } from './labels.js'
import { scanDocument, type DocLine, type ScopeFence } from './lines.js'
import { boldOnly, isSessionScopeTitle } from './markdown.js'
import type { ParseResult, ScopeMessage } from '../types.js'

/** Where a Markdown block starts: its heading (with its level) or its bold-only line. */
interface Start {
  index: number
  line: number
  /** Heading level 1-6, or 0 for a `**Session Scope**` line. */
  level: number
}

/** A block with its body range `lines[start.index + 1 .. end)` and the fences inside it. */
interface Block {
  start: Start
  end: number
  fences: ScopeFence[]
}

// Ranges are worked out for this many blocks at most: more than one is an error anyway.
const MAX_RANGES = 5

/** Parses the Session Scope of a Markdown document; `scope` is null when there is none. */
export function parseScope(markdown: string): ParseResult {
  const { lines, fences } = scanDocument(markdown)
  const starts = findStarts(lines)
  const blocks = starts.slice(0, MAX_RANGES).map((start) => blockAt(lines, start, fences))
  const owned = new Set(blocks.flatMap((block) => block.fences))
  const alone = fences.filter((fence) => !owned.has(fence))

  const places = [...starts.map((start) => start.line), ...alone.map((fence) => fence.line)]
  if (places.length === 0) return { scope: null, messages: [] }
  if (places.length > 1) return { scope: null, messages: [duplicate(places)] }

  const block = blocks[0]
  if (block) return finish(readMarkdownBlock(lines, block))
  const fence = alone[0]
  if (!fence) return { scope: null, messages: [] }
  return finish(readFence(fence, { line: fence.line, form: 'fenced' }))
}

function findStarts(lines: readonly DocLine[]): Start[] {
  const starts: Start[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line || line.kind !== 'text') continue
    const heading = headingAt(lines, i)
    if (heading) {
      if (isSessionScopeTitle(heading.text))
        starts.push({ index: i, line: line.number, level: heading.level })
      continue
    }
    const bold = boldOnly(line.text)
    if (bold !== null && isSessionScopeTitle(bold))
      starts.push({ index: i, line: line.number, level: 0 })
  }
  return starts
}

// A heading block ends at the next heading of the same or a higher level; a bold-line block at
// the next heading or the next bold-only line that is not a field label.
function blockAt(lines: readonly DocLine[], start: Start, fences: readonly ScopeFence[]): Block {
  let end = lines.length
  for (let j = start.index + 1; j < lines.length; j++) {
    const line = lines[j]
    if (!line || line.kind !== 'text') continue
    const heading = headingAt(lines, j)
    if (heading && (start.level === 0 || heading.level <= start.level)) {
      end = j
      break
    }
    if (start.level === 0 && boldOnly(line.text) !== null && readLabel(line.text) === null) {
      end = j
      break
    }
  }
  const first = start.line
  const last = lines[end - 1]?.number ?? first
  const inside = fences.filter((fence) => fence.line > first && fence.line <= last)
  return { start, end, fences: inside }
}

function readMarkdownBlock(lines: readonly DocLine[], block: Block): ParseResult {
  const info: BlockInfo = { line: block.start.line, form: 'markdown' }
  if (block.fences.length > 1) {
    return { scope: null, messages: [duplicate(block.fences.map((fence) => fence.line))] }
  }
  const read = readMarkdownFields(lines, block.start.index + 1, block.end)
  const fence = block.fences[0]
  if (!fence) return assemble(read.fields, read.messages, info)

  const label = read.labelLines[0]
  if (label !== undefined) {
    return {
      scope: null,
      messages: [
        {
          level: 'error',
          line: label,
          message:
            `line ${label}: the Session Scope on line ${info.line} has both field labels and a ` +
            `session-scope fence (line ${fence.line}); use one form: keep the fence or the labels.`
        }
      ]
    }
  }
  const fenced = readFence(fence, { line: info.line, form: 'fenced' })
  return { scope: fenced.scope, messages: [...read.messages, ...fenced.messages] }
}

function readFence(fence: ScopeFence, info: BlockInfo): ParseResult {
  const read = readFencedFields(fence)
  if (!read.ok) return { scope: null, messages: read.messages }
  return assemble(read.fields, read.messages, info)
}

function assemble(fields: RawField[], earlier: ScopeMessage[], info: BlockInfo): ParseResult {
  const built = buildScope(fields, info)
  return { scope: built.scope, messages: [...earlier, ...built.messages] }
}

// Any error means the scope could not be read; messages come in document order.
function finish(result: ParseResult): ParseResult {
  const messages = result.messages
    .map((message, order) => ({ message, order }))
    .sort((a, b) => a.message.line - b.message.line || a.order - b.order)
    .map(({ message }) => message)
  const failed = messages.some((message) => message.level === 'error')
  return { scope: failed ? null : result.scope, messages }
}

function duplicate(places: number[]): ScopeMessage {
  const sorted = [...places].sort((a, b) => a - b)
  const shown = sorted.slice(0, 5)
  const more = sorted.length > shown.length ? ` and ${sorted.length - shown.length} more` : ''
  const list =
    shown.length === 2 && !more ? `${shown[0]} and ${shown[1]}` : `${shown.join(', ')}${more}`
  const second = sorted[1] ?? sorted[0] ?? 1
  return {
    level: 'error',
    line: second,
    message:
      `lines ${list}: the document has ${sorted.length} Session Scope blocks; keep exactly one ` +
      `(delete or merge the others) so that the scope is unambiguous.`
  }
}
