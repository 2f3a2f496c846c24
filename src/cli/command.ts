// What a pr-scope subcommand is: its options (for parsing and help) and the function that runs it.
// Adding a subcommand means writing one of these and listing it in commands.ts.

/** The process around a command, passed in so that tests need no child process. */
export interface CliIO {
  /** The folder the command was started in. */
  cwd: string
  env: Record<string, string | undefined>
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Reads all of standard input as UTF-8, or null past `maxBytes`; absent where there is none. */
  stdin?: (maxBytes: number) => Promise<string | null>
}

/** Exit statuses: 0 pass, 1 a failing finding, 2 bad usage or bad input. */
export const EXIT = { pass: 0, fail: 1, usage: 2 } as const

/** One option of a subcommand. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  /** A string option that may be given several times collects a list. */
  multiple?: boolean
  /** The placeholder help shows for the value, e.g. `REF`. */
  value?: string
  description: string
}

/** Option values after parsing: strings, lists of strings (multiple) or true (booleans given). */
export type OptionValues = Record<string, string | string[] | true>

/** A subcommand's description for the parser and the help text. */
export interface CommandSpec {
  name: string
  /** One line for `pr-scope --help`. */
  summary: string
  /** The synopsis after `pr-scope`, e.g. `check [--base REF]`. */
  synopsis: string
  /** Paragraphs shown by `pr-scope <name> --help` after the options. */
  details: string
  options: Record<string, OptionSpec>
  /** How many positional arguments it takes (default 0). */
  positionals?: { min: number; max: number; name: string }
}

/** A subcommand: its spec plus the code that runs it and returns the exit status. */
export interface Command extends CommandSpec {
  run: (values: OptionValues, positionals: string[], io: CliIO) => Promise<number>
}
