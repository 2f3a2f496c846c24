// The merge queue run's summary, outputs and failure line. The run itself is tested end to end in
// __tests__/integration/merge-group.test.ts.
import { describe, expect, it } from '@jest/globals'
import {
  buildQueueOutputs,
  queueFailureReason,
  renderQueueSummary,
  type QueuedResult
} from '../../src/report/merge-queue.js'
import type { Verdict } from '../../src/scope/types.js'

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const SHA2 = '0123456789abcdef0123456789abcdef01234567'

const GROUP = {
  owner: 'octo',
  repo: 'game',
  headRef: `refs/heads/gh-readonly-queue/main/pr-3-${SHA}`,
  headSha: SHA2,
  base: 'main',
  baseSha: SHA,
  pullRequests: [3, 4]
}

function result(number: number, outOfScope: string[], title = `PR ${number}`): QueuedResult {
  const verdict: Verdict = {
    result: outOfScope.length > 0 ? 'fail' : 'pass',
    findings: outOfScope.map((path) => ({
      check: 'out-of-scope',
      level: 'error',
      path,
      message: `\`${path}\` is not in the write set`
    })),
    outOfScopeFiles: outOfScope,
    conflicts: [],
    unmetDependencies: []
  }
  return {
    number,
    url: `https://github.com/octo/game/pull/${number}`,
    report: {
      verdict,
      scope: {
        write: [{ text: 'src/**', line: 2 }],
        read: [],
        dependencies: [],
        forbidden: [],
        forbidOthers: true,
        line: 1,
        form: 'markdown'
      },
      source: { kind: 'body', path: null, ref: null },
      repository: { owner: 'octo', repo: 'game', serverUrl: 'https://github.com' },
      pullRequest: { number, title, headSha: SHA2 },
      changedFileCount: 2
    }
  }
}

describe('renderQueueSummary', () => {
  it('names the merge group, each queued pull request and its verdict, then each report', () => {
    const text = renderQueueSummary(GROUP, [result(3, []), result(4, ['lib/outside.ts'])])
    expect(text).toMatch(/^❌ \*\*pr-scope-check failed the merge group\*\*: 1 of 2 queued/)
    expect(text).toContain('<code>gh-readonly-queue/main/pr-3-')
    expect(text).toContain('into <code>main</code>')
    expect(text).toMatch(/Not checked in the queue: overlaps/)
    expect(text).toContain('| [#3](https://github.com/octo/game/pull/3) PR 3 | ✅ pass | none |')
    expect(text).toContain(
      '| [#4](https://github.com/octo/game/pull/4) PR 4 | ❌ fail | <code>lib/outside.ts</code> |'
    )
    expect(text.indexOf('## #3 PR 3')).toBeLessThan(text.indexOf('## #4 PR 4'))
    expect(text).toContain('✅ **pr-scope-check passed**')
    expect(text).toContain('❌ **pr-scope-check failed**')
  })

  it('speaks of the one queued pull request when the group holds one', () => {
    expect(renderQueueSummary(GROUP, [result(3, ['x.ts'])])).toMatch(
      /^❌ \*\*pr-scope-check failed the merge group\*\*: the queued pull request changes files outside its Session Scope\./
    )
  })

  it('says the whole group passes when every queued pull request does', () => {
    expect(renderQueueSummary(GROUP, [result(3, [])])).toMatch(
      /^✅ \*\*pr-scope-check passed the merge group\*\*: the queued pull request stays inside its/
    )
  })

  it('escapes titles so that they cannot break the table or ping anyone', () => {
    const text = renderQueueSummary(GROUP, [result(3, [], 'fix | @team <b>')])
    expect(text).not.toContain('fix | @team')
    expect(text).not.toContain('<b>')
  })

  it('shortens a long list of paths in the table, never in the report below', () => {
    const paths = ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts']
    const text = renderQueueSummary(GROUP, [result(3, paths)])
    expect(text).toContain('<code>c.ts</code> and 2 more |')
    expect(text).toContain('e.ts')
  })
})

describe('buildQueueOutputs and queueFailureReason', () => {
  it('joins the out-of-scope files, fails when any queued pull request fails, reports no overlap', () => {
    const outputs = buildQueueOutputs([result(3, ['x.ts']), result(4, ['a.ts'])])
    expect(outputs.result).toBe('fail')
    expect(JSON.parse(outputs['out-of-scope-files'])).toEqual(['a.ts', 'x.ts'])
    expect(JSON.parse(outputs.conflicts)).toEqual([])
    expect(JSON.parse(outputs['unmet-dependencies'])).toEqual([])
    expect(JSON.parse(outputs.scope)).toBeNull()
  })

  it('gives the scope of the one queued pull request', () => {
    const outputs = buildQueueOutputs([result(3, [])])
    expect(outputs.result).toBe('pass')
    expect(JSON.parse(outputs.scope)).toMatchObject({ source: { kind: 'body' }, write: ['src/**'] })
  })

  it('names each failing queued pull request and its files', () => {
    expect(queueFailureReason([result(3, []), result(4, ['lib/outside.ts'])])).toBe(
      'Queued pull request #4 changes 1 file outside its Session Scope: lib/outside.ts ' +
        '(the job summary lists every finding)'
    )
    expect(queueFailureReason([result(3, [])])).toBeNull()
  })

  it('shows paths with line breaks and bidi controls as U+FFFD', () => {
    const reason = queueFailureReason([result(3, ['src/a\n::add-mask::x\u202e.ts'])])
    expect(reason).toContain('src/a\uFFFD::add-mask::x\uFFFD.ts')
  })
})
