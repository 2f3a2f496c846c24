// Every input of action.yml, read and validated in one place into one typed object. Nothing is
// read at import time: readInputs() runs when the action runs.
import * as core from '@actions/core'
import { PatternList, validatePattern } from './scope/patterns.js'

/** The inputs of the action (CONTRACT §4), validated. */
export interface Inputs {
  token: string
  scopeSource: 'auto' | 'body' | 'work-order'
  /** The glob of work-order files. */
  workOrders: string
  /** Globs of paths that every check ignores, one per line as written. */
  ignore: string[]
  outOfScope: 'fail' | 'warn'
  missingScope: 'fail' | 'warn' | 'ignore'
  overlap: 'fail' | 'warn' | 'off'
  readOverlap: 'warn' | 'off'
  dependencies: 'fail' | 'warn' | 'off'
  includeDrafts: boolean
  comment: 'always' | 'on-failure' | 'never'
  /** Tells this workflow job's comment apart from other jobs' comments on the same pull request. */
  commentKey: string
}

/** The inputs, or every problem with them (each names the input and what it accepts). */
export type InputsResult = { ok: true; inputs: Inputs } | { ok: false; errors: string[] }

/** The choices of each enumerated input; the first is the default. */
export const CHOICES = {
  'scope-source': ['auto', 'body', 'work-order'],
  'out-of-scope': ['fail', 'warn'],
  'missing-scope': ['fail', 'warn', 'ignore'],
  overlap: ['fail', 'warn', 'off'],
  'read-overlap': ['warn', 'off'],
  dependencies: ['fail', 'warn', 'off'],
  'include-drafts': ['true', 'false'],
  comment: ['always', 'on-failure', 'never']
} as const

/** The default glob of work-order files. */
export const DEFAULT_WORK_ORDERS = 'work-orders/**/*.md'

type Choice<K extends keyof typeof CHOICES> = (typeof CHOICES)[K][number]

/**
 * Reads every input. An input that is empty (not given, as when the action runs outside GitHub)
 * takes its default from action.yml; `comment-key` defaults to the workflow and job names.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): InputsResult {
  const errors: string[] = []
  const choice = <K extends keyof typeof CHOICES>(name: K): Choice<K> => {
    const allowed = CHOICES[name] as readonly string[]
    const value = core.getInput(name)
    if (value === '') return allowed[0] as Choice<K>
    // Case does not matter, as in GitHub's own boolean inputs (`True`, `FALSE`).
    const known = allowed.find((option) => option === value.toLowerCase())
    if (known !== undefined) return known as Choice<K>
    errors.push(invalid(name, value, `allowed values: ${allowed.join(', ')}`))
    return allowed[0] as Choice<K>
  }

  const token = core.getInput('token')
  if (token === '') {
    errors.push(
      'Input `token` is empty: pass a token that can read the pull request, e.g. `token: ${{ github.token }}` (the default).'
    )
  }

  const workOrders = core.getInput('work-orders') || DEFAULT_WORK_ORDERS
  const workOrdersError = validatePattern(workOrders)
  if (workOrdersError !== null) errors.push(invalid('work-orders', workOrders, workOrdersError))

  const ignore = core
    .getInput('ignore')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  for (const glob of ignore) {
    const problem = validatePattern(glob)
    if (problem !== null) errors.push(invalid('ignore', glob, problem))
  }

  const inputs: Inputs = {
    token,
    scopeSource: choice('scope-source'),
    workOrders,
    ignore,
    outOfScope: choice('out-of-scope'),
    missingScope: choice('missing-scope'),
    overlap: choice('overlap'),
    readOverlap: choice('read-overlap'),
    dependencies: choice('dependencies'),
    includeDrafts: choice('include-drafts') === 'true',
    comment: choice('comment'),
    commentKey: core.getInput('comment-key') || defaultCommentKey(env)
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs }
}

/** The `ignore` globs compiled once; readInputs has already refused any that cannot compile. */
export function ignoreList(globs: readonly string[]): PatternList {
  const { list, messages } = PatternList.compile(
    globs.map((text, i) => ({ text, line: i + 1 })),
    'ignore'
  )
  const errors = messages.filter((m) => m.level === 'error')
  if (errors.length > 0)
    throw new Error(`ignore globs passed validation but do not compile: ${errors[0]?.message}`)
  return list
}

/** The default `comment-key`: "workflow / job", from GITHUB_WORKFLOW and GITHUB_JOB. */
export function defaultCommentKey(env: NodeJS.ProcessEnv): string {
  const parts = [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== ''
  )
  return parts.length > 0 ? parts.map((part) => part.trim()).join(' / ') : 'pr-scope-check'
}

function invalid(name: string, value: string, why: string): string {
  return `Invalid value for input \`${name}\`: ${JSON.stringify(value)}; ${why}.`
}
