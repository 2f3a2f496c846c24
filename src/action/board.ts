// The dispatch board (CONTRACT §6): on workflow_dispatch, schedule and push, the plan of
// `pr-scope plan --repo` for the repository's work orders (input `work-orders`, read at the run's
// commit) against its open pull requests to the same branch, written to the job summary (a table
// per wave) and to the output `plan` (the JSON of `plan --repo --json`). Conflicts are the plan,
// never a failure; an unusable work-order file, a dependency cycle or a read that fails is.
import * as core from '@actions/core'
import { actionLog as log } from './log.js'
import { inFlightPulls, readBoard } from '../github/board-reads.js'
import { connect } from '../github/client/connect.js'
import { readBoardEvent, isBoardEvent } from '../github/event/event.js'
import { getRepository } from '../github/repository.js'
import { inputsWithSettings, type Inputs } from './inputs.js'
import { publishAnnotations, writeSummary } from './publish.js'
import type { Annotation } from '../report/annotations.js'
import { planJson } from '../report/board-json.js'
import { dispatchLines, renderBoardMarkdown } from '../report/board-markdown.js'
import { withoutLinePrefix } from '../report/line-prefix.js'
import { shownText } from '../report/log-text.js'
import { count } from '../report/words.js'
import { parseScope } from '../scope/parser/parse.js'
import { planWorkOrders } from '../scope/plan/plan.js'
import type { WorkOrder } from '../scope/plan/types.js'
import type { WorkOrderIndex } from '../scope/work-order/reference.js'
import type { SettingKey } from '../settings/keys.js'

/** Where the rows a fitted job summary leaves out can be read. */
const SUMMARY_HINT = 'the output `plan` lists them all'

/** True when the run refreshes the dispatch board (workflow_dispatch, schedule, push). */
export function isBoardRun(env: NodeJS.ProcessEnv): boolean {
  return isBoardEvent(env.GITHUB_EVENT_NAME)
}

/**
 * Plans the repository's work orders against its open pull requests and writes the board: job
 * summary, output `plan`, a log line and an annotation per warning. Returns why the step fails
 * (bad input, a failed read), or null.
 */
export async function runBoard(
  workflowInputs: Inputs,
  env: NodeJS.ProcessEnv,
  given: ReadonlySet<SettingKey> = new Set()
): Promise<string | null> {
  const event = readBoardEvent(env)
  if (!event.ok) return event.error
  const { owner, repo, branch } = event.value
  const { client, graphql } = connect(workflowInputs.token, env, log)
  // A tag, or a push that deleted its branch, runs for no branch: the board is the default's.
  let base = branch ?? event.value.defaultBranch
  if (base === null) {
    const repository = await getRepository(client, { owner, repo })
    if (!repository.ok) return repository.error
    base = repository.value.defaultBranch
  }
  const sha = branch !== null && event.value.sha !== null ? event.value.sha : base
  const at = /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 12) : sha
  log.info(
    `Dispatch board of ${owner}/${repo}: the work orders at ${at} against the open pull requests to ${base}`
  )

  const read = await readBoard(client, graphql, { owner, repo, base, sha }, () =>
    inputsWithSettings(graphql, { owner, repo, sha }, workflowInputs, given, log)
  )
  if (!read.ok) return read.error
  const { settings: inputs, index, pulls } = read.value
  const annotations: Annotation[] = []
  const orders = workOrdersOf(index, annotations)
  if (!orders.ok) {
    return (
      `The dispatch board cannot plan: ${count(orders.problems.length, 'problem')} in the work ` +
      `orders of ${owner}/${repo} at ${at}:\n${orders.problems.map((p) => `  ${p}`).join('\n')}\n` +
      `Fix them on ${base}, or keep the file out of the \`work-orders\` glob (${inputs.workOrders}).`
    )
  }
  if (index.files.length === 0) {
    annotations.push({
      level: 'warning',
      title: 'Dispatch board',
      message:
        `No work-order files match the \`work-orders\` glob ${inputs.workOrders} at ${at}: the ` +
        'board has nothing to plan. Check the input (or `work-orders` in .github/pr-scope.yml).'
    })
  }

  const plan = planWorkOrders(orders.value, {
    inFlight: inFlightPulls(pulls, index, inputs.scopeSource),
    ignore: inputs.ignore
  })
  const errors = plan.messages.filter((m) => m.level === 'error')
  if (errors.length > 0) {
    const lines = errors.map((m) => `  ${m.path !== undefined ? `${m.path}: ` : ''}${m.message}`)
    return (
      `The dispatch board cannot plan the work orders of ${owner}/${repo} at ${at}:\n` +
      `${lines.join('\n')}\nFix them on ${base}.`
    )
  }
  for (const warning of plan.messages) {
    // The messages quote pull request titles and patterns: each stays on its one line.
    annotations.push({
      level: 'warning',
      title: 'Dispatch board',
      message: shownText(warning.message)
    })
  }

  log.info(...dispatchLines(plan))
  log.info(...annotations.map((a) => `${a.level}: ${a.title}: ${a.message}`))
  publishAnnotations(annotations, 'the log and the job summary')
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  await writeSummary(
    renderBoardMarkdown(plan, {
      repository: { owner, repo, serverUrl },
      base,
      ref: sha,
      maxBytes: 1_000_000,
      hint: SUMMARY_HINT
    })
  )
  // Compact: an output is held in a file of the runner and read by later steps and jobs.
  core.setOutput(
    'plan',
    JSON.stringify(planJson(plan, { repository: `${owner}/${repo}`, base, ref: sha }))
  )
  return null
}

/**
 * The work orders of the index, each with its Session Scope; a file that cannot be read, or whose
 * scope cannot be parsed, is a problem naming the file and the line. Scope warnings (an unknown
 * label, say) become annotations on the file.
 */
function workOrdersOf(
  index: WorkOrderIndex,
  annotations: Annotation[]
): { ok: true; value: WorkOrder[] } | { ok: false; problems: string[] } {
  const problems: string[] = []
  const value: WorkOrder[] = []
  for (const file of index.files) {
    if (file.text === null) {
      problems.push(
        `${file.path}: cannot be read as text (binary, or too large for GitHub to return): keep work orders as plain Markdown`
      )
      continue
    }
    const { scope, messages } = parseScope(file.text)
    let usable = true
    for (const message of messages) {
      const text = withoutLinePrefix(message.message, message.line)
      if (message.level === 'error') {
        problems.push(`${file.path}:${message.line}: ${text}`)
        usable = false
      } else {
        annotations.push({
          level: message.level,
          title: 'Dispatch board: work order',
          message: `${file.path}:${message.line}: ${text}`,
          file: file.path,
          startLine: message.line
        })
      }
    }
    if (usable) value.push({ id: file.id, path: file.path, scope })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value }
}
