// What a user installs: `npm pack` ships only what runs or explains the action and the command,
// and a global install of it (the README's `npm install --global github:OWNER/REPO`) gets a
// working `pr-scope` with nothing more from the registry: the bundles inline their packages, so the
// installs below run with --offline and an empty cache.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { npm, ROOT, tempDir } from './npm.js'

const temp = tempDir('pr-scope-pack-')
afterAll(temp.remove)

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  dependencies?: Record<string, string>
  scripts: Record<string, string>
}

const SHIPPED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'SECURITY.md',
  'action.yml',
  'dist/cli.js',
  'dist/index.js',
  'dist/licenses.txt',
  'package.json'
]

/** Installs `spec` globally into a fresh prefix, offline, and returns the prefix. */
function installGlobally(spec: string, name: string): { prefix: string; output: string } {
  const prefix = join(temp.dir, name)
  const run = npm(temp.dir, [
    'install',
    '--global',
    '--offline',
    '--no-audit',
    '--no-fund',
    '--prefix',
    prefix,
    '--cache',
    join(temp.dir, `${name}-cache`),
    spec
  ])
  expect(run.output).not.toMatch(/npm error/)
  expect(run.status).toBe(0)
  return { prefix, output: run.output }
}

/** Runs the installed `pr-scope` of a prefix, with this Node first on PATH for its shebang. */
function prScope(prefix: string, ...args: string[]): { status: number | null; stdout: string } {
  const windows = process.platform === 'win32'
  const bin = windows ? join(prefix, 'pr-scope.cmd') : join(prefix, 'bin', 'pr-scope')
  const run = spawnSync(bin, args, {
    encoding: 'utf8',
    shell: windows,
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` }
  })
  return { status: run.status, stdout: run.stdout }
}

/** The installed package folder of a global prefix. */
const installedPackage = (prefix: string): string =>
  process.platform === 'win32'
    ? join(prefix, 'node_modules', 'pr-scope-check')
    : join(prefix, 'lib', 'node_modules', 'pr-scope-check')

describe('the package', () => {
  it('ships only the bundles, their licences, action.yml and the documents', () => {
    const run = npm(ROOT, ['pack', '--dry-run', '--json'])
    expect(run.status).toBe(0)
    const [pack] = JSON.parse(run.output.slice(run.output.indexOf('['))) as Array<{
      files: Array<{ path: string }>
    }>
    expect(pack?.files.map((f) => f.path).sort()).toEqual(SHIPPED)
  })

  it('has no runtime dependencies: the bundles inline them', () => {
    expect(manifest.dependencies ?? {}).toEqual({})
  })

  it('has no script that makes npm install the dev dependencies to install it from git', () => {
    // npm prepares a git dependency (installs all its devDependencies) when one of these exists.
    const preparing = ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']
    expect(Object.keys(manifest.scripts).filter((s) => preparing.includes(s))).toEqual([])
  })
})

describe('a global install', () => {
  it('of the packed tarball gives a pr-scope that prints the version', () => {
    const packed = npm(ROOT, ['pack', '--json', '--pack-destination', temp.dir])
    expect(packed.status).toBe(0)
    const [pack] = JSON.parse(packed.output.slice(packed.output.indexOf('['))) as Array<{
      filename: string
    }>
    const { prefix } = installGlobally(join(temp.dir, pack?.filename ?? ''), 'from-tarball')
    expect(prScope(prefix, '--version')).toEqual({ status: 0, stdout: `${manifest.version}\n` })
    expect(existsSync(join(installedPackage(prefix), 'node_modules'))).toBe(false)
  })

  it('from the git repository (the committed HEAD) gives the same', () => {
    // `github:OWNER/REPO` is a git dependency; a file: URL takes the same path through npm offline.
    const { prefix } = installGlobally(`git+${pathToFileURL(ROOT).href}`, 'from-git')
    expect(prScope(prefix, '--version').status).toBe(0)
    expect(existsSync(join(installedPackage(prefix), 'dist', 'cli.js'))).toBe(true)
    expect(existsSync(join(installedPackage(prefix), 'src'))).toBe(false)
  })
})
