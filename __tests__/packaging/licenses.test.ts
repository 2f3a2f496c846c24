// The bundles inline other packages' code with legalComments: 'none', so their licences travel in
// dist/licenses.txt, which the bundle script writes from esbuild's list of inputs (.ci/run and
// check-dist.yml keep it in sync with src/). dist/cli.js is a command: it is committed executable.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './npm.js'

const licenses = join(ROOT, 'dist', 'licenses.txt')
const text = existsSync(licenses) ? readFileSync(licenses, 'utf8') : ''

/** The `name version (licence)` headings of dist/licenses.txt. */
const headings = [...text.matchAll(/^={80}\n(\S+) (\S+) \((.+)\)\nBundled in (.+)\n={80}$/gm)]

describe('dist/licenses.txt', () => {
  it('starts with the project licence and names the LICENSE file', () => {
    expect(text).toMatch(/^pr-scope-check is released under the MIT licence \(LICENSE\)\./)
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\)/)
  })

  it.each(['@actions/core', '@actions/github', 'minimatch', 'yaml', 'undici', 'content-type'])(
    'has a section for %s, which the bundles inline',
    (name) => {
      expect(headings.map((h) => h[1])).toContain(name)
    }
  )

  it('lists each package version once, sorted, with the licence text after each heading', () => {
    const names = headings.map((h) => `${h[1]} ${h[2]}`)
    expect(names.length).toBeGreaterThan(10)
    expect(new Set(names).size).toBe(names.length)
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names)
    const bodies = text.split(/^={80}\n.+\n.+\n={80}$/m).slice(1)
    for (const body of bodies) expect(body.trim().length).toBeGreaterThan(100)
  })

  it('says which bundle holds each package', () => {
    for (const heading of headings) {
      expect(heading[4]).toMatch(/^dist\/(cli|index)\.js( and dist\/index\.js)?$/)
    }
  })
})

describe('dist/cli.js', () => {
  it('is committed as an executable file (git mode 100755)', () => {
    const entry = execFileSync('git', ['ls-files', '--stage', '--', 'dist/cli.js'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(entry).toMatch(/^100755 /)
  })

  it('is executable on disk and starts with a node shebang', () => {
    const cli = join(ROOT, 'dist', 'cli.js')
    if (process.platform !== 'win32') expect(statSync(cli).mode & 0o111).toBe(0o111)
    expect(readFileSync(cli, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
  })
})
