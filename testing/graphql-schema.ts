// GitHub's published GraphQL schema (@octokit/graphql-schema), built once per process, and the
// checks GitHub makes before it runs a document: the specified validation rules of graphql-js
// (the ones that catch "Fields "state" conflict because they return conflicting types"), the
// variables coerced to their declared types, and GitHub's own pagination limits (every connection
// needs `first` or `last`, neither above 100). Refusals are worded as GitHub (graphql-ruby) words
// them where its wording is known; the violations keep graphql-js's precise sentence.
import { readFileSync } from 'node:fs'
import {
  buildClientSchema,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode
} from 'graphql'
import { cachedExtract, NODE_MODULES } from './cache.js'

let schema: GraphQLSchema | null = null

/**
 * GitHub's schema, built on first use from its introspection (the package's SDL file defines two
 * fields twice). The descriptions are most of its 5 MB and judge nothing: the introspection
 * without them is made once per machine (cache.ts) and parses in a third of the time.
 */
export function githubSchema(): GraphQLSchema {
  if (schema === null) {
    const code = ['graphql-schema.ts']
    const introspection = cachedExtract('graphql-schema', '@octokit/graphql-schema', code, () => {
      const url = new URL('@octokit/graphql-schema/schema.json', NODE_MODULES)
      const json = JSON.parse(readFileSync(url, 'utf8'), (key, value: unknown) =>
        key === 'description' ? undefined : value
      ) as IntrospectionQuery | { data: IntrospectionQuery }
      return 'data' in json ? json.data : json
    })
    // GitHub's own schema: checking its thousands of types would cost more than the tests.
    schema = buildClientSchema(introspection, { assumeValid: true })
  }
  return schema
}

/** An error as GitHub puts it in `errors`. */
export interface GitHubGraphQLError {
  message: string
  type?: string
  path?: ReadonlyArray<string | number>
  locations?: ReadonlyArray<{ line: number; column: number }>
  extensions?: Record<string, unknown>
}

/** A document GitHub would run, or the errors it answers instead (with the violations to record). */
export type DocumentCheck =
  | { ok: true; document: DocumentNode; operation: OperationDefinitionNode }
  | { ok: false; errors: GitHubGraphQLError[]; problems: string[] }

/** GitHub's largest `first` or `last` on a connection. */
export const PAGE_LIMIT = 100

// Parsing and validating depend on the text only; the action sends the same few texts often.
const validated = new Map<string, DocumentNode | readonly GraphQLError[]>()

/** Checks a document with its variables as GitHub does before running it. */
export function checkDocument(
  query: string,
  variables: Record<string, unknown>,
  operationName: string | null = null
): DocumentCheck {
  const parsed = parseAndValidate(query)
  if (!('kind' in parsed)) {
    return {
      ok: false,
      errors: parsed.map((e) => ({ message: githubWording(e.message), ...located(e) })),
      problems: parsed.map((e) => e.message)
    }
  }
  const operation = getOperationAST(parsed, operationName)
  if (!operation) {
    const message = operationName
      ? `Unknown operation named "${operationName}".`
      : 'An operation name is required when a document holds more than one operation.'
    return { ok: false, errors: [{ message }], problems: [message] }
  }
  const variableErrors = coerceVariables(operation, variables)
  if (variableErrors.length > 0) {
    return { ok: false, errors: variableErrors, problems: variableErrors.map((e) => e.message) }
  }
  const coerced = getVariableValues(githubSchema(), operation.variableDefinitions ?? [], variables)
  const limits = paginationErrors(parsed, coerced.coerced ?? {})
  if (limits.length > 0) {
    return { ok: false, errors: limits, problems: limits.map((e) => e.message) }
  }
  return { ok: true, document: parsed, operation }
}

function parseAndValidate(query: string): DocumentNode | readonly GraphQLError[] {
  let known = validated.get(query)
  if (known === undefined) {
    try {
      const document = parse(query)
      const errors = validate(githubSchema(), document)
      known = errors.length > 0 ? errors : document
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error
      known = [error]
    }
    if (validated.size > 500) validated.clear()
    validated.set(query, known)
  }
  return known
}

function located(error: GraphQLError): Pick<GitHubGraphQLError, 'locations'> {
  return error.locations ? { locations: error.locations } : {}
}

/** graphql-ruby's sentence for the errors whose wording GitHub's users know; else graphql-js's. */
export function githubWording(message: string): string {
  let m = /^Variable "\$(\w+)" is never used(?: in operation "(\w+)")?\.$/.exec(message)
  if (m) return `Variable $${m[1]} is declared by ${m[2] ?? 'anonymous query'} but not used`
  m = /^Variable "\$(\w+)" is not defined(?: by operation "(\w+)")?\.$/.exec(message)
  if (m) return `Variable $${m[1]} is used by ${m[2] ?? 'anonymous query'} but not declared`
  m = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(message)
  if (m) return `Field '${m[1]}' doesn't exist on type '${m[2]}'`
  return message
}

// GitHub's answer to a variable that does not fit its type: one error per variable, the value
// and why in `extensions`.
function coerceVariables(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>
): GitHubGraphQLError[] {
  const errors: GitHubGraphQLError[] = []
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value
    const result = getVariableValues(githubSchema(), [definition], variables)
    if (!result.errors) continue
    const value = variables[name]
    const type = source(definition.type.loc)
    const missing = value === undefined || value === null
    errors.push({
      message: `Variable $${name} of type ${type} was provided invalid value`,
      locations: [location(definition.loc)],
      extensions: {
        value: value ?? null,
        problems: [
          {
            path: [],
            explanation: missing
              ? 'Expected value to not be null'
              : `Could not coerce value ${JSON.stringify(value)} to ${getNamedTypeName(type)}`
          }
        ]
      }
    })
  }
  return errors
}

function getNamedTypeName(type: string): string {
  return type.replace(/[[\]!]/g, '')
}

function source(loc: { start: number; end: number; source: { body: string } } | undefined): string {
  return loc ? loc.source.body.slice(loc.start, loc.end) : '?'
}

function location(loc: { startToken: { line: number; column: number } } | undefined): {
  line: number
  column: number
} {
  return loc ? { line: loc.startToken.line, column: loc.startToken.column } : { line: 1, column: 1 }
}

// GitHub's limits on connections: `first` or `last` is required, and neither may exceed 100.
function paginationErrors(
  document: DocumentNode,
  variables: Record<string, unknown>
): GitHubGraphQLError[] {
  const errors: GitHubGraphQLError[] = []
  const info = new TypeInfo(githubSchema())
  visit(
    document,
    visitWithTypeInfo(info, {
      Field(node) {
        const field = info.getFieldDef()
        const type = getNamedType(info.getType())
        if (!field || !type?.name.endsWith('Connection')) return
        if (!field.args.some((a) => a.name === 'first')) return
        let args: Record<string, unknown>
        try {
          args = getArgumentValues(field, node, variables)
        } catch {
          return // validation and coercion have spoken for it
        }
        const name = node.name.value
        const at = { locations: [location(node.loc)] }
        if (args.first == null && args.last == null) {
          errors.push({
            type: 'MISSING_PAGINATION_BOUNDARIES',
            message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
            ...at
          })
        }
        for (const bound of ['first', 'last'] as const) {
          const value = args[bound]
          if (typeof value === 'number' && value > PAGE_LIMIT) {
            errors.push({
              type: 'EXCESSIVE_PAGINATION',
              message: `Requesting ${value} records on the \`${name}\` connection exceeds the \`${bound}\` limit of ${PAGE_LIMIT} records.`,
              ...at
            })
          }
        }
      }
    })
  )
  return errors
}
