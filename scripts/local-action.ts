// npm run local-action [-- ENV_FILE]: runs the action's TypeScript source under GitHub's
// @github/local-action (which stubs @actions/core and @actions/github and calls src/action/run.ts's run()),
// against the local GitHub stand-in serving the demo's example. The env file (default .env.example)
// holds the event and the inputs. The stand-in listens on PR_SCOPE_EXAMPLE_PORT (0 or unset: any
// free port, so two runs or CI never collide); the script writes the env file again with the
// stand-in's URLs as GITHUB_API_URL, GITHUB_GRAPHQL_URL and GITHUB_SERVER_URL, and writes the event
// the runner would write to its GITHUB_EVENT_PATH. local-action exits 0 even when the check fails,
// so the last line says the check's result.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { mergeGroupEvent, pullRequestEvent } from '../testing/event.js'
import { ROOT } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import { findPullRequest } from '../testing/state.js'
import { demoExample } from './demo-example.js'

/** Reads KEY=VALUE lines as dotenv does for the simple file we ship (comments, optional quotes). */
function readEnvFile(path: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line)
    if (!m || line.trimStart().startsWith('#')) continue
    const value = m[2] ?? ''
    env[m[1] as string] = /^(['"]).*\1$/.test(value) ? value.slice(1, -1) : value
  }
  return env
}

function required(env: Record<string, string>, name: string, file: string): string {
  const value = env[name]
  if (!value) throw new UsageError(`${file} does not set ${name}.`)
  return value
}

class UsageError extends Error {}

/** The env file's text with these variables set (replaced where it has them, else added). */
function withVariables(text: string, values: Record<string, string>): string {
  const lines = text.split(/\r?\n/).filter((line) => {
    const name = /^\s*([\w.-]+)\s*=/.exec(line)?.[1]
    return name === undefined || !(name in values)
  })
  const added = Object.entries(values).map(([name, value]) => `${name}=${value}`)
  return [
    ...lines,
    '# Set by scripts/local-action.ts: the stand-in it started.',
    ...added,
    ''
  ].join('\n')
}

/** Starts the stand-in, writes the event, runs local-action, and stops the stand-in. */
async function main(): Promise<number> {
  const envFile = process.argv[2] ?? '.env.example'
  const envPath = resolve(ROOT, envFile)
  if (!existsSync(envPath)) throw new UsageError(`No env file ${envFile}: copy .env.example.`)
  const env = readEnvFile(envPath)
  const port = Number(env.PR_SCOPE_EXAMPLE_PORT || '0')
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `${envFile}: PR_SCOPE_EXAMPLE_PORT is "${env.PR_SCOPE_EXAMPLE_PORT}": give a port, or 0 for any free one.`
    )
  }
  const eventPath = resolve(ROOT, required(env, 'GITHUB_EVENT_PATH', envFile))
  const eventName = required(env, 'GITHUB_EVENT_NAME', envFile)
  const number = Number(env.PR_SCOPE_EXAMPLE_PULL_REQUEST ?? '42')

  const { repo } = demoExample()
  const pr = findPullRequest(repo, number)
  if (!pr) throw new UsageError(`The example has pull requests #41, #42 and #43, not #${number}.`)

  let server: FakeGitHub
  try {
    server = await new FakeGitHub({ repositories: [repo] }).start(port)
  } catch (error) {
    throw new UsageError(
      `Cannot serve the example on port ${port} (${(error as Error).message}): free the port or ` +
        `change it in ${envFile}.`
    )
  }
  try {
    const event =
      eventName === 'merge_group'
        ? mergeGroupEvent(server, repo, [pr])
        : pullRequestEvent(server, repo, pr, 'opened', eventName)
    mkdirSync(dirname(eventPath), { recursive: true })
    writeFileSync(eventPath, JSON.stringify(event.payload, null, 2))
    if (env.GITHUB_WORKSPACE) mkdirSync(resolve(ROOT, env.GITHUB_WORKSPACE), { recursive: true })
    // local-action loads the env file over the environment, so the stand-in's URLs go in a copy.
    const runEnv = join(dirname(eventPath), 'local-action.env')
    writeFileSync(
      runEnv,
      withVariables(readFileSync(envPath, 'utf8'), {
        GITHUB_API_URL: server.apiUrl,
        GITHUB_GRAPHQL_URL: server.graphqlUrl,
        GITHUB_SERVER_URL: server.serverUrl
      })
    )
    console.log(
      `Serving the example (${repo.owner}/${repo.name}, #${pr.number}) on ${server.apiUrl}; ` +
        `event ${eventName} written to ${eventPath}`
    )
    return await runLocalAction(relative(ROOT, runEnv))
  } finally {
    await server.stop()
  }
}

/**
 * Runs `local-action . src/action/run.ts ENV_FILE` from the repository root, passing its log through, and
 * returns its exit code. local-action 7 exits 0 even when the action calls core.setFailed, so the
 * verdict (the `result` output in its log) is repeated at the end.
 */
function runLocalAction(envFile: string): Promise<number> {
  const bin = join(ROOT, 'node_modules', '.bin', 'local-action')
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, ['.', 'src/action/run.ts', envFile], {
      cwd: ROOT,
      stdio: ['inherit', 'pipe', 'inherit']
    })
    let result = ''
    let tail = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      process.stdout.write(chunk)
      // A line can arrive in two chunks: search the end of the previous chunk too.
      tail = (tail + chunk).slice(-4096)
      const matches = [...tail.matchAll(/::set-output name=result::(\w+)/g)]
      result = matches.at(-1)?.[1] ?? result
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (result !== '') {
        console.log(
          `\nThe check's result: ${result}` +
            (result === 'fail'
              ? ' (the step would fail on GitHub; local-action itself exits 0)'
              : '')
        )
      }
      resolvePromise(code ?? 1)
    })
  })
}

try {
  process.exitCode = await main()
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(error.message)
  process.exitCode = 2
}
