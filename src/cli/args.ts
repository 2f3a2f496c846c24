// Reads argv into what to do: show help, show the version, or run a subcommand with its options.
// node:util parseArgs splits the tokens; the checks are ours, so that every message names the
// option and the fix.
import { parseArgs } from 'node:util'
import { suggest } from '../settings/suggest.js'
import type { CommandSpec, OptionValues } from './command.js'

/** What the command line asks for. */
export type Invocation =
  | { kind: 'help'; command?: string }
  | { kind: 'version' }
  | { kind: 'run'; command: string; values: OptionValues; positionals: string[] }
  | { kind: 'usage-error'; message: string }

/** Parses `pr-scope [--help | --version | <command> [options]]` against the known subcommands. */
export function parseCommandLine(
  argv: readonly string[],
  commands: readonly CommandSpec[]
): Invocation {
  const [first, ...rest] = argv
  const names = commands.map((c) => c.name).join(', ')
  if (first === undefined) {
    return {
      kind: 'usage-error',
      message: `no command given: use one of ${names} (see pr-scope --help)`
    }
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined
    if (topic !== undefined && !commands.some((c) => c.name === topic)) {
      return { kind: 'usage-error', message: `unknown command \`${topic}\`: use one of ${names}` }
    }
    return topic === undefined ? { kind: 'help' } : { kind: 'help', command: topic }
  }
  if (first === '--version' || first === '-V') return { kind: 'version' }
  if (first.startsWith('-')) {
    return {
      kind: 'usage-error',
      message: `unknown option ${first}: put a command first (${names}); see pr-scope --help`
    }
  }
  const spec = commands.find((c) => c.name === first)
  if (spec === undefined) {
    const near = suggest(
      first,
      commands.map((c) => c.name)
    )
    const hint = near === null ? 'use' : `did you mean \`${near}\`? Use`
    return {
      kind: 'usage-error',
      message: `unknown command \`${first}\`: ${hint} one of ${names} (see pr-scope --help)`
    }
  }
  return parseCommandArgs(spec, rest)
}

/** Parses the arguments after a subcommand's name against its options. */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[]): Invocation {
  const command = `pr-scope ${spec.name}`
  const error = (message: string): Invocation => ({
    kind: 'usage-error',
    message: `${message} (see ${command} --help)`
  })
  // Lenient parsing yields tokens for unknown options too, so we can name them ourselves.
  const { tokens } = parseArgs({
    args: [...args],
    options: {
      ...Object.fromEntries(
        Object.entries(spec.options).map(([name, o]) => [
          name,
          { type: o.type, multiple: o.multiple === true }
        ])
      ),
      help: { type: 'boolean', short: 'h' }
    },
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) {
    return { kind: 'help', command: spec.name }
  }
  const values: OptionValues = {}
  const positionals: string[] = []
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue
    if (token.kind === 'positional') {
      positionals.push(token.value)
      continue
    }
    const option = spec.options[token.name]
    if (option === undefined || token.rawName !== `--${token.name}`) {
      const near = token.rawName.startsWith('--')
        ? suggest(token.name, Object.keys(spec.options))
        : null
      const hint = near === null ? '' : `: did you mean --${near}?`
      return error(`unknown option ${token.rawName} for ${command}${hint}`)
    }
    const flag = `--${token.name}`
    if (option.type === 'boolean') {
      if (token.inlineValue === true) return error(`${flag} takes no value`)
      values[token.name] = true
      continue
    }
    const value = token.value
    // Without `=`, a value that looks like an option is more likely a forgotten value (a lone `-`
    // is standard input); an empty one (`--base ""`, an unset shell variable) names nothing.
    if (
      value === undefined ||
      value === '' ||
      (token.inlineValue !== true && value.startsWith('-') && value !== '-')
    ) {
      return error(`${flag} needs a value: ${flag} ${option.value ?? 'VALUE'}`)
    }
    const previous = values[token.name]
    if (option.multiple === true) {
      values[token.name] = [...(Array.isArray(previous) ? previous : []), value]
    } else if (previous !== undefined) {
      return error(`${flag} given twice: give it once`)
    } else {
      values[token.name] = value
    }
  }
  const { min, max, name } = spec.positionals ?? { min: 0, max: 0, name: '' }
  if (positionals.length > max) {
    const extra = positionals[max] ?? ''
    return error(
      max === 0
        ? `unexpected argument \`${extra}\`: ${command} takes options only`
        : `unexpected argument \`${extra}\`: ${command} takes at most ${max} ${name}`
    )
  }
  if (positionals.length < min) return error(`${command} needs ${name}`)
  return { kind: 'run', command: spec.name, values, positionals }
}
