// run(): inputs -> gather (GitHub) -> decide (domain) -> report, for the event that started the job:
// a merge group (merge-queue.ts), the board's events (board.ts), or a pull request's
// (pull-request.ts). The one place that catches and fails the step. Everything written to the
// runner goes through the action's log (log.ts).
import { isBoardRun, runBoard } from './board.js'
import { readInputs } from './inputs.js'
import { actionLog as log } from './log.js'
import { checkMergeQueue, isMergeGroupRun } from './merge-queue.js'
import { runPullRequest } from './pull-request.js'

/** Runs the action: checks what the event brings and reports; fails the step on a failing verdict. */
export async function run(): Promise<void> {
  try {
    const problem = await check()
    if (problem !== null) log.fail(problem)
  } catch (error) {
    log.fail(
      `pr-scope-check stopped on an unexpected error (a bug: please report it): ${
        error instanceof Error ? (error.stack ?? error.message) : String(error)
      }`
    )
  }
}

/** The run; returns why the step fails, or null when it passes. */
async function check(): Promise<string | null> {
  const env = process.env
  const read = readInputs(env)
  if (!read.ok) return read.errors.join('\n')
  if (isMergeGroupRun(env)) return checkMergeQueue(read.inputs, env, read.given)
  if (isBoardRun(env)) return runBoard(read.inputs, env, read.given)
  return runPullRequest(read.inputs, env, read.given)
}
