// `pr-scope plan` as a subcommand of the dispatcher: its spec for parsing and help, and a run
// that hands the parsed arguments back to runPlan. Listing `planCommand` in commands.ts wires it.

import type { Command } from './command.js'
import { runPlan } from './plan.js'

/** The `plan` subcommand for the pr-scope dispatcher. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'Check work orders before dispatch: which may run in parallel, and in what order.',
  synopsis: 'plan FILE|DIR... [--json]',
  details:
    'Reads each FILE, and every *.md below each DIR, as a work order with a Session Scope, and ' +
    'prints the files written by more than one work order, every write-write and read-write ' +
    'overlap, the parallel-safe groups with the order their work orders must run in, and the ' +
    'waves of dispatch.\n\n' +
    'Exit status: 0 with a plan (conflicts are the plan, not a failure), 2 on bad usage, an ' +
    'unreadable file, a scope or pattern that cannot be read, two files with one ID, or a ' +
    'dependency cycle.',
  options: {
    json: {
      type: 'boolean',
      description:
        'Print the plan as JSON {workOrders, conflicts, groups, waves, files, unplanned, warnings} instead of Markdown.'
    }
  },
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'FILE|DIR...' },
  run: (values, positionals, io) =>
    // `--` keeps a file named like an option from being read as one.
    runPlan([...(values.json === true ? ['--json'] : []), '--', ...positionals], io)
}
