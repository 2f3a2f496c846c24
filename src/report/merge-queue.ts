// The job summary and the step outputs of a merge queue run: which queued pull requests were
// checked, each one's verdict, and each one's full report below. Pure: data in, text out.
import type { ReportInput } from './context.js'
import { codeText, escapeText, tableHeader, tableRow } from './escape.js'
import { markdownLink } from './links.js'
import { shownText } from './log-text.js'
import { renderReport } from './markdown.js'
import { buildOutputs, type OutputName } from './outputs.js'
import { count } from './words.js'
import type { Verdict } from '../scope/types.js'

/** The merge group the summary is about (what src/github/event/merge-group.ts reads). */
export interface QueuedGroup {
  /** The queue branch, e.g. `refs/heads/gh-readonly-queue/main/pr-3-<sha>`. */
  headRef: string
  /** The commit the queue tests; '' when the event did not say. */
  headSha: string
  /** The branch the group merges into, without `refs/heads/`. */
  base: string
}

/** One queued pull request and what the check found. */
export interface QueuedResult {
  number: number
  url: string
  /** The report of this pull request alone (pullRequest set, verdict from checkScope). */
  report: ReportInput
}

/** GitHub keeps at most 1 MiB of a step's summary; the queue's reports share it. */
const SUMMARY_BYTES = 1_000_000
/** Paths shown in a table cell before "and N more" (the report below lists them all). */
const PATHS_IN_CELL = 3

/** The job summary of a merge queue run: the queued pull requests, their verdicts, their reports. */
export function renderQueueSummary(event: QueuedGroup, results: QueuedResult[]): string {
  const failed = results.filter((r) => r.report.verdict.result === 'fail')
  const headline =
    failed.length === 0
      ? `✅ **pr-scope-check passed the merge group**: ${
          results.length === 1
            ? 'the queued pull request stays'
            : `all ${count(results.length, 'queued pull request')} stay`
        } inside ${results.length === 1 ? 'its' : 'their'} Session Scope.`
      : `❌ **pr-scope-check failed the merge group**: ${
          results.length === 1
            ? 'the queued pull request changes'
            : `${failed.length} of ${count(results.length, 'queued pull request')} ${
                failed.length === 1 ? 'changes' : 'change'
              }`
        } files outside ${failed.length === 1 ? 'its' : 'their'} Session Scope.`
  const about =
    `Merge group ${codeText(event.headRef.replace(/^refs\/heads\//, ''))} into ` +
    `${codeText(event.base)}` +
    (event.headSha === '' ? '' : `, testing commit ${codeText(event.headSha.slice(0, 12))}`) +
    '. Checked: the files each queued pull request changes, against its own Session Scope. ' +
    'Not checked in the queue: overlaps with other open pull requests (the queue orders the ' +
    'merges) and dependencies (checked on the pull request itself).'
  const rows = results.map((r) =>
    tableRow([
      markdownLink(`#${r.number}`, r.url) + ` ${escapeText(r.report.pullRequest?.title ?? '')}`,
      r.report.verdict.result === 'fail' ? '❌ fail' : '✅ pass',
      pathsCell(r.report.verdict)
    ])
  )
  const table = [
    tableHeader(['Queued pull request', 'Verdict', 'Files outside its scope']),
    ...rows
  ]
  const budget = Math.floor(SUMMARY_BYTES / Math.max(1, results.length)) - 200
  const sections = results.map(
    (r) =>
      `## #${r.number} ${escapeText(r.report.pullRequest?.title ?? '')}\n\n` +
      renderReport(r.report, { maxBytes: budget })
  )
  return [headline, about, table.join('\n'), ...sections].join('\n\n') + '\n'
}

function pathsCell(verdict: Verdict): string {
  const paths = verdict.outOfScopeFiles
  if (paths.length === 0) return 'none'
  const shown = paths.slice(0, PATHS_IN_CELL).map(codeText).join(', ')
  return paths.length > PATHS_IN_CELL ? `${shown} and ${paths.length - PATHS_IN_CELL} more` : shown
}

/**
 * The step outputs of a queue run: `result` fails when any queued pull request fails,
 * `out-of-scope-files` joins theirs, `conflicts` and `unmet-dependencies` are empty (not checked in
 * the queue), and `scope` is the queued pull request's (null when the group holds several).
 */
export function buildQueueOutputs(results: QueuedResult[]): Record<OutputName, string> {
  const verdict: Verdict = {
    result: results.some((r) => r.report.verdict.result === 'fail') ? 'fail' : 'pass',
    findings: results.flatMap((r) => r.report.verdict.findings),
    outOfScopeFiles: results.flatMap((r) => r.report.verdict.outOfScopeFiles),
    conflicts: [],
    unmetDependencies: []
  }
  const only = results.length === 1 ? results[0] : undefined
  return buildOutputs({
    verdict,
    scope: only?.report.scope ?? null,
    source: only?.report.source ?? null,
    repository: only?.report.repository ?? { owner: '', repo: '', serverUrl: '' },
    pullRequest: null
  })
}

/**
 * Why the step fails, naming each failing queued pull request and its files (as shown text);
 * null when it passes.
 */
export function queueFailureReason(results: QueuedResult[]): string | null {
  const reasons = results
    .filter((r) => r.report.verdict.result === 'fail')
    .map((r) => {
      const paths = r.report.verdict.outOfScopeFiles
      if (paths.length === 0) {
        const first = r.report.verdict.findings.find((f) => f.level === 'error')
        return `queued pull request #${r.number}: ${shownText(first?.message ?? 'the Session Scope check failed')}`
      }
      const shown = paths.slice(0, PATHS_IN_CELL).map(shownText).join(', ')
      const more = paths.length > PATHS_IN_CELL ? ` and ${paths.length - PATHS_IN_CELL} more` : ''
      return (
        `queued pull request #${r.number} changes ${count(paths.length, 'file')} outside its ` +
        `Session Scope: ${shown}${more}`
      )
    })
  if (reasons.length === 0) return null
  const line = reasons.join('; ').replace(/\s*\n\s*/g, ' ')
  return `${line.charAt(0).toUpperCase()}${line.slice(1)} (the job summary lists every finding)`
}
