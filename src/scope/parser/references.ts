// References inside one dependency item (CONTRACT §1.7): `#123`, a pull request URL, or a
// work-order ID such as `WO-FIX-03`. The rest of the item is free text. Pure and linear: each
// regex below is a single character class run or is anchored with no overlapping quantifiers.

import type { DependencyRef } from '../types.js'

interface Found {
  index: number
  ref: DependencyRef
}

// Prefixes of well-known standard names that look like work-order IDs (`UTF-8`, `SHA-256`).
const NOT_WORK_ORDERS = /^(?:UTF|SHA|ISO|UTC|GMT)-/

/** Finds the `#123`, pull request URL and work-order ID references in a dependency's text. */
export function parseDependencyRefs(text: string): DependencyRef[] {
  const found: Found[] = []
  const urls = findUrls(text, found)

  let outsideUrls = outside(urls)

  for (const match of text.matchAll(/#(\d{1,10})/g)) {
    const before = text[match.index - 1] ?? ''
    const after = text[match.index + match[0].length] ?? ''
    if (/[A-Za-z0-9_&/#-]/.test(before) || /[A-Za-z0-9_]/.test(after)) continue
    const number = Number(match[1])
    if (number > 0 && outsideUrls(match.index))
      found.push({ index: match.index, ref: { kind: 'number', number } })
  }

  outsideUrls = outside(urls)
  for (const match of text.matchAll(/[A-Za-z0-9_-]+/g)) {
    const run = match[0]
    let start = 0
    let end = run.length
    while (start < end && run[start] === '-') start++
    while (end > start && run[end - 1] === '-') end--
    const id = run.slice(start, end)
    if (!isWorkOrderId(id) || !outsideUrls(match.index + start)) continue
    found.push({ index: match.index + start, ref: { kind: 'work-order', id } })
  }

  found.sort((a, b) => a.index - b.index)
  const seen = new Set<string>()
  const refs: DependencyRef[] = []
  for (const { ref } of found) {
    const key = refKey(ref)
    if (seen.has(key)) continue
    seen.add(key)
    refs.push(ref)
  }
  return refs
}

/** True for a work-order ID: upper-case letter and digit groups joined by hyphens, with a digit. */
export function isWorkOrderId(id: string): boolean {
  const first = id.charCodeAt(0)
  return (
    first >= 65 &&
    first <= 90 &&
    id.length <= 64 &&
    id.includes('-') &&
    /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/.test(id) &&
    /[0-9]/.test(id) &&
    !NOT_WORK_ORDERS.test(id)
  )
}

// A test for "not inside a URL" that must be asked about increasing indexes: linear in all.
function outside(spans: { start: number; end: number }[]): (index: number) => boolean {
  let k = 0
  return (index) => {
    while (k < spans.length && (spans[k]?.end ?? 0) <= index) k++
    const span = spans[k]
    return !span || index < span.start
  }
}

function findUrls(text: string, found: Found[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  for (const match of text.matchAll(/https?:\/\/[^\s<>()[\]`'"]+/gi)) {
    spans.push({ start: match.index, end: match.index + match[0].length })
    const pull =
      /^(https?:\/\/[^/]+\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/pull\/(\d{1,10}))(?![A-Za-z0-9_-])/i.exec(
        match[0]
      )
    if (!pull) continue
    const [, url = '', owner = '', repo = '', digits = ''] = pull
    const number = Number(digits)
    if (number > 0)
      found.push({ index: match.index, ref: { kind: 'url', owner, repo, number, url } })
  }
  return spans
}

function refKey(ref: DependencyRef): string {
  switch (ref.kind) {
    case 'number':
      return `#${ref.number}`
    case 'url':
      return `url ${ref.url}`
    case 'work-order':
      return `wo ${ref.id}`
  }
}
