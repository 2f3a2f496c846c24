// From raw field texts to a Scope (CONTRACT §1.3, §1.7): the step that the Markdown form and
// the fenced YAML form share. It splits and cleans items, applies the empty markers and the
// "anything else" phrases, reads dependency references, and says what is missing.

import { parseDependencyRefs } from './references.js'
import {
  dependencyText,
  isEmptyMarker,
  isForbidOthersPhrase,
  pathItems,
  splitInline
} from './items.js'
import type { Dependency, Scope, ScopeEntry, ScopeField, ScopeMessage } from '../types.js'

/**
 * Where an item's text came from: `inline` (after a label, or a YAML string) is split on `,`
 * and `;`; a Markdown `list` item is split too, except in dependencies, where one bullet is one
 * dependency in prose; a YAML list `element` is never split.
 */
export type ItemSource = 'inline' | 'list' | 'element'

/** One piece of a field's text as written, before splitting and cleaning. */
export interface RawItem {
  text: string
  /** 1-based document line. */
  line: number
  source: ItemSource
}

/** A field as found in the block: the label (or key) and its raw items. */
export interface RawField {
  field: ScopeField
  label: string
  line: number
  items: RawItem[]
  /** True when the field was written as an explicitly empty list (`write: []`). */
  explicitEmpty: boolean
}

/** Which form the block used, and where it starts: the wording of messages depends on it. */
export interface BlockInfo {
  line: number
  form: Scope['form']
}

const FIELD_NAMES: Record<Scope['form'], Record<ScopeField, string>> = {
  markdown: {
    write: 'Write set',
    read: 'Read set',
    dependencies: 'Dependencies',
    forbidden: 'Do NOT touch'
  },
  fenced: { write: 'write', read: 'read', dependencies: 'dependencies', forbidden: 'forbidden' }
}

const ORDER: readonly ScopeField[] = ['write', 'read', 'dependencies', 'forbidden']

/** Builds the Scope from its raw fields; null (with an error) when there is no write field. */
export function buildScope(
  fields: RawField[],
  block: BlockInfo
): { scope: Scope | null; messages: ScopeMessage[] } {
  const messages: ScopeMessage[] = []
  const names = FIELD_NAMES[block.form]
  const byField = new Map<ScopeField, RawField>()
  for (const raw of fields) {
    const seen = byField.get(raw.field)
    if (!seen) {
      byField.set(raw.field, { ...raw, items: [...raw.items] })
      continue
    }
    messages.push({
      level: 'warning',
      line: raw.line,
      message:
        `line ${raw.line}: ${names[raw.field]} is given a second time (first on line ${seen.line}); ` +
        `the two lists are combined. Write each field once.`
    })
    seen.items.push(...raw.items)
    seen.explicitEmpty = seen.explicitEmpty && raw.explicitEmpty
  }

  if (!byField.has('write')) {
    messages.push({ level: 'error', line: block.line, message: missingWrite(block) })
    return { scope: null, messages }
  }

  const scope: Scope = {
    write: [],
    read: [],
    dependencies: [],
    forbidden: [],
    forbidOthers: false,
    line: block.line,
    form: block.form
  }
  for (const field of ORDER) {
    const raw = byField.get(field)
    if (!raw) continue
    const pieces = splitItems(raw)
    if (pieces.length === 0) {
      if (!raw.explicitEmpty) {
        messages.push({
          level: 'warning',
          line: raw.line,
          message:
            `line ${raw.line}: ${names[field]} has no items; list its paths, ` +
            `or write "none" if it is empty on purpose.`
        })
      }
      continue
    }
    const meaningful = pieces.filter((piece) => !isEmptyMarker(piece.text))
    if (field === 'dependencies') {
      scope.dependencies = meaningful.map((piece) => toDependency(piece, messages))
    } else {
      for (const piece of meaningful) addPathItem(scope, field, piece, names[field], messages)
    }
  }
  return { scope, messages }
}

function missingWrite(block: BlockInfo): string {
  if (block.form === 'fenced') {
    return (
      `line ${block.line}: the session-scope block has no "write" key; add one listing the files ` +
      `this work changes (write "write: none" if nothing is written).`
    )
  }
  return (
    `line ${block.line}: the Session Scope has no Write set; add a line such as ` +
    `"**Write set:** src/a.ts, src/b.ts" (write "**Write set:** none" if nothing is written).`
  )
}

function splitItems(raw: RawField): RawItem[] {
  const out: RawItem[] = []
  for (const item of raw.items) {
    const split =
      item.source === 'inline' || (item.source === 'list' && raw.field !== 'dependencies')
    const texts = split ? splitInline(item.text) : [item.text]
    for (const text of texts) {
      const trimmed = text.trim()
      if (trimmed !== '') out.push({ text: trimmed, line: item.line, source: item.source })
    }
  }
  return out
}

function toDependency(piece: RawItem, messages: ScopeMessage[]): Dependency {
  const text = dependencyText(piece.text)
  const refs = parseDependencyRefs(piece.text)
  if (refs.length === 0) {
    messages.push({
      level: 'notice',
      line: piece.line,
      message:
        `line ${piece.line}: dependency "${clip(text)}" names no pull request or work order, so it ` +
        `is not checked; name one as #123, a pull request URL, or a work-order ID such as WO-FIX-03.`
    })
  }
  return { text, line: piece.line, refs }
}

function addPathItem(
  scope: Scope,
  field: Exclude<ScopeField, 'dependencies'>,
  piece: RawItem,
  name: string,
  messages: ScopeMessage[]
): void {
  if (field === 'forbidden' && isForbidOthersPhrase(piece.text)) {
    scope.forbidOthers = true
    return
  }
  for (const { text, quoted } of pathItems(piece.text)) {
    const entry: ScopeEntry = { text, line: piece.line }
    scope[field].push(entry)
    // In backticks a space is part of the path as written; outside them it is usually a comment.
    if (!quoted && /\s/.test(text)) {
      messages.push({
        level: 'warning',
        line: piece.line,
        message:
          `line ${piece.line}: ${name} entry "${clip(text)}" contains a space, so all of it is read ` +
          `as one path; put the path in backticks and keep comments outside them ` +
          '(`src/a.ts` (new file)), or separate entries with commas.'
      })
    }
    // A `\` before a letter or digit escapes nothing in a glob: almost surely a Windows path.
    if (/\\[A-Za-z0-9]/.test(text)) {
      messages.push({
        level: 'warning',
        line: piece.line,
        message:
          `line ${piece.line}: ${name} entry "${clip(text)}" contains \`\\\`, which in a glob escapes ` +
          'the next character and never separates folders: repository paths use `/` ' +
          `(write "${clip(text.replace(/\\/g, '/'))}").`
      })
    }
  }
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}
