import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isWorkOrderId, parseDependencyRefs } from '../../../src/scope/parser/references.js'
import type { DependencyRef } from '../../../src/scope/types.js'

const num = (number: number): DependencyRef => ({ kind: 'number', number })
const wo = (id: string): DependencyRef => ({ kind: 'work-order', id })
const url = (owner: string, repo: string, number: number, host = 'github.com'): DependencyRef => ({
  kind: 'url',
  owner,
  repo,
  number,
  url: `https://${host}/${owner}/${repo}/pull/${number}`
})

describe('parseDependencyRefs', () => {
  it.each<[string, string, DependencyRef[]]>([
    ['a number', '#123', [num(123)]],
    ['a number in prose', 'needs #45 merged first', [num(45)]],
    ['a number in parentheses', 'the parser (#7)', [num(7)]],
    ['a number before a period', 'after #7.', [num(7)]],
    ['two numbers', '#1, #2', [num(1), num(2)]],
    ['a cross-repository number is not ours', 'other/repo#12', []],
    ['an HTML entity is not a number', '&#123;', []],
    ['a number glued to letters', '#12abc', []],
    ['#0 is no pull request', '#0', []],
    ['a pull request URL', 'https://github.com/octo/app/pull/42', [url('octo', 'app', 42)]],
    [
      'a URL with a tail',
      'see https://github.com/octo/app/pull/42/files.',
      [url('octo', 'app', 42)]
    ],
    ['a URL with a fragment', 'https://github.com/o/r/pull/9#issuecomment-1', [url('o', 'r', 9)]],
    [
      'an Enterprise host',
      'http://ghe.example.com/team/svc.api/pull/3',
      [
        {
          kind: 'url',
          owner: 'team',
          repo: 'svc.api',
          number: 3,
          url: 'http://ghe.example.com/team/svc.api/pull/3'
        }
      ]
    ],
    ['a URL in a link', '[the fix](https://github.com/o/r/pull/5)', [url('o', 'r', 5)]],
    ['an issue URL is no pull request', 'https://github.com/o/r/issues/5', []],
    [
      'a work-order ID',
      'WO-FIX-03 must be committed before this session starts',
      [wo('WO-FIX-03')]
    ],
    ['a short work-order ID', 'WO-12', [wo('WO-12')]],
    ['an ID with digit groups', 'SEC-2024-1', [wo('SEC-2024-1')]],
    ['an ID in backticks', '`WO-7`', [wo('WO-7')]],
    ['an ID in a file path', 'work-orders/WO-FIX-03.md', [wo('WO-FIX-03')]],
    ['an ID followed by possessive', "WO-3's output", [wo('WO-3')]],
    ['lower case is no ID', 'wo-fix-03', []],
    ['no hyphen is no ID', 'WO12', []],
    ['no digit is no ID', 'WO-FIX', []],
    ['a date is no ID', '2024-01-02', []],
    ['standard names are no ID', 'UTF-8 and SHA-256', []],
    ['an ID inside a URL is not read', 'https://example.com/WO-12/x', []],
    ['an ID glued to letters', 'xWO-12', []],
    [
      'mixed, in text order',
      'WO-2 after #3 and https://h.test/o/r/pull/4',
      [
        wo('WO-2'),
        num(3),
        { kind: 'url', owner: 'o', repo: 'r', number: 4, url: 'https://h.test/o/r/pull/4' }
      ]
    ],
    ['duplicates once', 'WO-2 (see WO-2), #3 #3', [wo('WO-2'), num(3)]],
    ['nothing', 'the database migration', []],
    ['empty', '', []]
  ])('%s: %s', (_name, text, expected) => {
    expect(parseDependencyRefs(text)).toEqual(expected)
  })

  it('never throws and finds only well-formed references in arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        for (const ref of parseDependencyRefs(text)) {
          if (ref.kind === 'work-order') expect(isWorkOrderId(ref.id)).toBe(true)
          else expect(ref.number).toBeGreaterThan(0)
        }
      })
    )
  })

  it('finds every work-order ID it is given among filler words', () => {
    const group = fc.stringMatching(/^[A-Z0-9]{1,4}$/)
    const id = fc
      .tuple(
        fc.stringMatching(/^[A-Z]{1,4}$/),
        fc.array(group, { minLength: 1, maxLength: 3 }),
        fc.nat(99)
      )
      .map(([head, groups, n]) => [head, ...groups, String(n)].join('-'))
      .filter(isWorkOrderId)
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 5 }), (ids) => {
        const text = ids.join(' must land, then ')
        const found = parseDependencyRefs(text).map((ref) =>
          ref.kind === 'work-order' ? ref.id : ''
        )
        expect(found).toEqual([...new Set(ids)])
      })
    )
  })

  it('does not hang on hostile text', () => {
    const hostile = [
      '#'.repeat(30000),
      'https://'.repeat(5000),
      'A-'.repeat(30000),
      '-1'.repeat(30000)
    ]
    const started = Date.now()
    for (const text of hostile) parseDependencyRefs(text)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
