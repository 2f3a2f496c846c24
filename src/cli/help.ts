// The help texts, built from the subcommands' specs so that a new subcommand documents itself.
import type { CommandSpec } from './command.js'

/** `pr-scope --help`: what the tool is and its subcommands. */
export function renderMainHelp(commands: readonly CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  const lines = [
    `pr-scope ${version}: check a change against its Session Scope (write, read and forbidden files)`,
    '',
    'Usage:',
    ...commands.map((c) => `  pr-scope ${c.synopsis}`),
    '  pr-scope --help | --version',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `pr-scope <command> --help` for its options.',
    'Exit status: 0 pass, 1 a failing finding, 2 bad usage or bad input.'
  ]
  return lines.join('\n') + '\n'
}

const WIDTH = 100

/**
 * Breaks `text` into lines of at most WIDTH columns, the later ones indented by `indent`, at the
 * spaces `at` matches (every space by default).
 */
function wrap(text: string, indent: number, at: RegExp = / /): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(at)) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  lines.push(line)
  return lines.join('\n' + ' '.repeat(indent))
}

/** `pr-scope <command> --help`: its synopsis, options and details. */
export function renderCommandHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const value = o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''
    return [`--${name}${value}`, o.description + (o.multiple === true ? ' Repeatable.' : '')]
  })
  rows.push(['-h, --help', 'Show this help.'])
  const width = Math.max(...rows.map(([flag]) => (flag ?? '').length))
  const lines = [
    // A synopsis breaks only between its bracketed parts.
    wrap(`Usage: pr-scope ${spec.synopsis}`, 'Usage: pr-scope '.length, / (?=\[)/),
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(
      ([flag, text]) => `  ${(flag ?? '').padEnd(width)}  ${wrap(text ?? '', width + 4)}`
    ),
    '',
    // Details may come as one long line per paragraph or already broken: fit each line alike.
    ...spec.details
      .trim()
      .split('\n')
      .map((line) => (line.length > WIDTH ? wrap(line, 0) : line))
  ]
  return lines.join('\n') + '\n'
}
