// Reads `.github/pr-scope.yml` (CONTRACT §4): YAML parsed with `yaml` (which keeps every node's
// place, so each problem names its line), validated against the JSON schema shipped as
// docs/pr-scope.schema.json (Ajv), then the globs checked as the inputs' are. Pure: the text comes
// in, settings or located problems go out; the action and the command line read the file.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import schema from '../../docs/pr-scope.schema.json' with { type: 'json' }
import { validatePattern } from '../scope/glob/patterns.js'
import {
  ignoreLines,
  SETTING_FIELDS,
  SETTING_KEYS,
  WORKFLOW_ONLY,
  type SettingKey,
  type Settings
} from './keys.js'
import { suggest } from './suggest.js'

/** One problem in the file, at a 1-based line (and column, for YAML syntax). */
export interface SettingsProblem {
  line: number
  column?: number
  message: string
}

/** The settings and the keys the file set, or every problem found (at most MAX_PROBLEMS). */
export type SettingsResult =
  { ok: true; settings: Settings; keys: SettingKey[] } | { ok: false; problems: SettingsProblem[] }

/** A settings file holds a few lines; anything near this size is not one. */
export const MAX_SETTINGS_BYTES = 64 * 1024

/** How many problems one run reports: enough to fix a file in one go, never a flood. */
export const MAX_PROBLEMS = 20

let validator: ValidateFunction | null = null

// Compiled on first use, not at import: most runs of the command never read a settings file.
function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema)
  return validator(value) ? [] : [...(validator.errors ?? [])]
}

/** Parses and validates the text of a settings file. An empty file (or only comments) sets nothing. */
export function parseSettings(text: string): SettingsResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_SETTINGS_BYTES) {
    return fail({
      line: 1,
      message: `the file is over ${MAX_SETTINGS_BYTES / 1024} KiB: a settings file holds a few lines of \`key: value\``
    })
  }
  const lines = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true
  })
  const at = (offset: number | undefined): number => lines.linePos(offset ?? 0).line
  if (doc.errors.length > 0) {
    return fail(
      ...doc.errors.map((error) => {
        const [start] = error.pos
        const { line, col } = lines.linePos(start)
        return { line, column: col, message: `YAML: ${firstLine(error.message)}` }
      })
    )
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: true, settings: {}, keys: [] }
  }
  if (!isMap(doc.contents)) {
    return fail({
      line: at(doc.contents.range?.[0]),
      message:
        'the file must be a mapping of settings, one `key: value` a line ' +
        `(keys: ${SETTING_KEYS.join(', ')})`
    })
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return fail({ line: 1, message: `YAML: ${firstLine(String(error))}` })
  }
  const problems = validate(value).flatMap((error) => describe(error, doc, at))
  const record = value as Record<string, unknown>
  const settings = problems.length === 0 ? toSettings(record) : {}
  problems.push(...patternProblems(settings, doc, at))
  if (problems.length > 0) return fail(...problems)
  const keys = SETTING_KEYS.filter((key) => key in record)
  return { ok: true, settings, keys }
}

/** The problems as lines `FILE:LINE: message`, in line order, with a count of any left out. */
export function formatSettingsProblems(
  file: string,
  problems: readonly SettingsProblem[]
): string[] {
  const shown = problems.slice(0, MAX_PROBLEMS).map((p) => {
    const column = p.column === undefined ? '' : `:${p.column}`
    return `${file}:${p.line}${column}: ${p.message}`
  })
  const more = problems.length - shown.length
  return more > 0 ? [...shown, `... and ${more} more`] : shown
}

