// The report as Markdown, prepared once and rendered for the job summary and the pull request
// comment alike: its sections are built and measured once, then fitted to each one's limit.
import { arrangeVerdict } from './arrange.js'
import type { ReportInput } from './context.js'
import { renderHeadline } from './headline.js'
import { fixesBlock, fixesPointer } from './fixes.js'
import { fitBlocks, fitsWhole, HINT_SLOT, joinBlocks, textBlock, withHint } from './limit.js'
import {
  comparisonBlock,
  conflictsBlock,
  findingsBlock,
  footerBlock,
  missingScopeHelp,
  outOfScopeBlock,
  dependenciesBlock,
  scopeBlock,
  skippedBlock
} from './sections.js'

/** Options of a rendering. */
export interface RenderOptions {
  /** Shorten the report (never refuse) to at most this many characters, e.g. 65,536 for a comment. */
  maxLength?: number
  /** Shorten to at most this many UTF-8 bytes, e.g. 1,000,000 for a job summary (GitHub takes 1 MiB). */
  maxBytes?: number
  /** Put first, e.g. a hidden `<!-- pr-scope-check:KEY -->` that finds the comment again. */
  marker?: string
  /** Where a shortened list can be read in full; default "see the job summary". */
  hint?: string
}

/** A report ready to render under any limit, as often as needed, without building it again. */
export interface PreparedReport {
  /** The report under the options' limits (shortened, never refused). */
  render(options?: RenderOptions): string
}

/**
 * Prepares the report once for the job summary and the PR comment alike: the verdict arranged,
 * every section built with a slot for the hint, each part measured on first use.
 */
export function prepareReport(input: ReportInput): PreparedReport {
  const view = arrangeVerdict(input.verdict, input.dependencies)
  const headline = renderHeadline(input, view)
  const context = { input, hint: HINT_SLOT }
  const missing =
    input.scope === null && input.verdict.findings.some((f) => f.check === 'missing-scope')
  // The lines to paste are all or nothing (half a write set is no fix): they give way first.
  const before = [outOfScopeBlock(view.pathRows, context)]
  const after = [
    conflictsBlock(view.conflicts, context),
    input.comparison === undefined
      ? skippedBlock(input.skippedWithoutScope)
      : comparisonBlock(input.comparison, view.conflicts, context),
    dependenciesBlock(view.dependencies, context),
    findingsBlock(view.others, context),
    missing ? missingScopeHelp(input) : textBlock(''),
    scopeBlock(input.scope, context),
    footerBlock(input)
  ]
  const whole = [...before, fixesBlock(view.pathRows, input, view.conflicts), ...after]
  const shorter = [...before, fixesPointer(view.pathRows, input), ...after]
  return {
    render(options = {}) {
      const hint = options.hint ?? 'see the job summary'
      const head = options.marker === undefined ? headline : `${options.marker}\n${headline}`
      const limits = {
        ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
        ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {})
      }
      const blocks = [textBlock(head), ...withHint(whole, hint)]
      if (fitsWhole(blocks, limits)) return joinBlocks(blocks, Infinity)
      return fitBlocks(
        [textBlock(head), ...withHint(shorter, hint)],
        limits,
        () => `${head}\n\nThe full report is too long for this comment: ${hint}.\n`
      )
    }
  }
}

/** Renders the report once, for one use (prepareReport when it is rendered for more than one). */
export function renderReport(input: ReportInput, options: RenderOptions = {}): string {
  return prepareReport(input).render(options)
}
