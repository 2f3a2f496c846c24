// The fenced form of a Session Scope (CONTRACT §1.5): a ```session-scope block holding YAML with
// the keys write, read, dependencies and forbidden, each a list of strings or one string.
// Lines and columns of YAML errors and of items are translated to lines of the whole document.

import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import type { RawField, RawItem } from './fields.js'
import { fieldForLabel } from './labels.js'
import type { ScopeFence } from './lines.js'
import { MAX_ITEMS, MAX_KEYS, screenYaml } from './yaml-guard.js'
import type { ScopeField, ScopeMessage } from '../types.js'

/** The fields of a session-scope fence; `ok` is false when its YAML could not be read. */
export interface FencedFields {
  fields: RawField[]
  messages: ScopeMessage[]
  ok: boolean
}

const KEYS = 'write, read, dependencies, forbidden'
const MAX_YAML_ERRORS = 5
// Only plain-shaped bodies (see yaml-guard.ts) of up to 8 KB reach the YAML parser, or
// bodies of other shapes up to 256 characters: both parse in a few milliseconds at worst.
const MAX_PLAIN = 8192
const MAX_OTHER = 256

/** Reads the YAML body of a session-scope fence into raw fields. */
export function readFencedFields(fence: ScopeFence): FencedFields {
  const source = fence.body.join('\n')
  const position = positions(fence)
  const messages: ScopeMessage[] = []
  if (!fence.closed) {
    messages.push({
      level: 'warning',
      line: fence.line,
      message:
        `line ${fence.line}: the session-scope fence is never closed, so it runs to the end of ` +
        'the document; close it with a line of ``` (or ~~~, as it was opened).'
    })
  }

  const refused = screen(fence, source.length, position)
  if (refused) return { fields: [], messages: [...messages, refused], ok: false }

  let doc: ReturnType<typeof parseDocument>
  try {
    doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true })
  } catch (error) {
    // The YAML library can exhaust the stack on absurdly nested input; that is bad input, not
    // a bug of ours, so it becomes a message like any other YAML error.
    const reason = error instanceof Error ? error.message : String(error)
    messages.push({
      level: 'error',
      line: fence.line,
      message: `line ${fence.line}: the session-scope block could not be read as YAML (${reason}); simplify it.`
    })
    return { fields: [], messages, ok: false }
  }

  for (const error of doc.errors.slice(0, MAX_YAML_ERRORS)) {
    const at = position(error.pos[0])
    messages.push({
      level: 'error',
      line: at.line,
      column: at.column,
      message:
        `line ${at.line}, column ${at.column}: the session-scope block is not valid YAML: ` +
        `${firstLine(error.message)}. Fix the YAML: each of the keys ${KEYS} holds a list ` +
        '("- path" lines) or one string.'
    })
  }
  if (doc.errors.length > 0) return { fields: [], messages, ok: false }
  for (const warning of doc.warnings.slice(0, MAX_YAML_ERRORS)) {
    const at = position(warning.pos[0])
    messages.push({
      level: 'warning',
      line: at.line,
      column: at.column,
      message: `line ${at.line}, column ${at.column}: ${firstLine(warning.message)}.`
    })
  }

  const contents = doc.contents
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { fields: [], messages, ok: true }
  }
  if (!isMap(contents)) {
    const at = position(contents.range?.[0] ?? 0)
    messages.push({
      level: 'error',
      line: at.line,
      message: `line ${at.line}: the session-scope block must be a YAML mapping with the keys ${KEYS}; for example "write: [src/a.ts]".`
    })
    return { fields: [], messages, ok: false }
  }

  const fields: RawField[] = []
  let ok = true
  for (const pair of contents.items) {
    const keyNode = pair.key as Node | null
    const keyLine = position(keyNode?.range?.[0] ?? 0).line
    const key = isScalar(keyNode) ? String(keyNode.value) : ''
    const field = fieldForKey(key)
    if (!field) {
      messages.push({
        level: 'warning',
        line: keyLine,
        message: `line ${keyLine}: unknown key "${key.slice(0, 60)}" in the session-scope block is ignored; the keys are ${KEYS}.`
      })
      continue
    }
    const raw = readValue(field, key, keyLine, pair.value as Node | null, position, messages)
    if (raw) fields.push(raw)
    else ok = false
  }
  return { fields, messages, ok }
}

