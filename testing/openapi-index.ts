// The parts of GitHub's published REST descriptions (@octokit/openapi) the stand-in judges by:
// every operation's path and query parameters and its JSON request body, the body already turned
// into JSON Schema. Read once per process.
//
// The package's index would load every description it ships (~400 MB of JSON), so the two files
// used here are read directly: api.github.com, and the oldest GitHub Enterprise Server the package
// describes (the README claims GHES support, so a route or parameter it lacks is a bug). Parsing
// them costs about 0.3 s of CPU, in every test file; the extract is a twentieth of their size, so
// it is made once per machine and cached (cache.ts).
import { readFileSync } from 'node:fs'
import { cachedExtract, NODE_MODULES } from './cache.js'
import { toJsonSchema } from './openapi-schema.js'

/** The descriptions every route and request is checked against, GitHub.com's first. */
export const DESCRIPTIONS = ['api.github.com', 'GHES 3.17'] as const

/** The name of a description, as messages say it. */
export type DescriptionName = (typeof DESCRIPTIONS)[number]

const FILES: Record<DescriptionName, string> = {
  'api.github.com': 'api.github.com.json',
  'GHES 3.17': 'ghes-3.17.json'
}

/** A parameter's schema, as far as a string from a URL can be checked against it. */
export interface ParameterSchema {
  type?: string
  enum?: unknown[]
  minimum?: number
  maximum?: number
}

/** One operation, as the stand-in reads it. */
export interface OperationEntry {
  operationId: string
  /** The page of GitHub's docs, as GitHub names it in `documentation_url`. */
  docs: string
  path: Record<string, ParameterSchema>
  query: Record<string, ParameterSchema>
  /** The JSON body as JSON Schema (draft-07; `$ref`s into `definitions`), or null for none. */
  body: { required: boolean; schema: unknown } | null
}

/** One description: `METHOD template` -> operation, and the schemas the bodies refer to. */
export interface DescriptionIndex {
  operations: Record<string, OperationEntry>
  definitions: Record<string, unknown>
}

/** GitHub's largest page, which its description states only in prose. */
export const PER_PAGE_MAX = 100

let indexes: Record<DescriptionName, DescriptionIndex> | null = null

/** The extracts of both descriptions, made once per machine (see cache.ts). */
export function descriptionIndexes(): Record<DescriptionName, DescriptionIndex> {
  indexes ??= cachedExtract(
    'openapi',
    '@octokit/openapi',
    ['openapi-index.ts', 'openapi-schema.ts'],
    () =>
      Object.fromEntries(DESCRIPTIONS.map((name) => [name, extract(read(name))])) as Record<
        DescriptionName,
        DescriptionIndex
      >
  )
  return indexes
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>
}

function read(name: DescriptionName): OpenApiDocument {
  const file = new URL(`@octokit/openapi/generated/${FILES[name]}`, NODE_MODULES)
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
}

interface RawParameter {
  name: string
  in: string
  schema?: ParameterSchema
}

interface RawOperation {
  operationId?: string
  externalDocs?: { url?: string }
  parameters?: unknown[]
  requestBody?: unknown
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch']

/** The extract of one description. */
export function extract(document: OpenApiDocument): DescriptionIndex {
  const resolve = (node: unknown): unknown => {
    let current = node
    for (let hops = 0; hops < 16; hops++) {
      const ref = (current as { $ref?: unknown } | null)?.$ref
      if (typeof ref !== 'string') return current
      current = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], document)
    }
    throw new Error('a $ref chain of the REST description does not end')
  }
  const operations: Record<string, OperationEntry> = {}
  const definitions: Record<string, unknown> = {}
  for (const [template, item] of Object.entries(document.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? []
    for (const method of METHODS) {
      const raw = item[method] as RawOperation | undefined
      if (!raw) continue
      const key = `${method.toUpperCase()} ${template}`
      const entry: OperationEntry = {
        operationId: raw.operationId ?? key,
        docs: raw.externalDocs?.url ?? 'https://docs.github.com/rest',
        path: {},
        query: {},
        body: null
      }
      for (const p of [...shared, ...(raw.parameters ?? [])]) {
        const parameter = resolve(p) as RawParameter
        if (parameter.in !== 'path' && parameter.in !== 'query') continue
        entry[parameter.in][parameter.name] = parameterSchema(
          parameter.name,
          resolve(parameter.schema) as ParameterSchema | undefined
        )
      }
      const requestBody = resolve(raw.requestBody) as
        { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined
      const schema = requestBody?.content?.['application/json']?.schema
      if (requestBody && schema !== undefined) {
        entry.body = {
          required: requestBody.required === true,
          schema: toJsonSchema(schema, resolve, definitions)
        }
      }
      operations[key] = entry
    }
  }
  return { operations, definitions }
}

// What a URL value can be checked against; `per_page` gets GitHub's cap, which the description
// gives only in words.
function parameterSchema(name: string, given: ParameterSchema | undefined): ParameterSchema {
  const schema: ParameterSchema = {}
  if (given?.type !== undefined) schema.type = given.type
  if (given?.enum !== undefined) schema.enum = given.enum
  if (given?.minimum !== undefined) schema.minimum = given.minimum
  if (given?.maximum !== undefined) schema.maximum = given.maximum
  if (name === 'per_page') {
    schema.minimum ??= 1
    schema.maximum ??= PER_PAGE_MAX
  }
  if (name === 'page') schema.minimum ??= 1
  return schema
}
