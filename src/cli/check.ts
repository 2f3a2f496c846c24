// `pr-scope check`: the checks of CONTRACT §2 that need no other pull request, on the local
// `git diff BASE...HEAD` (post-session verification).
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import {
  currentBranch,
  defaultBase,
  gitChangedFiles,
  GitError,
  repositoryRoot
} from '../git/diff.js'
import { scopeLists } from '../report/outputs.js'
import { checkScope } from '../scope/check.js'
import { parseScope } from '../scope/parse.js'
import { PatternList, validatePattern } from '../scope/patterns.js'
import { touchedPaths } from '../scope/touched.js'
import type { ParseResult, Scope, Verdict } from '../scope/types.js'
import { EXIT, type CliIO, type Command, type OptionValues } from './command.js'
import { findWorkOrderScope } from './default-scope.js'
import { formatScopeMessage, renderCheckReport } from './render-check.js'

/** The options of `pr-scope check`, after parsing. */
export interface CheckOptions {
  base?: string
  scope?: string
  json: boolean
  ignore: string[]
  warn: boolean
}

/** The environment variable that names the scope file when --scope is not given. */
export const SCOPE_FILE_ENV = 'PR_SCOPE_FILE'

/** The machine-readable result printed by `--json`. */
export interface CheckJson {
  result: Verdict['result']
  findings: Verdict['findings']
  outOfScopeFiles: string[]
  scope: {
    source: { kind: 'file'; path: string; ref: null }
    write: string[]
    read: string[]
    dependencies: string[]
    forbidden: string[]
  }
}

/** Something the user must fix before the check can run; the command exits 2 with it. */
type Step<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Step<T> => ({ ok: true, value })
const bad = (message: string): { ok: false; message: string } => ({ ok: false, message })

/** Reads the parsed option values into CheckOptions. */
export function checkOptions(values: OptionValues): CheckOptions {
  const { base, scope, ignore } = values
  return {
    ...(typeof base === 'string' ? { base } : {}),
    ...(typeof scope === 'string' ? { scope } : {}),
    json: values.json === true,
    ignore: Array.isArray(ignore) ? ignore : [],
    warn: values.warn === true
  }
}

/** The scope file's absolute path: --scope (relative to the current folder), $PR_SCOPE_FILE, or the branch's work order. */
async function locateScope(options: CheckOptions, root: string, io: CliIO): Promise<Step<string>> {
  if (options.scope !== undefined) return ok(resolve(io.cwd, options.scope))
  const fromEnv = io.env[SCOPE_FILE_ENV]
  if (fromEnv !== undefined && fromEnv !== '') return ok(resolve(io.cwd, fromEnv))
  const found = findWorkOrderScope(root, await currentBranch(root))
  return found.ok ? ok(join(root, found.path)) : bad(found.message)
}

async function readScopeFile(path: string, shown: string): Promise<Step<string>> {
  try {
    return ok(await readFile(path, 'utf8'))
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT')
      return bad(`scope file ${shown} not found: check the path or pass --scope FILE`)
    if (code === 'EISDIR')
      return bad(`scope file ${shown} is a folder: pass --scope with a Markdown file`)
    return bad(`scope file ${shown} cannot be read (${String(code)}): check its permissions`)
  }
}

function unusable(shown: string, errors: readonly string[]): string {
  return `the Session Scope in ${shown} cannot be used:\n  ${errors.join('\n  ')}\nFix the scope and run again.`
}

/** The scope, or a message listing every error the parser found in it. */
function readScope(parse: ParseResult, shown: string): Step<Scope> {
  if (parse.scope !== null) return ok(parse.scope)
  const errors = parse.messages.filter((m) => m.level === 'error')
  if (errors.length === 0) {
    return bad(
      `${shown} has no Session Scope block: add a "## Session Scope" section with a **Write set:** line, or pass --scope with the right file`
    )
  }
  return bad(
    unusable(
      shown,
      errors.map((m) => formatScopeMessage(shown, m))
    )
  )
}

function compileIgnore(globs: readonly string[]): Step<PatternList> {
  const problems = globs.flatMap((glob) => validatePattern(glob) ?? [])
  if (problems.length > 0) {
    return bad(`an --ignore pattern cannot be used:\n  ${problems.join('\n  ')}\nFix or drop it.`)
  }
  const entries = globs.map((text, i) => ({ text, line: i + 1 }))
  return ok(PatternList.compile(entries, '--ignore list').list)
}

