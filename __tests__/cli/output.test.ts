// What the command prints can land in a CI log: paths and titles from a repository must never be
// read there as workflow commands (CONTRACT §3 "Log", applied to `run: npx pr-scope ...`).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inertOutput } from '../../src/cli/output.js'
import { parseWorkflowCommands } from '../../testing/workflow-commands.js'
import { isolatedGitEnv, TempRepo } from '../git/temp-repo.js'

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

describe('inertOutput', () => {
  it.each([
    ['a leading ::', '::warning::boom\n', '\u200B::warning::boom\n'],
    [
      'a leading :: after spaces',
      '  ::add-mask::x: is not in the write set\n',
      '  \u200B::add-mask::x: is not in the write set\n'
    ],
    ['##[ anywhere', 'Out of scope: ##[add-mask]sec\n', 'Out of scope: #\u200B#[add-mask]sec\n'],
    ['a control character', 'a\u001b[31mred\n', 'a\uFFFD[31mred\n'],
    ['plain text', 'PASS: 2 changed paths\n', 'PASS: 2 changed paths\n']
  ])('breaks %s in text', (_, text, shown) => {
    expect(inertOutput(text)).toBe(shown)
  })

  it('keeps a JSON document the same value, with nothing a runner or terminal acts on', () => {
    const value = { outOfScopeFiles: ['##[add-mask]sec/f', '::warning::boom', 'bidi\u202e.txt'] }
    const text = `${JSON.stringify(value, null, 2)}\n`
    const inert = inertOutput(text)
    expect(JSON.parse(inert)).toEqual(value)
    expect(inert).not.toContain('##[')
    expect(inert).not.toContain('\u202e')
    expect(parseWorkflowCommands(inert)).toEqual([])
  })
})

describe('pr-scope check in a CI log', () => {
  let repo: TempRepo
  beforeAll(() => {
    repo = new TempRepo('pr-scope-output-')
    repo.git('checkout', '-q', '-b', 'work')
    repo.write('##[add-mask]sec/f')
    repo.write('::warning::boom')
    repo.commit('hostile paths')
    writeFileSync(
      join(repo.dir, '.git', 'scope.md'),
      '## Session Scope\n**Write set:** README.md\n'
    )
  })
  afterAll(() => repo.remove())

  it.each([[[] as string[]], [['--json']]])('prints no workflow command (%j)', (extra) => {
    const run = spawnSync(
      process.execPath,
      [cli, 'check', '--scope', join(repo.dir, '.git', 'scope.md'), ...extra],
      { cwd: repo.dir, env: { ...isolatedGitEnv }, encoding: 'utf8', timeout: 60_000 }
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/add-mask/)
    expect(parseWorkflowCommands(run.stdout)).toEqual([])
    expect(parseWorkflowCommands(run.stderr)).toEqual([])
  })
})
