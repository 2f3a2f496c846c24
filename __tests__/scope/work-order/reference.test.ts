import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { PatternList } from '../../../src/scope/glob/patterns.js'
import {
  buildWorkOrderIndex,
  carriesWorkOrderId,
  findWorkOrderReference,
  missingWorkOrderMessage,
  nearbyWorkOrders,
  resolveWorkOrderReference,
  type WorkOrderReference
} from '../../../src/scope/work-order/reference.js'

const GLOB = 'work-orders/**/*.md'
const glob = PatternList.compile([{ text: GLOB, line: 1 }], 'work-orders').list

const index = buildWorkOrderIndex(
  'base-sha',
  [
    { path: 'work-orders/WO-FIX-03.md', text: '# WO-FIX-03: grapple\n' },
    { path: 'work-orders/WO-FIX-07.md', text: 'Maneuvers, no heading\n' },
    { path: 'work-orders/grapple-rules.md', text: '# WO-FIX-12 Grapple rules\n' },
    { path: 'work-orders/WO-FIX-03-B.md', text: '' },
    { path: 'work-orders/misnamed.md', text: '# Not an ID here\n' },
    { path: 'work-orders/sub/WO-NET-1.md', text: '' }
  ],
  (path) => glob.covers(path)
)

const pr = (init: { title?: string; body?: string; headRef?: string }) => ({
  title: init.title ?? 'A change',
  body: init.body ?? '',
  headRef: init.headRef ?? 'topic'
})

describe('buildWorkOrderIndex', () => {
  it('takes IDs from first-level headings, else from file names', () => {
    expect(index.byId.get('WO-FIX-12')?.path).toBe('work-orders/grapple-rules.md')
    expect(index.byId.get('WO-FIX-07')?.path).toBe('work-orders/WO-FIX-07.md')
    expect(index.byId.get('misnamed')?.path).toBe('work-orders/misnamed.md')
    expect(index.byLowerId.get('wo-fix-03')).toBe('WO-FIX-03')
  })

  it('reads the heading of a file saved with a byte order mark and CRLF line ends', () => {
    const windows = buildWorkOrderIndex(
      'x',
      [{ path: 'work-orders/grapple.md', text: '\uFEFF# WO-FIX-21: grapple\r\n\r\nText\r\n' }],
      () => true
    )
    expect(windows.files.map((f) => f.id)).toEqual(['WO-FIX-21'])
  })

  it('names IDs that two files claim', () => {
    const twice = buildWorkOrderIndex(
      'x',
      [
        { path: 'work-orders/a.md', text: '# WO-1-A\n' },
        { path: 'work-orders/WO-1-A.md', text: '' }
      ],
      () => true
    )
    expect(twice.duplicates.get('WO-1-A')).toEqual(['work-orders/WO-1-A.md', 'work-orders/a.md'])
    expect(twice.byId.get('WO-1-A')?.path).toBe('work-orders/WO-1-A.md')
  })
})

