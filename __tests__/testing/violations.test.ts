// A request GitHub would refuse fails the test that sent it, without the test asking: every
// FakeGitHub registers itself, and testing/jest-setup.ts fails a test that left violations behind.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from '../../testing/run-action.js'
import { FakeGitHub } from '../../testing/server.js'
import { violationReport } from '../../testing/violations.js'

describe('violationReport', () => {
  it('finds the violations of every server made, takes them, and reports each once', () => {
    const one = new FakeGitHub()
    const two = new FakeGitHub()
    one.violations.push('GET /a: no such route')
    two.violations.push('GET /b: unknown query parameter x', 'GET /c: no such route')
    const report = violationReport()
    expect(report).toMatch(/^The GitHub stand-in recorded 3 violations/)
    expect(report).toContain('  - GET /a: no such route\n  - GET /b: unknown query parameter x')
    expect(one.violations).toEqual([])
    expect(violationReport()).toBeNull()
  })

  it('is thrown by checkViolations, for scripts that run the stand-in outside jest', () => {
    const server = new FakeGitHub()
    expect(() => server.checkViolations()).not.toThrow()
    server.violations.push('POST /api/graphql: Cannot query field "x" on type "Blob".')
    expect(() => server.checkViolations()).toThrow(/recorded a violation[\s\S]*on type "Blob"/)
    expect(() => server.checkViolations()).not.toThrow()
  })
})

describe('the jest setup', () => {
  it('fails the test that left a violation behind, and only that one', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--testMatch',
        '**/__tests__/testing/fixtures/undrained.fixture.ts',
        '--json',
        '--silent'
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' }
      }
    )
    const result = JSON.parse(run.stdout) as {
      testResults: Array<{
        assertionResults: Array<{ title: string; status: string; failureMessages: string[] }>
      }>
    }
    const tests = result.testResults.flatMap((file) => file.assertionResults)
    expect(tests.map((t) => [t.title, t.status])).toEqual([
      ['sends a request GitHub would refuse and never looks', 'failed'],
      ['sends one and takes the violation it expects', 'passed']
    ])
    expect(tests[0]?.failureMessages.join('\n')).toContain(
      "GET /api/v3/repos/octo/game/pull/1: no such route in GitHub's REST API"
    )
  })
})
