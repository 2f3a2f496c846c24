// The report's first line: the verdict in plain words.
import type { ArrangedVerdict } from './arrange.js'
import type { ReportInput } from './context.js'
import { count } from './words.js'

function areOutside(paths: number): string {
  return `${count(paths, 'file')} ${paths === 1 ? 'is' : 'are'} outside this pull request's Session Scope`
}

function failureReasons(input: ReportInput, view: ArrangedVerdict): string[] {
  const reasons: string[] = []
  let explained = 0
  const errorsOf = (check: string): number =>
    view.others.filter((f) => f.level === 'error' && f.check === check).length

  const syntax = errorsOf('scope-syntax')
  if (syntax > 0) {
    reasons.push(
      input.scope === null
        ? 'the Session Scope could not be read'
        : `the Session Scope has ${count(syntax, 'error')}`
    )
    explained += syntax
  }
  const missing = errorsOf('missing-scope')
  if (missing > 0) {
    reasons.push('no Session Scope was found in the pull request body or its work order')
    explained += missing
  }
  const paths = new Set(view.pathRows.filter((r) => r.level === 'error').map((r) => r.path))
  if (paths.size > 0) reasons.push(areOutside(paths.size))

  const conflicts = new Set(view.conflicts.filter((c) => c.level === 'error').map((c) => c.number))
  if (conflicts.size > 0) {
    reasons.push(`it overlaps ${count(conflicts.size, 'other open pull request')}`)
  }
  const unmet = view.unmet.filter((d) => d.level === 'error').length
  if (unmet > 0) {
    reasons.push(
      `${count(unmet, 'dependency', 'dependencies')} ${unmet === 1 ? 'is' : 'are'} not met`
    )
  }
  const rest = view.others.filter((f) => f.level === 'error').length - explained
  if (rest > 0)
    reasons.push(`${count(rest, reasons.length > 0 ? 'other error' : 'error')} listed below`)
  return reasons
}

function warningCount(view: ArrangedVerdict): number {
  const paths = new Set(view.pathRows.filter((r) => r.level === 'warning').map((r) => r.path))
  return (
    paths.size +
    view.conflicts.filter((c) => c.level === 'warning').length +
    view.unmet.filter((d) => d.level === 'warning').length +
    view.others.filter((f) => f.level === 'warning').length
  )
}

function passClause(input: ReportInput, view: ArrangedVerdict): string {
  if (input.scope === null) return 'no Session Scope was found, so the scope checks were skipped'
  const outside = new Set(view.pathRows.map((r) => r.path)).size
  if (outside > 0) return `${areOutside(outside)}, reported as warnings`
  const changed = input.changedFileCount
  if (changed === undefined) return 'every changed file is inside the Session Scope'
  if (changed === 0) return 'this pull request changes no files'
  if (changed === 1) return 'the 1 changed file is inside the Session Scope'
  return `all ${count(changed, 'changed file')} are inside the Session Scope`
}

/** The verdict line, e.g. "❌ **pr-scope-check failed**: 2 files are outside ... Session Scope." */
export function renderHeadline(input: ReportInput, view: ArrangedVerdict): string {
  if (input.verdict.result === 'fail') {
    const reasons = failureReasons(input, view)
    return reasons.length === 0
      ? '❌ **pr-scope-check failed**: see the findings below.'
      : `❌ **pr-scope-check failed**: ${reasons.join('; ')}.`
  }
  const warnings = warningCount(view)
  const qualifier = warnings > 0 ? ` with ${count(warnings, 'warning')}` : ''
  return `✅ **pr-scope-check passed**${qualifier}: ${passClause(input, view)}.`
}
