// Hands a run's findings to the runner: a line of the log per finding, annotations (GitHub shows
// 10 per level per step, so they are chosen once for the whole run), and the report to the job
// summary. Shared by the pull request run, the merge queue run and the refresh run.
import * as core from '@actions/core'
import { actionLog, type ActionLog } from './log.js'
import {
  findingAnnotations,
  limitAnnotations,
  LISTED_IN,
  type Annotation
} from '../report/annotations.js'
import { findingLines } from '../report/log-findings.js'
import type { ChangedFile, Verdict } from '../scope/types.js'

/** Where every finding of a run about other pull requests (merge queue, refresh) can be read. */
export const LISTED_IN_SUMMARY = 'the log and the job summary'

/** One checked pull request whose findings are to be published. */
export interface CheckedPullRequest {
  verdict: Verdict
  files: readonly ChangedFile[]
  /**
   * On a run about other pull requests: the one checked (named in each title) and the words that
   * start each of its annotations' messages.
   */
  about?: { number: number; lead: string }
  /** False when the run's commit does not hold these files (a refresh): no annotation points at one. */
  pointAtFiles?: boolean
}

/**
 * Logs every finding of one pull request, a line each, and returns its annotations (all of them)
 * for publishAnnotations, which chooses the ones GitHub shows.
 */
export function logFindings(checked: CheckedPullRequest, log: ActionLog = actionLog): Annotation[] {
  const lines = new Map<string, number>()
  for (const file of checked.files) {
    if (file.firstAddedLine !== undefined) lines.set(file.path, file.firstAddedLine)
  }
  const annotations = findingAnnotations(checked.verdict, {
    lines,
    ...(checked.about ? { pullRequest: checked.about.number } : {}),
    ...(checked.pointAtFiles === false ? { pointAtFiles: false } : {})
  })
  log.info(...findingLines(annotations))
  const lead = checked.about?.lead
  return lead === undefined
    ? annotations
    : annotations.map((a) => ({ ...a, message: lead + a.message }))
}

/** Annotates the run: the first 10 of each level, the 10th saying how many more `listedIn` lists. */
export function publishAnnotations(
  annotations: readonly Annotation[],
  listedIn: string = LISTED_IN,
  log: ActionLog = actionLog
): void {
  for (const annotation of limitAnnotations(annotations, { listedIn })) log.annotate(annotation)
}

/**
 * Writes the report to the job summary (GITHUB_STEP_SUMMARY), or, outside a runner, to the log a
 * line at a time: the report is Markdown whose text is escaped, and each line still goes through
 * the log's guard.
 */
export async function writeSummary(markdown: string, log: ActionLog = actionLog): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.info('GITHUB_STEP_SUMMARY is not set; the report:', ...markdown.split('\n'))
    return
  }
  await core.summary.addRaw(markdown, true).write()
}
