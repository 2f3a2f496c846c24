// Outcomes of the adapters: a value, or a message for the user that names the problem and the fix.

/** A value, or a user-facing error message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

/** Wraps a value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Wraps a user-facing error message. */
export function failure<T = never>(error: string): Result<T> {
  return { ok: false, error }
}
