// The first pass of the scope parser: split the document into lines and hide every line a scope
// may never be read from (CONTRACT §1.1): fenced code, HTML comments and block quotes. A fence
// whose info string is `session-scope` is hidden too, but its body is handed back (§1.5).
// One pass, with indexOf and plain string tests only, so hostile input costs linear time.

/**
 * `text`: visible, non-blank; `blank`: visible and empty; `hidden`: inside code, a fence line or a
 * block quote (ends a field); `comment`: only an HTML comment (transparent, as when rendered).
 */
export type LineKind = 'text' | 'blank' | 'hidden' | 'comment'

/** One line of the document as the scope parser sees it. */
export interface DocLine {
  /** 1-based line of the document. */
  number: number
  /** The line with HTML comments cut out; '' for hidden lines. */
  text: string
  kind: LineKind
}

/** A fenced block with the info string `session-scope` (CONTRACT §1.5). */
export interface ScopeFence {
  /** 1-based line of the opening fence. */
  line: number
  /** 1-based line of the first body line. */
  bodyLine: number
  /** The body lines, with the opening fence's indentation removed. */
  body: string[]
  /** Columns removed from the start of each body line. */
  indent: number
  /** False when the document ended before the closing fence. */
  closed: boolean
}

/** The document split into lines, plus the session-scope fences found among them. */
export interface ScannedDocument {
  lines: DocLine[]
  fences: ScopeFence[]
}

interface OpenFence {
  char: string
  length: number
  scope: ScopeFence | null
}

/** Splits a document into lines, hiding code, comments and quotes, and collects scope fences. */
export function scanDocument(markdown: string): ScannedDocument {
  // A byte order mark (files saved by some Windows editors) would hide a heading or fence on line 1.
  const raw = markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const lines: DocLine[] = []
  const fences: ScopeFence[] = []
  let fence: OpenFence | null = null
  let inComment = false
  let inQuoteParagraph = false

  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? ''
    const number = i + 1

    if (fence) {
      if (closesFence(line, fence)) {
        if (fence.scope) fence.scope.closed = true
        fence = null
      } else if (fence.scope) {
        fence.scope.body.push(dropIndent(line, fence.scope.indent))
      }
      lines.push({ number, text: '', kind: 'hidden' })
      continue
    }

    let rest = line
    let touchedComment = inComment
    if (inComment) {
      const end = line.indexOf('-->')
      if (end < 0) {
        lines.push({ number, text: '', kind: 'comment' })
        continue
      }
      rest = line.slice(end + 3)
    } else {
      const opened = openFence(line)
      if (opened) {
        fence = opened
        inQuoteParagraph = false
        if (opened.scope) {
          opened.scope.line = number
          opened.scope.bodyLine = number + 1
          fences.push(opened.scope)
        }
        lines.push({ number, text: '', kind: 'hidden' })
        continue
      }
      const quote = quoteContent(line)
      if (quote !== null) {
        inQuoteParagraph = quote.trim() !== ''
        lines.push({ number, text: '', kind: 'hidden' })
        continue
      }
      if (inQuoteParagraph && isLazyContinuation(line)) {
        lines.push({ number, text: '', kind: 'hidden' })
        continue
      }
    }
    inQuoteParagraph = false

    const stripped = stripComments(rest)
    inComment = stripped.open
    touchedComment = touchedComment || stripped.found
    if (stripped.text.trim() !== '') lines.push({ number, text: stripped.text, kind: 'text' })
    else lines.push({ number, text: '', kind: touchedComment ? 'comment' : 'blank' })
  }
  return { lines, fences }
}

function leadingSpaces(line: string): number {
  let n = 0
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++
  return n
}

function runLength(line: string, from: number, char: string): number {
  let n = from
  while (n < line.length && line[n] === char) n++
  return n - from
}

// Fences nested in list items are indented, so any indentation opens one here.
function openFence(line: string): OpenFence | null {
  const indent = leadingSpaces(line)
  const char = line[indent]
  if (char !== '`' && char !== '~') return null
  const length = runLength(line, indent, char)
  if (length < 3) return null
  const info = line.slice(indent + length).trim()
  // A backtick "fence" whose info string holds a backtick is inline code, not a fence.
  if (char === '`' && info.includes('`')) return null
  const word = (info.split(/[\s{]/, 1)[0] ?? '').toLowerCase()
  const scope: ScopeFence | null =
    word === 'session-scope' ? { line: 0, bodyLine: 0, body: [], indent, closed: false } : null
  return { char, length, scope }
}

function closesFence(line: string, fence: OpenFence): boolean {
  const indent = leadingSpaces(line)
  const length = runLength(line, indent, fence.char)
  return length >= fence.length && line.slice(indent + length).trim() === ''
}

function dropIndent(line: string, indent: number): string {
  const n = Math.min(indent, leadingSpaces(line))
  return line.slice(n)
}

function quoteContent(line: string): string | null {
  const indent = leadingSpaces(line)
  if (indent > 3 || line[indent] !== '>') return null
  return line.slice(indent + 1)
}

// A line right after a quoted paragraph continues it (Markdown's "lazy continuation") unless it
// starts a block of its own.
function isLazyContinuation(line: string): boolean {
  const t = line.trim()
  if (t === '') return false
  if (t.startsWith('#') || t.startsWith('<!--')) return false
  if (/^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(t)) return false
  if (/^(?:[-*_=]\s*){3,}$/.test(t)) return false
  return true
}

function stripComments(line: string): { text: string; open: boolean; found: boolean } {
  let pos = 0
  let text = ''
  let found = false
  for (;;) {
    const start = line.indexOf('<!--', pos)
    if (start < 0) return { text: text + line.slice(pos), open: false, found }
    found = true
    text += line.slice(pos, start)
    const end = line.indexOf('-->', start + 4)
    if (end < 0) return { text, open: true, found }
    pos = end + 3
  }
}
