import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  branchHoldsId,
  findWorkOrderScope,
  listWorkOrders,
  pickWorkOrder
} from '../../src/cli/default-scope.js'

describe('branchHoldsId', () => {
  it.each<[string, string, boolean]>([
    ['wo-fix-03', 'WO-FIX-03', true],
    ['feature/WO-FIX-03-grapple', 'WO-FIX-03', true],
    ['WO-FIX-03', 'WO-FIX-03', true],
    ['wo-fix-030', 'WO-FIX-03', false],
    ['xwo-fix-03', 'WO-FIX-03', false],
    ['wo-fix-3', 'WO-FIX-03', false],
    ['main', 'WO-FIX-03', false],
    ['anything', '', false]
  ])('%s holds %s: %s', (branch, id, expected) => {
    expect(branchHoldsId(branch, id)).toBe(expected)
  })
})

describe('pickWorkOrder', () => {
  const files = [
    { path: 'work-orders/WO-1.md', id: 'WO-1' },
    { path: 'work-orders/WO-12.md', id: 'WO-12' },
    { path: 'work-orders/sub/notes.md', id: 'WO-7' }
  ]
  it.each<[string | null, string | RegExp]>([
    ['wo-1-thing', 'work-orders/WO-1.md'],
    ['WO-12', 'work-orders/WO-12.md'],
    ['fix/wo-7', 'work-orders/sub/notes.md'],
    ['main', /no work-orders\/\*\*\/\*\.md file is named in branch main: pass --scope FILE/],
    [null, /HEAD is not on a branch: pass --scope FILE/],
    [
      'wo-1-and-wo-12',
      /names several work orders \(work-orders\/WO-1\.md, work-orders\/WO-12\.md\): pass --scope/
    ]
  ])('branch %s', (branch, expected) => {
    const picked = pickWorkOrder(files, branch)
    if (typeof expected === 'string') expect(picked).toEqual({ ok: true, path: expected })
    else expect(picked.ok ? '' : picked.message).toMatch(expected)
  })
})

describe('findWorkOrderScope', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'pr-scope-wo-'))
    const put = (path: string, text: string): void => {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    put('work-orders/WO-FIX-03.md', '# grapple\n')
    put('work-orders/2024/plan.md', '# WO-AUTH-9: login\n')
    put('work-orders/readme.txt', 'not markdown')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('lists the Markdown files under work-orders', () => {
    expect(listWorkOrders(root)).toEqual(['work-orders/2024/plan.md', 'work-orders/WO-FIX-03.md'])
  })

  it('uses the file name as ID, or the title when it starts with one', () => {
    expect(findWorkOrderScope(root, 'wo-fix-03')).toEqual({
      ok: true,
      path: 'work-orders/WO-FIX-03.md'
    })
    expect(findWorkOrderScope(root, 'wo-auth-9-login')).toEqual({
      ok: true,
      path: 'work-orders/2024/plan.md'
    })
  })

  it('has nothing to offer without a work-orders folder', () => {
    expect(listWorkOrders(join(root, 'work-orders', '2024'))).toEqual([])
  })
})