describe('findWorkOrderReference', () => {
  const cases: Array<[string, Parameters<typeof pr>[0], WorkOrderReference | null]> = [
    [
      'a Work order: line',
      { body: 'Intro\n\nWork order: work-orders/WO-FIX-07.md\n' },
      { via: 'body-line', path: 'work-orders/WO-FIX-07.md', line: 3 }
    ],
    [
      'a bold label with a backticked path and a leading ./',
      { body: '**Work order:** `./work-orders/WO-FIX-07.md`' },
      { via: 'body-line', path: 'work-orders/WO-FIX-07.md', line: 1 }
    ],
    [
      'a list item with the colon outside the bold',
      { body: '- **Work order**: work-orders/WO-FIX-07.md' },
      { via: 'body-line', path: 'work-orders/WO-FIX-07.md', line: 1 }
    ],
    [
      'a Work order: line holding a link',
      { body: 'Work order: [the order](work-orders/WO-FIX-07.md)' },
      { via: 'body-line', path: 'work-orders/WO-FIX-07.md', line: 1 }
    ],
    [
      'a Work order: line holding a blob URL',
      { body: 'Work order: https://github.com/o/r/blob/main/work-orders/WO-FIX-07.md#scope' },
      { via: 'body-line', path: 'work-orders/WO-FIX-07.md', line: 1 }
    ],
    [
      'a Work order: line naming an ID',
      { body: 'Work order: WO-FIX-12' },
      { via: 'body-line', id: 'WO-FIX-12', line: 1 }
    ],
    [
      'a Work order: line naming a path that does not exist (still the reference)',
      { body: 'Work order: work-orders/WO-FIX-99.md' },
      { via: 'body-line', path: 'work-orders/WO-FIX-99.md', line: 1 }
    ],
    [
      'a Markdown link to a work-order file',
      { body: 'Implements [the grapple order](work-orders/grapple-rules.md).' },
      { via: 'body-link', path: 'work-orders/grapple-rules.md', line: 1 }
    ],
    [
      'a link to a file outside the glob does not count',
      { body: 'See [notes](docs/WO-FIX-07.md).', title: 'WO-FIX-03 grapple' },
      { via: 'title', id: 'WO-FIX-03' }
    ],
    [
      'the Work order: line wins over the title',
      { body: 'Work order: work-orders/WO-FIX-07.md', title: 'WO-FIX-03 grapple' },
      { via: 'body-line', path: 'work-orders/WO-FIX-07.md', line: 1 }
    ],
    ['an ID in the title', { title: 'WO-FIX-07: maneuvers' }, { via: 'title', id: 'WO-FIX-07' }],
    [
      'the longest known ID in the title',
      { title: 'WO-FIX-03-B follow-up' },
      { via: 'title', id: 'WO-FIX-03-B' }
    ],
    [
      'the first known ID of the title',
      { title: 'WO-FIX-07 (after WO-FIX-03)' },
      { via: 'title', id: 'WO-FIX-07' }
    ],
    [
      'a heading ID in the title',
      { title: 'Grapple rules WO-FIX-12' },
      { via: 'title', id: 'WO-FIX-12' }
    ],
    ['a title ID is case-sensitive', { title: 'wo-fix-07 maneuvers' }, null],
    ['an unknown ID in the title', { title: 'WO-FIX-99 something' }, null],
    ['an ID glued to more digits is another ID', { title: 'WO-FIX-070' }, null],
    [
      'an ID in the branch, case-insensitively',
      { headRef: 'wo-fix-03-grapple' },
      { via: 'branch', id: 'WO-FIX-03' }
    ],
    [
      'an ID after a folder in the branch',
      { headRef: 'feature/WO-FIX-07_maneuvers' },
      { via: 'branch', id: 'WO-FIX-07' }
    ],
    [
      'the title wins over the branch',
      { title: 'WO-FIX-07', headRef: 'wo-fix-03' },
      { via: 'title', id: 'WO-FIX-07' }
    ],
    ['nothing', { title: 'Fix typo', body: 'No order.', headRef: 'typo' }, null],
    [
      'a Work order: line inside a code fence does not count',
      { body: '```\nWork order: work-orders/WO-FIX-07.md\n```' },
      null
    ],
    // A PR template's `Work order: none` says there is none; it names no file called `none`.
    ...([
      'none',
      'N/A',
      '-',
      '—',
      '`none`',
      '*None*',
      '**None**',
      '__n/a__',
      'none (ad-hoc fix)'
    ].map((value) => [
      `an empty marker: Work order: ${value}`,
      { body: `Work order: ${value}\r\n`, title: 'WO-FIX-07 grapple' },
      { via: 'title', id: 'WO-FIX-07' }
    ]) as Array<[string, Parameters<typeof pr>[0], WorkOrderReference | null]>),
    // A file-name ID that is an ordinary word is named by path, never picked out of prose.
    [
      'no ID in a title that only contains the word of a plain file name',
      { title: 'Fix misnamed import' },
      null
    ],
    [
      'no ID in a branch that only contains the word of a plain file name',
      { headRef: 'misnamed-fix' },
      null
    ],
    [
      'a plain file name named by its path',
      { body: 'Work order: work-orders/misnamed.md', title: 'Fix misnamed import' },
      { via: 'body-line', path: 'work-orders/misnamed.md', line: 1 }
    ],
    [
      'a Work order: line inside an HTML comment does not count',
      { body: '<!--\nWork order: work-orders/WO-FIX-07.md\n-->' },
      null
    ]
  ]
  it.each(cases)('finds %s', (_name, init, expected) => {
    expect(findWorkOrderReference(pr(init), index)).toEqual(expected)
  })

  it('skips links on the lines of dependency items', () => {
    const body = [
      '## Session Scope',
      '**Write set:** src/a.ts',
      '**Dependencies:** [WO-FIX-03](work-orders/WO-FIX-03.md) must be merged first'
    ].join('\n')
    expect(findWorkOrderReference(pr({ body }), index, new Set([3]))).toBeNull()
    expect(findWorkOrderReference(pr({ body }), index)).toMatchObject({ via: 'body-link' })
  })

  it('never throws and answers in bounded time on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 80 }), (body, title) => {
        const found = findWorkOrderReference(pr({ body, title, headRef: title }), index)
        expect(found === null || typeof found.via === 'string').toBe(true)
      })
    )
  })
})

