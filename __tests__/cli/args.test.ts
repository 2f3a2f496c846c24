import { describe, expect, it } from '@jest/globals'
import { parseCommandLine, type Invocation } from '../../src/cli/args.js'
import type { CommandSpec } from '../../src/cli/command.js'
import { checkCommand } from '../../src/cli/check/check.js'

// A stand-in for a subcommand that takes positional arguments.
const demo: CommandSpec = {
  name: 'demo',
  summary: 'demo',
  synopsis: 'demo FILE|DIR...',
  details: '',
  options: { json: { type: 'boolean', description: 'json' } },
  positionals: { min: 1, max: Infinity, name: 'FILE|DIR...' }
}
const specs: CommandSpec[] = [checkCommand, demo]

const run = (command: string, values: Record<string, unknown>, positionals: string[] = []) => ({
  kind: 'run',
  command,
  values,
  positionals
})

describe('parseCommandLine', () => {
  it.each<[string, string[], Invocation | ReturnType<typeof run>]>([
    ['top-level help', ['--help'], { kind: 'help' }],
    ['short help', ['-h'], { kind: 'help' }],
    ['help command', ['help'], { kind: 'help' }],
    ['help for a command', ['help', 'check'], { kind: 'help', command: 'check' }],
    ['version', ['--version'], { kind: 'version' }],
    ['command help', ['check', '--help'], { kind: 'help', command: 'check' }],
    ['help wins over other options', ['check', '--nope', '-h'], { kind: 'help', command: 'check' }],
    ['check alone', ['check'], run('check', {})],
    [
      'every check option',
      ['check', '--base', 'origin/main', '--scope', 'WO.md', '--json', '--warn'],
      run('check', { base: 'origin/main', scope: 'WO.md', json: true, warn: true })
    ],
    [
      'inline values',
      ['check', '--base=main', '--scope=a b.md'],
      run('check', { base: 'main', scope: 'a b.md' })
    ],
    [
      'a value starting with - given inline',
      ['check', '--ignore=-x'],
      run('check', { ignore: ['-x'] })
    ],
    [
      'repeated --ignore collects a list',
      ['check', '--ignore', '*.lock', '--ignore=dist/**'],
      run('check', { ignore: ['*.lock', 'dist/**'] })
    ],
    [
      'positionals of a command that takes them',
      ['demo', 'a.md', 'wo/'],
      run('demo', {}, ['a.md', 'wo/'])
    ],
    ['after --', ['demo', '--', '--odd.md'], run('demo', {}, ['--odd.md'])]
  ])('%s', (_name, argv, expected) => {
    expect(parseCommandLine(argv, specs)).toEqual(expected)
  })

  it.each<[string, string[], RegExp]>([
    ['no command', [], /no command given: use one of check, demo/],
    [
      'unknown command',
      ['chek'],
      /unknown command `chek`: did you mean `check`\? Use one of check, demo/
    ],
    ['a swapped pair of letters', ['chekc'], /unknown command `chekc`: did you mean `check`\?/],
    ['an unlike command', ['deploy'], /^unknown command `deploy`: use one of check, demo/],
    [
      'a mistyped option',
      ['check', '--jsno'],
      /unknown option --jsno for pr-scope check: did you mean --json\? \(see pr-scope check --help\)/
    ],
    ['unknown help topic', ['help', 'nope'], /unknown command `nope`/],
    ['option before the command', ['--json'], /unknown option --json: put a command first/],
    [
      'unknown option',
      ['check', '--frobnicate'],
      /unknown option --frobnicate for pr-scope check \(see pr-scope check --help\)/
    ],
    ['unknown short option', ['check', '-x'], /unknown option -x for pr-scope check/],
    ['missing value at the end', ['check', '--base'], /--base needs a value: --base REF/],
    [
      'option where a value belongs',
      ['check', '--scope', '--json'],
      /--scope needs a value: --scope FILE/
    ],
    ['an empty value', ['check', '--base', ''], /--base needs a value: --base REF/],
    ['an empty inline value', ['check', '--scope='], /--scope needs a value: --scope FILE/],
    ['value for a boolean', ['check', '--json=yes'], /--json takes no value/],
    ['an option given twice', ['check', '--base', 'a', '--base', 'b'], /--base given twice/],
    [
      'a stray argument',
      ['check', 'WO.md'],
      /unexpected argument `WO.md`: pr-scope check takes options only/
    ],
    ['a command that needs positionals', ['demo'], /pr-scope demo needs FILE\|DIR\.\.\./]
  ])('rejects %s', (_name, argv, message) => {
    const result = parseCommandLine(argv, specs)
    expect(result.kind).toBe('usage-error')
    expect(result.kind === 'usage-error' ? result.message : '').toMatch(message)
  })
})