// The contract's keys, and for a forgiving reader the Markdown labels too (`Write set: ...`).
function fieldForKey(key: string): ScopeField | null {
  const canonical = key.trim().toLowerCase()
  if (canonical === 'write' || canonical === 'read') return canonical
  return fieldForLabel(key)
}

// The error for a body the YAML parser is not given, or null when it may be.
function screen(fence: ScopeFence, size: number, position: Position): ScopeMessage | null {
  const result = screenYaml(fence.body)
  const line = fence.bodyLine + Math.max(result.line, 0)
  const column = result.column + fence.indent
  if (result.quote !== null) {
    const value = result.quote.length > 40 ? `${result.quote.slice(0, 37)}...` : result.quote
    const shown = value.replace(/"/g, '\\"')
    return {
      level: 'error',
      line,
      column,
      message:
        `line ${line}, column ${column}: YAML does not read ${value} as text (a value starting ` +
        `with ${value[0]} means something else in YAML); put it in quotes: "${shown}".`
    }
  }
  if (size > MAX_PLAIN || result.kind === 'count') {
    const end = position(size).line
    return {
      level: 'error',
      line: fence.line,
      message:
        `line ${fence.line}: the session-scope block (to line ${end}) is too long for this check: ` +
        `it may hold ${MAX_PLAIN} characters, ${MAX_KEYS} keys and ${MAX_ITEMS} items. ` +
        'Cover files with folders or globs ("src/parser/**") instead of listing each one.'
    }
  }
  if (result.kind === 'shape' && size > MAX_OTHER) {
    return {
      level: 'error',
      line,
      column,
      message:
        `line ${line}, column ${column}: this line of the session-scope block is not in the plain ` +
        `form ("key:" at the start of a line, then "- item" lines at one indentation, or ` +
        `"key: [a, b]"), which is required of blocks over ${MAX_OTHER} characters. Rewrite it in that form.`
    }
  }
  return null
}

type Position = (offset: number) => { line: number; column: number }

function readValue(
  field: ScopeField,
  key: string,
  keyLine: number,
  value: Node | null,
  position: Position,
  messages: ScopeMessage[]
): RawField | null {
  const raw: RawField = { field, label: key, line: keyLine, items: [], explicitEmpty: false }
  const wrongShape = (node: Node): null => {
    const line = position(node.range?.[0] ?? 0).line
    messages.push({
      level: 'error',
      line,
      message: `line ${line}: "${key}" must be a list of strings or one string; write each path as a "- path" line.`
    })
    return null
  }
  if (value === null || (isScalar(value) && value.value === null)) return raw
  if (isScalar(value)) {
    raw.items.push(scalarItem(value, 'inline', position))
    return raw
  }
  if (!isSeq(value) || isAlias(value)) return wrongShape(value)
  raw.explicitEmpty = value.items.length === 0
  for (const element of value.items as (Node | null)[]) {
    if (element === null || (isScalar(element) && element.value === null)) continue
    if (!isScalar(element)) return wrongShape(element)
    raw.items.push(scalarItem(element, 'element', position))
  }
  return raw
}

function scalarItem(node: Node, source: RawItem['source'], position: Position): RawItem {
  const value = isScalar(node) ? node.value : ''
  const text = typeof value === 'string' ? value : String(value)
  return { text, line: position(node.range?.[0] ?? 0).line, source }
}

// Maps an offset of the fence body to a document line and column; binary search on line starts.
function positions(fence: ScopeFence): Position {
  const starts: number[] = []
  let offset = 0
  for (const line of fence.body) {
    starts.push(offset)
    offset += line.length + 1
  }
  return (at) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= at) lo = mid
      else hi = mid - 1
    }
    return { line: fence.bodyLine + lo, column: at - (starts[lo] ?? 0) + 1 + fence.indent }
  }
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? ''
  return line.replace(/[.:]$/, '')
}
