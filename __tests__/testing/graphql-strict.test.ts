// The stand-in judges every GraphQL document by GitHub's published schema (graphql-js validate(),
// variables coerced, GitHub's pagination limits) and runs the ones GitHub would run against its
// state, answering in GitHub's shapes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dependencyQuery } from '../../src/github/dependencies.js'
import { blobQuery } from '../../src/github/work-orders.js'
import { setFiles } from '../../testing/git-data.js'
import { checkDocument, githubWording } from '../../testing/graphql-schema.js'
import { answerGraphQL } from '../../testing/graphql.js'
import { FakeGitHub } from '../../testing/server.js'
import { addPullRequest, createRepository } from '../../testing/state.js'

let server: FakeGitHub

beforeAll(async () => {
  const repo = createRepository('octo', 'game')
  setFiles(repo, ['base-sha'], { 'docs/a.md': 'A\n', 'work-orders/WO-1.md': '# WO-1\n' })
  addPullRequest(repo, { number: 5, title: 'WO-1 grapple', merged: true, head: { ref: 'wo-1' } })
  addPullRequest(repo, { number: 6, title: 'Other', state: 'closed' })
  repo.issues = [{ number: 9, title: 'A bug', state: 'open' }]
  server = await new FakeGitHub({ repositories: [repo] }).start()
})

afterAll(async () => {
  await server.stop()
})

async function post(
  query: string,
  variables: Record<string, unknown> = {}
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { authorization: 'bearer ghs_read', 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables })
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

// The dependency query as it was before its `state` fields were aliased.
const CONFLICTING = `query($owner: String!, $name: String!, $n0: Int!) {
  repository(owner: $owner, name: $name) {
    n0: issueOrPullRequest(number: $n0) { __typename ... on PullRequest { number state } ... on Issue { number state } }
  }
}`

const REPO = { owner: 'octo', name: 'game' }

