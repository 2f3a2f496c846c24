// The settings `pr-scope check` runs with: `.github/pr-scope.yml` read at the base commit, as the
// action reads it (CONTRACT §4), then the command's own options: --ignore adds globs to the
// file's, --warn lowers out-of-scope failures to warnings.
import { readFileAt } from '../../git/tree.js'
import { validatePattern } from '../../scope/glob/patterns.js'
import {
  CHOICES,
  DEFAULT_WORK_ORDERS,
  SETTINGS_PATH,
  type SettingKey,
  type Settings
} from '../../settings/keys.js'
import { formatSettingsProblems, parseSettings } from '../../settings/parse.js'
import { ok, stop, type Step } from '../step.js'

/** What the check runs with, and where each part came from. */
export interface CheckSettings {
  scopeSource: (typeof CHOICES)['scope-source'][number]
  workOrders: string
  /** The file's globs, then the --ignore ones. */
  ignore: string[]
  outOfScope: (typeof CHOICES)['out-of-scope'][number]
  missingScope: (typeof CHOICES)['missing-scope'][number]
  /** `.github/pr-scope.yml` when the base holds it, else null (defaults). */
  file: string | null
  /** The keys the file set. */
  keys: SettingKey[]
}

/** Reads the settings file at `commit`; a file that cannot be used stops the check (exit 2). */
export async function readCheckSettings(
  root: string,
  commit: string,
  baseName: string
): Promise<Step<{ file: string | null; settings: Settings; keys: SettingKey[] }>> {
  const text = await readFileAt(root, commit, SETTINGS_PATH)
  if (text === undefined) return ok({ file: null, settings: {}, keys: [] })
  if (text === null) {
    return stop(
      `${SETTINGS_PATH} at ${baseName} cannot be read as text (binary, or over 1 MiB): keep it a few lines of YAML`
    )
  }
  const parsed = parseSettings(text)
  if (!parsed.ok) {
    const lines = formatSettingsProblems(SETTINGS_PATH, parsed.problems)
    return stop(
      `the settings file ${SETTINGS_PATH} at ${baseName} cannot be used:\n  ${lines.join('\n  ')}\n` +
        `Fix it on ${baseName}: the action reads it from the base branch too.`,
      lines
    )
  }
  return ok({ file: SETTINGS_PATH, settings: parsed.settings, keys: parsed.keys })
}

/** The settings with the command's options applied; --ignore globs are validated here. */
export function checkSettings(
  read: { file: string | null; settings: Settings; keys: SettingKey[] },
  options: { ignore: readonly string[]; warn: boolean }
): Step<CheckSettings> {
  const problems = options.ignore.flatMap((glob) => validatePattern(glob) ?? [])
  if (problems.length > 0) {
    return stop(
      `an --ignore pattern cannot be used:\n  ${problems.join('\n  ')}\nFix or drop it.`,
      problems
    )
  }
  const { settings } = read
  return ok({
    scopeSource: settings.scopeSource ?? CHOICES['scope-source'][0],
    workOrders: settings.workOrders ?? DEFAULT_WORK_ORDERS,
    ignore: [...(settings.ignore ?? []), ...options.ignore],
    outOfScope: options.warn ? 'warn' : (settings.outOfScope ?? CHOICES['out-of-scope'][0]),
    missingScope: settings.missingScope ?? CHOICES['missing-scope'][0],
    file: read.file,
    keys: read.keys
  })
}
