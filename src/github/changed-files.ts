// The complete changed-file list of a pull request: from the API up to GitHub's 3,000-file limit,
// past it from `git diff` in the workspace when the checkout holds both commits. Never a part.
import type { ChangedFile } from '../scope/types.js'
import type { GitHubClient } from './client/client.js'
import { API_FILE_LIMIT, listPullRequestFiles } from './files.js'
import type { PullRequest } from './pull-request.js'
import { failure, ok, type Result } from '../scope/result.js'

/** The local git operations used past the API limit (src/git/diff.ts in the action). */
export interface LocalGit {
  hasCommit(cwd: string, ref: string): Promise<boolean>
  changedFiles(options: { cwd: string; base: string; head: string }): Promise<ChangedFile[]>
}

/** Where the list came from, for the log. */
export type ChangedFilesSource = 'api' | 'git'

/** What the choice needs besides the pull request. */
export interface ChangedFilesOptions {
  /** GITHUB_WORKSPACE: where actions/checkout put the repository; empty when unknown. */
  workspace: string
  git: LocalGit
  /**
   * The API's listing of this pull request as it is (same base, head and file count), started
   * before it was read (gather.ts): taken instead of listing it again.
   */
  listed?: Promise<Result<ChangedFile[]>>
}

/** Lists every changed file of the pull request, choosing the API or the local checkout. */
export async function getChangedFiles(
  client: GitHubClient,
  pr: PullRequest,
  options: ChangedFilesOptions
): Promise<Result<{ files: ChangedFile[]; source: ChangedFilesSource }>> {
  if (pr.changedFiles <= API_FILE_LIMIT) {
    const listed = await (options.listed ?? listPullRequestFiles(client, pr))
    return listed.ok ? ok({ files: listed.value, source: 'api' }) : listed
  }
  const { workspace, git } = options
  const present =
    workspace !== '' &&
    (await git.hasCommit(workspace, pr.base.sha).catch(() => false)) &&
    (await git.hasCommit(workspace, pr.head.sha).catch(() => false))
  if (!present) return failure(tooManyFilesMessage(pr, workspace))
  try {
    const files = await git.changedFiles({ cwd: workspace, base: pr.base.sha, head: pr.head.sha })
    return ok({ files, source: 'git' })
  } catch (error) {
    return failure(
      `Pull request #${pr.number} changes ${pr.changedFiles} files, more than the ${API_FILE_LIMIT} ` +
        `GitHub's API lists, and \`git diff\` in ${workspace} failed: ${(error as Error).message}`
    )
  }
}

/** The error for a pull request past the API limit whose commits are not in the workspace. */
export function tooManyFilesMessage(pr: PullRequest, workspace: string): string {
  const where =
    workspace === '' ? 'GITHUB_WORKSPACE is not set' : `the workspace (${workspace}) does not hold`
  return [
    `Pull request #${pr.number} changes ${pr.changedFiles} files; GitHub's API lists at most ` +
      `${API_FILE_LIMIT}, so the list must come from \`git diff\`, but ${where} both the base ` +
      `(${pr.base.sha.slice(0, 7)}) and head (${pr.head.sha.slice(0, 7)}) commits. ` +
      'No verdict on a partial list. Check out the full history before this step:',
    '',
    '  - uses: actions/checkout@v5',
    '    with:',
    '      fetch-depth: 0'
  ].join('\n')
}
