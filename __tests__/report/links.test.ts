import { describe, expect, it } from '@jest/globals'
import {
  blobLineUrl,
  diffAnchor,
  markdownLink,
  pullFileUrl,
  safeHref
} from '../../src/report/links.js'
import { HOSTILE } from './fixtures.js'

const github = { owner: 'o', repo: 'r', serverUrl: 'https://github.com' }

describe('diffAnchor', () => {
  // Expected values computed apart from node:crypto (Python's hashlib).
  it.each([
    ['src/a.ts', '072fc23b941d05af2383888f292b78e406e0e82a4a3f8ee698113dd9bcc79e5f'],
    [HOSTILE, '7d14e0b85f25f0f00f1d9199b9b1e2f32f34959459143d9a68e9d892f677e40e'],
    ['docs/é.md', 'c13070e42c92f74c8791d1431dd7bc370763659708e5269e492305297a7d1f40']
  ])('%s', (path, hex) => {
    expect(diffAnchor(path)).toBe(`diff-${hex}`)
  })
})

describe('pullFileUrl', () => {
  it('links the file in the pull request diff', () => {
    expect(pullFileUrl(github, 12, 'src/a.ts')).toBe(
      'https://github.com/o/r/pull/12/files#diff-072fc23b941d05af2383888f292b78e406e0e82a4a3f8ee698113dd9bcc79e5f'
    )
  })

  it('works on GitHub Enterprise Server and drops a trailing slash', () => {
    const ghes = { owner: 'team a', repo: 'r', serverUrl: 'https://ghe.example.com/' }
    expect(pullFileUrl(ghes, 3, 'src/a.ts')).toMatch(
      /^https:\/\/ghe\.example\.com\/team%20a\/r\/pull\/3\/files#diff-072fc2/
    )
  })
})

describe('blobLineUrl', () => {
  it('encodes each segment of the ref and the path', () => {
    expect(blobLineUrl(github, 'feature/x', 'work orders/WO#1.md', 7)).toBe(
      'https://github.com/o/r/blob/feature/x/work%20orders/WO%231.md#L7'
    )
  })
})

describe('safeHref', () => {
  it.each([
    ['https://github.com/o/r/pull/1', 'https://github.com/o/r/pull/1'],
    ['https://x.example/a(b)|c', 'https://x.example/a%28b%29%7Cc'],
    ['https://x.example/a b', 'https://x.example/a%20b'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>', null],
    ['not a url', null]
  ])('%s', (url, expected) => {
    expect(safeHref(url)).toBe(expected)
  })
})

describe('markdownLink', () => {
  it('links text, or leaves it bare when the URL is unusable', () => {
    expect(markdownLink('#1', 'https://github.com/o/r/pull/1')).toBe(
      '[#1](https://github.com/o/r/pull/1)'
    )
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x')
    expect(markdownLink('x', null)).toBe('x')
  })
})
