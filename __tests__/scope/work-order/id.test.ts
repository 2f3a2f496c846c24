import { describe, expect, it } from '@jest/globals'
import { compareIds, workOrderId } from '../../../src/scope/work-order/id.js'

describe('workOrderId', () => {
  it.each([
    ['the file name without extension', 'work-orders/WO-FIX-03.md', 'Grapple fixes\n', 'WO-FIX-03'],
    ['a title that starts with an ID', 'grapple.md', '# WO-FIX-03: grapple\n', 'WO-FIX-03'],
    ['a title ID followed by a dash', 'g.md', '# WO-7 — grapple\n', 'WO-7'],
    ['a title ID alone', 'g.md', '# TASK-12\n', 'TASK-12'],
    ['a setext title', 'g.md', 'WO-FIX-04: conditions\n====\n', 'WO-FIX-04'],
    [
      'a title that does not start with an ID',
      'WO-FIX-05.md',
      '# Fix WO-FIX-09 first\n',
      'WO-FIX-05'
    ],
    ['a lower-case title word is not an ID', 'WO-1.md', '# wo-fix-03 notes\n', 'WO-1'],
    ['only the first level-1 heading counts', 'WO-1.md', '# Notes\n\n# WO-9: other\n', 'WO-1'],
    ['a second-level heading does not count', 'WO-1.md', '## WO-9: part\n', 'WO-1'],
    [
      'a heading inside a code fence does not count',
      'WO-1.md',
      '```sh\n# WO-9 run\n```\n# WO-2: real\n',
      'WO-2'
    ],
    ['a file name with dots keeps all but the extension', 'a/WO.v2-1.md', '', 'WO.v2-1'],
    ['a Windows-style path', 'a\\b\\WO-3.md', '', 'WO-3']
  ])('%s', (_name, file, text, id) => {
    expect(workOrderId(file, text)).toBe(id)
  })
})

describe('compareIds', () => {
  it('sorts digit runs by value, then text', () => {
    const ids = ['WO-10', 'WO-2', 'WO-FIX-01', 'WO-1', 'TASK-3', 'WO-02']
    expect([...ids].sort(compareIds)).toEqual([
      'TASK-3',
      'WO-1',
      'WO-02',
      'WO-2',
      'WO-10',
      'WO-FIX-01'
    ])
  })
})
