// `pr-scope plan --repo OWNER/REPO [--base BRANCH]`: the work in flight the plan is made against
// (CONTRACT §5), read through the GitHub API with the action's own adapters and limits (concurrent
// pages, retries, timeouts, the run's time budget): the open pull requests to the base branch
// (default: the repository's default branch), each with its Session Scope from its body or its work
// order, and the settings file, read on the base branch as the action reads them.
import { inFlightPulls, readBoard } from '../../github/board-reads.js'
import type { Log } from '../../github/client/client.js'
import { connect } from '../../github/client/connect.js'
import { getRepository, type RepositoryAnswer } from '../../github/repository.js'
import { failure, ok, type Result } from '../../scope/result.js'
import { readSettingsFile } from '../../github/settings.js'
import type { InFlightPull } from '../../scope/plan/types.js'
import { buildWorkOrderIndex, type WorkOrderIndex } from '../../scope/work-order/reference.js'
import type { ScopeSourceMode } from '../../scope/work-order/source.js'
import { CHOICES, DEFAULT_WORK_ORDERS, SETTINGS_PATH } from '../../settings/keys.js'
import { formatSettingsProblems, parseSettings } from '../../settings/parse.js'
import { ok as go, stop, type Step } from '../step.js'

/** The repository named by --repo, and the base branch named by --base (null: the default). */
export interface RepoTarget {
  owner: string
  repo: string
  base: string | null
}

/** A local work-order file as the command read it: its path as shown (relative to the cwd). */
export interface LocalWorkOrder {
  path: string
  text: string
}

/** What the plan is made against. */
export interface InFlightWork {
  base: string
  inFlight: InFlightPull[]
  ignore: string[]
  /** Where the settings came from, for the reader: the file, or null (defaults). */
  settingsFile: string | null
}

/**
 * Reads the open pull requests to the base branch and what decides their scopes. Stops (exit 2)
 * with what to do when there is no token, GitHub refuses it, the repository cannot be seen, or any
 * read fails: never a plan that quietly leaves out the work in flight.
 */
export async function readInFlight(
  target: RepoTarget,
  env: Record<string, string | undefined>,
  local: readonly LocalWorkOrder[],
  log: Log
): Promise<Step<InFlightWork>> {
  const variable = env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : env.GH_TOKEN ? 'GH_TOKEN' : null
  const token = variable === null ? '' : (env[variable] ?? '')
  const name = `${target.owner}/${target.repo}`
  if (variable === null) {
    return stop(
      `no GitHub token: plan --repo reads the open pull requests of ${name} through the GitHub ` +
        'API; set GITHUB_TOKEN or GH_TOKEN to a token that can read them (with the GitHub CLI: ' +
        'GH_TOKEN=$(gh auth token) pr-scope plan ...)'
    )
  }
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com'
  const { client, graphql } = connect(token, env, log)
  const { owner, repo } = target
  // The repository is read in any case: its answer says best what is wrong with a token or a name.
  const repository = getRepository(client, { owner, repo })
  let base = target.base
  if (base === null) {
    const answer = await repository
    if (!answer.ok) return stop(repositoryProblem(answer, name, variable, apiUrl))
    base = answer.value.defaultBranch
  }
  const branch = base
  let settingsFile: string | null = null
  const read = readBoard(client, graphql, { owner, repo, base: branch, sha: branch }, async () => {
    const text = await readSettingsFile(graphql, { owner, repo, sha: branch })
    if (!text.ok) return text
    const settings = settingsOf(text.value, branch)
    if (settings.ok && text.value !== null) settingsFile = SETTINGS_PATH
    return settings
  })
  const answer = await repository
  if (!answer.ok) return stop(repositoryProblem(answer, name, variable, apiUrl))
  const board = await read
  if (!board.ok) return stop(board.error)
  const { settings, index, pulls } = board.value
  return go({
    base: branch,
    inFlight: inFlightPulls(pulls, withLocal(index, local), settings.scopeSource),
    ignore: settings.ignore,
    settingsFile
  })
}

interface PlanSettings {
  workOrders: string
  scopeSource: ScopeSourceMode
  ignore: string[]
}

/** The settings file's keys the plan reads, over the defaults (there are no workflow inputs here). */
function settingsOf(text: string | null, branch: string): Result<PlanSettings> {
  const defaults: PlanSettings = {
    workOrders: DEFAULT_WORK_ORDERS,
    scopeSource: CHOICES['scope-source'][0],
    ignore: []
  }
  if (text === null) return ok(defaults)
  const parsed = parseSettings(text)
  if (!parsed.ok) {
    const lines = formatSettingsProblems(SETTINGS_PATH, parsed.problems)
    return failure(
      `the settings file ${SETTINGS_PATH} on ${branch} cannot be used:\n  ${lines.join('\n  ')}\n` +
        `Fix it on ${branch}: the action reads it there too.`
    )
  }
  const { settings } = parsed
  return ok({
    workOrders: settings.workOrders ?? defaults.workOrders,
    scopeSource: settings.scopeSource ?? defaults.scopeSource,
    ignore: settings.ignore ?? defaults.ignore
  })
}

/**
 * The base branch's work orders and the files given on the command line, which a pull request may
 * name before they are merged: a file on the base branch keeps its text there (as the action
 * reads it), a given one fills in for the rest.
 */
function withLocal(index: WorkOrderIndex, local: readonly LocalWorkOrder[]): WorkOrderIndex {
  const added = local.filter((file) => !index.byPath.has(file.path))
  if (added.length === 0) return index
  const paths = new Set(added.map((file) => file.path))
  return buildWorkOrderIndex(
    index.ref,
    [...index.files.map(({ path, text }) => ({ path, text })), ...added],
    (path) => index.isWorkOrderPath(path) || paths.has(path)
  )
}

/** What to do when the repository cannot be read, in the command line's words. */
function repositoryProblem(
  answer: Extract<RepositoryAnswer, { ok: false }>,
  name: string,
  variable: string,
  apiUrl: string
): string {
  if (answer.status === 401) {
    return (
      `GitHub refused the token in ${variable} (401 Bad credentials) at ${apiUrl}: it is not valid ` +
      `(mistyped, expired or revoked); set ${variable} to a valid token, e.g. ${variable}=$(gh auth token)`
    )
  }
  if (answer.status === 404) {
    return (
      `repository ${name} not found at ${apiUrl}, or the token in ${variable} cannot see it (404): ` +
      'check --repo OWNER/REPO; for a private repository use a token that can read it'
    )
  }
  return answer.error
}
