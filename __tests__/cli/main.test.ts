// The command in-process: its I/O is passed in, so no child process is needed.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { checkOptions } from '../../src/cli/check/check.js'
import type { CliIO, Command } from '../../src/cli/command.js'
import { runCli, VERSION } from '../../src/cli/main.js'
import { TempRepo } from '../git/temp-repo.js'

function capture(cwd = process.cwd()): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return { io: { cwd, env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, out, err }
}

describe('runCli', () => {
  it('prints the package version', async () => {
    const { io, out } = capture()
    expect(await runCli(['--version'], io)).toBe(0)
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(out.join('')).toBe(`${pkg.version}\n`)
    expect(VERSION).toBe(pkg.version)
  })

  it('lists the subcommands in --help', async () => {
    const { io, out } = capture()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(out.join('')).toMatch(
      /Commands:\n {2}check {2}Check this branch against its Session Scope/
    )
  })

  it('exits 2 on a usage error and writes only to stderr', async () => {
    const { io, out, err } = capture()
    expect(await runCli(['check', '--nope'], io)).toBe(2)
    expect(out).toEqual([])
    expect(err.join('')).toMatch(/^pr-scope: unknown option --nope for pr-scope check/)
  })

  it('runs a registered subcommand with its parsed options', async () => {
    const seen: unknown[] = []
    const echo: Command = {
      name: 'echo',
      summary: 'test',
      synopsis: 'echo [--loud] WORD...',
      details: '',
      options: { loud: { type: 'boolean', description: 'loud' } },
      positionals: { min: 1, max: Infinity, name: 'WORD' },
      run: async (values, positionals) => {
        seen.push(values, positionals)
        return 1
      }
    }
    const { io } = capture()
    expect(await runCli(['echo', '--loud', 'a', 'b'], io, [echo])).toBe(1)
    expect(seen).toEqual([{ loud: true }, ['a', 'b']])
  })

  it('turns a bug in a subcommand into exit 2, not a verdict', async () => {
    const broken: Command = {
      name: 'boom',
      summary: 'test',
      synopsis: 'boom',
      details: '',
      options: {},
      run: () => Promise.reject(new Error('kaput'))
    }
    const { io, err } = capture()
    expect(await runCli(['boom'], io, [broken])).toBe(2)
    expect(err.join('')).toMatch(/internal error, please report it: Error: kaput/)
  })

  it('prints {"errors"} on stdout for exit 2 when --json was asked for', async () => {
    const broken: Command = {
      name: 'boom',
      summary: 'test',
      synopsis: 'boom [--json]',
      details: '',
      options: { json: { type: 'boolean', description: 'json' } },
      run: () => Promise.reject(new Error('kaput'))
    }
    const bug = capture()
    expect(await runCli(['boom', '--json'], bug.io, [broken])).toBe(2)
    expect(JSON.parse(bug.out.join(''))).toEqual({ errors: ['internal error: kaput'] })
    const usage = capture()
    expect(await runCli(['check', '--json', '--nope'], usage.io)).toBe(2)
    expect(JSON.parse(usage.out.join(''))).toEqual({
      errors: [expect.stringMatching(/^unknown option --nope for pr-scope check/)]
    })
    const quiet = capture()
    expect(await runCli(['check', '--nope', '--', '--json'], quiet.io)).toBe(2)
    expect(quiet.out).toEqual([])
  })
})

describe('runCli check in-process', () => {
  it('reads the scope from io.cwd and reports to io.stdout', async () => {
    const repo = new TempRepo('pr-scope-inproc-')
    try {
      repo.exclude('WO.md')
      repo.git('checkout', '-q', '-b', 'work')
      repo.write('a.py')
      repo.write('c.py')
      repo.commit('work')
      repo.write('WO.md', '## Session Scope\n**Write set:** a.py\n')
      const { io, out, err } = capture(repo.dir)
      expect(await runCli(['check', '--scope', 'WO.md', '--base', 'main'], io)).toBe(1)
      expect(out.join('')).toMatch(/^ {2}c\.py: /m)
      expect(err).toEqual([])
    } finally {
      repo.remove()
    }
  })
})

describe('checkOptions', () => {
  it('reads parsed values with defaults', () => {
    expect(checkOptions({})).toEqual({ committed: false, json: false, ignore: [], warn: false })
    expect(
      checkOptions({
        base: 'main',
        scope: 'WO.md',
        committed: true,
        json: true,
        warn: true,
        ignore: ['a', 'b']
      })
    ).toEqual({
      base: 'main',
      scope: 'WO.md',
      committed: true,
      json: true,
      ignore: ['a', 'b'],
      warn: true
    })
  })
})
