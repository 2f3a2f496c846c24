// The outcome of one step of a command: a value, or what the user must fix before it can run
// (the command then exits 2). `errors` lists the problems one by one for `--json`; `message` says
// them to a person, with the fix.

/** A value, or a problem for the user. */
export type Step<T> = { ok: true; value: T } | Stop

/** Why a command stops with exit status 2. */
export interface Stop {
  ok: false
  message: string
  errors: string[]
}

/** Wraps a value. */
export function ok<T>(value: T): Step<T> {
  return { ok: true, value }
}

/** A problem; `errors` (default: the message) are its separate lines for machines. */
export function stop(message: string, errors: readonly string[] = [message]): Stop {
  return { ok: false, message, errors: [...errors] }
}
