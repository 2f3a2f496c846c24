// GitHub's published REST descriptions as the judge of what the stand-in accepts: a route exists
// only if the descriptions have it (GitHub.com's and GHES 3.17's, see openapi-index.ts), and a
// request's path parameters, query parameters and JSON body must fit the operation's declaration.
// What does not is answered as GitHub answers it.
import {
  DESCRIPTIONS,
  descriptionIndexes,
  PER_PAGE_MAX,
  type DescriptionName,
  type OperationEntry,
  type ParameterSchema
} from './openapi-index.js'
import { bodyProblems, compileBody, type BodyValidator } from './openapi-schema.js'

export type { ParameterSchema } from './openapi-index.js'

/** What a request did wrong, and what GitHub answers to it. */
export interface Refusal {
  /** The line recorded in `server.violations` (after `METHOD path: `). */
  problem: string
  status: number
  body: Record<string, unknown>
}

function operation(name: DescriptionName, key: string): OperationEntry | undefined {
  const { operations } = descriptionIndexes()[name]
  return Object.hasOwn(operations, key) ? operations[key] : undefined
}

/** Throws unless every description has the route: the stand-in may never invent an endpoint. */
export function assertDescribed(method: string, template: string, query: readonly string[]): void {
  for (const name of DESCRIPTIONS) {
    const found = operation(name, `${method} ${template}`)
    if (!found) {
      throw new Error(
        `${method} ${template} is not in GitHub's REST description (${name}): the stand-in ` +
          'serves only endpoints GitHub has' +
          (name === 'api.github.com'
            ? ''
            : ', and the README claims GitHub Enterprise Server support')
      )
    }
    for (const parameter of query) {
      if (!Object.hasOwn(found.query, parameter)) {
        throw new Error(
          `${method} ${template} has no query parameter ${parameter} in GitHub's REST description (${name})`
        )
      }
    }
  }
}

/** Whether GitHub.com's description declares the query parameter on the route. */
export function declaresQuery(method: string, template: string, name: string): boolean {
  const found = operation('api.github.com', `${method} ${template}`)
  return found !== undefined && Object.hasOwn(found.query, name)
}

let templates: Array<{ template: string; pattern: RegExp }> | null = null

/** The template of a route some description has for the request, for the message of a 404. */
export function describedRoute(method: string, path: string): string | null {
  templates ??= [
    ...new Set(
      DESCRIPTIONS.flatMap((name) =>
        Object.keys(descriptionIndexes()[name].operations).map((key) => key.split(' ')[1] as string)
      )
    )
  ].map((template) => ({ template, pattern: templatePattern(template).pattern }))
  for (const { template, pattern } of templates) {
    if (!pattern.test(path)) continue
    if (DESCRIPTIONS.some((name) => operation(name, `${method} ${template}`))) return template
  }
  return null
}

/**
 * The refusals of one request to a described route: path parameters that do not fit (GitHub
 * routes nothing there: 404), query values that do not fit (422), a body that does not validate
 * (422). Two mistakes GitHub answers without refusing have status 200: a query parameter the
 * operation does not declare (GitHub ignores it, so a misspelt one silently does nothing), and
 * `per_page` over 100 (GitHub serves 100, which a client that asked for more will misread).
 */
export function checkRequest(request: {
  method: string
  template: string
  params: Record<string, string>
  query: URLSearchParams
  body: { present: boolean; value: unknown }
}): Refusal[] {
  const refusals: Refusal[] = []
  const seen = new Set<string>()
  for (const name of DESCRIPTIONS) {
    const found = operation(name, `${request.method} ${request.template}`)
    if (!found) continue
    const where = name === 'api.github.com' ? '' : ` (${name})`
    for (const refusal of operationRefusals(name, found, request)) {
      // The same mistake is usually wrong in both descriptions: say it once.
      if (seen.has(refusal.problem)) continue
      seen.add(refusal.problem)
      refusals.push({ ...refusal, problem: `${refusal.problem}${where}` })
    }
  }
  return refusals
}

