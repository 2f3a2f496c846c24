// Path and pattern spelling rules of CONTRACT §1.4, shared by the matcher and the overlap engine.

/** Normalises a repository path or pattern: `\` is not a separator, a leading `./` or `/` is dropped. */
export function normaliseEntry(text: string): string {
  let out = text.trim()
  for (;;) {
    if (out.startsWith('./')) out = out.slice(2)
    else if (out.startsWith('/')) out = out.slice(1)
    else break
  }
  return out.replace(/\/{2,}/g, '/')
}

/** Splits a leading `!` off an entry: `!src/gen/**` is the negation of `src/gen/**`. */
export function splitNegation(text: string): { negated: boolean; body: string } {
  const trimmed = text.trim()
  if (trimmed.startsWith('!')) return { negated: true, body: normaliseEntry(trimmed.slice(1)) }
  return { negated: false, body: normaliseEntry(trimmed) }
}
