// Builders shared by the plan tests: work orders with a scope written as plain lists.
import type { WorkOrder } from '../../../src/scope/plan/types.js'
import type { Scope } from '../../../src/scope/types.js'

/** A scope of plain lists; each dependency is a work-order ID (or `#n` for a pull request). */
export function scopeOf(write: string[], read: string[] = [], dependencies: string[] = []): Scope {
  return {
    write: write.map((text, i) => ({ text, line: 3 + i })),
    read: read.map((text, i) => ({ text, line: 30 + i })),
    dependencies: dependencies.map((ref, i) => ({
      text: `${ref} must be merged first`,
      line: 60 + i,
      refs: ref.startsWith('#')
        ? [{ kind: 'number' as const, number: Number(ref.slice(1)) }]
        : [{ kind: 'work-order' as const, id: ref }]
    })),
    forbidden: [],
    forbidOthers: true,
    line: 1,
    form: 'markdown'
  }
}

/** A work order with a scope (`write` null: no scope at all). */
export function wo(
  id: string,
  write: string[] | null,
  read: string[] = [],
  dependencies: string[] = []
): WorkOrder {
  return {
    id,
    path: `work-orders/${id}.md`,
    scope: write === null ? null : scopeOf(write, read, dependencies)
  }
}
