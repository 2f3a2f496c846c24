// Annotations on the changed files: one per out-of-scope path and per file another PR also claims.
import type { FindingLevel, Verdict } from '../scope/types.js'
import { arrangeVerdict, compareLevel, compareText } from './arrange.js'
import { CHECK_TITLE } from './labels.js'
import { count } from './words.js'

/** One workflow annotation, as core.error/warning/notice take it. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title: string
  file?: string
  startLine?: number
}

/** Options of buildAnnotations. */
export interface AnnotationOptions {
  /** GitHub shows at most 10 annotations of each level per step. */
  limitPerLevel?: number
  /** Path -> first added line of its first hunk; paths not in it are annotated at line 1. */
  lines?: ReadonlyMap<string, number>
}

const PLURAL_LEVEL: Record<FindingLevel, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices']
}

function allAnnotations(verdict: Verdict, lines: ReadonlyMap<string, number>): Annotation[] {
  const view = arrangeVerdict(verdict)
  const lineOf = (path: string): number => {
    const line = lines.get(path)
    return line !== undefined && Number.isInteger(line) && line >= 1 ? line : 1
  }
  const out: Annotation[] = view.pathRows.map((row) => ({
    level: row.level,
    title: CHECK_TITLE[row.check],
    message: row.message,
    file: row.path,
    startLine: lineOf(row.path)
  }))
  for (const conflict of view.conflicts) {
    const kind = conflict.kind === 'write-write' ? 'Write-write' : 'Read-write'
    const advice =
      conflict.kind === 'write-write'
        ? `sequence them by adding "Dependencies: #${conflict.number}" to the one that must wait, or narrow a write set`
        : `let the reader go first or tolerate the write, or add "Dependencies: #${conflict.number}"`
    const verb = conflict.kind === 'write-write' ? 'also writes' : 'reads'
    const who = `#${conflict.number} "${oneLine(conflict.title)}" by @${oneLine(conflict.author)}`
    for (const file of conflict.files) {
      out.push({
        level: conflict.level,
        title: `${kind} overlap with #${conflict.number}`,
        message: `${who} ${verb} this file: ${advice}.`,
        file,
        startLine: lineOf(file)
      })
    }
  }
  // Findings the report lists without a table but that name a file (a future check, say).
  for (const finding of view.others) {
    if (finding.path === undefined) continue
    out.push({
      level: finding.level,
      title: CHECK_TITLE[finding.check],
      message: finding.message,
      file: finding.path,
      startLine: lineOf(finding.path)
    })
  }
  return out
}

// Annotations are plain text, but a title must stay on one line and show what it says.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g

function oneLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, ' ').trim()
}

/** One annotation per path finding; at most 10 per level are shown by GitHub, so the 10th of a level says how many more there are and that the job summary (and comment) lists them all. */
export function buildAnnotations(verdict: Verdict, options: AnnotationOptions = {}): Annotation[] {
  const limit = Math.max(1, Math.floor(options.limitPerLevel ?? 10))
  const sorted = allAnnotations(verdict, options.lines ?? new Map()).sort(
    (a, b) =>
      compareLevel(a.level, b.level) ||
      compareText(a.file ?? '', b.file ?? '') ||
      compareText(a.title, b.title) ||
      compareText(a.message, b.message)
  )
  const result: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = sorted.filter((a) => a.level === level)
    const shown = ofLevel.slice(0, limit)
    const hidden = ofLevel.length - shown.length
    const last = shown[shown.length - 1]
    if (hidden > 0 && last !== undefined) {
      const [one, many] = PLURAL_LEVEL[level]
      shown[shown.length - 1] = {
        ...last,
        message: `${last.message}\n\n…and ${count(hidden, `more ${one}`, `more ${many}`)} not shown as annotations: the job summary and the pull request comment list them all.`
      }
    }
    result.push(...shown)
  }
  return result
}
