// The scope parser opens its messages with "line N: " (or "line N, column C: ") so that they read
// well alone; a report that already shows line N beside the message drops the repeat.

/** `message` without a leading "line N: " for this `line`; "line N, column C: " keeps "column C: ". */
export function withoutLinePrefix(message: string, line: number | undefined): string {
  const prefix = `line ${line}`
  if (line === undefined || !message.startsWith(prefix)) return message
  const rest = message.slice(prefix.length)
  if (rest.startsWith(': ')) return rest.slice(2)
  return /^, column \d+: /.test(rest) ? rest.slice(2) : message
}
