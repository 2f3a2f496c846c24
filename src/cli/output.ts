// What the command prints may land in a CI log (`run: npx pr-scope check`), where the runner reads
// every line as a possible workflow command: one that starts with `::` (after white space), or
// holds `##[` anywhere. Paths, titles and patterns come from pull requests and repositories, so
// every line the command prints is made inert here, once, whatever the subcommand built.
import { inertJson } from '../report/board-json.js'
import { logLine } from '../report/log-text.js'

/**
 * Output made inert for a terminal and a CI log. A JSON document keeps its value (control and
 * invisible characters, and the `#` of `##[`, become \u escapes); text goes line by line through
 * logLine (hidden characters show as U+FFFD, `::` and `##[` are broken by a zero-width space).
 */
export function inertOutput(text: string): string {
  if (isJsonDocument(text)) return inertJson(text).replace(/##\[/g, '#\\u0023[')
  return text.split('\n').map(logLine).join('\n')
}

function isJsonDocument(text: string): boolean {
  const start = text.trimStart()[0]
  if (start !== '{' && start !== '[') return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
