// Issue 14: the plan calls its groups parallel-safe (they share no written path), but a group that
// waits for another does not run beside it: the words must not say it does.
import { describe, expect, it } from '@jest/globals'
import { renderPlanMarkdown } from '../../../src/cli/plan/markdown.js'
import { planWorkOrders } from '../../../src/scope/plan/plan.js'
import { wo } from '../../scope/plan/helpers.js'
import { nodesOf, parseMarkdown, rootOf, sectionOf, textOf } from '../../report/mdast.js'

function groupSection(markdown: string): string[] {
  const section = rootOf(sectionOf(parseMarkdown(markdown), 'groups'))
  return nodesOf(section, 'paragraph').map((p) => textOf(p))
}

describe('the plan words its groups as they run', () => {
  it('says groups run in parallel when none waits', () => {
    const plan = planWorkOrders([wo('A-1', ['a.ts']), wo('B-1', ['b.ts'])])
    expect(groupSection(renderPlanMarkdown(plan))).toEqual([
      'Groups share no written path, so they run in parallel; the work orders of one group run one after another, in this order.'
    ])
  })

  it('says which group waits instead of claiming that all run in parallel', () => {
    const plan = planWorkOrders([wo('A-1', ['a.ts']), wo('B-1', ['b.ts'], [], ['A-1'])])
    expect(plan.groups.some((g) => g.waitsFor.length > 0)).toBe(true)
    const text = groupSection(renderPlanMarkdown(plan))
    expect(text.join(' ')).not.toMatch(/Groups run in parallel/)
    expect(text).toEqual([
      'Groups share no written path; a group runs beside the others unless it waits for a work order of another group (Waits for), and starts once that one is merged. The work orders of one group run one after another, in this order.'
    ])
  })
})
