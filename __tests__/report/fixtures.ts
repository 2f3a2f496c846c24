// Builders and readers shared by the report tests (not a test file: jest runs only *.test.ts).
import type { ReportInput } from '../../src/report/context.js'
import type { Finding, Scope, Verdict } from '../../src/scope/types.js'

/** The hostile path the contract's escaping requirement names. */
export const HOSTILE = '@octocat/<img src=x onerror=alert(1)>|`x`.md'

/** A verdict with nothing found; fields can be overridden. */
export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    result: 'pass',
    findings: [],
    outOfScopeFiles: [],
    conflicts: [],
    unmetDependencies: [],
    ...overrides
  }
}

/** A small scope read from the pull request body. */
export function scope(overrides: Partial<Scope> = {}): Scope {
  return {
    write: [
      { text: 'src/feature/**', line: 3 },
      { text: 'docs/feature.md', line: 3 }
    ],
    read: [{ text: 'src/shared/**', line: 4 }],
    dependencies: [{ text: 'WO-FIX-03 must be merged first', line: 5, refs: [] }],
    forbidden: [],
    forbidOthers: true,
    line: 2,
    form: 'markdown',
    ...overrides
  }
}

/** A report input for pull request #34 of o/r on github.com. */
export function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    verdict: verdict(),
    scope: scope(),
    source: { kind: 'body', path: null, ref: null },
    repository: { owner: 'o', repo: 'r', serverUrl: 'https://github.com' },
    pullRequest: { number: 34, title: 'Add the feature', headSha: 'a'.repeat(40) },
    ...overrides
  }
}

/** An out-of-scope finding for `path`. */
export function outOfScope(path: string, level: Finding['level'] = 'error'): Finding {
  return {
    check: 'out-of-scope',
    level,
    path,
    message: 'Not covered by the write set.',
    rule: 'src/feature/**',
    scopeLine: 3
  }
}

/** A failing verdict for these out-of-scope paths. */
export function failing(paths: readonly string[]): Verdict {
  return verdict({
    result: 'fail',
    findings: paths.map((path) => outOfScope(path)),
    outOfScopeFiles: [...paths].sort()
  })
}

/** Counts the `|` that split a table row: those not escaped by an odd run of backslashes. */
export function unescapedPipes(line: string): number {
  let pipes = 0
  let backslashes = 0
  for (const char of line) {
    if (char === '|' && backslashes % 2 === 0) pipes += 1
    backslashes = char === '\\' ? backslashes + 1 : 0
  }
  return pipes
}

/**
 * What a reader sees of escaped inline text: backslash escapes and the three entities resolved,
 * zero-width spaces gone. Enough of CommonMark to check that escaping loses nothing.
 */
export function visibleText(markdown: string): string {
  let out = ''
  for (let i = 0; i < markdown.length; i += 1) {
    const char = markdown[i] as string
    const next = markdown[i + 1]
    if (char === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
      out += next
      i += 1
    } else if (char === '&') {
      const entity = /^&(amp|lt|gt);/.exec(markdown.slice(i))
      if (entity === null) throw new Error(`bare & at ${i} in ${markdown}`)
      out += { amp: '&', lt: '<', gt: '>' }[entity[1] as 'amp' | 'lt' | 'gt']
      i += entity[0].length - 1
    } else if (char !== '\u200B') {
      out += char
    }
  }
  return out
}

/** The report's lines that belong to Markdown tables. */
export function tableLines(report: string): string[] {
  return report.split('\n').filter((line) => line.startsWith('| '))
}
