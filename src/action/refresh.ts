// Fresh verdicts when a pull request merges (CONTRACT §6, `closed` of a merged pull request). The
// open pull requests on the same base that depend on it (by #number, URL or a work-order ID it
// carries) or whose write sets overlapped with it are checked again with the very pipeline a
// pull request run uses, and each gets a commit status `pr-scope-check` on its head commit.
// Statuses, because a workflow run started by GITHUB_TOKEN (a comment, a label) starts no other
// workflow: nothing else would re-run their checks.
import { actionLog as log } from './log.js'
import type { PullSummary } from '../github/dependencies.js'
import { getPullRequest, type PullRequest } from '../github/pull-request.js'
import { postCommitStatus, runUrl, STATUS_CONTEXT, clip } from '../github/statuses.js'
import { LISTED_IN_SUMMARY, logFindings, publishAnnotations, writeSummary } from './publish.js'
import type { Annotation } from '../report/annotations.js'
import { escapeText } from '../report/escape.js'
import { shownText } from '../report/log-text.js'
import { resolveScope, resolveScopes, type ResolvedScope } from '../scope/work-order/source.js'
import { findOverlaps, OverlapSet } from '../scope/glob/intersect.js'
import type { Scope, Verdict } from '../scope/types.js'
import { carriesWorkOrderId, type WorkOrderIndex } from '../scope/work-order/reference.js'
import { evaluatePullRequest, failureReason, type RunContext } from './evaluate.js'

/** Why an open pull request is checked again. */
export interface Dependant {
  number: number
  reason: 'depends' | 'overlapped'
}

/** One dependant's fresh verdict, as the job summary lists it. */
interface Refreshed {
  number: number
  url: string
  title: string
  reason: Dependant['reason']
  result: 'pass' | 'fail' | 'error'
  description: string
}

/**
 * Re-checks the dependants of a merged pull request and posts a status on each. A pull request
 * closed without merging changes nothing: the run says so and passes. Returns why the step fails
 * (a dependant that could not be checked, a status that could not be posted), or null.
 */
