// The two clients every run opens with one token: REST at GITHUB_API_URL, and the read-only
// GraphQL endpoint (GITHUB_GRAPHQL_URL, else beside the REST root).
import { createClient, type GitHubClient, type Log } from './client.js'
import { createGraphQLEndpoint, type GraphQLEndpoint } from './graphql.js'

/** Opens the REST client and the GraphQL endpoint for `token`, as the environment places them. */
export function connect(
  token: string,
  env: NodeJS.ProcessEnv,
  log: Log
): { client: GitHubClient; graphql: GraphQLEndpoint } {
  return {
    client: createClient({ token, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', log }),
    graphql: createGraphQLEndpoint({ token, env, log })
  }
}
