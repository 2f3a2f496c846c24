import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CHOICES,
  DEFAULT_WORK_ORDERS,
  defaultCommentKey,
  readInputs,
  withSettings,
  type Inputs
} from '../../src/action/inputs.js'

// @actions/core reads inputs from INPUT_<NAME> variables, as the runner sets them.
const saved = { ...process.env }

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
}

function read(inputs: Record<string, string>): Inputs {
  setInputs({ token: 'ghs_x', ...inputs })
  const result = readInputs()
  if (!result.ok) throw new Error(`unexpected input errors: ${result.errors.join('; ')}`)
  return result.inputs
}

function errorsOf(inputs: Record<string, string>): string[] {
  setInputs({ token: 'ghs_x', ...inputs })
  const result = readInputs()
  return result.ok ? [] : result.errors
}

beforeEach(() => {
  process.env.GITHUB_WORKFLOW = 'Scope'
  process.env.GITHUB_JOB = 'check'
})

afterEach(() => {
  process.env = { ...saved }
})

describe('readInputs', () => {
  it('gives every default when only the token is set (as outside GitHub)', () => {
    expect(read({})).toEqual({
      token: 'ghs_x',
      scopeSource: 'auto',
      workOrders: DEFAULT_WORK_ORDERS,
      ignore: [],
      outOfScope: 'fail',
      missingScope: 'fail',
      overlap: 'fail',
      readOverlap: 'warn',
      dependencies: 'fail',
      includeDrafts: true,
      comment: 'always',
      commentKey: 'Scope / check'
    })
  })

  it.each([
    ['scope-source', 'body', { scopeSource: 'body' }],
    ['scope-source', 'work-order', { scopeSource: 'work-order' }],
    ['out-of-scope', 'warn', { outOfScope: 'warn' }],
    ['missing-scope', 'ignore', { missingScope: 'ignore' }],
    ['missing-scope', 'warn', { missingScope: 'warn' }],
    ['overlap', 'off', { overlap: 'off' }],
    ['read-overlap', 'off', { readOverlap: 'off' }],
    ['dependencies', 'warn', { dependencies: 'warn' }],
    ['include-drafts', 'false', { includeDrafts: false }],
    ['include-drafts', 'true', { includeDrafts: true }],
    ['include-drafts', 'False', { includeDrafts: false }],
    ['include-drafts', 'TRUE', { includeDrafts: true }],
    ['overlap', 'Warn', { overlap: 'warn' }],
    ['comment', 'on-failure', { comment: 'on-failure' }],
    ['comment', 'never', { comment: 'never' }],
    ['comment-key', 'nightly', { commentKey: 'nightly' }],
    ['work-orders', 'docs/wo/*.md', { workOrders: 'docs/wo/*.md' }],
    ['scope-source', '  body  ', { scopeSource: 'body' }]
  ])('reads %s: %j', (name, value, expected) => {
    expect(read({ [name]: value })).toMatchObject(expected)
  })

  it.each(
    Object.entries(CHOICES).flatMap(([name, allowed]) =>
      ['maybe', `${allowed[0]}s`, 'yes'].map((bad) => [name, bad, allowed] as const)
    )
  )('refuses %s: %j, naming the input and every allowed value', (name, bad, allowed) => {
    const errors = errorsOf({ [name]: bad })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`\`${name}\``)
    expect(errors[0]).toContain(JSON.stringify(bad))
    for (const value of allowed) expect(errors[0]).toContain(value)
  })

  it.each(Object.entries(CHOICES))(
    'reads %s in any case, as GitHub reads booleans',
    (name, allowed) => {
      for (const value of allowed) {
        expect(errorsOf({ [name]: value.toUpperCase() })).toEqual([])
      }
    }
  )

  it('reads ignore as one glob per line, skipping blank and # lines', () => {
    expect(
      read({ ignore: 'package-lock.json\n\n  # generated\n**/*.snap  \r\ndocs/**' }).ignore
    ).toEqual(['package-lock.json', '**/*.snap', 'docs/**'])
  })

  it('refuses an ignore glob that cannot be used, naming it', () => {
    const errors = errorsOf({ ignore: 'ok/**\n' + 'a/'.repeat(200) + '*' })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('`ignore`')
    expect(errors[0]).toContain('a/a/a/')
  })

  it('refuses a brace range that would take unbounded work', () => {
    const errors = errorsOf({ ignore: 'src/{1..5000}.ts' })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('src/{1..5000}.ts')
  })

  it('refuses an empty token', () => {
    setInputs({ token: '' })
    const result = readInputs()
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toContain('`token`')
  })

  it('collects every problem at once', () => {
    expect(errorsOf({ overlap: 'x', comment: 'y', 'include-drafts': 'no' })).toHaveLength(3)
  })
})

describe('inputs and the settings file', () => {
  function givenOf(inputs: Record<string, string>): string[] {
    setInputs({ token: 'ghs_x', ...inputs })
    const result = readInputs()
    return result.ok ? [...result.given].sort() : []
  }

  it('knows which inputs the workflow set (an empty one is not set)', () => {
    expect(givenOf({})).toEqual([])
    expect(
      givenOf({ overlap: 'warn', ignore: '*.lock', comment: 'never', 'scope-source': '' })
    ).toEqual(['ignore', 'overlap'])
  })

  it('lets the file replace defaults, never an input the workflow set', () => {
    setInputs({ token: 'ghs_x', overlap: 'fail', ignore: 'a.lock' })
    const result = readInputs()
    if (!result.ok) throw new Error(result.errors.join('; '))
    const merged = withSettings(result.inputs, result.given, {
      overlap: 'off',
      ignore: ['b.lock'],
      outOfScope: 'warn',
      includeDrafts: false,
      workOrders: 'orders/*.md'
    })
    expect(merged).toEqual({
      ...result.inputs,
      overlap: 'fail',
      ignore: ['a.lock'],
      outOfScope: 'warn',
      includeDrafts: false,
      workOrders: 'orders/*.md'
    })
  })

  it('changes nothing with an empty file', () => {
    const inputs = read({ 'read-overlap': 'off' })
    expect(withSettings(inputs, new Set(), {})).toEqual(inputs)
  })
})

describe('defaultCommentKey', () => {
  it.each([
    [{ GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'scope' }, 'CI / scope'],
    [{ GITHUB_WORKFLOW: 'CI' }, 'CI'],
    [{ GITHUB_JOB: 'scope' }, 'scope'],
    [{}, 'pr-scope-check']
  ])('%j -> %s', (env, key) => {
    expect(defaultCommentKey(env)).toBe(key)
  })
})
