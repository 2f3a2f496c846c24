// OpenAPI 3.0 schemas as the stand-in reads them: rewritten into JSON Schema (nullable, $ref to
// components, keywords ajv does not know) and their refusals worded as GitHub words them.
import { describe, expect, it } from '@jest/globals'
import { extract } from '../../testing/openapi-index.js'
import { bodyProblems, compileBody } from '../../testing/openapi-schema.js'

// A made-up description in GitHub's style: one operation whose body uses what GitHub's do.
const DOCUMENT = {
  paths: {
    '/things/{thing_id}': {
      parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'integer' } }],
      patch: {
        operationId: 'things/update',
        externalDocs: { url: 'https://docs.github.com/rest/things#update' },
        parameters: [
          { $ref: '#/components/parameters/per-page' },
          { name: 'mode', in: 'query', schema: { type: 'string', enum: ['a', 'b'] } }
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string', example: 'x', 'x-github': { internal: true } },
                  note: { type: 'string', nullable: true, description: 'free text' },
                  link: { type: 'string', format: 'uri' },
                  colour: { type: 'string', format: 'rgb-hex' },
                  owner: { nullable: true, allOf: [{ $ref: '#/components/schemas/user' }] },
                  tree: { $ref: '#/components/schemas/node' },
                  value: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
                  level: { type: 'string', enum: ['low', 'high'] }
                }
              }
            }
          }
        }
      }
    }
  },
  components: {
    parameters: {
      'per-page': { name: 'per_page', in: 'query', schema: { type: 'integer', default: 30 } }
    },
    schemas: {
      user: {
        type: 'object',
        required: ['login'],
        properties: { login: { type: 'string' } }
      },
      node: {
        type: 'object',
        properties: { children: { type: 'array', items: { $ref: '#/components/schemas/node' } } }
      }
    }
  }
}

const index = extract(DOCUMENT as never)
const operation = index.operations['PATCH /things/{thing_id}']
const validate = compileBody(operation?.body?.schema, index.definitions)

describe('extract', () => {
  it('keeps parameters (per_page capped at 100, as GitHub caps it) and docs', () => {
    expect(operation).toMatchObject({
      operationId: 'things/update',
      docs: 'https://docs.github.com/rest/things#update',
      path: { thing_id: { type: 'integer' } },
      query: {
        per_page: { type: 'integer', minimum: 1, maximum: 100 },
        mode: { enum: ['a', 'b'] }
      },
      body: { required: true }
    })
    expect(Object.keys(index.operations)).toEqual(['PATCH /things/{thing_id}'])
  })
})

describe('bodies', () => {
  it.each([
    [{ name: 'x' }, []],
    [{ name: 'x', note: null, owner: null, value: 3, level: 'low' }, []],
    [{ name: 'x', owner: { login: 'octocat' }, tree: { children: [{ children: [] }] } }, []],
    [{ name: 'x', colour: 'not checked: an unknown format' }, []],
    [{}, ['"name" wasn\'t supplied.']],
    [{ name: null }, ["For 'properties/name', nil is not a string."]],
    [{ name: 'x', note: 5 }, ["For 'properties/note', 5 is not a string or null."]],
    [
      { name: 'x', level: 'mid' },
      ['For \'properties/level\', "mid" is not one of ["low", "high"].']
    ],
    [
      { name: 'x', link: 'not a url' },
      ['For \'properties/link\', "not a url" must match format "uri".']
    ],
    [{ name: 'x', owner: {} }, ['"login" wasn\'t supplied.']],
    [
      { name: 'x', tree: { children: [{ children: 'no' }] } },
      [
        'For \'properties/tree/properties/children/items/properties/children\', "no" is not an array.'
      ]
    ],
    [
      { name: 'x', value: true },
      [
        "For 'properties/value', true is not a string.",
        "For 'properties/value', true is not an integer.",
        "For 'properties/value', true must match exactly one schema in oneOf."
      ]
    ],
    [[], ["For 'root', [] is not an object."]]
  ])('%j', (body, problems) => {
    expect(bodyProblems(validate, body)).toEqual(problems)
  })
})
