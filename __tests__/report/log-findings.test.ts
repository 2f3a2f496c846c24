// The log line of a finding: `LEVEL: TITLE: [PATH: ]MESSAGE`, stable for people and scripts.
import { describe, expect, it } from '@jest/globals'
import { findingAnnotations } from '../../src/report/annotations.js'
import { findingLine, findingLines } from '../../src/report/log-findings.js'
import type { Annotation } from '../../src/report/annotations.js'
import { verdict } from './fixtures.js'

describe('findingLine', () => {
  it.each<[string, Annotation, string]>([
    [
      'a finding on a file, without repeating its path',
      {
        level: 'error',
        title: 'Out of scope',
        message: '`src/x.ts` is not in the write set',
        file: 'src/x.ts',
        startLine: 3
      },
      'error: Out of scope: src/x.ts: Not in the write set'
    ],
    [
      'a message that does not start with the path',
      {
        level: 'warning',
        title: 'Write-write overlap with #12',
        message: '#12 "Core" by @mona also writes this file: sequence them.',
        file: 'src/core/a.ts'
      },
      'warning: Write-write overlap with #12: src/core/a.ts: #12 "Core" by @mona also writes this file: sequence them.'
    ],
    [
      'a finding about no file',
      {
        level: 'notice',
        title: 'Unused write entry',
        message: '`docs/**` matched no changed file'
      },
      'notice: Unused write entry: `docs/**` matched no changed file'
    ],
    [
      'a run about another pull request',
      { level: 'error', title: 'Out of scope (#7)', message: '`a.ts`: Not covered.' },
      'error: Out of scope (#7): `a.ts`: Not covered.'
    ],
    [
      'a message in paragraphs, on one line',
      { level: 'error', title: 'Session Scope', message: 'one\n\ntwo' },
      'error: Session Scope: one two'
    ]
  ])('%s', (_name, annotation, line) => {
    expect(findingLine(annotation)).toBe(line)
  })

  it('gives every finding a line, past the 10 annotations of a level', () => {
    const findings = Array.from({ length: 12 }, (_, i) => ({
      check: 'scope-syntax' as const,
      level: 'warning' as const,
      message: `line ${i + 1}: unknown label "L${i}"`
    }))
    const lines = findingLines(findingAnnotations(verdict({ findings })))
    expect(lines).toHaveLength(12)
    expect(lines.every((line) => line.startsWith('warning: Session Scope: line '))).toBe(true)
  })
})
