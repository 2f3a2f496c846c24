// The pr-scope command: argv in, exit status out, all I/O through the CliIO it is given.
import packageJson from '../../package.json' with { type: 'json' }
import { parseCommandLine } from './args.js'
import { EXIT, type CliIO, type Command } from './command.js'
import { commands as allCommands } from './commands.js'
import { renderCommandHelp, renderMainHelp } from './help.js'
import { inertOutput } from './output.js'

/** The version printed by --version: the package's. */
export const VERSION: string = packageJson.version

/** Runs pr-scope with `argv` (the arguments after the program name) and returns the exit status. */
export async function runCli(
  argv: readonly string[],
  io: CliIO,
  commands: readonly Command[] = allCommands
): Promise<number> {
  return dispatch(argv, inert(io), commands)
}

/** The same process, with everything printed made inert (output.ts). */
function inert(io: CliIO): CliIO {
  return {
    ...io,
    stdout: (text) => io.stdout(inertOutput(text)),
    stderr: (text) => io.stderr(inertOutput(text))
  }
}

async function dispatch(
  argv: readonly string[],
  io: CliIO,
  commands: readonly Command[]
): Promise<number> {
  const invocation = parseCommandLine(argv, commands)
  switch (invocation.kind) {
    case 'version':
      io.stdout(`${VERSION}\n`)
      return EXIT.pass
    case 'help': {
      const spec = commands.find((c) => c.name === invocation.command)
      io.stdout(spec === undefined ? renderMainHelp(commands, VERSION) : renderCommandHelp(spec))
      return EXIT.pass
    }
    case 'usage-error':
      io.stderr(`pr-scope: ${invocation.message}\n`)
      // A script that asked for JSON reads standard output: it gets the error there too.
      if (asksForJson(argv))
        io.stdout(`${JSON.stringify({ errors: [invocation.message] }, null, 2)}\n`)
      return EXIT.usage
    case 'run': {
      const command = commands.find((c) => c.name === invocation.command)
      if (command === undefined)
        throw new Error(`parser returned unknown command ${invocation.command}`)
      try {
        return await command.run(invocation.values, invocation.positionals, io)
      } catch (error) {
        // A bug must not pass for a failing finding (exit 1): say so and stop with 2.
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
        io.stderr(`pr-scope: internal error, please report it: ${detail}\n`)
        if (asksForJson(argv)) {
          const message = error instanceof Error ? error.message : String(error)
          io.stdout(`${JSON.stringify({ errors: [`internal error: ${message}`] }, null, 2)}\n`)
        }
        return EXIT.usage
      }
    }
  }
}

/** True when the arguments after the command name hold `--json` (before a `--`). */
function asksForJson(argv: readonly string[]): boolean {
  const rest = argv.slice(1)
  const end = rest.indexOf('--')
  return (end < 0 ? rest : rest.slice(0, end)).includes('--json')
}
