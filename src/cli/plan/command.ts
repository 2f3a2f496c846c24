// `pr-scope plan` as a subcommand of the dispatcher: its spec for parsing and help, and a run
// that hands the parsed arguments back to runPlan. Listing `planCommand` in commands.ts wires it.

import type { Command } from '../command.js'
import { runPlan } from './plan.js'

/** The `plan` subcommand for the pr-scope dispatcher. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'Check work orders before dispatch: which may run in parallel, and in what order.',
  synopsis: 'plan FILE|DIR... [--repo OWNER/REPO] [--base BRANCH] [--json]',
  details:
    'Reads each FILE, and every *.md below each DIR, as a work order with a Session Scope, and ' +
    'prints the files written by more than one work order, every write-write and read-write ' +
    'overlap, the parallel-safe groups with the order their work orders must run in, and the ' +
    'waves of dispatch.\n\n' +
    'With --repo, plans them against the work in flight instead, as a dispatch list: the open ' +
    'pull requests to the base branch, read through the GitHub API (token from GITHUB_TOKEN, else ' +
    'GH_TOKEN; API root from GITHUB_API_URL, default https://api.github.com), each with its ' +
    'Session Scope from its body or its work order on the base branch (as the action reads them, ' +
    'with .github/pr-scope.yml there). A work order an open pull request carries is in flight and ' +
    'not planned again; one whose write set overlaps an open pull request waits for it; the first ' +
    'wave is what can be dispatched now. Open pull requests without a Session Scope are listed ' +
    'apart, with a warning: nothing can be planned around them.\n\n' +
    'Exit status: 0 with a plan (conflicts are the plan, not a failure), 2 on bad usage, an ' +
    'unreadable file, a scope or pattern that cannot be read, two files with one ID, a ' +
    'dependency cycle, or (--repo) no token, a token GitHub refuses, a repository it does not ' +
    'show, or a read that fails.',
  options: {
    repo: {
      type: 'string',
      value: 'OWNER/REPO',
      description: 'Plan against the open pull requests of this GitHub repository.'
    },
    base: {
      type: 'string',
      value: 'BRANCH',
      description: "With --repo: their base branch (default: the repository's default branch)."
    },
    json: {
      type: 'boolean',
      description:
        'Print the plan as JSON {workOrders, conflicts, groups, waves, files, unplanned, warnings} instead of Markdown; with --repo also inFlight, and waitsFor on each work order.'
    }
  },
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'FILE|DIR...' },
  run: (values, positionals, io) =>
    runPlan(
      [
        ...(values.json === true ? ['--json'] : []),
        ...(typeof values.repo === 'string' ? [`--repo=${values.repo}`] : []),
        ...(typeof values.base === 'string' ? [`--base=${values.base}`] : []),
        // `--` keeps a file named like an option from being read as one.
        '--',
        ...positionals
      ],
      io
    )
}
