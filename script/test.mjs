// npm test [-- JEST ARGS]: jest with ES modules enabled, on the Node that runs this script (so
// `npm test` tests the contributor's own Node). The integration tests run the action's bundle on
// Node 24, as GitHub does: on this Node when it is 24 or later, else on the pinned release, which
// is fetched from the npm registry the first time; when it cannot be had, they are left out and
// the run says so.
// NODE_OPTIONS is set here rather than in package.json, where `VAR=value cmd` fails on Windows.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { ensureActionNode, pinnedVersion } from './node.mjs'

const jest = createRequire(import.meta.url).resolve('jest/bin/jest')
const actionNode = ensureActionNode()
// Last, because jest's array options swallow the paths that follow them. Patterns are matched
// against absolute paths, with either separator.
const ignore = actionNode
  ? []
  : [
      '--testPathIgnorePatterns=[/\\\\]node_modules[/\\\\]',
      '--testPathIgnorePatterns=[/\\\\]__tests__[/\\\\]integration[/\\\\]'
    ]
const options = [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ')

const child = spawn(process.execPath, [jest, ...process.argv.slice(2), ...ignore], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: options }
})
// Ctrl-C reaches jest too; wait for it to stop, then stop the same way.
const forward = (signal) => child.kill(signal)
process.on('SIGINT', forward).on('SIGTERM', forward)
child.on('close', (code, signal) => {
  process.off('SIGINT', forward).off('SIGTERM', forward)
  if (!actionNode) {
    console.error(
      `\nThe integration tests (__tests__/integration) were left out: they run dist/index.js on ` +
        `Node 24 as GitHub does, and this is Node ${process.version}. Run them with the pinned Node ` +
        `(${pinnedVersion()} in .node-version): install it, or let \`npm run fetch-node\` fetch it.`
    )
  }
  if (signal) process.kill(process.pid, signal)
  else process.exitCode = code ?? 1
})
