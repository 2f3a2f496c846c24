// Listing a 3,000-file pull request against the local GitHub stand-in with 50 ms added to every
// answer: requests made and wall time, with pages fetched concurrently (as the action does) and
// one after another (for comparison).
import { createClient } from '../src/github/client.js'
import { listPullRequestFiles } from '../src/github/files.js'
import { getPullRequest } from '../src/github/pull-request.js'
import { FakeGitHub } from '../testing/server.js'
import { addPullRequest, createRepository, manyFiles } from '../testing/state.js'

const LATENCY_MS = 50
const FILES = 3000

/** Prints requests and wall time of the listing, concurrent then sequential. */
export async function main(): Promise<void> {
  const repo = createRepository('octo', 'big')
  addPullRequest(repo, { number: 1, files: manyFiles(FILES) })
  const server = await new FakeGitHub({ repositories: [repo], latencyMs: LATENCY_MS }).start()
  const quiet = {
    info: () => undefined,
    debug: () => undefined,
    warning: (m: string) => console.warn(m)
  }
  try {
    // One untimed pass first, so that the figures measure the listing, not the JIT warming up.
    const warm = createClient({ token: 'ghs_read', apiUrl: server.apiUrl, log: quiet })
    await listPullRequestFiles(warm, { owner: 'octo', repo: 'big', number: 1, changedFiles: FILES })
    for (const [label, concurrency] of [
      ['concurrent pages (10 in flight)', 10],
      ['sequential pages', 1]
    ] as const) {
      server.requests.length = 0
      server.maxInFlight = 0
      const client = createClient({ token: 'ghs_read', apiUrl: server.apiUrl, log: quiet })
      const started = performance.now()
      const pr = await getPullRequest(client, { owner: 'octo', repo: 'big', number: 1 })
      if (!pr.ok) throw new Error(pr.error)
      const listStarted = performance.now()
      const files = await listPullRequestFiles(client, pr.value, { concurrency })
      const ended = performance.now()
      if (!files.ok || files.value.length !== FILES) throw new Error('the listing is incomplete')
      console.log(
        `${label}: ${server.requests.length} requests (1 pull request + ${server.requests.length - 1} pages), ` +
          `listing ${((ended - listStarted) / 1000).toFixed(3)} s, with the pull request ` +
          `${((ended - started) / 1000).toFixed(3)} s, at most ${server.maxInFlight} in flight ` +
          `(${LATENCY_MS} ms per answer, ${FILES} files)`
      )
    }
    // A request GitHub would refuse makes the figures meaningless: stop with what it was.
    server.checkViolations()
  } finally {
    await server.stop()
  }
}
