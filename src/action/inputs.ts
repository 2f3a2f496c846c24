// Every input of action.yml, read and validated in one place into one typed object. Nothing is
// read at import time: readInputs() runs when the action runs.
import * as core from '@actions/core'
import type { Log } from '../github/client/client.js'
import type { GraphQLEndpoint } from '../github/client/graphql.js'
import { failure, ok, type Result } from '../scope/result.js'
import { readSettingsFile, type SettingsRef } from '../github/settings.js'
import { PatternList, validatePattern } from '../scope/glob/patterns.js'
import {
  CHOICES,
  DEFAULT_WORK_ORDERS,
  ignoreLines,
  SETTING_FIELDS,
  SETTING_KEYS,
  SETTINGS_PATH,
  type SettingKey,
  type Settings
} from '../settings/keys.js'
import { formatSettingsProblems, parseSettings } from '../settings/parse.js'

export { CHOICES, DEFAULT_WORK_ORDERS }

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

/**
 * The inputs, or every problem with them (each names the input and what it accepts). `given`
 * holds the inputs the workflow set, which `.github/pr-scope.yml` may not override.
 */
export type InputsResult =
  { ok: true; inputs: Inputs; given: ReadonlySet<SettingKey> } | { ok: false; errors: string[] }

type Choice<K extends keyof typeof CHOICES> = (typeof CHOICES)[K][number]

/**
 * Reads every input. An input that is empty (not given: action.yml declares no default for those
 * the settings file may set) takes its default; `comment-key` defaults to the workflow and job
 * names. The settings file is applied afterwards (withSettings), over the defaults only.
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

  const ignore = ignoreLines(core.getInput('ignore'))
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
  if (errors.length > 0) return { ok: false, errors }
  const given = new Set(SETTING_KEYS.filter((name) => core.getInput(name) !== ''))
  return { ok: true, inputs, given }
}

/**
 * The inputs with a settings file applied: each key the file sets replaces the default of an
 * input the workflow did not set (CONTRACT §4: workflow over file, file over default).
 */
export function withSettings(
  inputs: Inputs,
  given: ReadonlySet<SettingKey>,
  settings: Settings
): Inputs {
  const merged: Record<string, unknown> = { ...inputs }
  for (const key of SETTING_KEYS) {
    const field = SETTING_FIELDS[key]
    if (!given.has(key) && settings[field] !== undefined) merged[field] = settings[field]
  }
  return merged as unknown as Inputs
}

/**
 * The inputs with `.github/pr-scope.yml` at `ref` applied (workflow over file, file over default),
 * or an error naming the file, each bad line and the allowed values. Logs which keys came from it.
 */
export async function inputsWithSettings(
  endpoint: GraphQLEndpoint,
  ref: SettingsRef,
  inputs: Inputs,
  given: ReadonlySet<SettingKey>,
  log: Pick<Log, 'info'>
): Promise<Result<Inputs>> {
  const text = await readSettingsFile(endpoint, ref)
  if (!text.ok) return text
  const at = ref.sha.length === 40 ? ref.sha.slice(0, 12) : ref.sha
  if (text.value === null) {
    log.info(`No ${SETTINGS_PATH} at ${at}: the workflow's inputs and the defaults apply`)
    return ok(inputs)
  }
  const parsed = parseSettings(text.value)
  if (!parsed.ok) {
    return failure(
      `The settings file ${SETTINGS_PATH} at ${at} cannot be used:\n` +
        formatSettingsProblems(SETTINGS_PATH, parsed.problems)
          .map((line) => `  ${line}`)
          .join('\n') +
        `\nFix it on the base branch: the file is read from there, so a pull request cannot change its own settings.`
    )
  }
  const applied = parsed.keys.filter((key) => !given.has(key))
  const overridden = parsed.keys.filter((key) => given.has(key))
  log.info(
    `Settings from ${SETTINGS_PATH} at ${at}: ${applied.length > 0 ? applied.join(', ') : 'none applied'}` +
      (overridden.length > 0 ? ` (set in the workflow instead: ${overridden.join(', ')})` : '')
  )
  return ok(withSettings(inputs, given, parsed.settings))
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
