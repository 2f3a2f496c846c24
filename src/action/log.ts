// The one way the action's runs write to the runner: log lines, annotations, the step's failure.
// Every text passes src/report/log-text.ts here, whatever the caller built it from, so that a
// title or path a caller forgot to show safely still cannot start a workflow command or hide what
// the log says (CONTRACT §3 "Log"). Callers still show pull request text with shownText, so that
// it stays on its own line; this is the net under them.
import * as core from '@actions/core'
import type { Annotation } from '../report/annotations.js'
import { annotationText, logLine, showsAsIs } from '../report/log-text.js'

/** Where the runs write; it also serves as the Log of the GitHub client and the comment step. */
export interface ActionLog {
  /** Writes each argument as one line of the log (a line break inside one shows as U+FFFD). */
  info(...lines: string[]): void
  /** A debug line (shown when the workflow runs with debug logging). */
  debug(message: string): void
  /** A warning annotation that points at no file; it shows in the log too. */
  warning(message: string): void
  /** An annotation at its level, on its file when it has one. */
  annotate(annotation: Annotation): void
  /** Fails the step with this message (an error annotation, and exit status 1). */
  fail(message: string): void
}

/** The log of the action's runs, written through @actions/core. */
export const actionLog: ActionLog = {
  info(...lines) {
    for (const line of lines) core.info(logLine(line))
  },
  debug(message) {
    core.debug(annotationText(message))
  },
  warning(message) {
    core.warning(annotationText(message))
  },
  annotate(annotation) {
    const properties: core.AnnotationProperties = { title: annotationText(annotation.title, false) }
    // A path with hidden characters would either carry them or point at no file: it goes without.
    if (annotation.file !== undefined && showsAsIs(annotation.file)) {
      properties.file = annotation.file
      if (annotation.startLine !== undefined) properties.startLine = annotation.startLine
    }
    core[annotation.level](annotationText(annotation.message), properties)
  },
  fail(message) {
    core.setFailed(annotationText(message))
  }
}
