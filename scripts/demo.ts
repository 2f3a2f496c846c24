// npm run demo: the action on the protocol's own example (PROTOCOL.md, "Session Scope"), run as
// GitHub runs it (dist/index.js on Node 24) against the local GitHub stand-in. Two pull requests
// declare the same scope: one stays inside it, one also edits a file outside it. Prints what the
// action would annotate, its outputs and its job summary, then exits 0 whatever the verdicts.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pullRequestEvent } from '../testing/event.js'
import { NODE24, ROOT, runAction, type ActionRun } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import { addPullRequest, createRepository } from '../testing/state.js'

const SCOPE = [
  '## Session Scope',
  '**Write set:** aidm/core/maneuver_resolver.py, aidm/schemas/maneuvers.py',
  '**Read set:** aidm/schemas/attack.py, aidm/core/attack_resolver.py',
  '**Dependencies:** WO-FIX-03 must be committed before this session starts',
  '**Do NOT touch:** Any file not listed above'
].join('\n')

const IN_SCOPE_FILES = [
  {
    filename: 'aidm/core/maneuver_resolver.py',
    patch:
      '@@ -118,6 +118,9 @@ def resolve_trip(attacker, defender):\n     roll = d20()\n+    if defender.prone:\n+        return TripResult.ALREADY_PRONE\n+\n     return _opposed(roll, attacker, defender)'
  },
  {
    filename: 'aidm/schemas/maneuvers.py',
    patch:
      '@@ -12,3 +12,4 @@ class TripResult(Enum):\n     SUCCESS = 1\n     FAILURE = 2\n+    ALREADY_PRONE = 3'
  }
]

/** Runs the demo and prints what the action reports for each pull request. */
async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'index.js')) || !existsSync(NODE24)) {
    console.error(
      'dist/index.js or the Node 24 binary is missing: run `npm ci` and `npm run bundle` first.'
    )
    process.exitCode = 1
    return
  }
  const repo = createRepository('dnd-35e', 'aidm')
  const inside = addPullRequest(repo, {
    number: 41,
    title: 'WO-FIX-07: trip against a prone defender',
    author: 'session-b',
    head: { ref: 'wo-fix-07' },
    body: `Session B of the fix dispatch.\n\n${SCOPE}\n`,
    files: IN_SCOPE_FILES
  })
  const outside = addPullRequest(repo, {
    number: 42,
    title: 'WO-FIX-08: trip against a prone defender, and a drive-by fix',
    author: 'session-e',
    head: { ref: 'wo-fix-08' },
    body: `Session E of the fix dispatch.\n\n${SCOPE}\n`,
    files: [
      ...IN_SCOPE_FILES,
      {
        filename: 'aidm/core/conditions.py',
        patch:
          '@@ -57,4 +57,4 @@ def apply_prone(creature):\n     creature.conditions.add(PRONE)\n-    creature.ac -= 4\n+    creature.ac_melee -= 4\n     return creature'
      }
    ]
  })
  const server = await new FakeGitHub({ repositories: [repo] }).start()
  try {
    for (const pr of [inside, outside]) {
      const run = await runAction({ server, event: pullRequestEvent(server, repo, pr) })
      print(`#${pr.number} ${pr.title}`, run)
    }
  } finally {
    await server.stop()
  }
}

function print(title: string, run: ActionRun): void {
  const rule = '='.repeat(Math.min(100, title.length + 4))
  console.log(`\n${rule}\n  ${title}\n${rule}`)
  console.log(
    `\nStep result: exit code ${run.code} (${run.code === 0 ? 'the check passes' : 'the check fails'})`
  )
  console.log('\nAnnotations:')
  if (run.annotations.length === 0) console.log('  (none)')
  for (const a of run.annotations) {
    const where = a.properties.file ? ` ${a.properties.file}:${a.properties.line ?? 1}` : ''
    const heading = a.properties.title ? ` [${a.properties.title}]` : ''
    console.log(`  ${a.command}${where}${heading}: ${a.message}`)
  }
  console.log('\nOutputs:')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name} = ${value}`)
  console.log('\nJob summary:\n')
  console.log(run.summary.trim().replace(/^/gm, '  │ '))
  if (run.stderr.trim() !== '') console.log(`\nstderr:\n${run.stderr}`)
}

await main()
