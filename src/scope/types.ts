// The domain model shared by the parser, the matcher, the checks, the reporters and both
// entry points (the action and the pr-scope command). Pure data: no I/O lives here.

/** The four fields of a Session Scope block. */
export type ScopeField = 'write' | 'read' | 'dependencies' | 'forbidden'

/** One pattern of a write, read or forbidden list, as written (backticks removed), with its line. */
export interface ScopeEntry {
  /** The entry as the author wrote it, after trimming and removing backticks (may start with `!`). */
  text: string
  /** 1-based line of the document the entry came from. */
  line: number
}

/** A reference found inside one dependency item. */
export type DependencyRef =
  | { kind: 'number'; number: number }
  | { kind: 'url'; owner: string; repo: string; number: number; url: string }
  | { kind: 'work-order'; id: string }

/** One dependency item: the free text as written, and the references found in it. */
export interface Dependency {
  text: string
  line: number
  refs: DependencyRef[]
}

/** A parsed Session Scope. */
export interface Scope {
  write: ScopeEntry[]
  read: ScopeEntry[]
  dependencies: Dependency[]
  forbidden: ScopeEntry[]
  /** True when forbidden used a phrase such as "any file not listed above" (adds no pattern). */
  forbidOthers: boolean
  /** 1-based line where the block starts (its heading, bold line, or fence). */
  line: number
  /** Which syntax the block used. */
  form: 'markdown' | 'fenced'
}

/** Severity of a message about the scope text itself. */
export type MessageLevel = 'error' | 'warning' | 'notice'

/** A problem with the scope text: a malformed block, a bad label, a pattern that cannot be used. */
export interface ScopeMessage {
  level: MessageLevel
  /** 1-based line of the document. */
  line: number
  /** 1-based column, when known (YAML errors). */
  column?: number
  message: string
}

/**
 * The parser's answer. `scope` is null when no block was found (errors empty) or when the block
 * could not be read (errors non-empty). Warnings and notices may come with a scope.
 */
export interface ParseResult {
  scope: Scope | null
  messages: ScopeMessage[]
}

/** How a file changed, on the model that both the REST API and `git diff` feed. */
export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed'

/** One changed file of a pull request or local branch. */
export interface ChangedFile {
  path: string
  status: ChangeStatus
  /** The old path of a rename (and the source of a copy). */
  previousPath?: string
  /** First added line of the first hunk, from the patch, when known. */
  firstAddedLine?: number
}

/** The checks of CONTRACT §2. */
export type CheckName =
  | 'scope-syntax'
  | 'missing-scope'
  | 'out-of-scope'
  | 'read-only-modified'
  | 'unused-write-entry'
  | 'write-write-overlap'
  | 'read-write-overlap'
  | 'undecided-overlap'
  | 'unmet-dependency'

/** `error` fails the verdict; `warning` and `notice` do not. */
export type FindingLevel = 'error' | 'warning' | 'notice'

/** One thing a check found. */
export interface Finding {
  check: CheckName
  level: FindingLevel
  /** The file the finding is about, when it is about one. */
  path?: string
  message: string
  /** The scope entry or line that decided (for example the `!` entry that took the path back). */
  rule?: string
  /** 1-based line in the scope source of the relevant entry. */
  scopeLine?: number
  /** The dependency an unmet-dependency finding is about, as the scope names it (`#12`, an ID). */
  reference?: string
}

/** Levels that inputs may set for each check (CONTRACT §4). */
export interface CheckLevels {
  outOfScope: 'fail' | 'warn'
  missingScope: 'fail' | 'warn' | 'ignore'
}

/** Two patterns, one from each side, that some path matches, with such a path. */
export interface SharedPattern {
  ours: string
  theirs: string
  witness: string
}

/** Another open pull request whose declared sets meet this one's (CONTRACT §2, §3 `conflicts`). */
export interface Conflict {
  number: number
  title: string
  author: string
  url: string
  kind: 'write-write' | 'read-write'
  level: FindingLevel
  patterns: SharedPattern[]
  /** Concrete changed files of this pull request that the other one also claims. */
  files: string[]
}

/** A dependency that is not met yet (CONTRACT §3 `unmet-dependencies`). */
export interface UnmetDependency {
  reference: string
  number: number | null
  state: 'open' | 'closed-unmerged' | 'not-started' | 'unknown'
  url: string | null
  level: FindingLevel
}

/** The outcome of the checks. */
export interface Verdict {
  result: 'pass' | 'fail'
  findings: Finding[]
  /** Paths in C that are out of scope (read-only-modified included), sorted. */
  outOfScopeFiles: string[]
  /** Overlaps with other open pull requests (empty until the overlap check runs). */
  conflicts: Conflict[]
  /** Dependencies not met (empty until the dependency check runs). */
  unmetDependencies: UnmetDependency[]
}

/** Where the Session Scope was read: the pull request body, or a work-order file at a ref. */
export interface ScopeSource {
  kind: 'body' | 'work-order'
  path: string | null
  ref: string | null
}
