import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readBoardEvent, readEvent, SUPPORTED_ACTIONS } from '../../../src/github/event/event.js'

const temp = mkdtempSync(join(tmpdir(), 'pr-scope-event-'))
let n = 0

afterAll(() => rmSync(temp, { recursive: true, force: true }))

function envFor(
  name: string,
  payload: unknown,
  extra: Record<string, string> = {}
): NodeJS.ProcessEnv {
  const path = join(temp, `event-${n++}.json`)
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'env/fallback',
    ...extra
  }
}

const payload = (action: string): Record<string, unknown> => ({
  action,
  number: 7,
  pull_request: { number: 7, body: 'stale body from the event' },
  repository: { name: 'game', owner: { login: 'octo' } }
})

describe('readEvent', () => {
  it.each(
    ['pull_request', 'pull_request_target'].flatMap((name) =>
      SUPPORTED_ACTIONS.map((a) => [name, a])
    )
  )('accepts %s %s', (name, action) => {
    expect(readEvent(envFor(name, payload(action)))).toEqual({
      ok: true,
      value: {
        name,
        action,
        owner: 'octo',
        repo: 'game',
        number: 7,
        hint: { body: 'stale body from the event' }
      }
    })
  })

  it('accepts closed, which starts the refresh of dependants', () => {
    expect(readEvent(envFor('pull_request', payload('closed')))).toEqual({
      ok: true,
      value: {
        name: 'pull_request',
        action: 'closed',
        owner: 'octo',
        repo: 'game',
        number: 7,
        hint: { body: 'stale body from the event' }
      }
    })
  })

  it('falls back on GITHUB_REPOSITORY when the payload has no repository', () => {
    const result = readEvent(
      envFor('pull_request', { action: 'opened', pull_request: { number: 3 } })
    )
    expect(result).toMatchObject({ ok: true, value: { owner: 'env', repo: 'fallback', number: 3 } })
  })

  it.each([
    ['merge_group', {}, /merge_group event is checked by checkMergeQueue/],
    ['push', {}, /push event is run by runBoard/],
    ['schedule', {}, /schedule event is run by runBoard/],
    ['workflow_dispatch', {}, /workflow_dispatch event is run by runBoard/],
    [
      'issues',
      {},
      /issues event is not supported.*pull_request and pull_request_target.*workflow_dispatch, schedule, push \(the dispatch board\)/
    ],
    [
      'pull_request',
      payload('labeled'),
      /"labeled" is not supported.*opened, edited, synchronize, reopened, ready_for_review/
    ],
    ['pull_request', { action: 'opened' }, /no pull request number/],
    ['pull_request', 'not json', /not a JSON object/]
  ])('refuses %s %j with a clear message', (name, body, message) => {
    const result = readEvent(envFor(name, body))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })

  it('keeps what the payload says of base, head, file count, body and merge as a hint', () => {
    const sha = (c: string): string => c.repeat(40)
    const pull_request = {
      number: 7,
      base: { ref: 'main', sha: sha('b') },
      head: { ref: 'topic', sha: sha('c') },
      changed_files: 3000,
      body: null,
      merged: false
    }
    const result = readEvent(envFor('pull_request', { ...payload('synchronize'), pull_request }))
    expect(result).toMatchObject({
      ok: true,
      value: {
        hint: {
          baseRef: 'main',
          baseSha: sha('b'),
          headSha: sha('c'),
          changedFiles: 3000,
          body: '',
          merged: false
        }
      }
    })
  })

  it.each([
    ['no pull request', undefined],
    ['a pull request of another shape', 'text'],
    [
      'fields of other types',
      { base: { ref: 7, sha: 'main' }, head: { sha: 'b'.repeat(39) }, changed_files: '3' }
    ],
    ['a negative file count', { changed_files: -1 }],
    ['a fractional file count', { changed_files: 1.5 }],
    ['an empty base', { base: { ref: '' } }],
    ['a base name past any limit', { base: { ref: 'a'.repeat(1025) } }],
    ['a SHA in capitals', { base: { sha: 'B'.repeat(40) } }]
  ])('takes nothing from %s', (_name, pull) => {
    const result = readEvent(
      envFor('pull_request', { action: 'opened', number: 7, pull_request: pull })
    )
    expect(result).toMatchObject({ ok: true, value: { hint: {} } })
    if (result.ok) expect(result.value.hint).toEqual({})
  })

  it('names the supported events when none is set', () => {
    const result = readEvent({})
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/pull_request and pull_request_target/)
  })

  it('says when the payload file is missing', () => {
    const result = readEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(temp, 'nope.json')
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/Cannot read the event payload .*nope\.json/)
  })
})

describe('readBoardEvent', () => {
  const SHA = 'a'.repeat(40)
  const repository = { name: 'game', owner: { login: 'octo' }, default_branch: 'trunk' }

  it.each([
    [
      'workflow_dispatch on a branch',
      'workflow_dispatch',
      { ref: 'refs/heads/dev', repository },
      { GITHUB_REF: 'refs/heads/dev', GITHUB_SHA: SHA },
      { branch: 'dev', sha: SHA, defaultBranch: 'trunk' }
    ],
    [
      'schedule, whose payload names no repository',
      'schedule',
      { schedule: '0 * * * *' },
      { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA },
      { owner: 'env', repo: 'fallback', branch: 'main', sha: SHA, defaultBranch: null }
    ],
    [
      'a push, from its payload when the variables are unset',
      'push',
      { ref: 'refs/heads/feature/x', after: SHA, repository },
      {},
      { branch: 'feature/x', sha: SHA }
    ],
    [
      'a push of a tag: no branch',
      'push',
      { ref: 'refs/tags/v1', after: SHA, repository },
      { GITHUB_REF: 'refs/tags/v1', GITHUB_SHA: SHA },
      { branch: null, sha: null, defaultBranch: 'trunk' }
    ],
    [
      'a push that deleted its branch: no branch',
      'push',
      { ref: 'refs/heads/gone', after: '0'.repeat(40), deleted: true, repository },
      { GITHUB_REF: 'refs/heads/gone', GITHUB_SHA: '0'.repeat(40) },
      { branch: null, sha: null }
    ],
    [
      'no GITHUB_SHA: the branch, with no commit',
      'workflow_dispatch',
      { repository },
      { GITHUB_REF: 'refs/heads/main' },
      { branch: 'main', sha: null }
    ]
  ])('reads %s', (_, name, body, extra, expected) => {
    const result = readBoardEvent(envFor(name, body, extra))
    expect(result).toMatchObject({ ok: true, value: { name, ...expected } })
  })

  it("refuses a payload that is not JSON, and an event that is not the board's", () => {
    expect(readBoardEvent(envFor('schedule', 'not json'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a JSON object/)
    })
    expect(readBoardEvent(envFor('pull_request', {}))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not one of the board's: workflow_dispatch, schedule, push/)
    })
  })
})
