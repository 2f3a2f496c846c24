// Builds the committed bundles: dist/index.js (the action) and dist/cli.js (the pr-scope command).
// The output must be byte-for-byte reproducible: CI rebuilds it and fails on any difference.
import { build } from 'esbuild'

const banner =
  "import { createRequire as __prScopeCreateRequire } from 'node:module';\nconst require = __prScopeCreateRequire(import.meta.url);"

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8'
}

await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  banner: { js: banner }
})
await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner }
})