export async function refreshDependants(
  ctx: RunContext,
  closed: PullRequest
): Promise<string | null> {
  if (!closed.merged) {
    log.info(
      `Pull request #${closed.number} was closed without being merged: no dependency was met and no ` +
        'write set was released, so there is nothing to re-check.'
    )
    return null
  }
  const open = await ctx.openPulls()
  if (!open.ok) return open.error
  const candidates = open.value.filter((pr) => pr.number !== closed.number)
  const merged = summaryOf(closed)
  const mergedScope = await resolveScope(merged, {
    mode: ctx.inputs.scopeSource,
    loader: ctx.workOrders,
    glob: ctx.inputs.workOrders
  })
  if (!mergedScope.ok) log.warning(`The scope of #${closed.number}: ${mergedScope.error}`)
  const needsIndex =
    ctx.inputs.scopeSource !== 'body' ||
    candidates.some((pr) => /\b[A-Z][A-Z0-9]*-[A-Z0-9-]*\d/.test(pr.body))
  let index: WorkOrderIndex | null = await ctx.workOrders.loaded()
  if (needsIndex && index === null) {
    const loaded = await ctx.workOrders.index()
    if (!loaded.ok) return loaded.error
    index = loaded.value
  }
  const scopes = resolveScopes(candidates, index, ctx.inputs.scopeSource)
  const dependants = selectDependants({
    merged: { ...merged, scope: mergedScope.ok ? mergedScope.value.parse.scope : null },
    scopes,
    index,
    owner: ctx.owner,
    repo: ctx.repo
  })
  log.info(
    `Pull request #${closed.number} merged into ${shownText(closed.base.ref)}: ${dependants.length} of ` +
      `${candidates.length} open pull requests depend on it or overlapped with it` +
      (dependants.length > 0 ? ` (${dependants.map((d) => `#${d.number}`).join(', ')})` : '')
  )

  const target = runUrl(ctx.env)
  const refreshed: Refreshed[] = []
  const problems: string[] = []
  const annotations: Annotation[] = []
  const context: RunContext = { ...ctx, knownMerged: [...(ctx.knownMerged ?? []), merged] }
  for (const [i, dependant] of dependants.entries()) {
    const pr = await getPullRequest(ctx.client, {
      owner: ctx.owner,
      repo: ctx.repo,
      number: dependant.number
    })
    if (!pr.ok) {
      problems.push(pr.error)
      continue
    }
    const evaluated = await evaluatePullRequest(context, pr.value)
    const row: Refreshed = {
      number: pr.value.number,
      url: pr.value.url,
      title: pr.value.title,
      reason: dependant.reason,
      result: 'error',
      description: ''
    }
    if (!evaluated.ok) {
      problems.push(`#${pr.value.number}: ${evaluated.error}`)
      row.description = evaluated.error
      refreshed.push(row)
      continue
    }
    const verdict = evaluated.value.verdict
    row.result = verdict.result
    row.description = statusDescription(closed.number, verdict)
    const posted = await postCommitStatus(ctx.client, {
      owner: ctx.owner,
      repo: ctx.repo,
      sha: pr.value.head.sha,
      state: verdict.result === 'pass' ? 'success' : 'failure',
      description: row.description,
      targetUrl: target
    })
    log.info(
      `Pull request #${pr.value.number} "${shownText(pr.value.title)}" (${dependant.reason}): ` +
        `${verdict.result} — ${shownText(row.description)}`
    )
    // The run's commit is the merge, which does not hold this pull request's files: the
    // annotations name the paths instead of pointing at them.
    annotations.push(
      ...logFindings({
        verdict,
        files: evaluated.value.files,
        about: {
          number: pr.value.number,
          lead: `Pull request #${pr.value.number}, re-checked after #${closed.number} merged: `
        },
        pointAtFiles: false
      })
    )
    refreshed.push(row)
    if (!posted.ok) {
      problems.push(posted.error)
      row.result = 'error'
      row.description = `${verdict.result}, but its status could not be posted: ${posted.error}`
      // The token may not post statuses: checking the rest would only be refused the same way.
      const rest = dependants.slice(i + 1).map((d) => `#${d.number}`)
      if (posted.refused && rest.length > 0) {
        problems.push(`So ${rest.join(', ')} ${rest.length === 1 ? 'was' : 'were'} not re-checked.`)
        break
      }
    }
  }
  publishAnnotations(annotations, LISTED_IN_SUMMARY)
  await writeSummary(renderRefresh(closed, refreshed))
  return problems.length > 0 ? problems.join('\n') : null
}

/**
 * The open pull requests that depend on the merged one (a `#N` or URL of it, or a work-order ID
 * it carries, in their Dependencies) or whose write sets overlap its write set; each once,
 * dependencies first.
 */
export function selectDependants(input: {
  merged: PullSummary & { scope: Scope | null }
  scopes: ReadonlyMap<number, ResolvedScope>
  index: WorkOrderIndex | null
  owner: string
  repo: string
}): Dependant[] {
  const { merged } = input
  const out: Dependant[] = []
  const mergedWrite = merged.scope ? OverlapSet.compile(merged.scope.write) : null
  const sameRepo = (owner: string, repo: string): boolean =>
    owner.toLowerCase() === input.owner.toLowerCase() &&
    repo.toLowerCase() === input.repo.toLowerCase()
  for (const [number, resolved] of input.scopes) {
    const scope = resolved.scope
    if (scope === null) continue
    const depends = scope.dependencies.some((d) =>
      d.refs.some((ref) => {
        if (ref.kind === 'number') return ref.number === merged.number
        if (ref.kind === 'url') return ref.number === merged.number && sameRepo(ref.owner, ref.repo)
        return carriesWorkOrderId(merged, ref.id, input.index)
      })
    )
    if (depends) {
      out.push({ number, reason: 'depends' })
      continue
    }
    if (mergedWrite && findOverlaps(mergedWrite, OverlapSet.compile(scope.write)).length > 0) {
      out.push({ number, reason: 'overlapped' })
    }
  }
  return out.sort(
    (a, b) => (a.reason === b.reason ? 0 : a.reason === 'depends' ? -1 : 1) || a.number - b.number
  )
}

/** The status line: the verdict after the merge, within GitHub's 140 characters. */
export function statusDescription(merged: number, verdict: Verdict): string {
  if (verdict.result === 'pass')
    return `Session Scope check passed (re-checked after #${merged} merged)`
  const reason = failureReason(verdict).replace(/ \(the job summary lists every finding\)$/, '')
  return clip(`After #${merged} merged: ${reason}`)
}

function summaryOf(pr: PullRequest): PullSummary {
  return { number: pr.number, title: pr.title, body: pr.body, headRef: pr.head.ref, url: pr.url }
}

function renderRefresh(closed: PullRequest, rows: readonly Refreshed[]): string {
  const heading = `## Session Scope: re-checked after #${closed.number} merged`
  if (rows.length === 0) {
    return `${heading}\n\nNo open pull request on \`${escapeText(closed.base.ref)}\` depends on #${closed.number} or overlapped with it.\n`
  }
  const icon = { pass: '✅', fail: '❌', error: '⚠️' }
  const lines = rows.map(
    (r) =>
      `| [#${r.number}](${r.url}) ${escapeText(r.title)} | ${r.reason === 'depends' ? 'depends on it' : 'overlapped with it'} | ${icon[r.result]} ${escapeText(r.description)} |`
  )
  return [
    heading,
    '',
    `Each pull request below got a commit status \`${STATUS_CONTEXT}\` on its head commit.`,
    '',
    '| Pull request | Why | Verdict |',
    '| --- | --- | --- |',
    ...lines,
    ''
  ].join('\n')
}