describe('documents GitHub refuses get GitHub’s answer (200, errors, no data) and are recorded', () => {
  it.each([
    {
      what: 'fields of one name with conflicting types',
      query: CONFLICTING,
      variables: { ...REPO, n0: 5 },
      error: {
        message: expect.stringContaining(
          'Fields "state" conflict because they return conflicting types "PullRequestState!" and "IssueState!"'
        )
      },
      violation: 'Fields "state" conflict because they return conflicting types'
    },
    {
      what: 'a field the type does not have',
      query:
        'query { repository(owner: "octo", name: "game") { pullRequest(number: 5) { number mergedBy2 } } }',
      variables: {},
      error: { message: "Field 'mergedBy2' doesn't exist on type 'PullRequest'" },
      violation: 'Cannot query field "mergedBy2" on type "PullRequest"'
    },
    {
      what: 'a page over 100',
      query: 'query { search(query: "is:pr", type: ISSUE, first: 101) { issueCount } }',
      variables: {},
      error: {
        type: 'EXCESSIVE_PAGINATION',
        message:
          'Requesting 101 records on the `search` connection exceeds the `first` limit of 100 records.'
      },
      violation: 'exceeds the `first` limit of 100 records'
    },
    {
      what: 'a page over 100 given by a variable',
      query: 'query($n: Int) { search(query: "is:pr", type: ISSUE, last: $n) { issueCount } }',
      variables: { n: 250 },
      error: {
        type: 'EXCESSIVE_PAGINATION',
        message: expect.stringContaining('`last` limit of 100')
      },
      violation: 'Requesting 250 records on the `search` connection'
    },
    {
      what: 'a connection without first or last',
      query: 'query { search(query: "is:pr", type: ISSUE) { issueCount } }',
      variables: {},
      error: {
        type: 'MISSING_PAGINATION_BOUNDARIES',
        message:
          'You must provide a `first` or `last` value to properly paginate the `search` connection.'
      },
      violation: 'You must provide a `first` or `last` value'
    },
    {
      what: 'a variable declared and not used',
      query: 'query($owner: String!) { search(query: "a", type: ISSUE, first: 1) { issueCount } }',
      variables: { owner: 'o' },
      error: { message: 'Variable $owner is declared by anonymous query but not used' },
      violation: 'Variable "$owner" is never used.'
    },
    {
      what: 'a variable used and not declared',
      query: 'query { search(query: $q, type: ISSUE, first: 1) { issueCount } }',
      variables: { q: 'a' },
      error: { message: 'Variable $q is used by anonymous query but not declared' },
      violation: 'Variable "$q" is not defined.'
    },
    {
      what: 'a variable whose value does not fit its type',
      query: CONFLICTING.replace(
        / state } \.\.\. on Issue \{ number state/,
        ' s: state } ... on Issue { number t: state'
      ),
      variables: { ...REPO, n0: '5' },
      error: {
        message: 'Variable $n0 of type Int! was provided invalid value',
        extensions: {
          value: '5',
          problems: [{ path: [], explanation: 'Could not coerce value "5" to Int' }]
        }
      },
      violation: 'Variable $n0 of type Int! was provided invalid value'
    },
    {
      what: 'a required variable left out',
      query: 'query($q: String!) { search(query: $q, type: ISSUE, first: 1) { issueCount } }',
      variables: {},
      error: {
        message: 'Variable $q of type String! was provided invalid value',
        extensions: {
          value: null,
          problems: [{ path: [], explanation: 'Expected value to not be null' }]
        }
      },
      violation: 'Variable $q of type String! was provided invalid value'
    },
    {
      what: 'a document that does not parse',
      query: 'query { search(query: "a", type: ISSUE, first: 1) { issueCount }',
      variables: {},
      error: { message: expect.stringContaining('Syntax Error') },
      violation: 'Syntax Error'
    }
  ])('$what', async ({ query, variables, error, violation }) => {
    const res = await post(query, variables)
    expect(res.status).toBe(200)
    expect(res.json).not.toHaveProperty('data')
    expect(res.json.errors).toEqual([expect.objectContaining(error)])
    expect(server.violations.splice(0)).toEqual([
      expect.stringMatching(new RegExp(`^POST /api/graphql: .*${escape(violation)}`))
    ])
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('documents GitHub runs are run against the state, in GitHub’s shapes', () => {
  it('answers the dependency query: a pull request, an issue, and NOT_FOUND with partial data', async () => {
    const query = dependencyQuery(3, ['t0'])
    const res = await post(query, {
      ...REPO,
      n0: 5,
      n1: 9,
      n2: 99,
      t0: 'repo:octo/game is:pr WO-1'
    })
    expect(server.violations).toEqual([])
    expect(res.json).toEqual({
      data: {
        repository: {
          n0: {
            __typename: 'PullRequest',
            number: 5,
            title: 'WO-1 grapple',
            url: `${server.serverUrl}/octo/game/pull/5`,
            pullState: 'MERGED'
          },
          n1: {
            __typename: 'Issue',
            number: 9,
            title: 'A bug',
            url: `${server.serverUrl}/octo/game/issues/9`,
            issueState: 'OPEN'
          },
          n2: null
        },
        t0: {
          nodes: [
            {
              __typename: 'PullRequest',
              number: 5,
              title: 'WO-1 grapple',
              url: `${server.serverUrl}/octo/game/pull/5`,
              state: 'MERGED',
              body: '',
              headRefName: 'wo-1'
            }
          ]
        }
      },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository', 'n2'],
          locations: [{ line: 5, column: 5 }],
          message: 'Could not resolve to an issue or pull request with the number of 99.'
        }
      ]
    })
  })

  it('answers the blob query: text for a file, nothing for a folder, null for a missing path', async () => {
    const res = await post(blobQuery(3), {
      ...REPO,
      e0: 'base-sha:docs/a.md',
      e1: 'base-sha:docs',
      e2: 'base-sha:nope.md'
    })
    expect(server.violations).toEqual([])
    expect(res.json).toEqual({
      data: {
        repository: {
          f0: { text: 'A\n', isBinary: false, isTruncated: false },
          f1: {},
          f2: null
        }
      }
    })
  })

  it('answers a missing repository with NOT_FOUND at `repository`', async () => {
    const res = await post(blobQuery(1), { owner: 'octo', name: 'nope', e0: 'base-sha:a' })
    expect(res.json).toEqual({
      data: { repository: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository'],
          locations: [{ line: 2, column: 3 }],
          message: "Could not resolve to a Repository with the name 'octo/nope'."
        }
      ]
    })
    expect(server.violations).toEqual([])
  })

  it('records a field GitHub has and the stand-in does not serve, naming it', async () => {
    const res = await post('query { repository(owner: "octo", name: "game") { description } }')
    expect(res.json).toMatchObject({
      data: { repository: { description: null } },
      errors: [
        {
          path: ['repository', 'description'],
          message: 'The stand-in does not serve Repository.description'
        }
      ]
    })
    expect(server.violations.splice(0)).toEqual([
      'POST /api/graphql: the stand-in does not serve Repository.description (teach testing/graphql.ts)'
    ])
  })

  it('counts every search hit in issueCount, and pages with first', async () => {
    const res = await post(
      'query { search(query: "repo:octo/game is:pr", type: ISSUE, first: 1) { issueCount nodes { ... on PullRequest { number } } } }'
    )
    expect(res.json).toEqual({ data: { search: { issueCount: 2, nodes: [{ number: 6 }] } } })
  })
})

describe('githubWording', () => {
  it.each([
    ['Variable "$a" is never used.', 'Variable $a is declared by anonymous query but not used'],
    ['Variable "$a" is never used in operation "Q".', 'Variable $a is declared by Q but not used'],
    ['Variable "$a" is not defined.', 'Variable $a is used by anonymous query but not declared'],
    ['Variable "$a" is not defined by operation "Q".', 'Variable $a is used by Q but not declared'],
    [
      'Cannot query field "x" on type "Blob". Did you mean "oid"?',
      "Field 'x' doesn't exist on type 'Blob'"
    ],
    [
      'Unknown argument "y" on field "Query.search".',
      'Unknown argument "y" on field "Query.search".'
    ]
  ])('%s', (graphqlJs, github) => {
    expect(githubWording(graphqlJs)).toBe(github)
  })
})

describe('any text at all', () => {
  it('is answered (run or refused with errors), never thrown on, and refusals always say why', async () => {
    const pieces = fc.constantFrom(
      'query',
      '{',
      '}',
      '(',
      ')',
      '$n',
      ': Int',
      'search',
      'repository',
      'first: 101',
      'first: 1',
      'type: ISSUE',
      'query: "x"',
      'owner: "octo"',
      'name: "game"',
      '... on PullRequest',
      'number',
      'state',
      'issueCount',
      'nodes',
      '"',
      '#',
      '\n',
      'mutation',
      'fragment F on Blob { text }',
      '...F'
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(pieces, { maxLength: 24 }),
        fc.dictionary(fc.constantFrom('n', 'q'), fc.jsonValue()),
        async (parts, variables) => {
          const check = checkDocument(parts.join(' '), variables)
          if (!check.ok) {
            expect(check.errors.length).toBeGreaterThan(0)
            expect(check.problems.length).toBeGreaterThan(0)
            return
          }
          const answer = await answerGraphQL(server, parts.join(' '), variables, {
            api: server.apiUrl,
            web: server.serverUrl
          })
          expect(answer.body.data !== undefined || answer.body.errors !== undefined).toBe(true)
        }
      ),
      { numRuns: 300 }
    )
  })
})