function operationRefusals(
  description: DescriptionName,
  operation: OperationEntry,
  request: Parameters<typeof checkRequest>[0]
): Refusal[] {
  const refusals: Refusal[] = []
  for (const [name, value] of Object.entries(request.params)) {
    const schema = Object.hasOwn(operation.path, name) ? operation.path[name] : undefined
    const problem = schema ? valueProblem(value, schema) : 'is not a path parameter'
    if (problem !== null) {
      refusals.push({
        problem: `path parameter ${name}=${JSON.stringify(value)} ${problem}`,
        status: 404,
        body: { message: 'Not Found', documentation_url: operation.docs, status: '404' }
      })
    }
  }
  for (const name of new Set(request.query.keys())) {
    const schema = Object.hasOwn(operation.query, name) ? operation.query[name] : undefined
    const value = request.query.get(name) as string
    if (!schema) {
      refusals.push({
        problem: `unknown query parameter ${name} (GitHub ignores it)`,
        status: 200,
        body: {}
      })
      continue
    }
    const problem = valueProblem(value, schema)
    if (problem === null) continue
    const capped = name === 'per_page'
    refusals.push({
      problem: capped
        ? `per_page=${value} ${problem} (GitHub caps it at ${PER_PAGE_MAX} and serves that)`
        : `query parameter ${name}=${JSON.stringify(value)} ${problem}`,
      status: capped ? 200 : 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: operation.operationId, field: name, value, code: 'invalid' }],
        documentation_url: operation.docs,
        status: '422'
      }
    })
  }
  if (operation.body && (request.body.present || operation.body.required)) {
    const messages = request.body.present
      ? bodyProblems(validator(description, request), request.body.value)
      : // What GitHub says to a POST without a body where one is required.
        ["For 'links/0/schema', nil is not an object."]
    if (messages.length > 0) {
      refusals.push({
        problem: `body does not match: ${messages.join(' ')}`,
        status: 422,
        body: {
          message: `Invalid request.\n${messages.map((m) => `\n${m}`).join('')}`,
          documentation_url: operation.docs,
          status: '422'
        }
      })
    }
  }
  return refusals
}

/** Why a URL string does not fit a parameter's schema, or null when it does. */
export function valueProblem(value: string, schema: ParameterSchema): string | null {
  let parsed: unknown = value
  if (schema.type === 'integer' || schema.type === 'number') {
    const pattern = schema.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/
    if (!pattern.test(value))
      return `is not ${schema.type === 'integer' ? 'an integer' : 'a number'}`
    parsed = Number(value)
  } else if (schema.type === 'boolean') {
    if (value !== 'true' && value !== 'false') return 'is not true or false'
    parsed = value === 'true'
  }
  if (schema.enum && !schema.enum.includes(parsed)) {
    return `is not one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`
  }
  if (typeof parsed === 'number') {
    if (schema.minimum !== undefined && parsed < schema.minimum) {
      return `is less than ${schema.minimum}`
    }
    if (schema.maximum !== undefined && parsed > schema.maximum) {
      return `is over ${schema.maximum}`
    }
  }
  return null
}

/** The regular expression of a template: `{name}` stands for a non-empty run without `/`. */
export function templatePattern(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = []
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part)
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(m[1] as string)
      return '([^/]+?)'
    })
    .join('')
  return { pattern: new RegExp(`^${source}$`), names }
}

const validators = new Map<string, BodyValidator>()

// Compiled on first use: a test file sends bodies to a few operations, if any.
function validator(
  description: DescriptionName,
  request: { method: string; template: string }
): BodyValidator {
  const key = `${request.method} ${request.template}`
  let compiled = validators.get(`${description} ${key}`)
  if (!compiled) {
    const index = descriptionIndexes()[description]
    compiled = compileBody(index.operations[key]?.body?.schema ?? {}, index.definitions)
    validators.set(`${description} ${key}`, compiled)
  }
  return compiled
}
