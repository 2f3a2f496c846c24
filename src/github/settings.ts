// The settings file `.github/pr-scope.yml` at one commit (CONTRACT §4): the commit the work orders
// are read at (the base), so that a pull request cannot loosen its own check. One GraphQL query;
// a missing file means the defaults.
import { SETTINGS_PATH } from '../settings/keys.js'
import { runQuery, type GraphQLEndpoint } from './graphql.js'
import { failure, ok, type Result } from './result.js'

/** Where to read: the repository and the commit (a SHA, or a branch name on a `closed` refresh). */
export interface SettingsRef {
  owner: string
  repo: string
  sha: string
}

const QUERY = `query($owner: String!, $name: String!, $file: String!) {
  repository(owner: $owner, name: $name) {
    file: object(expression: $file) { ... on Blob { text isBinary isTruncated } }
  }
}`

interface Answer {
  repository: {
    file: { text?: string | null; isBinary?: boolean | null; isTruncated?: boolean } | null
  } | null
}

/** The text of `.github/pr-scope.yml` at the commit, or null when the commit holds no such file. */
export async function readSettingsFile(
  endpoint: GraphQLEndpoint,
  ref: SettingsRef
): Promise<Result<string | null>> {
  const where = `${SETTINGS_PATH} of ${ref.owner}/${ref.repo} at ${ref.sha}`
  const answer = await runQuery<Answer>(
    endpoint,
    QUERY,
    { owner: ref.owner, name: ref.repo, file: `${ref.sha}:${SETTINGS_PATH}` },
    { what: `read the settings file ${where}`, permission: 'contents: read' }
  )
  if (!answer.ok) return answer
  const repository = answer.value.repository
  if (repository === null) {
    return failure(
      `Could not read the settings file ${where}: GitHub's GraphQL API does not show the ` +
        'repository to this token; give the workflow `permissions:` with `contents: read`.'
    )
  }
  const file = repository.file
  // No object, or a folder (a Tree selects nothing from `... on Blob`): no settings file.
  if (file === null || file.text === undefined) return ok(null)
  if (file.isBinary === true || file.isTruncated === true || file.text === null) {
    return failure(
      `The settings file ${where} cannot be read as text (binary, or too large): keep it a few ` +
        'lines of YAML, `key: value`.'
    )
  }
  return ok(file.text)
}
