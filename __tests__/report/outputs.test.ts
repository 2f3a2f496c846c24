import { describe, expect, it } from '@jest/globals'
import { buildOutputs } from '../../src/report/outputs.js'
import { failing, input, scope, verdict } from './fixtures.js'

describe('buildOutputs', () => {
  it('writes a passing run with its scope', () => {
    expect(buildOutputs(input())).toEqual({
      result: 'pass',
      'out-of-scope-files': '[]',
      conflicts: '[]',
      'unmet-dependencies': '[]',
      scope:
        '{"source":{"kind":"body","path":null,"ref":null},"write":["src/feature/**","docs/feature.md"],"read":["src/shared/**"],"dependencies":["WO-FIX-03 must be merged first"],"forbidden":[]}'
    })
  })

  it('gives an overlap not decided within the work bound no conflict row, and passes', () => {
    const outputs = buildOutputs(
      input({
        verdict: verdict({
          findings: [
            {
              check: 'undecided-overlap',
              level: 'warning',
              message: 'Could not decide whether this pull request (#34) overlaps #15 ...'
            }
          ]
        })
      })
    )
    expect(outputs.result).toBe('pass')
    expect(outputs.conflicts).toBe('[]')
  })

  it('writes a failing run with sorted paths, conflicts and dependencies', () => {
    const outputs = buildOutputs(
      input({
        verdict: {
          ...failing(['z.ts', 'a|b.ts', '@x/"q".md']),
          outOfScopeFiles: ['z.ts', 'a|b.ts', '@x/"q".md'],
          conflicts: [
            {
              number: 20,
              title: 't',
              author: 'a',
              url: 'https://github.com/o/r/pull/20',
              kind: 'read-write',
              level: 'warning',
              patterns: [{ ours: 'lib/**', theirs: 'lib/x.ts', witness: 'lib/x.ts' }],
              files: []
            },
            {
              number: 12,
              title: 't',
              author: 'a',
              url: 'https://github.com/o/r/pull/12',
              kind: 'write-write',
              level: 'error',
              patterns: [
                { ours: 'src/**', theirs: 'src/core/*.ts', witness: 'src/core/a.ts' },
                { ours: 'docs/**', theirs: 'docs/*.md', witness: 'docs/a.md' }
              ],
              files: ['src/core/b.ts', 'src/core/a.ts']
            }
          ],
          unmetDependencies: [
            { reference: 'WO-9', number: null, state: 'not-started', url: null, level: 'error' },
            {
              reference: '#7',
              number: 7,
              state: 'closed-unmerged',
              url: 'https://github.com/o/r/pull/7',
              level: 'error'
            }
          ]
        }
      })
    )
    expect(outputs.result).toBe('fail')
    expect(outputs['out-of-scope-files']).toBe('["@x/\\"q\\".md","a|b.ts","z.ts"]')
    expect(outputs.conflicts).toBe(
      '[{"number":12,"kind":"write-write","patterns":[{"ours":"docs/**","theirs":"docs/*.md","witness":"docs/a.md"},{"ours":"src/**","theirs":"src/core/*.ts","witness":"src/core/a.ts"}],"files":["src/core/a.ts","src/core/b.ts"]},' +
        '{"number":20,"kind":"read-write","patterns":[{"ours":"lib/**","theirs":"lib/x.ts","witness":"lib/x.ts"}],"files":[]}]'
    )
    expect(outputs['unmet-dependencies']).toBe(
      '[{"reference":"#7","number":7,"state":"closed-unmerged","url":"https://github.com/o/r/pull/7"},{"reference":"WO-9","number":null,"state":"not-started","url":null}]'
    )
  })

  it('writes null when no scope was found', () => {
    expect(buildOutputs(input({ scope: null, source: null })).scope).toBe('null')
  })

  it('keeps the scope lists in the written order, which decides `!` entries', () => {
    const outputs = buildOutputs(
      input({
        scope: scope({
          write: [
            { text: 'src/**', line: 3 },
            { text: '!src/gen/**', line: 3 },
            { text: 'src/gen/keep.ts', line: 4 }
          ],
          forbidden: [{ text: 'secrets/**', line: 6 }]
        }),
        source: { kind: 'work-order', path: 'work-orders/WO-1.md', ref: 'main' }
      })
    )
    expect(JSON.parse(outputs.scope)).toEqual({
      source: { kind: 'work-order', path: 'work-orders/WO-1.md', ref: 'main' },
      write: ['src/**', '!src/gen/**', 'src/gen/keep.ts'],
      read: ['src/shared/**'],
      dependencies: ['WO-FIX-03 must be merged first'],
      forbidden: ['secrets/**']
    })
  })

  it('lists each out-of-scope path once', () => {
    const outputs = buildOutputs(input({ verdict: verdict({ outOfScopeFiles: ['a', 'a'] }) }))
    expect(outputs['out-of-scope-files']).toBe('["a"]')
  })
})
