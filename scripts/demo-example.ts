// The demo's example, the protocol's own (PROTOCOL.md, "Session Scope"): two sessions declare the
// same scope, so session E says it runs after session B (#41); #41 stays inside its scope, #42
// also edits a file outside it, which session F (#43) owns: a write-write overlap between two open
// pull requests that nothing sequences. WO-FIX-03, which all depend on, was merged as #40. Shared
// by the scripts that show the action locally (demo.ts, local-action.ts, render-comment.ts).
import { setFiles } from '../testing/git-data.js'
import {
  addPullRequest,
  createRepository,
  type FakePullRequest,
  type FakeRepository
} from '../testing/state.js'

function scope(dependencies: string): string {
  return [
    '## Session Scope',
    '**Write set:** aidm/core/maneuver_resolver.py, aidm/schemas/maneuvers.py',
    '**Read set:** aidm/schemas/attack.py, aidm/core/attack_resolver.py',
    `**Dependencies:** ${dependencies}`,
    '**Do NOT touch:** Any file not listed above'
  ].join('\n')
}

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

/**
 * The demo's repository: merged #40 (WO-FIX-03), then #41 inside its scope, #42 not, and #43, which
 * owns the file #42 also changes.
 */
export function demoExample(): {
  repo: FakeRepository
  inside: FakePullRequest
  outside: FakePullRequest
  owner: FakePullRequest
} {
  const repo = createRepository('dnd-35e', 'aidm')
  addPullRequest(repo, {
    number: 40,
    title: 'WO-FIX-03: conditions apply before attack rolls',
    author: 'session-a',
    head: { ref: 'wo-fix-03' },
    merged: true,
    body: `Session A of the fix dispatch.\n\n## Session Scope\n**Write set:** aidm/core/conditions.py\n`,
    files: [{ filename: 'aidm/core/conditions.py' }]
  })
  const inside = addPullRequest(repo, {
    number: 41,
    title: 'WO-FIX-07: trip against a prone defender',
    author: 'session-b',
    head: { ref: 'wo-fix-07' },
    body: `Session B of the fix dispatch.\n\n${scope('WO-FIX-03 must be committed before this session starts')}\n`,
    files: IN_SCOPE_FILES
  })
  const outside = addPullRequest(repo, {
    number: 42,
    title: 'WO-FIX-08: trip against a prone defender, and a drive-by fix',
    author: 'session-e',
    head: { ref: 'wo-fix-08' },
    body: `Session E of the fix dispatch.\n\n${scope('WO-FIX-03 must be committed before this session starts; #41 (same files: session E runs after session B)')}\n`,
    files: [
      ...IN_SCOPE_FILES,
      {
        filename: 'aidm/core/conditions.py',
        patch:
          '@@ -57,4 +57,4 @@ def apply_prone(creature):\n     creature.conditions.add(PRONE)\n-    creature.ac -= 4\n+    creature.ac_melee -= 4\n     return creature'
      }
    ]
  })
  // Session F was dispatched for the conditions rules: it owns the file #42 edits on the side.
  const owner = addPullRequest(repo, {
    number: 43,
    title: 'WO-FIX-09: standing up from prone costs a move action',
    author: 'session-f',
    head: { ref: 'wo-fix-09' },
    body: [
      'Session F of the fix dispatch.',
      '',
      '## Session Scope',
      '**Write set:** aidm/core/conditions.py, aidm/core/movement.py',
      '**Read set:** aidm/schemas/attack.py',
      '**Dependencies:** WO-FIX-03 must be committed before this session starts',
      '**Do NOT touch:** Any file not listed above',
      ''
    ].join('\n'),
    files: [
      {
        filename: 'aidm/core/conditions.py',
        patch:
          '@@ -60,3 +60,6 @@ def apply_prone(creature):\n     return creature\n+\n+def stand_up(creature):\n+    creature.conditions.discard(PRONE)'
      },
      {
        filename: 'aidm/core/movement.py',
        patch:
          '@@ -30,2 +30,3 @@ def move_actions(creature):\n     actions = [MOVE]\n+    actions.append(STAND_UP)'
      }
    ]
  })
  // The base branch's files, where work-order files would be looked for: this example keeps none;
  // WO-FIX-03 is met through the merged pull request whose title carries it.
  const sources = Object.fromEntries(
    [
      ...IN_SCOPE_FILES.map((f) => f.filename),
      'aidm/core/conditions.py',
      'aidm/core/movement.py'
    ].map((path) => [path, '# ...\n'])
  )
  setFiles(repo, [repo.defaultBranch, inside.base.sha, outside.base.sha, owner.base.sha], sources)
  return { repo, inside, outside, owner }
}
