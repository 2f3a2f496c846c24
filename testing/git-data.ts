// The repository's files as the stand-in serves them: the recursive tree of a commit
// (GET /repos/{owner}/{repo}/git/trees/{tree_sha}) and the GraphQL endpoint (POST /api/graphql)
// that reads blobs, issues and pull requests and searches them (answered by graphql.ts, loaded
// with the first GraphQL request).
import { notFound, unprocessable } from './replies.js'
import type { FakeGitHub } from './server.js'
import { fakeSha, type FakeRepository } from './state.js'

/** Gives the repository these files at each of `refs` (commit SHAs or branch names). */
export function setFiles(
  repo: FakeRepository,
  refs: readonly string[],
  files: Record<string, string>
): void {
  repo.commits ??= {}
  for (const ref of refs) repo.commits[ref] = { ...files }
}

/**
 * The files of a repository at a ref, or undefined when the stand-in holds no such commit. A
 * repository whose files no test set holds no files at every commit.
 */
export function filesAt(repo: FakeRepository, ref: string): Record<string, string> | undefined {
  return repo.commits === undefined ? {} : repo.commits[ref]
}

/** Registers the tree route and the GraphQL endpoint. */
export function registerGitDataRoutes(server: FakeGitHub): void {
  server.route({
    method: 'GET',
    template: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
    query: ['recursive'],
    handler: (ctx) => {
      const sha = ctx.params.tree_sha as string
      const files = filesAt(ctx.repo, sha)
      if (!files) return notFound()
      const recursive = ctx.query.get('recursive')
      // GitHub treats any value of `recursive` as true, except that it must be given to recurse.
      const paths = Object.keys(files).sort()
      const folders = new Set<string>()
      for (const path of paths) {
        const parts = path.split('/')
        for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'))
      }
      const base = `${ctx.urls.api}/repos/${ctx.repo.owner}/${ctx.repo.name}/git`
      const entries = [
        ...[...folders].map((path) => ({
          path,
          mode: '040000',
          type: 'tree',
          sha: fakeSha(`tree-${sha}-${path}`),
          url: `${base}/trees/${fakeSha(`tree-${sha}-${path}`)}`
        })),
        ...paths.map((path) => ({
          path,
          mode: '100644',
          type: 'blob',
          sha: fakeSha(`blob-${sha}-${path}`),
          size: Buffer.byteLength(files[path] as string),
          url: `${base}/blobs/${fakeSha(`blob-${sha}-${path}`)}`
        }))
      ]
        .filter((e) => recursive !== null || !e.path.includes('/'))
        .sort((a, b) => (a.path < b.path ? -1 : 1))
      return {
        status: 200,
        body: {
          sha: fakeSha(`tree-${sha}`),
          url: `${base}/trees/${sha}`,
          tree: entries,
          truncated: false
        }
      }
    }
  })

  server.route({
    method: 'POST',
    template: '/graphql',
    readOnly: true,
    handler: async (ctx) => {
      // The server has refused bodies GitHub would not run (server.ts, graphql.ts) by now.
      const { answerGraphQL, requestBody } = await import('./graphql.js')
      const request = requestBody(ctx.body)
      if (request === null) return unprocessable('A query attribute must be specified')
      const answer = await answerGraphQL(
        ctx.server,
        request.query,
        request.variables,
        ctx.urls,
        request.operationName
      )
      for (const problem of answer.violations)
        ctx.server.violations.push(`${ctx.method} ${ctx.path}: ${problem}`)
      return { status: 200, body: answer.body }
    }
  })
}
