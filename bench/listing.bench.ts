// Listing a 3,000-file pull request against the local GitHub stand-in with 50 ms added to every
// answer: requests made, round trips and wall time, with the run's limit of 30 requests in flight
// (as the action does), the throttling plugin's default of 10, and one at a time (for comparison).
import { createClient, RunConcurrency } from '../src/github/client/client.js'
import { listPullRequestFiles } from '../src/github/files.js'
import { getPullRequest } from '../src/github/pull-request.js'
import { FakeGitHub } from '../testing/server.js'
import { addPullRequest, createRepository, manyFiles } from '../testing/state.js'
import { waveCount } from '../testing/waves.js'

const LATENCY_MS = 50
const FILES = 3000

/** Prints requests, waves and wall time of the listing at each limit. */
export async function main(): Promise<void> {
  const repo = createRepository('octo', 'big')
  addPullRequest(repo, { number: 1, files: manyFiles(FILES) })
  const server = await new FakeGitHub({ repositories: [repo], latencyMs: LATENCY_MS }).start()
  const quiet = {
    info: () => undefined,
    debug: () => undefined,
    warning: (m: string) => console.warn(m)
  }
  const client = (limit: number) =>
    createClient({
      token: 'ghs_read',
      apiUrl: server.apiUrl,
      log: quiet,
      concurrency: new RunConcurrency(limit)
    })
  try {
    // One untimed pass first, so that the figures measure the listing, not the JIT warming up.
    await listPullRequestFiles(client(30), {
      owner: 'octo',
      repo: 'big',
      number: 1,
      changedFiles: FILES
    })
    for (const [label, limit] of [
      ['30 in flight (the action)', 30],
      ["10 in flight (the throttling plugin's default)", 10],
      ['one at a time', 1]
    ] as const) {
      server.requests.length = 0
      server.maxInFlight = 0
      const c = client(limit)
      const started = performance.now()
      const pr = await getPullRequest(c, { owner: 'octo', repo: 'big', number: 1 })
      if (!pr.ok) throw new Error(pr.error)
      const listStarted = performance.now()
      const files = await listPullRequestFiles(c, pr.value)
      const ended = performance.now()
      if (!files.ok || files.value.length !== FILES) throw new Error('the listing is incomplete')
      const pages = server.requests.slice(1)
      console.log(
        `${label}: ${server.requests.length} requests (1 pull request + ${pages.length} pages in ` +
          `${waveCount(pages)} round trips), listing ${((ended - listStarted) / 1000).toFixed(3)} s, ` +
          `with the pull request ${((ended - started) / 1000).toFixed(3)} s, at most ` +
          `${server.maxInFlight} in flight (${LATENCY_MS} ms per answer, ${FILES} files)`
      )
    }
    // A request GitHub would refuse makes the figures meaningless: stop with what it was.
    server.checkViolations()
  } finally {
    await server.stop()
  }
}