describe('resolveWorkOrderReference and the missing-file message', () => {
  it('finds a file by path and by ID', () => {
    expect(resolveWorkOrderReference({ via: 'title', id: 'WO-FIX-12' }, index)).toMatchObject({
      found: true,
      file: { path: 'work-orders/grapple-rules.md' }
    })
  })

  it('names the missing path and the work orders in the same folder', () => {
    const resolved = resolveWorkOrderReference(
      { via: 'body-line', path: 'work-orders/WO-FIX-08.md', line: 4 },
      index
    )
    expect(resolved.found).toBe(false)
    if (resolved.found) return
    expect(resolved.nearby).toContain('work-orders/WO-FIX-07.md')
    expect(resolved.nearby).not.toContain('work-orders/sub/WO-NET-1.md')
    const message = missingWorkOrderMessage(resolved, 'base-sha', GLOB)
    expect(message).toMatch(/`work-orders\/WO-FIX-08\.md` \(pull request body, line 4\)/)
    expect(message).toMatch(/nearby: .*`work-orders\/WO-FIX-07\.md`/)
    expect(message).toMatch(/base branch/)
  })

  it('offers the closest names when the folder holds none', () => {
    expect(nearbyWorkOrders('orders/WO-FIX-3.md', index.files)[0]).toBe('work-orders/WO-FIX-03.md')
  })
})

describe('carriesWorkOrderId', () => {
  const cases: Array<[string, Parameters<typeof pr>[0], boolean]> = [
    ['in the title', { title: 'WO-FIX-03: grapple' }, true],
    ['in the branch', { headRef: 'wo-fix-03-grapple' }, true],
    [
      'in a Work order: line naming the file',
      { body: 'Work order: work-orders/WO-FIX-03.md' },
      true
    ],
    ['in a Work order: line naming the ID', { body: 'Work order: WO-FIX-03' }, true],
    ['only as a dependency in the body', { body: 'Dependencies: WO-FIX-03 first' }, false],
    ['a longer ID only', { title: 'WO-FIX-03-B' }, false]
  ]
  it.each(cases)('%s', (_name, init, expected) => {
    expect(carriesWorkOrderId(pr(init), 'WO-FIX-03', index)).toBe(expected)
  })

  it('follows a Work order: line to a file whose heading carries the ID', () => {
    expect(
      carriesWorkOrderId(
        pr({ body: 'Work order: work-orders/grapple-rules.md' }),
        'WO-FIX-12',
        index
      )
    ).toBe(true)
  })
})
