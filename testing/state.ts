// The repository state behind the local GitHub API stand-in. Routes read and change this state;
// the JSON GitHub would send is built from it in shapes.ts, so one fact lives in one place.

/** A file status as GitHub's pull request files endpoint spells it. */
export type FakeFileStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

/** One changed file of a pull request. */
export interface FakeFile {
  filename: string
  status: FakeFileStatus
  additions: number
  deletions: number
  /** The unified diff of the file; GitHub omits it for binary and very large diffs. */
  patch?: string
  /** The old path of a rename or the source of a copy. */
  previousFilename?: string
  sha: string
}

/** One pull request with everything the endpoints serve about it. */
export interface FakePullRequest {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  merged: boolean
  mergedAt: string | null
  author: string
  base: { ref: string; sha: string }
  head: { ref: string; sha: string }
  files: FakeFile[]
  createdAt: string
  updatedAt: string
}

/** An issue (or pull request) comment. */
export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  author: string
  createdAt: string
  updatedAt: string
}

/** A commit status. */
export interface FakeStatus {
  id: number
  sha: string
  state: 'error' | 'failure' | 'pending' | 'success'
  context: string
  description: string | null
  targetUrl: string | null
  author: string
  createdAt: string
}

/** One repository: its pull requests, comments and commit statuses. */
export interface FakeRepository {
  owner: string
  name: string
  defaultBranch: string
  private: boolean
  pullRequests: FakePullRequest[]
  comments: FakeComment[]
  statuses: FakeStatus[]
  /** File contents per commit SHA (or branch name): path -> text. Served by git-data.ts. */
  commits?: Record<string, Record<string, string>>
  /** Issues (not pull requests), for `#N` dependencies that name an issue. */
  issues?: Array<{ number: number; title: string; state: 'open' | 'closed' }>
  /** The source of ids for new objects, so that ids never repeat within a repository. */
  nextId: number
}

/** Fixed timestamps keep responses reproducible from run to run. */
const EPOCH = '2026-01-05T10:00:00Z'

/** Creates an empty repository. */
export function createRepository(
  owner: string,
  name: string,
  defaultBranch = 'main'
): FakeRepository {
  return {
    owner,
    name,
    defaultBranch,
    private: false,
    pullRequests: [],
    comments: [],
    statuses: [],
    nextId: 1000
  }
}

/** What a test says about a pull request; everything else gets a plausible default. */
export interface PullRequestInit {
  number?: number
  title?: string
  body?: string | null
  state?: 'open' | 'closed'
  draft?: boolean
  merged?: boolean
  author?: string
  base?: { ref?: string; sha?: string }
  head?: { ref?: string; sha?: string }
  files?: Array<Partial<FakeFile> & { filename: string }>
}

/** Adds a pull request to the repository and returns it. */
export function addPullRequest(repo: FakeRepository, init: PullRequestInit = {}): FakePullRequest {
  const number = init.number ?? Math.max(0, ...repo.pullRequests.map((pr) => pr.number)) + 1
  if (repo.pullRequests.some((pr) => pr.number === number)) {
    throw new Error(`pull request #${number} already exists in ${repo.owner}/${repo.name}`)
  }
  const merged = init.merged ?? false
  const pr: FakePullRequest = {
    number,
    id: repo.nextId++,
    title: init.title ?? `Pull request ${number}`,
    body: init.body === undefined ? '' : init.body,
    state: init.state ?? (merged ? 'closed' : 'open'),
    draft: init.draft ?? false,
    merged,
    mergedAt: merged ? EPOCH : null,
    author: init.author ?? 'octocat',
    base: {
      ref: init.base?.ref ?? repo.defaultBranch,
      sha: init.base?.sha ?? fakeSha(`base-${number}`)
    },
    head: {
      ref: init.head?.ref ?? `topic-${number}`,
      sha: init.head?.sha ?? fakeSha(`head-${number}`)
    },
    files: (init.files ?? []).map(makeFile),
    createdAt: EPOCH,
    updatedAt: EPOCH
  }
  repo.pullRequests.push(pr)
  return pr
}

/** Completes a partial file: a modified file with a one-line patch unless told otherwise. */
export function makeFile(init: Partial<FakeFile> & { filename: string }): FakeFile {
  const status = init.status ?? 'modified'
  const file: FakeFile = {
    filename: init.filename,
    status,
    additions: init.additions ?? (status === 'removed' ? 0 : 1),
    deletions: init.deletions ?? (status === 'added' ? 0 : 1),
    sha: init.sha ?? fakeSha(`blob-${init.filename}`)
  }
  const patch = 'patch' in init ? init.patch : defaultPatch(status)
  if (patch !== undefined) file.patch = patch
  if (init.previousFilename !== undefined) file.previousFilename = init.previousFilename
  return file
}

function defaultPatch(status: FakeFileStatus): string | undefined {
  switch (status) {
    case 'added':
      return '@@ -0,0 +1 @@\n+new line'
    case 'removed':
      return '@@ -1 +0,0 @@\n-old line'
    case 'renamed':
    case 'unchanged':
      return undefined
    default:
      return '@@ -1,3 +1,3 @@\n line one\n-line two\n+line 2\n line three'
  }
}

/** Generates `count` files under `folder` (large pull requests for limits and benchmarks). */
export function manyFiles(count: number, folder = 'src/generated'): Array<{ filename: string }> {
  return Array.from({ length: count }, (_, i) => ({
    filename: `${folder}/file-${String(i).padStart(5, '0')}.ts`
  }))
}

/** A stable 40-hex-digit SHA derived from a seed (not a real hash; only its shape matters). */
export function fakeSha(seed: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (const ch of seed) {
    h1 = Math.imul(h1 ^ ch.charCodeAt(0), 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ ch.charCodeAt(0), 0x5bd1e995) >>> 0
  }
  const part = (n: number): string => (n >>> 0).toString(16).padStart(8, '0')
  return (
    part(h1) +
    part(h2) +
    part(h1 ^ h2) +
    part(h1 + h2) +
    part(Math.imul(h1, 31) >>> 0)
  ).slice(0, 40)
}

/** Finds a pull request by number. */
export function findPullRequest(repo: FakeRepository, number: number): FakePullRequest | undefined {
  return repo.pullRequests.find((pr) => pr.number === number)
}

/** The time stamp written on new objects. */
export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}
