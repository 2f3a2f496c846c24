// run(): inputs -> gather (GitHub) -> decide (domain) -> report. The one place that catches and
// calls core.setFailed.
import * as core from '@actions/core'
import { gitChangedFiles, hasCommit } from './git/diff.js'
import { getChangedFiles } from './github/changed-files.js'
import { createClient } from './github/client.js'
import { commentOnPullRequest } from './github/comment.js'
import { readEvent } from './github/event.js'
import { getPullRequest } from './github/pull-request.js'
import { readInputs } from './inputs.js'
import { buildAnnotations } from './report/annotations.js'
import type { ReportInput } from './report/context.js'
import { renderReport } from './report/markdown.js'
import { buildOutputs } from './report/outputs.js'
import { checkScope } from './scope/check.js'
import { parseScope } from './scope/parse.js'
import { PatternList } from './scope/patterns.js'
import type { ChangedFile, Verdict } from './scope/types.js'

/** Runs the action: checks the pull request of the event and reports; fails the step on a failing verdict. */
export async function run(): Promise<void> {
  try {
    const problem = await check()
    if (problem !== null) core.setFailed(problem)
  } catch (error) {
    core.setFailed(
      `pr-scope-check stopped on an unexpected error (a bug: please report it): ${
        error instanceof Error ? (error.stack ?? error.message) : String(error)
      }`
    )
  }
}

/** The run; returns why the step fails, or null when it passes. */
async function check(): Promise<string | null> {
  const env = process.env
  const read = readInputs(env)
  if (!read.ok) return read.errors.join('\n')
  const inputs = read.inputs
  if (inputs.scopeSource === 'work-order') {
    return (
      'Input `scope-source: work-order` is not yet supported by this version of pr-scope-check: ' +
      'use `body` or `auto` (which reads the pull request body for now).'
    )
  }

  const event = readEvent(env)
  if (!event.ok) return event.error
  const { owner, repo, number } = event.value

  const ignore = PatternList.compile(
    inputs.ignore.map((text, i) => ({ text, line: i + 1 })),
    'ignore'
  )
  const ignoreErrors = ignore.messages.filter((m) => m.level === 'error')
  if (ignoreErrors.length > 0)
    return ignoreErrors.map((m) => `Input \`ignore\`: ${m.message}`).join('\n')

  const client = createClient({
    token: inputs.token,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    log: core
  })
  const pr = await getPullRequest(client, { owner, repo, number })
  if (!pr.ok) return pr.error
  core.info(`Pull request #${number} "${pr.value.title}": ${pr.value.changedFiles} changed files`)

  const changed = await getChangedFiles(client, pr.value, {
    workspace: env.GITHUB_WORKSPACE ?? '',
    git: { hasCommit, changedFiles: (options) => gitChangedFiles(options) }
  })
  if (!changed.ok) return changed.error
  const files = changed.value.files
  if (changed.value.source === 'git') {
    core.info(
      `Read ${files.length} changed files with git diff (over GitHub's 3,000-file list limit)`
    )
  }

  const parse = parseScope(pr.value.body)
  const verdict = checkScope({
    parse,
    files,
    ignore: ignore.list,
    levels: { outOfScope: inputs.outOfScope, missingScope: inputs.missingScope }
  })

  const report: ReportInput = {
    verdict,
    scope: parse.scope,
    source: parse.scope ? { kind: 'body', path: null, ref: null } : null,
    repository: { owner, repo, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' },
    pullRequest: { number, title: pr.value.title, headSha: pr.value.head.sha },
    changedFileCount: files.length
  }
  annotate(verdict, files)
  // GitHub takes at most 1 MiB of step summary; a longer report is shortened, never refused.
  await writeSummary(renderReport(report, { maxBytes: 1_000_000, hint: SUMMARY_HINT }))
  for (const [name, value] of Object.entries(buildOutputs(report))) core.setOutput(name, value)
  // After the outputs and summary, before the verdict is returned: a comment fault only warns.
  await commentOnPullRequest(client, {
    target: { owner, repo, number },
    mode: inputs.comment,
    key: inputs.commentKey,
    token: inputs.token,
    report,
    log: core
  })
  return verdict.result === 'fail' ? failureReason(verdict) : null
}

/** Where a job summary shortened to GitHub's limit points for the full lists. */
const SUMMARY_HINT =
  'the outputs `out-of-scope-files`, `conflicts` and `unmet-dependencies` list every one'

/** One annotation per finding about a file, at the first line the file's diff adds. */
function annotate(verdict: Verdict, files: ChangedFile[]): void {
  const lines = new Map<string, number>()
  for (const file of files) {
    if (file.firstAddedLine !== undefined) lines.set(file.path, file.firstAddedLine)
  }
  for (const annotation of buildAnnotations(verdict, { lines })) {
    const properties: core.AnnotationProperties = { title: annotation.title }
    if (annotation.file !== undefined) properties.file = annotation.file
    if (annotation.startLine !== undefined) properties.startLine = annotation.startLine
    core[annotation.level](annotation.message, properties)
  }
}

/** Writes the report to the job summary (GITHUB_STEP_SUMMARY), or to the log outside a runner. */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(`GITHUB_STEP_SUMMARY is not set; the report:\n${markdown}`)
    return
  }
  await core.summary.addRaw(markdown, true).write()
}

/** The one-line reason the step fails, for core.setFailed. */
function failureReason(verdict: Verdict): string {
  const reasons: string[] = []
  const paths = verdict.outOfScopeFiles
  if (paths.length > 0) {
    const shown = paths.slice(0, 3).join(', ')
    const more = paths.length > 3 ? ` and ${paths.length - 3} more` : ''
    reasons.push(
      `${paths.length} changed ${paths.length === 1 ? 'file is' : 'files are'} out of the Session Scope: ${shown}${more}`
    )
  }
  for (const finding of verdict.findings) {
    if (finding.level !== 'error') continue
    if (finding.check === 'out-of-scope' || finding.check === 'read-only-modified') continue
    reasons.push(finding.message)
  }
  const line = reasons.length > 0 ? reasons.join('; ') : 'the Session Scope check failed'
  return `${line.replace(/\s*\n\s*/g, ' ')} (the job summary lists every finding)`
}
