// A run of the committed bundle (dist/index.js, Node 24) for one pull request among 1,000 other
// open pull requests whose scopes all live in work-order files, against the local GitHub
// stand-in with 50 ms added to every answer: every request the run makes, by route, and the wall
// time. GraphQL goes to `/graphql`, GitHub.com's path, where the throttling plugin would pace it
// like a write unless the client is read-only. Build first with `npm run bundle`.
import { pullRequestEvent } from '../testing/event.js'
import { setFiles } from '../testing/git-data.js'
import { runAction } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import { addPullRequest, createRepository } from '../testing/state.js'
import { waveCount } from '../testing/waves.js'

const LATENCY_MS = 50
const OTHERS = 1000
const TARGET_REQUESTS = 25
const BASE = 'f'.repeat(40)

const order = (id: string, write: string, dependencies = 'none'): string =>
  [
    `# ${id}: generated work order`,
    '',
    '## Session Scope',
    `**Write set:** ${write}`,
    `**Read set:** src/shared/**`,
    `**Dependencies:** ${dependencies}`,
    ''
  ].join('\n')

/** Prints the requests and the wall time of one run. */
export async function main(): Promise<void> {
  const repo = createRepository('octo', 'orders')
  const files: Record<string, string> = { 'README.md': '# Orders\n' }
  for (let i = 1; i <= OTHERS; i++) {
    files[`work-orders/batch-${Math.floor(i / 100)}/WO-GEN-${i}.md`] = order(
      `WO-GEN-${i}`,
      `src/module-${i}/**`
    )
  }
  files['work-orders/WO-SELF-1.md'] = order(
    'WO-SELF-1',
    'src/module-7/**, src/self/**',
    'WO-GEN-3, #5, WO-GEN-8'
  )
  setFiles(repo, [BASE], files)
  for (let i = 1; i <= OTHERS; i++) {
    // A third each: the ID in the title, in the branch, and a `Work order:` line in the body.
    const how = i % 3
    addPullRequest(repo, {
      number: i,
      title: how === 0 ? `WO-GEN-${i}: module ${i}` : `Module ${i}`,
      body:
        how === 2
          ? `Work order: work-orders/batch-${Math.floor(i / 100)}/WO-GEN-${i}.md`
          : 'See the work order.',
      head: { ref: how === 1 ? `wo-gen-${i}-module` : `module-${i}` },
      base: { sha: BASE },
      files: [{ filename: `src/module-${i}/index.ts` }]
    })
  }
  addPullRequest(repo, { number: 2000, title: 'WO-GEN-8 done', merged: true, base: { sha: BASE } })
  const self = addPullRequest(repo, {
    number: 1001,
    title: 'Self',
    body: 'The scope is in the work order.',
    head: { ref: 'wo-self-1' },
    base: { sha: BASE },
    files: [{ filename: 'src/self/index.ts' }, { filename: 'src/module-7/index.ts' }]
  })
  const server = await new FakeGitHub({ repositories: [repo], latencyMs: LATENCY_MS }).start()
  try {
    const r = await runAction({
      server,
      event: pullRequestEvent(server, repo, self),
      token: 'ghs_write',
      env: { GITHUB_GRAPHQL_URL: `${server.serverUrl}/graphql` },
      timeoutMs: 120_000,
      // BENCH_SCRIPT=<file>: another bundle (e.g. one built from an earlier commit), to compare.
      ...(process.env.BENCH_SCRIPT ? { script: process.env.BENCH_SCRIPT } : {})
    })
    const routes = new Map<string, number>()
    for (const q of server.requests)
      routes.set(q.route ?? q.path, (routes.get(q.route ?? q.path) ?? 0) + 1)
    const conflicts = JSON.parse(r.outputs.conflicts ?? '[]') as Array<{ number: number }>
    const unmet = JSON.parse(r.outputs['unmet-dependencies'] ?? '[]') as Array<{
      reference: string
      state: string
    }>
    const scope = JSON.parse(r.outputs.scope ?? 'null') as { source: { path: string } } | null
    console.log(
      `${OTHERS} other open pull requests, scopes in ${OTHERS + 1} work-order files, ${LATENCY_MS} ms per answer:`
    )
    console.log(
      `  ${server.requests.length} requests (target at most ${TARGET_REQUESTS}) in ${waveCount(server.requests)} waves, wall time ${(r.durationMs / 1000).toFixed(2)} s (Node start included), exit ${r.code}`
    )
    for (const [route, count] of [...routes].sort((a, b) => b[1] - a[1]))
      console.log(`    ${count} × ${route}`)
    console.log(
      `  scope from ${scope?.source.path ?? 'nowhere'}; conflicts with ${conflicts.map((c) => `#${c.number}`).join(', ') || 'none'}; ` +
        `unmet: ${unmet.map((u) => `${u.reference} (${u.state})`).join(', ') || 'none'}`
    )
    // A request GitHub would refuse makes the figures meaningless: stop with what it was.
    server.checkViolations()
    if (server.requests.length > TARGET_REQUESTS) {
      console.log(`  OVER TARGET: ${server.requests.length} > ${TARGET_REQUESTS}`)
    }
  } finally {
    await server.stop()
  }
}
