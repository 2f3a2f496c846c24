// The work-order files of a commit, read with git, for `pr-scope check`: the same index the action
// builds from GitHub (src/github/work-orders.ts), from the same glob, so that the command finds
// the work order a pull request of this branch would use.
import { listTree, readTexts } from '../../git/tree.js'
import { ok } from '../../scope/result.js'
import type { WorkOrderSource } from '../../scope/work-order/source.js'
import { PatternList } from '../../scope/glob/patterns.js'
import { buildWorkOrderIndex, type WorkOrderIndex } from '../../scope/work-order/reference.js'

/** The work orders at `commit` matching `glob` (already validated), listed and read on first use. */
export function gitWorkOrders(root: string, commit: string, glob: string): WorkOrderSource {
  let loading: Promise<WorkOrderIndex> | null = null
  const load = async (): Promise<WorkOrderIndex> => {
    const matcher = PatternList.compile([{ text: glob, line: 1 }], 'work-orders').list
    const isWorkOrderPath = (path: string): boolean => matcher.covers(path)
    const files = (await listTree(root, commit)).filter((f) => isWorkOrderPath(f.path))
    const texts = await readTexts(root, files)
    const entries = files.map((f) => ({ path: f.path, text: texts.get(f.path) ?? null }))
    return buildWorkOrderIndex(commit, entries, isWorkOrderPath)
  }
  return {
    async index() {
      loading ??= load()
      return ok(await loading)
    },
    async loaded() {
      return loading === null ? null : loading
    }
  }
}
