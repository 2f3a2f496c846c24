// Annotations (CONTRACT §3): every finding of a verdict at its level, titled by its check, on the
// changed file it is about when there is one. The same list, before GitHub's 10 per level are
// chosen, is what the log shows line by line (log-findings.ts). All text in them is shown text:
// nothing from a pull request reaches them with a line break or a hidden character.
import type { Conflict, Finding, FindingLevel, UnmetDependency, Verdict } from '../scope/types.js'
import { arrangeVerdict, compareLevel, compareText } from './arrange.js'
import { CHECK_TITLE } from './labels.js'
import { REPLACEMENT, shownText, showsAsIs } from './log-text.js'
import { count } from './words.js'

/** One workflow annotation, as core.error/warning/notice take it. */
export interface Annotation {
  level: FindingLevel
  message: string
  title: string
  file?: string
  startLine?: number
}

/** Options of findingAnnotations and buildAnnotations. */
export interface AnnotationOptions {
  /** GitHub shows at most 10 annotations of each level per step. */
  limitPerLevel?: number
  /** Path -> first added line of its first hunk; paths not in it are annotated at line 1. */
  lines?: ReadonlyMap<string, number>
  /** On a run about other pull requests (merge queue, refresh): the one these findings are about. */
  pullRequest?: number
  /**
   * False when the commit the run annotates does not hold the changed files (a refresh after a
   * merge checks other pull requests): no annotation points at a file, each names its path.
   */
  pointAtFiles?: boolean
  /** Where every finding can be read, for the note on the last annotation shown of a level. */
  listedIn?: string
}

/** Where every finding can be read on a pull request run. */
export const LISTED_IN = 'the log, the job summary and the pull request comment'

const PLURAL_LEVEL: Record<FindingLevel, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices']
}

/** Pattern pairs and files a conflict's annotation names before "and N more". */
const NAMED = 3

const STATE_TEXT: Record<UnmetDependency['state'], string> = {
  open: 'it is open, not merged yet',
  'closed-unmerged': 'it was closed without being merged',
  'not-started': 'it is not started: no pull request carries it',
  unknown: 'it is unknown: no pull request or work order carries it'
}

interface Context {
  lineOf: (path: string) => number
  pointAtFiles: boolean
  titled: (title: string) => string
}

/**
 * Every finding of the verdict as an annotation, sorted by level, file, title and message: one per
 * out-of-scope path, per file another pull request also claims (or one per overlap that names no
 * changed file), per dependency finding, and per other finding (scope syntax, missing scope,
 * unused write entries, work orders set aside, and any check added later).
 */
export function findingAnnotations(
  verdict: Verdict,
  options: AnnotationOptions = {}
): Annotation[] {
  const lines = options.lines ?? new Map<string, number>()
  const number = options.pullRequest
  const ctx: Context = {
    lineOf: (path) => {
      const line = lines.get(path)
      return line !== undefined && Number.isInteger(line) && line >= 1 ? line : 1
    },
    pointAtFiles: options.pointAtFiles ?? true,
    titled: (title) => (number === undefined ? title : `${title} (#${number})`)
  }
  const view = arrangeVerdict(verdict)
  const out: Annotation[] = view.pathRows.map((row) => ({
    level: row.level,
    title: ctx.titled(CHECK_TITLE[row.check]),
    ...onPath(row.path, row.message, ctx)
  }))
  for (const conflict of view.conflicts) out.push(...conflictAnnotations(conflict, ctx))

  // The report lets the unmet list speak for the dependency findings; each finding says more
  // (and some, such as a dependency in another repository, have no row), so all are annotated.
  const dependencyFindings = verdict.findings.filter((f) => f.check === 'unmet-dependency')
  const others = [
    ...view.others.filter((f) => f.check !== 'unmet-dependency'),
    ...dependencyFindings
  ]
  for (const finding of others) out.push(findingAnnotation(finding, ctx))
  if (dependencyFindings.length === 0) {
    for (const unmet of view.unmet) out.push(unmetAnnotation(unmet, ctx))
  }
  return out.sort(
    (a, b) =>
      compareLevel(a.level, b.level) ||
      compareText(a.file ?? '', b.file ?? '') ||
      compareText(a.title, b.title) ||
      compareText(a.message, b.message)
  )
}

/**
 * The annotations GitHub will show: the first `limitPerLevel` (10) of each level, the last of them
 * saying how many more there are and where all are listed. Keeps the order within a level.
 */
