// Extracts of GitHub's published descriptions that cost more to make than to read, kept in
// node_modules/.cache/pr-scope-check: each is keyed by the version of the package it comes from
// and by the code that makes it, and is rebuilt when either changes.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

/** node_modules, where the packages and the cache are. */
export const NODE_MODULES = new URL('../node_modules/', import.meta.url)

/**
 * The extract `name` of `pkg`: read from the cache when it is current, else made by `build` and
 * cached. `code` names the files of testing/ whose text decides what `build` makes.
 */
export function cachedExtract<T>(
  name: string,
  pkg: string,
  code: readonly string[],
  build: () => T
): T {
  const { version } = JSON.parse(
    readFileSync(new URL(`${pkg}/package.json`, NODE_MODULES), 'utf8')
  ) as { version: string }
  const hash = createHash('sha256')
  for (const file of code) hash.update(readFileSync(new URL(file, import.meta.url)))
  const file = `${name}-${version}-${hash.digest('hex').slice(0, 12)}.json`
  const folder = new URL('.cache/pr-scope-check/', NODE_MODULES)
  try {
    return JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as T
  } catch {
    // Not made yet on this machine (or unreadable): make it below.
  }
  const built = build()
  try {
    mkdirSync(folder, { recursive: true })
    // Written aside and renamed, so that a test file running beside this one reads all or nothing.
    const temporary = new URL(`${file}.${process.pid}.tmp`, folder)
    writeFileSync(temporary, JSON.stringify(built))
    renameSync(temporary, new URL(file, folder))
    for (const old of readdirSync(folder)) {
      // An extract of an older version, or made by older code.
      if (old.startsWith(`${name}-`) && old.endsWith('.json') && old !== file) {
        rmSync(new URL(old, folder), { force: true })
      }
    }
  } catch {
    // A read-only node_modules: every process makes its own, which is only slower.
  }
  return built
}
