// npm run demo: the action on the protocol's own example (PROTOCOL.md, "Session Scope"), run as
// GitHub runs it (dist/index.js on Node 24) against the local GitHub stand-in. Two pull requests
// declare the same scope (the second says it runs after the first): one stays inside it, one also
// edits a file outside it, which a third open pull request owns (a write-write overlap). Prints
// what the action annotates, its outputs, its job summary and the comment it posts for each,
// then exits 0 whatever the verdicts (and 1 when the action sent a request GitHub would refuse: a
// demo that only works against the stand-in shows nothing).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pullRequestEvent } from '../testing/event.js'
import { ROOT, runAction, type ActionRun } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import type { FakeRepository } from '../testing/state.js'
import { demoExample } from './demo-example.js'

/** Runs the demo and prints what the action reports for each pull request. */
async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    console.error('dist/index.js is missing: run `npm ci` and `npm run bundle` first.')
    process.exitCode = 1
    return
  }
  const { repo, inside, outside, owner } = demoExample()
  const server = await new FakeGitHub({ repositories: [repo] }).start()
  try {
    for (const pr of [inside, outside, owner]) {
      // A token that may comment, as with `permissions: pull-requests: write`.
      const run = await runAction({
        server,
        event: pullRequestEvent(server, repo, pr),
        token: 'ghs_write'
      })
      print(`#${pr.number} ${pr.title}`, run)
      printComment(repo, pr.number, run.summary)
      server.checkViolations()
    }
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
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

/** Prints the pull request comment the run left (created, or edited in place). */
function printComment(repo: FakeRepository, number: number, summary: string): void {
  const comments = repo.comments.filter((c) => c.issueNumber === number)
  console.log(`\nPull request comment (${comments.length} on #${number}):\n`)
  for (const comment of comments) {
    const [marker = '', ...rest] = comment.body.trim().split('\n')
    const same = rest.join('\n').trim() === summary.trim()
    console.log(`  │ ${marker}`)
    console.log(
      same
        ? '  │ (then the job summary above, word for word)'
        : rest.join('\n').replace(/^/gm, '  │ ')
    )
  }
}

await main()
