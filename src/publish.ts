// Hands rendered findings to the runner: annotations through workflow commands, the report to the
// job summary. Shared by the pull request run and the merge queue run.
import * as core from '@actions/core'
import { buildAnnotations } from './report/annotations.js'
import type { ChangedFile, Verdict } from './scope/types.js'

/** Text put before each annotation's title and message (a merge queue run names the pull request). */
export interface AnnotationPrefix {
  title: string
  message: string
}

/** One annotation per finding about a file, at the first line the file's diff adds. */
export function publishAnnotations(
  verdict: Verdict,
  files: ChangedFile[],
  prefix: AnnotationPrefix = { title: '', message: '' }
): void {
  const lines = new Map<string, number>()
  for (const file of files) {
    if (file.firstAddedLine !== undefined) lines.set(file.path, file.firstAddedLine)
  }
  for (const annotation of buildAnnotations(verdict, { lines })) {
    const properties: core.AnnotationProperties = { title: `${prefix.title}${annotation.title}` }
    if (annotation.file !== undefined) properties.file = annotation.file
    if (annotation.startLine !== undefined) properties.startLine = annotation.startLine
    core[annotation.level](`${prefix.message}${annotation.message}`, properties)
  }
}

/** Writes the report to the job summary (GITHUB_STEP_SUMMARY), or to the log outside a runner. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(`GITHUB_STEP_SUMMARY is not set; the report:\n${markdown}`)
    return
  }
  await core.summary.addRaw(markdown, true).write()
}
