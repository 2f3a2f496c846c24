// The settings file `.github/pr-scope.yml` at one commit (CONTRACT §4): the commit the work orders
// are read at (the base), so that a pull request cannot loosen its own check. One GraphQL query;
// a missing file means the defaults. A run may start the query before it knows the base for sure
// (the event's base, src/github/gather.ts): the read at that commit then answers from it.
import { SETTINGS_PATH } from '../settings/keys.js'
import { runQuery, type GraphQLEndpoint } from './client/graphql.js'
import { failure, ok, type Result } from '../scope/result.js'

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

// Reads started early, per endpoint (a run's) and commit.
const started = new WeakMap<GraphQLEndpoint, Map<string, Promise<Result<string | null>>>>()

const keyOf = (ref: SettingsRef): string =>
  `${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}@${ref.sha}`

/**
 * Starts reading the settings file at `ref` now, before the run knows it needs it; a later
 * readSettingsFile of the same endpoint and commit takes this read instead of making another.
 */
export function prefetchSettingsFile(endpoint: GraphQLEndpoint, ref: SettingsRef): void {
  let reads = started.get(endpoint)
  if (reads === undefined) started.set(endpoint, (reads = new Map()))
  if (reads.has(keyOf(ref))) return
  const read = fetchSettingsFile(endpoint, ref)
  // Nobody may ever ask for it (the event was out of date): its failure is nobody's.
  read.catch(() => undefined)
  reads.set(keyOf(ref), read)
}

/** The text of `.github/pr-scope.yml` at the commit, or null when the commit holds no such file. */
export function readSettingsFile(
  endpoint: GraphQLEndpoint,
  ref: SettingsRef
): Promise<Result<string | null>> {
  return started.get(endpoint)?.get(keyOf(ref)) ?? fetchSettingsFile(endpoint, ref)
}

async function fetchSettingsFile(
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
