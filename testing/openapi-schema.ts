// Request bodies checked against the OpenAPI 3.0 schemas of GitHub's REST description, with ajv.
// OpenAPI 3.0 is not JSON Schema: `nullable` is its own keyword, `$ref`s point into the
// document's components, and it carries keywords ajv does not know (`example`, `x-github`...).
// So each schema is rewritten into JSON Schema draft-07 first, its components as `definitions`.
// Refusals are worded as GitHub words them ("For 'properties/state', "ok" is not one of [...].").
// The conversion runs once per machine (openapi-index.ts caches its result); compiling, once per
// process for each operation that receives a body.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'

/** A compiled body schema. */
export type BodyValidator = ValidateFunction

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true })
// The formats GitHub's request bodies use; others are left unchecked rather than guessed.
ajv.addFormat('uri', (text: string) => URL.canParse(text))
ajv.addFormat('date-time', (text: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(text)
)
ajv.addFormat('date', (text: string) => /^\d{4}-\d\d-\d\d$/.test(text))
ajv.addFormat('email', (text: string) => /^[^@\s]+@[^@\s]+$/.test(text))
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) })
const FORMATS = new Set(['uri', 'date-time', 'date', 'email', 'int64'])

// Keywords of OpenAPI 3.0 that say nothing about validity (or that ajv would misread).
const DROPPED = new Set([
  'nullable',
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
  'description',
  'title'
])

/**
 * An OpenAPI 3.0 schema as JSON Schema draft-07: each component it refers to (`resolve` follows a
 * `$ref` within the description) is converted once into `definitions`, and referred to there.
 */
export function toJsonSchema(
  node: unknown,
  resolve: (node: unknown) => unknown,
  definitions: Record<string, unknown>
): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, resolve, definitions))
  if (node === null || typeof node !== 'object') return node
  const ref = (node as { $ref?: unknown }).$ref
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() as string
    if (!(name in definitions)) {
      definitions[name] = true // a placeholder, so that a recursive schema ends
      definitions[name] = toJsonSchema(resolve(node), resolve, definitions)
    }
    return { $ref: `#/definitions/${name}` }
  }
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue
    if (key === 'format' && !FORMATS.has(value as string)) continue
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [
          k,
          toJsonSchema(v, resolve, definitions)
        ])
      )
    } else if (key === 'enum' || key === 'required' || key === 'default') {
      out[key] = value
    } else {
      out[key] = toJsonSchema(value, resolve, definitions)
    }
  }
  if ((node as { nullable?: unknown }).nullable !== true) return out
  if (typeof out.type === 'string' && !('enum' in out)) return { ...out, type: [out.type, 'null'] }
  return { anyOf: [out, { type: 'null' }] }
}

/** Compiles a body schema from toJsonSchema with the definitions it reaches (and no others). */
export function compileBody(schema: unknown, definitions: Record<string, unknown>): BodyValidator {
  const reached: Record<string, unknown> = {}
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return
    const ref = (node as { $ref?: unknown }).$ref
    if (typeof ref === 'string') {
      const name = ref.slice('#/definitions/'.length)
      if (name in reached) return
      reached[name] = definitions[name]
      walk(definitions[name])
      return
    }
    for (const value of Object.values(node)) walk(value)
  }
  walk(schema)
  return ajv.compile({ ...(schema as Record<string, unknown>), definitions: reached })
}

/** GitHub's sentences for what is wrong with a body; none when it validates. */
export function bodyProblems(validate: BodyValidator, body: unknown): string[] {
  if (validate(body)) return []
  // A nullable schema became `anyOf: [schema, {type: null}]`: its "is not null" branch and the
  // anyOf itself say less than what is wrong with the value inside.
  const errors = (validate.errors ?? []).filter(
    (e) => !(e.keyword === 'type' && e.params.type === 'null')
  )
  const kept = errors.filter(
    (e) =>
      e.keyword !== 'anyOf' ||
      !errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath))
  )
  return [...new Set(kept.map((e) => sentence(e, body)))]
}

function sentence(error: ErrorObject, body: unknown): string {
  const where = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? 'items' : `properties/${part}`))
    .join('/')
  const value = valueAt(body, error.instancePath)
  const at = (text: string): string => `For '${where || 'root'}', ${text}.`
  switch (error.keyword) {
    case 'required':
      return `"${String(error.params.missingProperty)}" wasn't supplied.`
    case 'type': {
      const types = String(error.params.type).split(',').map(article)
      return at(`${ruby(value)} is not ${types.join(' or ')}`)
    }
    case 'enum':
      return at(
        `${ruby(value)} is not one of [${(error.params.allowedValues as unknown[])
          .map((v) => JSON.stringify(v))
          .join(', ')}]`
      )
    default:
      return at(`${ruby(value)} ${error.message ?? 'is not valid'}`)
  }
}

function article(type: string): string {
  return type === 'null' ? 'null' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

/** A value as GitHub's (Ruby) messages print it. */
function ruby(value: unknown): string {
  if (value === null || value === undefined) return 'nil'
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) {
    return '{}'
  }
  return JSON.stringify(value)
}

function valueAt(body: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], body)
}
