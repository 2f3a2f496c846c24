import { describe, expect, it } from '@jest/globals'
import type { Finding, Verdict } from '../../../src/scope/types.js'
import { addToVerdict } from '../../../src/scope/checks/verdict.js'

const passing: Verdict = {
  result: 'pass',
  findings: [{ check: 'unused-write-entry', level: 'notice', message: 'unused' }],
  outOfScopeFiles: [],
  conflicts: [],
  unmetDependencies: []
}
const overlapError: Finding = { check: 'write-write-overlap', level: 'error', message: 'meets #12' }
const overlapWarning: Finding = { ...overlapError, level: 'warning' }

describe('addToVerdict', () => {
  it.each([
    ['an error fails a passing verdict', [overlapError], 'fail'],
    ['a warning keeps it passing', [overlapWarning], 'pass'],
    ['nothing keeps it passing', [], 'pass']
  ] as const)('%s', (_name, findings, result) => {
    const out = addToVerdict(passing, { findings })
    expect(out.result).toBe(result)
    expect(out.findings).toHaveLength(1 + findings.length)
  })

  it('keeps a failing verdict failing and appends lists', () => {
    const failing: Verdict = { ...passing, result: 'fail', findings: [overlapError] }
    const out = addToVerdict(failing, {
      unmetDependencies: [{ reference: '#3', number: 3, state: 'open', url: null, level: 'error' }]
    })
    expect(out.result).toBe('fail')
    expect(out.unmetDependencies.map((d) => d.reference)).toEqual(['#3'])
    expect(passing.findings).toHaveLength(1)
  })
})
