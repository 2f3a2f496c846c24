// What many tests share: the names of the stand-in's routes, a pull request body that declares a
// Session Scope, and the step's failure message as a run printed it.
import type { ActionRun } from './run-action.js'

/**
 * The routes tests count and inject faults into, as `METHOD template`: the form in which
 * `FakeGitHub` records requests (`RequestRecord.route`) and takes `inject` and `requestsTo`.
 */
export const ROUTES = {
  pull: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  files: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  listPulls: 'GET /repos/{owner}/{repo}/pulls',
  listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  createStatus: 'POST /repos/{owner}/{repo}/statuses/{sha}',
  tree: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  graphql: 'POST /graphql'
} as const

/** The fields of a Session Scope block; a list is written comma-separated, text as given. */
export interface ScopeBodyFields {
  /** Lines before the block, such as a description or a work order's `# WO-…` heading. */
  intro?: string
  write: string | readonly string[]
  read?: string | readonly string[]
  dependencies?: string | readonly string[]
  forbidden?: string | readonly string[]
}

/**
 * A pull request body (or work-order file) holding a `## Session Scope` block with the fields
 * given, in the protocol's order, each on its own line and ending in a newline.
 */
export function scopeBody(fields: ScopeBodyFields): string {
  const field = (label: string, value: string | readonly string[] | undefined): string[] =>
    value === undefined
      ? []
      : [`**${label}:** ${typeof value === 'string' ? value : value.join(', ')}`]
  return [
    ...(fields.intro === undefined ? [] : [fields.intro, '']),
    '## Session Scope',
    ...field('Write set', fields.write),
    ...field('Read set', fields.read),
    ...field('Dependencies', fields.dependencies),
    ...field('Do NOT touch', fields.forbidden),
    ''
  ].join('\n')
}

/** The step's failure message: the error commands that annotate no file, one a line. */
export function failureLine(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error' && !c.properties.file)
    .map((c) => c.message)
    .join('\n')
}
