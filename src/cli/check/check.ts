// `pr-scope check`: the checks of CONTRACT §2 that need no other pull request, on a local
// repository, predicting the action's verdict on the pull request the branch will become
// (CONTRACT §5): the base is the merge base with the default branch, the work orders and the
// settings are read at that base, and what is judged is what `git status` shows (or, with
// --committed, only the commits).
import { realpathSync } from 'node:fs'
import { isAbsolute, relative, sep } from 'node:path'
import { resolveBase, type Base } from '../../git/base.js'
import { currentBranch, gitChangedFiles, GitError, repositoryRoot } from '../../git/diff.js'
import { uncommittedChanges, untrackedFiles, workingTreeChanges } from '../../git/working-tree.js'
import { checkScope } from '../../scope/checks/scope.js'
import { PatternList } from '../../scope/glob/patterns.js'
import { touchedPaths } from '../../scope/checks/touched.js'
import type { ChangedFile } from '../../scope/types.js'
import { SETTINGS_PATH } from '../../settings/keys.js'
import { checkJson } from './json.js'
import { bodySource, findLocalScope, SCOPE_FILE_ENV, unusable, type LocalScope } from './scope.js'
import { checkSettings, readCheckSettings } from './settings.js'
import { EXIT, type CliIO, type Command, type OptionValues } from '../command.js'
import { gitWorkOrders } from './work-orders.js'
import { formatScopeMessage, renderCheckReport, terminalSafe, type ReportScope } from './render.js'
import type { Stop } from '../step.js'

export { SCOPE_FILE_ENV } from './scope.js'

/** The options of `pr-scope check`, after parsing. */
export interface CheckOptions {
  base?: string
  scope?: string
  committed: boolean
  json: boolean
  ignore: string[]
  warn: boolean
}

/** Reads the parsed option values into CheckOptions. */
export function checkOptions(values: OptionValues): CheckOptions {
  const { base, scope, ignore } = values
  return {
    ...(typeof base === 'string' ? { base } : {}),
    ...(typeof scope === 'string' ? { scope } : {}),
    committed: values.committed === true,
    json: values.json === true,
    ignore: Array.isArray(ignore) ? ignore : [],
    warn: values.warn === true
  }
}

/** Prints why the command stops (and, with --json, `{"errors": [...]}` on stdout); exit 2. */
export function stopCommand(
  io: CliIO,
  command: string,
  json: boolean,
  problem: Pick<Stop, 'message' | 'errors'>
): number {
  io.stderr(terminalSafe(`pr-scope ${command}: ${problem.message}\n`))
  if (json) io.stdout(`${JSON.stringify({ errors: problem.errors }, null, 2)}\n`)
  return EXIT.usage
}

/** Runs `pr-scope check` and returns its exit status; all output goes through `io`. */
export async function runCheck(options: CheckOptions, io: CliIO): Promise<number> {
  const halt = (problem: Pick<Stop, 'message' | 'errors'>): number =>
    stopCommand(io, 'check', options.json, problem)
  try {
    const root = await repositoryRoot(io.cwd)
    const base = await resolveBase(root, options.base)
    const baseName = `${base.ref} (${base.commit.slice(0, 12)})`
    const read = await readCheckSettings(root, base.commit, baseName)
    if (!read.ok) return halt(read)
    const settings = checkSettings(read.value, options)
    if (!settings.ok) return halt(settings)

    const untracked = options.committed ? [] : await untrackedFiles(root)
    const files = options.committed
      ? await gitChangedFiles({ cwd: root, base: base.commit })
      : await workingTreeChanges(root, base.commit, untracked)
    const branch = await currentBranch(root)
    const body = bodySource(options.scope, io)
    const found = await findLocalScope({
      io,
      body,
      branch,
      settings: settings.value,
      base,
      atBase: gitWorkOrders(root, base.commit, settings.value.workOrders),
      atHead: gitWorkOrders(root, 'HEAD', settings.value.workOrders)
    })
    if (!found.ok) return halt(found)
    const local = found.value

    // A scope file saved next to the work for this run, untracked, is not part of the work (a
    // committed one is: the pull request will hold it).
    const scopeFile = body.kind === 'file' ? repositoryPath(root, body.path) : null
    const savedForRun = scopeFile !== null && untracked.includes(scopeFile) ? scopeFile : null
    const judged = files.filter((f) => !(f.status === 'added' && f.path === savedForRun))
    const uncommitted = options.committed
      ? []
      : touchedPaths(await uncommittedChanges(root, untracked))
    const ignore = PatternList.compile(
      settings.value.ignore.map((text, i) => ({ text, line: i + 1 })),
      'ignore'
    ).list
    const verdict = checkScope({
      parse: local.parse,
      files: judged,
      ignore,
      levels: { outOfScope: settings.value.outOfScope, missingScope: settings.value.missingScope }
    })
    // A pattern that cannot be compiled is bad input, not a verdict.
    const broken = verdict.findings.filter((f) => f.check === 'scope-syntax' && f.level === 'error')
    if (broken.length > 0 && local.scope !== null) {
      const scopeLine = local.scope.line
      return halt(
        unusable(
          local.shown,
          broken.map((f) =>
            formatScopeMessage(local.shown, { ...f, line: f.scopeLine ?? scopeLine })
          )
        )
      )
    }
    const warnings = branchWarnings(judged, local, read.value.file, base)
    const mode = options.committed ? 'committed' : 'working-tree'
    const touched = touchedPaths(judged)
    const touchedSet = new Set(touched)
    const uncommittedJudged = uncommitted.filter((path) => touchedSet.has(path)).length
    if (options.json) {
      const json = checkJson({
        verdict,
        local,
        base,
        mode,
        files: judged,
        uncommitted,
        warnings,
        settings: settings.value
      })
      io.stdout(`${JSON.stringify(json, null, 2)}\n`)
    } else {
      io.stdout(
        renderCheckReport({
          scopePath: local.shown,
          scope: reportScope(local, settings.value.missingScope),
          base,
          mode,
          changedPaths: touched.length,
          uncommittedPaths: uncommittedJudged,
          settingsFile: read.value.file,
          warnings,
          verdict,
          dependencies: local.scope?.dependencies.length ?? 0
        })
      )
    }
    return verdict.result === 'fail' ? EXIT.fail : EXIT.pass
  } catch (error) {
    if (error instanceof GitError) return halt({ message: error.message, errors: [error.message] })
    throw error
  }
}

