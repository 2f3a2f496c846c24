// Where `pr-scope check` reads the scope from when --scope is not given: $PR_SCOPE_FILE, else the
// one work-order file (work-orders/**/*.md) whose ID the current branch name contains.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { workOrderId } from '../scope/plan-work-order-id.js'

/** The folder of work-order files, relative to the repository's top level (CONTRACT §1.6 default). */
export const WORK_ORDER_FOLDER = 'work-orders'

/** The scope file to use, as a path relative to `root`, or a message saying why none was chosen. */
export type DefaultScope = { ok: true; path: string } | { ok: false; message: string }

/** True when `branch` contains `id` as a whole word, ignoring case (`wo-fix-03-x` holds `WO-FIX-03`). */
export function branchHoldsId(branch: string, id: string): boolean {
  const hay = branch.toLowerCase()
  const needle = id.toLowerCase()
  if (needle === '') return false
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const before = hay.charAt(at - 1)
    const after = hay.charAt(at + needle.length)
    // WO-FIX-1 must not match the branch of WO-FIX-12.
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true
  }
  return false
}

/** Lists `work-orders/**\/*.md` under `root`, relative to it, sorted; empty when there is no folder. */
export function listWorkOrders(root: string): string[] {
  let names: string[]
  try {
    names = readdirSync(join(root, WORK_ORDER_FOLDER), { recursive: true, encoding: 'utf8' })
  } catch {
    return []
  }
  return names
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${WORK_ORDER_FOLDER}/${name.split('\\').join('/')}`)
    .sort()
}

/** A work-order file and its ID (CONTRACT §1.6). */
export interface WorkOrderFile {
  path: string
  id: string
}

/** Picks the work-order file whose ID the branch holds, when exactly one does. */
export function pickWorkOrder(
  files: readonly WorkOrderFile[],
  branch: string | null
): DefaultScope {
  const fix = 'pass --scope FILE (a work order, or a saved pull request description)'
  if (branch === null)
    return { ok: false, message: `no scope file given and HEAD is not on a branch: ${fix}` }
  const matches = files.filter((file) => branchHoldsId(branch, file.id))
  const [only] = matches
  if (only !== undefined && matches.length === 1) return { ok: true, path: only.path }
  if (matches.length > 1) {
    const names = matches.map((m) => m.path).join(', ')
    return {
      ok: false,
      message: `no scope file given and branch ${branch} names several work orders (${names}): ${fix}`
    }
  }
  return {
    ok: false,
    message: `no scope file given and no ${WORK_ORDER_FOLDER}/**/*.md file is named in branch ${branch}: ${fix}`
  }
}

/** The work-order file under `root` that the branch names; reads each candidate for its ID. */
export function findWorkOrderScope(root: string, branch: string | null): DefaultScope {
  const files = listWorkOrders(root).flatMap((path): WorkOrderFile[] => {
    try {
      return [{ path, id: workOrderId(path, readFileSync(join(root, path), 'utf8')) }]
    } catch {
      // An unreadable file (a broken link, say) cannot be the scope; it is simply not a candidate.
      return []
    }
  })
  return pickWorkOrder(files, branch)
}