function fail(...problems: SettingsProblem[]): SettingsResult {
  const seen = new Set<string>()
  const unique = problems.filter((p) => {
    const key = `${p.line} ${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  unique.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
  return { ok: false, problems: unique }
}

const KEYS_LIST = SETTING_KEYS.join(', ')

// Ajv says where; the message says what is allowed there, from the schema itself.
function describe(
  error: ErrorObject,
  doc: Document,
  at: (offset: number | undefined) => number
): SettingsProblem[] {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  const [key, index] = path
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty?: unknown }).additionalProperty)
    return [{ line: at(keyNode(doc, name)?.range?.[0]), message: unknownKey(name) }]
  }
  if (key === undefined) {
    return [{ line: 1, message: `the file must be a mapping of settings (keys: ${KEYS_LIST})` }]
  }
  const node = doc.getIn(path, true)
  const line = at(isNode(node) ? node.range?.[0] : keyNode(doc, key)?.range?.[0])
  const given = doc.getIn(path)
  const spec = (schema.properties as Record<string, { enum?: unknown[]; type?: unknown }>)[key]
  const named = `\`${key}\``
  if (key === 'ignore') {
    if (index !== undefined) {
      return [
        {
          line,
          message: `${named} entry ${Number(index) + 1} is ${show(given)}: each entry is a glob (text)`
        }
      ]
    }
    return [
      {
        line,
        message: `${named} is ${show(given)}: give a list of globs (\`- "*.lock"\`) or lines of text (\`|\` block)`
      }
    ]
  }
  if (key === 'work-orders') {
    return [
      { line, message: `${named} is ${show(given)}: give a glob, e.g. "work-orders/**/*.md"` }
    ]
  }
  const allowed = (spec?.enum ?? [true, false]).map(String)
  const lower = typeof given === 'string' ? given.toLowerCase() : null
  const hint =
    lower !== null && allowed.includes(lower) ? ' (values are written in lower case)' : ''
  const quoted = key === 'include-drafts' && lower !== null && allowed.includes(lower)
  return [
    {
      line,
      message:
        `${named} is ${show(given)}; allowed values: ${allowed.join(', ')}` +
        (quoted ? ' (without quotes)' : hint)
    }
  ]
}

function unknownKey(name: string): string {
  if ((WORKFLOW_ONLY as readonly string[]).includes(name)) {
    return (
      `\`${name}\` can only be set in the workflow (\`with: ${name}: ...\`), not in the settings ` +
      `file; the file's keys are ${KEYS_LIST}`
    )
  }
  const near = suggest(name, SETTING_KEYS)
  const hint = near === null ? '' : ` Did you mean \`${near}\`?`
  return `unknown key ${show(name)}.${hint} The keys are ${KEYS_LIST}`
}

function keyNode(doc: Document, name: string): { range?: [number, number, number] | null } | null {
  if (!isMap(doc.contents)) return null
  for (const item of doc.contents.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === name) return item.key
  }
  return null
}

function toSettings(record: Record<string, unknown>): Settings {
  const out: Record<string, unknown> = {}
  for (const key of SETTING_KEYS) {
    if (!(key in record)) continue
    const value = record[key]
    out[SETTING_FIELDS[key]] =
      key === 'ignore'
        ? typeof value === 'string'
          ? ignoreLines(value)
          : (value as string[]).map((glob) => glob.trim())
        : key === 'work-orders'
          ? (value as string).trim()
          : value
  }
  return out as Settings
}

// The same refusal the inputs give a glob that cannot be used (too long, unbounded, extglob).
function patternProblems(
  settings: Settings,
  doc: Document,
  at: (offset: number | undefined) => number
): SettingsProblem[] {
  const problems: SettingsProblem[] = []
  const lineOf = (key: SettingKey): number => at(keyNode(doc, key)?.range?.[0])
  if (settings.workOrders !== undefined) {
    const problem = validatePattern(settings.workOrders)
    if (problem !== null) {
      problems.push({ line: lineOf('work-orders'), message: `\`work-orders\`: ${problem}` })
    }
  }
  const ignore = doc.get('ignore', true)
  for (const [i, glob] of (settings.ignore ?? []).entries()) {
    const problem = validatePattern(glob)
    if (problem === null) continue
    // A list entry has its own line; in a block of text the key's line is the one to open.
    const item = isNode(ignore) && !isScalar(ignore) ? doc.getIn(['ignore', i], true) : null
    const line = isNode(item) ? at(item.range?.[0]) : lineOf('ignore')
    problems.push({ line, message: `\`ignore\` entry ${i + 1}: ${problem}` })
  }
  return problems
}

/** A value from the file as a message shows it: quoted, clipped, with nothing a terminal or log would act on. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  const text = typeof value === 'string' ? value : String(value)
  const clipped = text.length > 80 ? `${text.slice(0, 77)}...` : text
  const quoted = typeof value === 'string' ? JSON.stringify(clipped) : clipped
  // JSON.stringify leaves line and paragraph separators, bidi controls and C1 controls as they are.
  return quoted.replace(
    /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

function firstLine(text: string): string {
  return show(text.split('\n')[0] ?? '').replace(/^"|"$/g, '')
}
