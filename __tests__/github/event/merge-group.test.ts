// The merge_group reader: which branch the queue merges into and which pull requests its head ref
// names. The run itself is tested end to end in __tests__/integration/merge-group.test.ts.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { queuedPullRequests, readMergeGroupEvent } from '../../../src/github/event/merge-group.js'

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const SHA2 = '0123456789abcdef0123456789abcdef01234567'

describe('queuedPullRequests', () => {
  it.each([
    [`refs/heads/gh-readonly-queue/main/pr-3-${SHA}`, 'main', [3]],
    [`gh-readonly-queue/main/pr-3-${SHA}`, 'main', [3]],
    [`refs/heads/gh-readonly-queue/release/1.x/pr-120-${SHA}`, 'release/1.x', [120]],
    // The base unknown or different: the last segment still names the entry.
    [`refs/heads/gh-readonly-queue/release/1.x/pr-120-${SHA}`, '', [120]],
    // A grouped entry names every pull request of the group; none may go unchecked.
    [`refs/heads/gh-readonly-queue/main/pr-3-${SHA}-pr-4-${SHA2}`, 'main', [3, 4]],
    [`refs/heads/gh-readonly-queue/main/pr-3-${SHA}_pr-4-${SHA2}`, 'main', [3, 4]],
    [`refs/heads/gh-readonly-queue/main/pr-3-${SHA}-pr-3-${SHA2}`, 'main', [3]],
    // SHA-256 repositories have 64-digit object names.
    [`refs/heads/gh-readonly-queue/main/pr-9-${SHA}${SHA.slice(0, 24)}`, 'main', [9]]
  ])('reads %s (base %j) as %j', (ref, base, numbers) => {
    expect(queuedPullRequests(ref, base)).toEqual(numbers)
  })

  it.each([
    ['refs/heads/main', 'main'],
    [`refs/heads/feature/pr-3-${SHA}`, 'main'],
    ['refs/heads/gh-readonly-queue/main/pr-3', 'main'],
    [`refs/heads/gh-readonly-queue/main/pr-0-${SHA}`, 'main'],
    [`refs/heads/gh-readonly-queue/main/pr-x-${SHA}`, 'main'],
    [`refs/heads/gh-readonly-queue/main/pr-3-${SHA}-extra`, 'main'],
    [`refs/heads/gh-readonly-queue/main/pr-3-XYZ${SHA}`, 'main'],
    [`refs/heads/gh-readonly-queue/pr-3-${SHA}`, 'main'],
    ['', 'main']
  ])('refuses %s (not a queue ref we can read)', (ref, base) => {
    expect(queuedPullRequests(ref, base)).toBeNull()
  })

  it('reads back every pull request number written into a queue ref, whatever the base', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/)
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 999_999 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('-', '_', '/'),
        (parts, numbers, separator) => {
          const base = parts.join('/')
          const entries = numbers.map((n) => `pr-${n}-${SHA}`).join(separator)
          const ref = `refs/heads/gh-readonly-queue/${base}/${entries}`
          expect(queuedPullRequests(ref, base)).toEqual(numbers)
        }
      )
    )
  })
})

describe('readMergeGroupEvent', () => {
  const repository = { owner: 'octo', repo: 'game' }
  const payload = (group: Record<string, unknown>, action = 'checks_requested') => ({
    action,
    merge_group: group
  })

  it('reads the base branch, the commits and the queued pull requests', () => {
    const result = readMergeGroupEvent(
      payload({
        head_ref: `refs/heads/gh-readonly-queue/main/pr-3-${SHA}`,
        head_sha: SHA2,
        base_ref: 'refs/heads/main',
        base_sha: SHA
      }),
      repository
    )
    expect(result).toEqual({
      ok: true,
      value: {
        owner: 'octo',
        repo: 'game',
        headRef: `refs/heads/gh-readonly-queue/main/pr-3-${SHA}`,
        headSha: SHA2,
        base: 'main',
        baseSha: SHA,
        pullRequests: [3]
      }
    })
  })

  it.each([
    [payload({}, 'destroyed'), repository, /"destroyed" is not supported.*checks_requested/],
    [payload({ base_ref: 'refs/heads/main' }), repository, /no merge_group\.head_ref/],
    [
      payload({ head_ref: 'refs/heads/topic', base_ref: 'refs/heads/main' }),
      repository,
      /refs\/heads\/topic is not a merge queue branch.*gh-readonly-queue\/main\/pr-<number>-<sha>/
    ],
    [
      payload({ head_ref: `refs/heads/gh-readonly-queue/main/pr-3-${SHA}`, base_ref: 'main' }),
      null,
      /names no repository/
    ]
  ])('refuses %j with a message that says why', (body, repo, message) => {
    const result = readMergeGroupEvent(body, repo)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })
})
