// The hooks the repository offers the pre-commit framework (.pre-commit-hooks.yaml): each runs a
// pr-scope command line that the command accepts, at the stage it is meant for.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseCommandLine } from '../../src/cli/args.js'
import { commands } from '../../src/cli/commands.js'

interface Hook {
  id: string
  entry: string
  language: string
  pass_filenames?: boolean
  always_run?: boolean
  stages?: string[]
}

const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Hook[]
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> }

describe('.pre-commit-hooks.yaml', () => {
  it('offers the push check and the session check', () => {
    expect(hooks.map((h) => [h.id, h.entry, h.stages])).toEqual([
      ['pr-scope-check', 'pr-scope check --committed', ['pre-push']],
      ['pr-scope-session', 'pr-scope check', ['manual']]
    ])
  })

  it.each(hooks.map((h) => [h.id, h] as const))(
    '%s runs a command pr-scope accepts',
    (_id, hook) => {
      const [program, ...argv] = hook.entry.split(' ')
      expect(program).toBe('pr-scope')
      expect(Object.keys(pkg.bin)).toContain(program)
      expect(parseCommandLine(argv, commands)).toMatchObject({ kind: 'run', command: 'check' })
      // The check judges the branch, not the files a commit touches.
      expect(hook).toMatchObject({ language: 'node', pass_filenames: false, always_run: true })
    }
  )
})
