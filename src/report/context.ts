// What the report is built from: the verdict plus the facts about where it was reached.
import type { DependencyStatus } from '../scope/checks/dependencies.js'
import type { SequencedOverlap } from '../scope/checks/overlaps.js'
import type { Scope, ScopeSource, Verdict } from '../scope/types.js'

/** The repository the report links into. */
export interface ReportRepository {
  owner: string
  repo: string
  /** Like https://github.com or a GitHub Enterprise Server URL. */
  serverUrl: string
}

/** The pull request the report is about, when there is one (not in a merge queue or the CLI). */
export interface ReportPullRequest {
  number: number
  title: string
  headSha: string
}

/** What the overlap check compared this pull request with (src/scope/checks/overlaps.ts). */
export interface Comparison {
  /** Other open pull requests to the same base with a readable scope. */
  compared: number
  /** Other open pull requests to the same base that declare no readable scope. */
  withoutScope: number
  /** Those whose sets meet this one's but that a declared dependency sequences: no conflict. */
  sequenced: SequencedOverlap[]
  /** The kind of overlap an input turned off (`overlap: off`, `read-overlap: off`), if any. */
  off?: 'write-write' | 'read-write'
}

/** Everything the report, the annotations and the outputs are rendered from. */
export interface ReportInput {
  verdict: Verdict
  scope: Scope | null
  source: ScopeSource | null
  repository: ReportRepository
  pullRequest: ReportPullRequest | null
  /** Counts for the overlap section, e.g. open PRs that declare no scope (0 until overlap lands). */
  skippedWithoutScope?: number
  /** What the overlap check compared, when it ran (it speaks for `skippedWithoutScope` then). */
  comparison?: Comparison
  /**
   * Every dependency the check judged, met ones included (src/scope/checks/dependencies.ts); when absent, the
   * report lists the verdict's unmet dependencies.
   */
  dependencies?: DependencyStatus[]
  /** The workflow run's page (links.ts runPageUrl), for the footer. */
  runUrl?: string | null
  /** What a Session Scope is (links.ts scopeHelpUrl); default: this project's README. */
  helpUrl?: string
  /** How many files the pull request changes, for the passing verdict line ("all 14 changed files"). */
  changedFileCount?: number
}
