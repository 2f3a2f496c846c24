// Builds the committed bundles: dist/index.js (the action) and dist/cli.js (the pr-scope command),
// and dist/licenses.txt, the licences of the packages inlined into them (esbuild's legalComments
// would scatter or drop them). Everything must be byte-for-byte reproducible: CI rebuilds dist/
// and fails on any difference.
import { build } from 'esbuild'
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const banner =
  "import { createRequire as __prScopeCreateRequire } from 'node:module';\nconst require = __prScopeCreateRequire(import.meta.url);"

// src/cli/main.ts imports package.json for its version. Bundled whole, every edit of package.json
// (a devDependency bump from Dependabot, a new script) would change dist/cli.js and fail the dist
// check; the bundle gets only the fields the code reads.
const ownPackageJson = resolve('package.json')
const packageFields = {
  name: 'package-fields',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]package\.json$/ }, (args) => {
      if (resolve(args.path) !== ownPackageJson) return undefined
      const { name, version } = JSON.parse(readFileSync(args.path, 'utf8'))
      return { contents: JSON.stringify({ name, version }), loader: 'json' }
    })
  }
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  metafile: true,
  // Paths in the bundle's comments stay node_modules/... when node_modules is a link (a test's clone).
  preserveSymlinks: true,
  plugins: [packageFields]
}

const action = await build({
  ...common,
  entryPoints: ['src/action/index.ts'],
  outfile: 'dist/index.js',
  banner: { js: banner }
})
const cli = await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner }
})
// `npm install --global` makes bins executable, but a clone runs dist/cli.js as it is committed.
chmodSync('dist/cli.js', 0o755)

writeFileSync(
  'dist/licenses.txt',
  licenseText([
    { file: 'dist/index.js', inputs: Object.keys(action.metafile.inputs) },
    { file: 'dist/cli.js', inputs: Object.keys(cli.metafile.inputs) }
  ])
)

/**
 * The package folder (`node_modules/a`, `node_modules/@s/b`, `node_modules/a/node_modules/b`) of an
 * esbuild input path, or null for the repository's own files.
 */
function packageFolder(input) {
  const pattern = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+/g
  let end = -1
  for (let match = pattern.exec(input); match; match = pattern.exec(input)) {
    end = match.index + match[0].length
  }
  return end < 0 ? null : input.slice(0, end)
}

/** The licence files a package ships (LICENSE, LICENCE.md, COPYING...), by name. */
function licenseFiles(folder) {
  return readdirSync(folder)
    .filter((name) => /^(licen[cs]e|copying)([.-].*)?$/i.test(name))
    .sort()
}

/** dist/licenses.txt: every bundled package once, sorted, with its licence texts. */
function licenseText(bundles) {
  const packages = new Map()
  for (const { file, inputs } of bundles) {
    for (const input of inputs) {
      const folder = packageFolder(input)
      if (folder === null) continue
      const entry = packages.get(folder) ?? { folder, bundles: new Set() }
      entry.bundles.add(file)
      packages.set(folder, entry)
    }
  }
  const rule = '='.repeat(80)
  const sections = [...packages.values()]
    .map(({ folder, bundles: files }) => {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
      return { manifest, folder, files: [...files].sort() }
    })
    .sort(
      (a, b) =>
        compare(a.manifest.name, b.manifest.name) || compare(a.manifest.version, b.manifest.version)
    )
    .map(({ manifest, folder, files }) => {
      const license = typeof manifest.license === 'string' ? manifest.license : 'not stated'
      const texts = existsSync(folder) ? licenseFiles(folder) : []
      const body =
        texts.length === 0
          ? `The package ships no licence file; its package.json gives the licence as ${license}.`
          : texts
              .map((name) => readFileSync(join(folder, name), 'utf8').replace(/\r\n?/g, '\n'))
              .map((text) => text.trimEnd())
              .join('\n\n')
      return [
        rule,
        `${manifest.name} ${manifest.version} (${license})`,
        `Bundled in ${files.join(' and ')}`,
        rule,
        '',
        body,
        ''
      ].join('\n')
    })
  const head = [
    'pr-scope-check is released under the MIT licence (LICENSE).',
    '',
    'dist/index.js and dist/cli.js also contain the following packages, each under its own',
    'licence, reproduced below. This file is written by `npm run bundle` (scripts/bundle.mjs).',
    ''
  ]
  return [...head, ...sections].join('\n')
}

/** Orders strings the same way whatever the locale of the machine. */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}
