// Reads back what an action printed for the runner: `::error file=a.ts,line=3,title=T::message`
// workflow commands, and the `name<<delimiter` blocks of the GITHUB_OUTPUT file.
//
// The reading follows the runner (actions/runner, ActionCommandManager and ActionCommand), so that
// a test sees every command a real runner would obey: a line ends at CR, LF or CRLF; leading white
// space is skipped before `::`; the legacy form `##[name props]data` counts anywhere in a line; and
// after `::stop-commands::TOKEN` nothing is obeyed until a line `::TOKEN::`.

/** One workflow command printed on stdout. */
export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

/** The lines of stdout as the runner splits them (.NET's ReadLine: CR, LF and CRLF end a line). */
export function runnerLines(stdout: string): string[] {
  const lines = stdout.split(/\r\n|\r|\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** The workflow commands in an action's stdout that a runner would obey, unescaped as it does. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stopToken: string | null = null
  for (const line of runnerLines(stdout)) {
    const command = parseCommand(line)
    if (command === null) continue
    if (stopToken !== null) {
      if (command.command === stopToken) stopToken = null
      continue
    }
    if (command.command === 'stop-commands') stopToken = command.message.toLowerCase()
    commands.push(command)
  }
  return commands
}

// What .NET's String.TrimStart() removes (Char.IsWhiteSpace).
const DOTNET_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

function parseCommand(line: string): WorkflowCommand | null {
  const trimmed = line.replace(DOTNET_SPACE, '')
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2)
    if (end >= 0) {
      const info = trimmed.slice(2, end)
      const space = info.indexOf(' ')
      const name = space < 0 ? info : info.slice(0, space)
      if (name !== '') {
        const properties: Record<string, string> = {}
        for (const pair of space < 0
          ? []
          : info
              .slice(space + 1)
              .trim()
              .split(',')) {
          const eq = pair.indexOf('=')
          if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
        }
        const message = unescapeData(trimmed.slice(end + 2))
        return { command: name.toLowerCase(), properties, message }
      }
    }
  }
  return parseLegacy(line)
}

// The runner's older form, still obeyed wherever `##[` appears in a line.
function parseLegacy(line: string): WorkflowCommand | null {
  const start = line.indexOf('##[')
  if (start < 0) return null
  const close = line.indexOf(']', start)
  if (close < 0) return null
  const info = line.slice(start + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (name === '') return null
  const properties: Record<string, string> = {}
  for (const pair of space < 0 ? [] : info.slice(space + 1).split(';')) {
    const eq = pair.indexOf('=')
    if (eq > 0) properties[pair.slice(0, eq)] = unescapeLegacy(pair.slice(eq + 1))
  }
  return { command: name.toLowerCase(), properties, message: unescapeLegacy(line.slice(close + 1)) }
}

/** The outputs an action wrote to its GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`output ${name}: no closing delimiter ${delimiter}`)
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

function unescapeLegacy(text: string): string {
  return text
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%25/g, '%')
}
