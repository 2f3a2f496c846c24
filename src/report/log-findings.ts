// The findings as lines of the step's log (CONTRACT §3 "Log"): one line per finding, every one of
// them (the annotations stop at 10 per level), in a format that stays put for people and scripts:
//
//   LEVEL: TITLE: [PATH: ]MESSAGE
//
// LEVEL is `error`, `warning` or `notice`; TITLE names the check as the annotation's title does
// (with ` (#N)` on a run about other pull requests); PATH is the file the finding is about, when
// the annotation points at one. Pull request text in it is shown text (log-text.ts).
import type { Annotation } from './annotations.js'

/** The log line of one finding, from its annotation (before the per-level limit). */
export function findingLine(annotation: Annotation): string {
  const { level, title, file } = annotation
  const message = annotation.message.replace(/\n+/g, ' ')
  if (file === undefined) return `${level}: ${title}: ${message}`
  return `${level}: ${title}: ${file}: ${withoutLeadingPath(message, file)}`
}

/** The log lines of all findings, in the annotations' order. */
export function findingLines(annotations: readonly Annotation[]): string[] {
  return annotations.map(findingLine)
}

// "`src/x.ts` is not in the write set" reads "Not in the write set" after the path.
function withoutLeadingPath(message: string, path: string): string {
  const lead = `\`${path}\` `
  if (!message.startsWith(lead)) return message
  const rest = message.slice(lead.length).replace(/^is /, '')
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}
