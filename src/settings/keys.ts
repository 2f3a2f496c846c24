// The settings that both the workflow inputs and `.github/pr-scope.yml` can give (CONTRACT §4):
// their names, allowed values and defaults, in one place for the action, the command line and
// the schema test. Pure data.

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

/** Where the settings file lives in the repository (read at the base commit). */
export const SETTINGS_PATH = '.github/pr-scope.yml'

/** The keys the settings file may hold: every input but `token`, `comment` and `comment-key`. */
export const SETTING_KEYS = [
  'scope-source',
  'work-orders',
  'ignore',
  'out-of-scope',
  'missing-scope',
  'overlap',
  'read-overlap',
  'dependencies',
  'include-drafts'
] as const

/** A key of the settings file (and the name of the input it stands for). */
export type SettingKey = (typeof SETTING_KEYS)[number]

/** Inputs that only a workflow may set: a token has no place in a repository file. */
export const WORKFLOW_ONLY = ['token', 'comment', 'comment-key'] as const

type Choice<K extends keyof typeof CHOICES> = (typeof CHOICES)[K][number]

/** What a settings file sets; a key it does not hold is absent. */
export interface Settings {
  scopeSource?: Choice<'scope-source'>
  workOrders?: string
  ignore?: string[]
  outOfScope?: Choice<'out-of-scope'>
  missingScope?: Choice<'missing-scope'>
  overlap?: Choice<'overlap'>
  readOverlap?: Choice<'read-overlap'>
  dependencies?: Choice<'dependencies'>
  includeDrafts?: boolean
}

/** The field of `Settings` (and of the action's `Inputs`) each key sets. */
export const SETTING_FIELDS = {
  'scope-source': 'scopeSource',
  'work-orders': 'workOrders',
  ignore: 'ignore',
  'out-of-scope': 'outOfScope',
  'missing-scope': 'missingScope',
  overlap: 'overlap',
  'read-overlap': 'readOverlap',
  dependencies: 'dependencies',
  'include-drafts': 'includeDrafts'
} as const satisfies Record<SettingKey, keyof Settings>

/** Splits a block of ignore globs as the `ignore` input is written: one a line, `#` lines skipped. */
export function ignoreLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