export function limitAnnotations(
  annotations: readonly Annotation[],
  options: Pick<AnnotationOptions, 'limitPerLevel' | 'listedIn'> = {}
): Annotation[] {
  const limit = Math.max(1, Math.floor(options.limitPerLevel ?? 10))
  const listedIn = options.listedIn ?? LISTED_IN
  const result: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = annotations.filter((a) => a.level === level)
    const shown = ofLevel.slice(0, limit)
    const hidden = ofLevel.length - shown.length
    const last = shown[shown.length - 1]
    if (hidden > 0 && last !== undefined) {
      const [one, many] = PLURAL_LEVEL[level]
      shown[shown.length - 1] = {
        ...last,
        message: `${last.message}\n\n…and ${count(hidden, `more ${one}`, `more ${many}`)} not shown as annotations: ${listedIn} list them all.`
      }
    }
    result.push(...shown)
  }
  return result
}

/** The annotations of a verdict as GitHub shows them: findingAnnotations, limited per level. */
export function buildAnnotations(verdict: Verdict, options: AnnotationOptions = {}): Annotation[] {
  return limitAnnotations(findingAnnotations(verdict, options), options)
}

/**
 * Where a finding about a path goes: on the file, or, when the run cannot point at it or its path
 * holds hidden characters, in the message. Such a path as `file` would either carry the hidden
 * characters into GitHub's page or, shown safely, name a file that does not exist.
 */
function onPath(
  path: string,
  message: string,
  ctx: Context
): Pick<Annotation, 'file' | 'startLine' | 'message'> {
  const shownMessage = shownText(message)
  const asIs = showsAsIs(path)
  if (ctx.pointAtFiles && asIs) {
    return { file: path, startLine: ctx.lineOf(path), message: shownMessage }
  }
  const named = message.includes(`\`${path}\``)
    ? shownMessage
    : `\`${shownText(path)}\`: ${shownMessage}`
  return { message: asIs ? named : `${named} ${HIDDEN_PATH_NOTE}` }
}

const HIDDEN_PATH_NOTE = `(The path holds hidden or control characters, shown as ${REPLACEMENT}, so this annotation cannot point at the file.)`

function findingAnnotation(finding: Finding, ctx: Context): Annotation {
  const title = ctx.titled(CHECK_TITLE[finding.check] ?? finding.check)
  if (finding.path !== undefined) {
    return { level: finding.level, title, ...onPath(finding.path, finding.message, ctx) }
  }
  return { level: finding.level, title, message: shownText(finding.message) }
}

function unmetAnnotation(unmet: UnmetDependency, ctx: Context): Annotation {
  const link = unmet.url === null ? '' : ` (${unmet.url})`
  return {
    level: unmet.level,
    title: ctx.titled(CHECK_TITLE['unmet-dependency']),
    message: shownText(
      `Dependency ${unmet.reference}${link} is not met: ${STATE_TEXT[unmet.state]}.`
    )
  }
}

/** One annotation per changed file the other pull request also claims, or one for the overlap. */
function conflictAnnotations(conflict: Conflict, ctx: Context): Annotation[] {
  const kind = conflict.kind === 'write-write' ? 'Write-write' : 'Read-write'
  const title = ctx.titled(`${kind} overlap with #${conflict.number}`)
  const advice =
    conflict.kind === 'write-write'
      ? `sequence them by adding "Dependencies: #${conflict.number}" to the one that must wait, or narrow a write set`
      : `let the reader go first or tolerate the write, or add "Dependencies: #${conflict.number}"`
  const who = `#${conflict.number} "${shownText(conflict.title)}" by @${shownText(conflict.author)}`
  const base = { level: conflict.level, title }
  if (conflict.files.length === 0 || !ctx.pointAtFiles) {
    const pairs = conflict.patterns.slice(0, NAMED).map((p) => {
      const example = p.witness === '' ? '' : ` (e.g. \`${shownText(p.witness)}\`)`
      return `\`${shownText(p.ours)}\` ~ \`${shownText(p.theirs)}\`${example}`
    })
    const morePairs = conflict.patterns.length - pairs.length
    const shared =
      pairs.length === 0
        ? ''
        : `: ${pairs.join('; ')}${morePairs > 0 ? ` and ${morePairs} more` : ''}`
    const files = conflict.files.slice(0, NAMED).map((f) => `\`${shownText(f)}\``)
    const moreFiles = conflict.files.length - files.length
    const claims =
      files.length === 0
        ? ''
        : ` It also claims ${files.join(', ')}${moreFiles > 0 ? ` and ${moreFiles} more` : ''}.`
    const what =
      conflict.kind === 'write-write'
        ? 'writes what this pull request writes'
        : 'writes what this pull request reads, or reads what it writes'
    return [{ ...base, message: `${who} ${what}${shared}.${claims} To fix: ${advice}.` }]
  }
  const verb = conflict.kind === 'write-write' ? 'also writes' : 'reads'
  return conflict.files.map((file) => {
    if (showsAsIs(file)) {
      return {
        ...base,
        message: `${who} ${verb} this file: ${advice}.`,
        file,
        startLine: ctx.lineOf(file)
      }
    }
    return {
      ...base,
      message: `${who} ${verb} \`${shownText(file)}\`: ${advice}. ${HIDDEN_PATH_NOTE}`
    }
  })
}