// Repository paths use `/`; a scope file outside the repository keeps its absolute path.
function repositoryPath(root: string, path: string): string {
  const rel = relative(root, path)
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/')
}

/** The `--json` document. */
export function checkJson(verdict: Verdict, scope: Scope, scopePath: string): CheckJson {
  return {
    result: verdict.result,
    findings: verdict.findings,
    outOfScopeFiles: verdict.outOfScopeFiles,
    scope: {
      source: { kind: 'file', path: scopePath, ref: null },
      ...scopeLists(scope)
    }
  }
}

/** Runs `pr-scope check` and returns its exit status; all output goes through `io`. */
export async function runCheck(options: CheckOptions, io: CliIO): Promise<number> {
  const stop = (message: string): number => {
    io.stderr(`pr-scope check: ${message}\n`)
    return EXIT.usage
  }
  try {
    const ignore = compileIgnore(options.ignore)
    if (!ignore.ok) return stop(ignore.message)
    const root = await repositoryRoot(io.cwd)
    const located = await locateScope(options, root, io)
    if (!located.ok) return stop(located.message)
    const shown = relative(io.cwd, located.value) || located.value
    const text = await readScopeFile(located.value, shown)
    if (!text.ok) return stop(text.message)
    const parse = parseScope(text.value)
    const scope = readScope(parse, shown)
    if (!scope.ok) return stop(scope.message)

    const base =
      options.base === undefined
        ? await defaultBase(root)
        : { ref: options.base, label: options.base }
    const files = await gitChangedFiles({ cwd: root, base: base.ref })
    const verdict = checkScope({
      parse,
      files,
      ignore: ignore.value,
      levels: { outOfScope: options.warn ? 'warn' : 'fail', missingScope: 'fail' }
    })
    // A pattern that cannot be compiled is bad input, not a verdict.
    const broken = verdict.findings.filter((f) => f.check === 'scope-syntax' && f.level === 'error')
    if (broken.length > 0) {
      return stop(
        unusable(
          shown,
          broken.map((f) =>
            formatScopeMessage(shown, { ...f, line: f.scopeLine ?? scope.value.line })
          )
        )
      )
    }
    if (options.json) {
      const json = checkJson(verdict, scope.value, repositoryPath(root, located.value))
      io.stdout(JSON.stringify(json, null, 2) + '\n')
    } else {
      io.stdout(
        renderCheckReport({
          scopePath: shown,
          base: base.label,
          changedPaths: touchedPaths(files).length,
          verdict,
          dependencies: scope.value.dependencies.length
        })
      )
    }
    return verdict.result === 'fail' ? EXIT.fail : EXIT.pass
  } catch (error) {
    if (error instanceof GitError) return stop(error.message)
    throw error
  }
}

/** The `check` subcommand for the command table. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check the changes of this branch against a Session Scope (post-session verification).',
  synopsis: 'check [--base REF] [--scope FILE] [--json] [--ignore GLOB]... [--warn]',
  options: {
    base: {
      type: 'string',
      value: 'REF',
      description:
        'Compare HEAD with REF (git diff REF...HEAD). Default: the merge base with the upstream branch, else origin/HEAD, else main.'
    },
    scope: {
      type: 'string',
      value: 'FILE',
      description:
        'Markdown file holding the Session Scope: a work order or a saved PR description (relative to the current folder).'
    },
    json: {
      type: 'boolean',
      description: 'Print {result, findings, outOfScopeFiles, scope} as JSON.'
    },
    ignore: {
      type: 'string',
      multiple: true,
      value: 'GLOB',
      description: 'Paths that are always allowed, such as lock files.'
    },
    warn: { type: 'boolean', description: 'Report out-of-scope files as warnings: exit 0.' }
  },
  details: `Without --scope, the scope file is $${SCOPE_FILE_ENV}, else the one work-orders/**/*.md file whose
ID the current branch name contains (branch wo-fix-03-grapple -> work-orders/WO-FIX-03.md).
Runs from any folder of the repository; changed paths are relative to its top level.
Only committed changes count: commit the work first.

Exit status: 0 all changed files are in scope, 1 a failing finding, 2 bad usage or bad input
(missing or malformed scope file, bad pattern, unknown base ref).`,
  run: (values, _positionals, io) => runCheck(checkOptions(values), io)
}
