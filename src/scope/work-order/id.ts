// A work order's ID (CONTRACT §1.6): its file name without extension, unless the file's
// first-level heading starts with an ID (`# WO-FIX-03: grapple`). Also the order IDs sort in.

import { isWorkOrderId } from '../parser/references.js'

/** The ID of a work-order file, from its first-level heading when that starts with an ID. */
export function workOrderId(fileName: string, markdown: string): string {
  return headingId(markdown) ?? baseName(fileName)
}

/** Compares IDs so that digit runs sort by value: `WO-2` before `WO-10`, then by plain text. */
export function compareIds(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? []
  const pb = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? ''
    const y = pb[i] ?? ''
    if (x === y) continue
    const digits = /^\d/.test(x) && /^\d/.test(y)
    if (digits && Number(x) !== Number(y)) return Number(x) - Number(y)
    return x < y ? -1 : 1
  }
  if (pa.length !== pb.length) return pa.length - pb.length
  return a < b ? -1 : a > b ? 1 : 0
}

/** Each ID's place in ID order (0 first), so that hot loops compare numbers, not strings. */
export function idRanks(ids: readonly string[]): number[] {
  const ranks = new Array<number>(ids.length)
  ids
    .map((id, i) => ({ id, i }))
    .sort((a, b) => compareIds(a.id, b.id) || a.i - b.i)
    .forEach(({ i }, rank) => (ranks[i] = rank))
  return ranks
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

// Only the document's first level-1 heading counts: it is the title. Fenced code is skipped, as
// a `#` line inside a shell example is not a heading.
function headingId(markdown: string): string | null {
  let fence: string | null = null
  // A byte order mark (Windows editors) would hide a title on the first line.
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = null
      }
      continue
    }
    if (marker !== undefined) {
      fence = marker
      continue
    }
    const atx = /^ {0,3}#(?:[ \t]+(.*))?$/.exec(line)
    if (atx) return leadingId(atx[1] ?? '')
    // A setext title: text underlined with `===`.
    const next = lines[i + 1] ?? ''
    if (line.trim() !== '' && /^ {0,3}=+[ \t]*$/.test(next) && !/^ {0,3}[#>]/.test(line)) {
      return leadingId(line.trim())
    }
  }
  return null
}

function leadingId(title: string): string | null {
  const run = /^[A-Za-z0-9_-]+/.exec(title.trim())?.[0] ?? ''
  const id = run.replace(/-+$/, '')
  return isWorkOrderId(id) ? id : null
}
