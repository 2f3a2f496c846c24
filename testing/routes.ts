// The endpoints the stand-in serves, each a thin reader or writer of the repository state.
// To serve a new endpoint, add a `server.route({...})` here (or from a test) in the same style.
import { registerGitDataRoutes } from './git-data.js'
import { notFound, paginate, unprocessable } from './replies.js'
import type { FakeGitHub, RouteContext } from './server.js'
import {
  commentJson,
  fileJson,
  pullRequestJson,
  pullRequestListItemJson,
  repositoryJson,
  statusJson,
  userJson
} from './shapes.js'
import { findPullRequest, now, type FakePullRequest } from './state.js'

/** GitHub's files endpoint lists at most this many files of a pull request. */
export const FILES_LIMIT = 3000

/** Registers every endpoint GitHub's REST API offers that the stand-in knows. */
export function registerGitHubRoutes(server: FakeGitHub): void {
  registerGitDataRoutes(server)
  server.route({
    method: 'GET',
    template: '/repos/{owner}/{repo}',
    handler: (ctx) => ({ status: 200, body: repositoryJson(ctx.urls, ctx.repo) })
  })

  server.route({
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls',
    query: ['state', 'head', 'base', 'sort', 'direction'],
    paginated: true,
    handler: (ctx) => {
      const state = ctx.query.get('state') ?? 'open'
      if (!['open', 'closed', 'all'].includes(state)) {
        return unprocessable(`Invalid value for parameter 'state': ${state}`)
      }
      const base = ctx.query.get('base')
      const head = ctx.query.get('head')
      const sort = ctx.query.get('sort') ?? 'created'
      if (sort !== 'created' && sort !== 'updated') {
        ctx.server.violations.push(`${ctx.method} ${ctx.path}: the stand-in cannot sort by ${sort}`)
      }
      // As GitHub: newest first by default for `created`, oldest first for any other sort.
      const direction = ctx.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')
      const key = (pr: FakePullRequest): string =>
        sort === 'updated' ? `${pr.updatedAt}#${String(pr.number).padStart(9, '0')}` : ''
      const list = ctx.repo.pullRequests
        .filter((pr) => state === 'all' || pr.state === state)
        .filter((pr) => base === null || pr.base.ref === base)
        .filter((pr) => head === null || `${ctx.repo.owner}:${pr.head.ref}` === head)
        .sort((a, b) => {
          const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number
          return direction === 'asc' ? order : -order
        })
      return paginate(ctx, list, (pr) => pullRequestListItemJson(ctx.urls, ctx.repo, pr))
    }
  })

  server.route({
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    handler: (ctx) => {
      const pr = pullRequestOf(ctx)
      return pr ? { status: 200, body: pullRequestJson(ctx.urls, ctx.repo, pr) } : notFound()
    }
  })

  server.route({
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    paginated: true,
    handler: (ctx) => {
      const pr = pullRequestOf(ctx)
      if (!pr) return notFound()
      const files = pr.files.slice(0, FILES_LIMIT)
      return paginate(ctx, files, (file) => fileJson(ctx.urls, ctx.repo, pr, file))
    }
  })

  server.route({
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    query: ['since'],
    paginated: true,
    handler: (ctx) => {
      const number = Number(ctx.params.issue_number)
      if (!findPullRequest(ctx.repo, number)) return notFound()
      const since = ctx.query.get('since')
      const comments = ctx.repo.comments.filter(
        (c) =>
          c.issueNumber === number &&
          (since === null || Date.parse(c.updatedAt) >= Date.parse(since))
      )
      return paginate(ctx, comments, (c) => commentJson(ctx.urls, ctx.repo, c))
    }
  })

  server.route({
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handler: (ctx) => {
      const number = Number(ctx.params.issue_number)
      if (!findPullRequest(ctx.repo, number)) return notFound()
      const body = bodyText(ctx)
      if (body === null) return unprocessable('Invalid request.\n\n"body" wasn\'t supplied.')
      if (body.length > 65536)
        return unprocessable('Body is too long (maximum is 65536 characters)')
      const stamp = now()
      const comment = {
        id: ctx.repo.nextId++,
        issueNumber: number,
        body,
        author: ctx.login,
        createdAt: stamp,
        updatedAt: stamp
      }
      ctx.repo.comments.push(comment)
      return { status: 201, body: commentJson(ctx.urls, ctx.repo, comment) }
    }
  })

  server.route({
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (ctx) => {
      const comment = ctx.repo.comments.find((c) => c.id === Number(ctx.params.comment_id))
      if (!comment) return notFound()
      const body = bodyText(ctx)
      if (body === null) return unprocessable('Invalid request.\n\n"body" wasn\'t supplied.')
      if (body.length > 65536)
        return unprocessable('Body is too long (maximum is 65536 characters)')
      comment.body = body
      comment.updatedAt = now()
      return { status: 200, body: commentJson(ctx.urls, ctx.repo, comment) }
    }
  })

  server.route({
    method: 'DELETE',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (ctx) => {
      const index = ctx.repo.comments.findIndex((c) => c.id === Number(ctx.params.comment_id))
      if (index < 0) return notFound()
      ctx.repo.comments.splice(index, 1)
      return { status: 204 }
    }
  })

  // An installation token (GITHUB_TOKEN, a GitHub App's) has no user: GitHub refuses it.
  server.route({
    method: 'GET',
    template: '/user',
    handler: (ctx) =>
      ctx.login.endsWith('[bot]')
        ? {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url:
                'https://docs.github.com/rest/users/users#get-the-authenticated-user'
            }
          }
        : { status: 200, body: userJson(ctx.urls, ctx.login) }
  })

  server.route({
    method: 'POST',
    template: '/repos/{owner}/{repo}/statuses/{sha}',
    handler: (ctx) => {
      const input = (ctx.body ?? {}) as Record<string, unknown>
      const state = input.state
      if (state !== 'error' && state !== 'failure' && state !== 'pending' && state !== 'success') {
        return unprocessable('Validation Failed: state is not included in the list')
      }
      if (typeof input.description === 'string' && input.description.length > 140) {
        ctx.server.violations.push(`${ctx.method} ${ctx.path}: description over 140 characters`)
        return unprocessable(
          'Validation Failed: description is too long (maximum is 140 characters)'
        )
      }
      const status = {
        id: ctx.repo.nextId++,
        sha: ctx.params.sha as string,
        state,
        context: typeof input.context === 'string' ? input.context : 'default',
        description: typeof input.description === 'string' ? input.description : null,
        targetUrl: typeof input.target_url === 'string' ? input.target_url : null,
        author: ctx.login,
        createdAt: now()
      } as const
      ctx.repo.statuses.push(status)
      return { status: 201, body: statusJson(ctx.urls, ctx.repo, status) }
    }
  })
}

function pullRequestOf(ctx: RouteContext): FakePullRequest | undefined {
  const number = Number(ctx.params.pull_number)
  return Number.isInteger(number) ? findPullRequest(ctx.repo, number) : undefined
}

function bodyText(ctx: RouteContext): string | null {
  const body = (ctx.body ?? {}) as Record<string, unknown>
  return typeof body.body === 'string' ? body.body : null
}
