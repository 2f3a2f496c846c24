// The rules of .dependency-cruiser.mjs (docs/architecture.md), run by `npm run lint`, against two
// small trees: one that breaks every rule, one that uses every allowed direction. `npm run lint`
// proves the real src/ keeps them; this proves that they would catch a change that does not.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs')
// dependency-cruiser runs on Node 22 and later; the pinned development Node (.node-version) is 24.
const SUPPORTED = Number(process.versions.node.split('.')[0]) >= 22

/** Every rule broken once: the file, the import it makes, the rule that must refuse it. */
const BROKEN: Record<string, string> = {
  'src/scope/a.ts': [
    "import { readFileSync } from 'node:fs'",
    "import { b } from '../report/b.js'",
    "import { c } from './c.js'",
    'export const a = [readFileSync, b, c]'
  ].join('\n'),
  'src/scope/c.ts': "import type { a } from './a.js'\nexport const c = 1 as unknown as typeof a",
  'src/scope/glob/m.ts': "import { q } from '../parser/q.js'\nexport const m = q",
  'src/scope/parser/q.ts': 'export const q = 1',
  'src/report/b.ts': [
    "import * as core from '@actions/core'",
    "import { g } from '../github/g.js'",
    'export const b = [core, g]'
  ].join('\n'),
  'src/github/g.ts': "import { x } from '../action/x.js'\nexport const g = x",
  'src/git/t.ts': "import { b } from '../report/b.js'\nexport const t = b",
  'src/action/x.ts': "import { y } from '../cli/y.js'\nexport const x = y",
  'src/cli/y.ts': 'export const y = 1',
  'src/cli/w.ts': "import { x } from '../action/x.js'\nexport const w = x",
  'src/settings/s.ts': "import { t } from '../git/t.js'\nexport const s = t"
}

const VIOLATIONS: Array<[rule: string, from: string, to: string]> = [
  ['no-cycles', 'src/scope/a.ts', 'src/scope/c.ts'],
  ['scope-imports-only-scope', 'src/scope/a.ts', 'src/report/b.ts'],
  ['scope-imports-only-scope', 'src/scope/a.ts', 'fs'],
  ['scope-foundations-stand-alone', 'src/scope/glob/m.ts', 'src/scope/parser/q.ts'],
  ['report-imports-only-scope', 'src/report/b.ts', 'src/github/g.ts'],
  ['report-imports-only-scope', 'src/report/b.ts', 'node_modules/@actions/core/'],
  ['adapters-never-import-up', 'src/github/g.ts', 'src/action/x.ts'],
  ['adapters-never-import-up', 'src/git/t.ts', 'src/report/b.ts'],
  ['action-and-cli-apart', 'src/action/x.ts', 'src/cli/y.ts'],
  ['action-and-cli-apart', 'src/cli/w.ts', 'src/action/x.ts'],
  ['settings-imports-only-scope', 'src/settings/s.ts', 'src/git/t.ts']
]

/** Every direction the architecture allows, once. */
const ALLOWED: Record<string, string> = {
  'src/scope/types.ts': "import { minimatch } from 'minimatch'\nexport const m = minimatch",
  'src/scope/glob/g.ts': "import { m } from '../types.js'\nexport const gl = m",
  'src/scope/glob/h.ts': "import { gl } from './g.js'\nexport const h = gl",
  'src/scope/checks/c.ts': [
    "import { h } from '../glob/h.js'",
    "import { p } from '../parser/parse.js'",
    'export const c = [h, p]'
  ].join('\n'),
  'src/scope/parser/parse.ts': [
    "import { parse } from 'yaml'",
    "import { m } from '../types.js'",
    'export const p = [parse, m]'
  ].join('\n'),
  'src/report/r.ts': [
    "import { createHash } from 'node:crypto'",
    "import { c } from '../scope/checks/c.js'",
    'export const r = [createHash, c]'
  ].join('\n'),
  'src/settings/s.ts': "import { m } from '../scope/types.js'\nexport const s = m",
  'src/github/g.ts': [
    "import * as core from '@actions/core'",
    "import { m } from '../scope/types.js'",
    "import { s } from '../settings/s.js'",
    'export const g = [core, m, s]'
  ].join('\n'),
  'src/git/t.ts': "import { m } from '../scope/types.js'\nexport const t = m",
  'src/action/x.ts': [
    "import { g } from '../github/g.js'",
    "import { t } from '../git/t.js'",
    "import { r } from '../report/r.js'",
    "import { s } from '../settings/s.js'",
    'export const x = [g, t, r, s]'
  ].join('\n'),
  'src/cli/y.ts': [
    "import { g } from '../github/g.js'",
    "import { t } from '../git/t.js'",
    "import { r } from '../report/r.js'",
    'export const y = [g, t, r]'
  ].join('\n')
}

const made: string[] = []

/** Writes a tree beside a link to the repository's node_modules and cruises it with our rules. */
function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pr-scope-depcruise-'))
  made.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true })
    writeFileSync(join(dir, path), `${text}\n`)
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } })
  )
  // A junction on Windows needs no privilege; elsewhere the type is ignored.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'junction')
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, 'src', '--config', join(ROOT, '.dependency-cruiser.mjs'), '--no-progress'],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 }
  )
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

describe.each(SUPPORTED ? [true] : [])('the dependency rules of npm run lint', () => {
  let broken: { status: number | null; output: string }
  beforeAll(() => {
    broken = cruise(BROKEN)
  })

  it('fail, naming the rule', () => {
    expect(broken.status).not.toBe(0)
    expect(broken.output).toContain(`${VIOLATIONS.length} dependency violations`)
  })

  it.each(VIOLATIONS)('%s refuses %s -> %s', (rule, from, to) => {
    // A cycle is printed over several lines, one module each.
    const lines = broken.output
      .replace(/→\s+/g, '→ ')
      .split('\n')
      .filter((line) => line.includes(`error ${rule}: `))
    expect(lines.some((line) => line.includes(`${from} → ${to}`))).toBe(true)
  })

  it('let every allowed direction pass', () => {
    const allowed = cruise(ALLOWED)
    expect(allowed.output).toContain('no dependency violations found')
    expect(allowed.status).toBe(0)
  })
})
