// Every stand-in server of a test file, so that a request GitHub would refuse fails the test that
// sent it without the test having to ask (testing/jest-setup.ts checks after each test), and so
// that scripts (the demo, the benchmarks) can fail loudly on one.
//
// The registry lives on globalThis: jest gives each test file its own global object, and a test
// that resets its modules would otherwise get a second, empty registry.

/** What the registry needs of a server. */
export interface RecordsViolations {
  readonly violations: string[]
}

const KEY = Symbol.for('pr-scope-check.testing.servers')

function servers(): Set<RecordsViolations> {
  const global = globalThis as { [KEY]?: Set<RecordsViolations> }
  return (global[KEY] ??= new Set())
}

/** Registers a server (FakeGitHub does so itself when it is made). */
export function registerServer(server: RecordsViolations): void {
  servers().add(server)
}

/**
 * Takes the violations nobody took from `of` (default: every registered server) and words them
 * as a failure; null when there are none.
 */
export function violationReport(of: Iterable<RecordsViolations> = servers()): string | null {
  const taken = [...of].flatMap((server) => server.violations.splice(0))
  if (taken.length === 0) return null
  return (
    `The GitHub stand-in recorded ${taken.length === 1 ? 'a violation' : `${taken.length} violations`} ` +
    '(requests GitHub would refuse, or that the stand-in cannot answer as GitHub would; a test ' +
    'that expects one takes it with `server.violations.splice(0)`):\n' +
    taken.map((v) => `  - ${v}`).join('\n')
  )
}