// The path of a file below the top level as git spells it (`/`-separated), else null.
function repositoryPath(root: string, path: string): string | null {
  let real = path
  try {
    real = realpathSync(path)
  } catch {
    // A file that does not exist was reported already.
  }
  const rel = relative(root, real)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : rel.split(sep).join('/')
}

function reportScope(local: LocalScope, missing: 'fail' | 'warn' | 'ignore'): ReportScope {
  if (local.scope === null) return { kind: 'none', level: missing === 'ignore' ? 'ignore' : 'warn' }
  if (local.source?.kind === 'work-order')
    return { kind: 'work-order', path: local.source.path ?? '' }
  return local.body.kind === 'stdin' ? { kind: 'stdin' } : { kind: 'file', shown: local.shown }
}

// CI reads the work order and the settings at the base: a branch that changes them gets the base's
// copies there, and here too, but it should hear about it.
function branchWarnings(
  files: readonly ChangedFile[],
  local: LocalScope,
  settingsFile: string | null,
  base: Base
): string[] {
  const touched = new Set(touchedPaths(files))
  const at = `${base.ref} (${base.commit.slice(0, 12)})`
  const warnings: string[] = []
  const order = local.source?.kind === 'work-order' ? local.source.path : null
  if (order !== null && touched.has(order)) {
    warnings.push(
      `work order ${order} is changed on this branch; the check uses its copy at ${at}, as the ` +
        'action will: merge the change to the work order first if the scope must change'
    )
  }
  if (touched.has(SETTINGS_PATH)) {
    warnings.push(
      `${SETTINGS_PATH} is changed on this branch; the check uses ${settingsFile === null ? 'the defaults (the base has no such file)' : `its copy at ${at}`}, as the action will`
    )
  }
  return warnings
}

/** The `check` subcommand for the command table. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check this branch against its Session Scope, as the pull request check will.',
  synopsis:
    'check [--base REF] [--scope FILE|-] [--committed] [--json] [--ignore GLOB]... [--warn]',
  options: {
    base: {
      type: 'string',
      value: 'REF',
      description:
        'Count changes from the merge base of HEAD and REF. Default: the default branch (origin/HEAD, else main, origin/main, master, origin/master).'
    },
    scope: {
      type: 'string',
      value: 'FILE',
      description:
        'The pull request body (or a work order) to read the Session Scope from; - reads standard input. Default: the work order the branch name names, read at the base.'
    },
    committed: {
      type: 'boolean',
      description:
        'Check only the commits (what a push sends), not staged, unstaged or untracked files.'
    },
    json: {
      type: 'boolean',
      description:
        'Print {result, base, mode, changedFiles, uncommittedPaths, findings, outOfScopeFiles, scope, warnings, settings} as JSON; on exit 2, {errors}.'
    },
    ignore: {
      type: 'string',
      multiple: true,
      value: 'GLOB',
      description:
        'Paths that are always allowed (added to those of .github/pr-scope.yml), such as lock files.'
    },
    warn: { type: 'boolean', description: 'Report out-of-scope files as warnings: exit 0.' }
  },
  details: `What is checked: by default what git status shows, the commits since the base plus staged,
unstaged and untracked (not ignored) files; the report says how many paths are not committed yet.
--committed checks only the commits.

The scope is found as the action finds a pull request's: --scope FILE (or $${SCOPE_FILE_ENV}) plays
the pull request body; without it, the branch name names the work order (wo-fix-03-grapple ->
WO-FIX-03), read from the base commit, never from the working tree. Settings come from
.github/pr-scope.yml at the base (scope-source, work-orders, ignore, out-of-scope, missing-scope).
Runs from any folder of the repository; paths are relative to its top level.

Exit status: 0 pass, 1 a failing finding, 2 bad usage or bad input (no scope, a scope or pattern
that cannot be used, an unknown base, a bad settings file); with --json, exit 2 prints {"errors"}.`,
  run: (values, _positionals, io) => runCheck(checkOptions(values), io)
}
