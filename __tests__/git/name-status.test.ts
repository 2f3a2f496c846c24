import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseNameStatus } from '../../src/git/name-status.js'
import type { ChangedFile } from '../../src/scope/types.js'

const z = (...fields: string[]): string => fields.map((f) => `${f}\0`).join('')

describe('parseNameStatus', () => {
  it.each<[string, string, ChangedFile[]]>([
    ['empty output', '', []],
    ['added', z('A', 'a.py'), [{ path: 'a.py', status: 'added' }]],
    ['modified', z('M', 'src/b.ts'), [{ path: 'src/b.ts', status: 'modified' }]],
    ['deleted', z('D', 'old.txt'), [{ path: 'old.txt', status: 'removed' }]],
    ['type change', z('T', 'link'), [{ path: 'link', status: 'changed' }]],
    [
      'rename with score',
      z('R100', 'a/old.py', 'b/new.py'),
      [{ path: 'b/new.py', status: 'renamed', previousPath: 'a/old.py' }]
    ],
    [
      'rename with partial score',
      z('R087', 'x.py', 'y.py'),
      [{ path: 'y.py', status: 'renamed', previousPath: 'x.py' }]
    ],
    [
      'copy with score',
      z('C075', 'tpl.md', 'copy.md'),
      [{ path: 'copy.md', status: 'copied', previousPath: 'tpl.md' }]
    ],
    [
      'path with spaces',
      z('M', 'my dir/a file.txt'),
      [{ path: 'my dir/a file.txt', status: 'modified' }]
    ],
    ['path with a newline', z('A', 'line\nbreak'), [{ path: 'line\nbreak', status: 'added' }]],
    ['path with a tab', z('A', 'tab\there'), [{ path: 'tab\there', status: 'added' }]],
    ['path with quotes', z('A', 'say "hi".md'), [{ path: 'say "hi".md', status: 'added' }]],
    ['path with a backslash', z('A', 'back\\slash'), [{ path: 'back\\slash', status: 'added' }]],
    [
      'non-ASCII path',
      z('M', 'données/façade.py'),
      [{ path: 'données/façade.py', status: 'modified' }]
    ],
    ['emoji and CJK', z('A', '文档/🚀.md'), [{ path: '文档/🚀.md', status: 'added' }]],
    [
      'path that looks like a status',
      z('M', 'R100', 'A', 'M'),
      [
        { path: 'R100', status: 'modified' },
        { path: 'M', status: 'added' }
      ]
    ],
    [
      'several records in order',
      z('A', 'a', 'R050', 'b', 'c', 'D', 'd', 'C100', 'e', 'f', 'M', 'g'),
      [
        { path: 'a', status: 'added' },
        { path: 'c', status: 'renamed', previousPath: 'b' },
        { path: 'd', status: 'removed' },
        { path: 'f', status: 'copied', previousPath: 'e' },
        { path: 'g', status: 'modified' }
      ]
    ]
  ])('%s', (_name, output, expected) => {
    expect(parseNameStatus(output)).toEqual(expected)
  })

  it.each([
    ['unknown status', z('X', 'a')],
    ['unmerged status', z('U', 'a')],
    ['status with junk', z('Mx', 'a')],
    ['status without a path', z('M')],
    ['rename without its new path', z('R100', 'old')],
    ['empty path', z('A', '')]
  ])('rejects %s', (_name, output) => {
    expect(() => parseNameStatus(output)).toThrow(/git diff --name-status -z/)
  })

  it('handles 100,000 records', () => {
    const output = Array.from(
      { length: 100_000 },
      (_, i) => `M\0dir${i % 100}/file ${i}.ts\0`
    ).join('')
    const files = parseNameStatus(output)
    expect(files).toHaveLength(100_000)
    expect(files[99_999]).toEqual({ path: 'dir99/file 99999.ts', status: 'modified' })
  })

  it('reads back any list of paths that git could print', () => {
    const path = fc.string({ unit: 'grapheme', minLength: 1 }).filter((p) => !p.includes('\0'))
    const record = fc.oneof(
      fc.record({ status: fc.constantFrom('A', 'M', 'D', 'T'), path }),
      fc.record({
        status: fc.constantFrom('R', 'C'),
        score: fc.integer({ min: 0, max: 100 }),
        previousPath: path,
        path
      })
    )
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const output = records
          .map((r) =>
            'previousPath' in r
              ? z(`${r.status}${String(r.score).padStart(3, '0')}`, r.previousPath, r.path)
              : z(r.status, r.path)
          )
          .join('')
        const parsed = parseNameStatus(output)
        expect(parsed.map((f) => f.path)).toEqual(records.map((r) => r.path))
        expect(parsed.map((f) => f.previousPath)).toEqual(
          records.map((r) => ('previousPath' in r ? r.previousPath : undefined))
        )
      })
    )
  })
})
