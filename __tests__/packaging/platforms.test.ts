// Contributors develop on Linux, macOS and Windows, x64 and arm64: `npm ci` must install this
// repository's lock file on each of them. npm decides which packages fit a platform from
// process.platform and process.arch, so a preload that overrides both makes it believe it runs
// elsewhere. `npm ci --dry-run --offline` reads only package.json and the lock file, so this needs
// no network. A control package bound to Linux x64 proves that the override takes effect.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { npm, ROOT, tempDir, type NpmRun } from './npm.js'

const temp = tempDir('pr-scope-platforms-')
afterAll(temp.remove)

const preload = join(temp.dir, 'platform.cjs')
writeFileSync(
  preload,
  [
    "Object.defineProperty(process, 'platform', { value: process.env.FAKE_PLATFORM })",
    "Object.defineProperty(process, 'arch', { value: process.env.FAKE_ARCH })"
  ].join('\n')
)

/** `npm ci --dry-run` of a package.json and lock file, as npm on `platform`/`arch` would run it. */
function npmCiAs(platform: string, arch: string, files: Record<string, string>): NpmRun {
  const dir = mkdtempSync(join(temp.dir, 'project-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return npm(
    dir,
    [
      'ci',
      '--dry-run',
      '--offline',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(dir, '.npm-cache')
    ],
    {
      NODE_OPTIONS: `--require ${JSON.stringify(preload)}`,
      FAKE_PLATFORM: platform,
      FAKE_ARCH: arch
    }
  )
}

/** A project with one dependency that only Linux x64 can install, in `section`. */
function linuxOnly(section: 'devDependencies' | 'optionalDependencies'): Record<string, string> {
  const manifest = { name: 'control', version: '1.0.0', [section]: { 'only-linux': '1.0.0' } }
  const lock = {
    name: 'control',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': manifest,
      'node_modules/only-linux': {
        version: '1.0.0',
        resolved: 'https://registry.npmjs.org/only-linux/-/only-linux-1.0.0.tgz',
        integrity: `sha512-${'A'.repeat(86)}==`,
        [section === 'devDependencies' ? 'dev' : 'optional']: true,
        os: ['linux'],
        cpu: ['x64']
      }
    }
  }
  return { 'package.json': JSON.stringify(manifest), 'package-lock.json': JSON.stringify(lock) }
}

describe('the platform override', () => {
  it('makes npm refuse a Linux x64 package on macOS arm64', () => {
    const run = npmCiAs('darwin', 'arm64', linuxOnly('devDependencies'))
    expect(run.status).not.toBe(0)
    expect(run.output).toContain('EBADPLATFORM')
  })

  it('lets npm skip the same package where it is optional', () => {
    const run = npmCiAs('darwin', 'arm64', linuxOnly('optionalDependencies'))
    expect(run.output).toEqual(expect.not.stringContaining('EBADPLATFORM'))
    expect(run.status).toBe(0)
  })
})

describe('npm ci of this repository', () => {
  const files = {
    'package.json': readFileSync(join(ROOT, 'package.json'), 'utf8'),
    'package-lock.json': readFileSync(join(ROOT, 'package-lock.json'), 'utf8')
  }

  it.each([
    ['darwin', 'arm64'],
    ['darwin', 'x64'],
    ['win32', 'x64'],
    ['win32', 'arm64'],
    ['linux', 'arm64'],
    ['linux', 'x64']
  ])('succeeds on %s %s', (platform, arch) => {
    const run = npmCiAs(platform, arch, files)
    expect(run.output).toEqual(expect.not.stringContaining('EBADPLATFORM'))
    expect(run.status).toBe(0)
  })
})

describe('the lock file', () => {
  it('installs no `node` command, so `npm run` and `npm test` use the Node that runs npm', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { bin?: Record<string, string> }>
    }
    const shadowing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.bin !== undefined && 'node' in entry.bin)
      .map(([path]) => path)
    expect(shadowing).toEqual([])
  })
})
