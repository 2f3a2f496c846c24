// npm run release -- X.Y.Z: cuts release X.Y.Z on a clean main. It sets the version in
// package.json and package-lock.json, turns CHANGELOG.md's Unreleased section into
// `## [X.Y.Z] - YYYY-MM-DD` under a fresh empty Unreleased, rebuilds dist/ (the CLI prints the
// version), commits "Release vX.Y.Z" and tags vX.Y.Z. It pushes nothing: it prints the push, after
// which .github/workflows/release.yml checks dist/, publishes the GitHub release with the
// changelog section as notes, and moves the major tag vX.
//
//   node script/release.mjs X.Y.Z          cut the release (RELEASE_DATE=YYYY-MM-DD sets the date)
//   node script/release.mjs notes X.Y.Z    print the changelog section of X.Y.Z (the release notes)
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A refusal the user can act on; printed without a stack, exit status 2. */
export class ReleaseError extends Error {}

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
const RELEASE_BRANCH = 'main'

/** Compares two X.Y.Z versions: negative, zero or positive. */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i]
  return 0
}

const heading = (line) => /^## \[([^\]]+)\]/.exec(line)?.[1]

/** The lines of the section whose heading is `## [name]...`, without the heading, or null. */
function sectionLines(lines, name) {
  const start = lines.findIndex((line) => heading(line) === name)
  if (start < 0) return null
  let end = start + 1
  while (end < lines.length && !/^## /.test(lines[end]) && !/^\[[^\]]+\]: /.test(lines[end])) end++
  return { start, end }
}

/** The body of CHANGELOG.md's section for `version`, trimmed: the release notes. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split('\n')
  const section = sectionLines(lines, version)
  if (!section) throw new ReleaseError(`CHANGELOG.md has no "## [${version}]" section.`)
  return lines
    .slice(section.start + 1, section.end)
    .join('\n')
    .trim()
}

/**
 * CHANGELOG.md with its Unreleased section cut as `version` on `date`, a fresh empty Unreleased
 * section above it, and the link definitions at the bottom updated to match.
 */
export function cutChangelog(changelog, version, date) {
  const lines = changelog.split('\n')
  const unreleased = sectionLines(lines, 'Unreleased')
  if (!unreleased) throw new ReleaseError('CHANGELOG.md has no "## [Unreleased]" section.')
  if (sectionLines(lines, version)) {
    throw new ReleaseError(`CHANGELOG.md already has a "## [${version}]" section.`)
  }
  const body = lines
    .slice(unreleased.start + 1, unreleased.end)
    .join('\n')
    .trim()
  if (body === '') {
    throw new ReleaseError(
      'CHANGELOG.md lists nothing under "## [Unreleased]": list the changes before the release.'
    )
  }
  const previous = lines.map(heading).find((name) => name && VERSION.test(name))
  lines.splice(unreleased.start, 1, '## [Unreleased]', '', `## [${version}] - ${date}`)

  const link = lines.findIndex((line) => line.startsWith('[Unreleased]: '))
  const repo =
    link < 0 ? null : /^\[Unreleased\]: (https:\/\/\S+?\/[^/\s]+\/[^/\s]+)\//.exec(lines[link])?.[1]
  if (link >= 0 && repo) {
    const target = previous
      ? `${repo}/compare/v${previous}...v${version}`
      : `${repo}/releases/tag/v${version}`
    lines.splice(
      link,
      1,
      `[Unreleased]: ${repo}/compare/v${version}...HEAD`,
      `[${version}]: ${target}`
    )
  }
  return lines.join('\n')
}

/** Runs git in `cwd` and returns its trimmed standard output. */
function git(cwd, ...args) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

/** Runs npm (the one running this script under `npm run`, else the one on PATH) in `cwd`. */
function npm(cwd, ...args) {
  const cli = process.env.npm_execpath
  const run =
    cli && /\.c?js$/.test(cli)
      ? spawnSync(process.execPath, [cli, ...args], { cwd, stdio: 'inherit' })
      : spawnSync('npm', args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' })
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${run.status}).`)
}

/** The checks that must pass before anything is changed. */
function preflight(root, version) {
  if (!VERSION.test(version)) {
    throw new ReleaseError(`"${version}" is not a version: give X.Y.Z, such as 1.0.0 (no "v").`)
  }
  const branch = spawnSync('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8'
  }).stdout?.trim()
  if (branch !== RELEASE_BRANCH) {
    throw new ReleaseError(
      `Releases are cut on ${RELEASE_BRANCH}, and this is ${branch ? `branch ${branch}` : 'a detached HEAD'}: ` +
        `git switch ${RELEASE_BRANCH} (and pull) first.`
    )
  }
  const dirty = git(root, 'status', '--porcelain', '--untracked-files=all')
  if (dirty !== '') {
    throw new ReleaseError(`The working tree is not clean: commit or stash these first.\n${dirty}`)
  }
  if (git(root, 'tag', '--list', `v${version}`) !== '') {
    throw new ReleaseError(`Tag v${version} exists already: choose the next version.`)
  }
  const current = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
  if (compareVersions(version, current) <= 0) {
    throw new ReleaseError(`${version} is not above the current version ${current}.`)
  }
}

/** Today's date in UTC as YYYY-MM-DD, unless RELEASE_DATE gives one. */
function releaseDate() {
  const given = process.env.RELEASE_DATE
  if (given !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(given)) {
    throw new ReleaseError(`RELEASE_DATE is "${given}": give YYYY-MM-DD.`)
  }
  return given ?? new Date().toISOString().slice(0, 10)
}

/** Cuts the release in the repository at `root`; returns the command that publishes it. */
export function cutRelease(root, version) {
  preflight(root, version)
  const date = releaseDate()
  const changelogPath = join(root, 'CHANGELOG.md')
  const changelog = cutChangelog(readFileSync(changelogPath, 'utf8'), version, date)

  npm(root, 'version', version, '--no-git-tag-version', '--allow-same-version=false')
  writeFileSync(changelogPath, changelog)
  npm(root, 'run', 'bundle')
  git(root, 'add', '--', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'dist')
  git(root, 'commit', '--quiet', '--message', `Release v${version}`)
  git(root, 'tag', '--annotate', `v${version}`, '--message', `v${version}`)
  const left = git(root, 'status', '--porcelain', '--untracked-files=all')
  if (left !== '') throw new Error(`The release left files uncommitted:\n${left}`)
  return `git push --atomic origin ${RELEASE_BRANCH} v${version}`
}

function main(argv) {
  const root = git(process.cwd(), 'rev-parse', '--show-toplevel')
  if (argv[0] === 'notes' && argv.length === 2) {
    return releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), argv[1])
  }
  if (argv.length !== 1) {
    throw new ReleaseError(
      'usage: npm run release -- X.Y.Z   (or: node script/release.mjs notes X.Y.Z)'
    )
  }
  const push = cutRelease(root, argv[0])
  return [
    `\nCommitted and tagged v${argv[0]}. Publish it (the release workflow does the rest):`,
    '',
    `  ${push}`
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(main(process.argv.slice(2)))
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error
    console.error(error.message)
    process.exitCode = 2
  }
}
