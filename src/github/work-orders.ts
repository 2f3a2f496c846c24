// The work-order files of the repository at one commit (CONTRACT §1.6): their paths from ONE
// recursive tree request, filtered with the `work-orders` glob, and their texts read all at once
// (the client's limiter paces them), one GraphQL query per batch of blobs. The texts give the IDs (a first-level heading may
// carry one) and the scopes of every pull request that uses a work order, so they are read once
// per run and shared.
import { PatternList } from '../scope/glob/patterns.js'
import { buildWorkOrderIndex, type WorkOrderIndex } from '../scope/work-order/reference.js'
import type { GitHubClient } from './client/client.js'
import { explainApiError } from './client/errors.js'
import { batches, runQuery, type GraphQLEndpoint } from './client/graphql.js'
import { failure, ok, type Result } from '../scope/result.js'

/** How many blobs one GraphQL query reads. */
export const BLOBS_PER_QUERY = 250

/** Where to list: the repository and the commit (the base branch's SHA). */
export interface TreeRef {
  owner: string
  repo: string
  sha: string
}

/** Lists every file path at a commit: GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1. */
export async function listTreePaths(client: GitHubClient, ref: TreeRef): Promise<Result<string[]>> {
  let data: { tree: Array<{ path?: string; type?: string }>; truncated: boolean }
  try {
    ;({ data } = await client.rest.git.getTree({
      owner: ref.owner,
      repo: ref.repo,
      tree_sha: ref.sha,
      recursive: '1'
    }))
  } catch (error) {
    return failure(
      explainApiError(error, {
        what: `list the files of ${ref.owner}/${ref.repo} at ${ref.sha} (to find the work-order files)`,
        permission: 'contents: read'
      })
    )
  }
  if (data.truncated) {
    return failure(
      `The file tree of ${ref.owner}/${ref.repo} at ${ref.sha} is too large for GitHub to list in ` +
        'one request (the tree API truncates past 100,000 entries or 7 MB), so the work-order files ' +
        'cannot be listed completely and the run will not guess. Use `scope-source: body` and ' +
        'dependencies by `#number`, or keep work orders in a smaller repository.'
    )
  }
  return ok(
    data.tree
      .filter((e) => e.type === 'blob' && typeof e.path === 'string')
      .map((e) => e.path as string)
  )
}

interface BlobAnswer {
  text: string | null
  isBinary: boolean | null
  isTruncated: boolean
}

/**
 * Reads the texts of files at a commit, BLOBS_PER_QUERY per GraphQL query. A path the commit does
 * not hold is left out of the map; a binary or truncated file maps to null.
 */
export async function readTexts(
  endpoint: GraphQLEndpoint,
  ref: TreeRef,
  paths: readonly string[]
): Promise<Result<Map<string, string | null>>> {
  const texts = new Map<string, string | null>()
  const answers = await Promise.all(
    batches(paths, BLOBS_PER_QUERY).map((batch) => readBatch(endpoint, ref, batch))
  )
  for (const answer of answers) {
    if (!answer.ok) return answer
    for (const [path, text] of answer.value) texts.set(path, text)
  }
  return ok(texts)
}

/** The query that reads one batch: one aliased `object(expression:)` per file, all variables. */
export function blobQuery(count: number): string {
  const declared = Array.from({ length: count }, (_, i) => `, $e${i}: String!`).join('')
  const fields = Array.from(
    { length: count },
    (_, i) => `    f${i}: object(expression: $e${i}) { ... on Blob { text isBinary isTruncated } }`
  ).join('\n')
  return `query($owner: String!, $name: String!${declared}) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`
}

async function readBatch(
  endpoint: GraphQLEndpoint,
  ref: TreeRef,
  paths: readonly string[]
): Promise<Result<Map<string, string | null>>> {
  const variables: Record<string, unknown> = { owner: ref.owner, name: ref.repo }
  paths.forEach((path, i) => (variables[`e${i}`] = `${ref.sha}:${path}`))
  const answer = await runQuery<{ repository: Record<string, BlobAnswer | null> | null }>(
    endpoint,
    blobQuery(paths.length),
    variables,
    {
      what: `read ${paths.length} work-order files of ${ref.owner}/${ref.repo} at ${ref.sha}`,
      permission: 'contents: read'
    }
  )
  if (!answer.ok) return answer
  const repository = answer.value.repository
  if (repository === null) {
    return failure(
      `Could not read the work-order files: GitHub's GraphQL API does not show ${ref.owner}/${ref.repo} to this token; ` +
        'give the workflow `permissions:` with `contents: read`.'
    )
  }
  const out = new Map<string, string | null>()
  paths.forEach((path, i) => {
    const blob = repository[`f${i}`]
    if (blob === null || blob === undefined) return
    out.set(path, blob.isBinary === true || blob.isTruncated ? null : blob.text)
  })
  return ok(out)
}

/** The file paths at a commit: one tree request, or a listing already started (gather.ts). */
export type TreeListing = () => Promise<Result<string[]>>

/** Lists the work-order files at a commit (one tree request) and reads them (batched queries). */
export async function loadWorkOrderIndex(
  client: GitHubClient,
  endpoint: GraphQLEndpoint,
  ref: TreeRef,
  glob: string,
  listTree: TreeListing = () => listTreePaths(client, ref)
): Promise<Result<WorkOrderIndex>> {
  const matcher = PatternList.compile([{ text: glob, line: 1 }], 'work-orders').list
  const isWorkOrderPath = (path: string): boolean => matcher.covers(path)
  const tree = await listTree()
  if (!tree.ok) return tree
  const paths = tree.value.filter(isWorkOrderPath)
  const texts = await readTexts(endpoint, ref, paths)
  if (!texts.ok) return texts
  const entries = paths.map((path) => ({ path, text: texts.value.get(path) ?? null }))
  return ok(buildWorkOrderIndex(ref.sha, entries, isWorkOrderPath))
}

/** Loads the work-order index at most once per run, and only when a step needs it. */
export class WorkOrderLoader {
  #loading: Promise<Result<WorkOrderIndex>> | null = null

  constructor(private readonly load: () => Promise<Result<WorkOrderIndex>>) {}

  /** The index, loading it on first use. */
  index(): Promise<Result<WorkOrderIndex>> {
    this.#loading ??= this.load()
    return this.#loading
  }

  /** The index when it was loaded (successfully) already, else null: no request is made. */
  async loaded(): Promise<WorkOrderIndex | null> {
    if (this.#loading === null) return null
    const result = await this.#loading
    return result.ok ? result.value : null
  }
}

/**
 * The loader of a run: the work-order files at `ref` (the base branch), listed (by `listTree`
 * when given: a listing of that commit already under way) and read on first use.
 */
export function workOrderLoader(
  client: GitHubClient,
  endpoint: GraphQLEndpoint,
  ref: TreeRef,
  glob: string,
  listTree?: TreeListing
): WorkOrderLoader {
  return new WorkOrderLoader(() => loadWorkOrderIndex(client, endpoint, ref, glob, listTree))
}
