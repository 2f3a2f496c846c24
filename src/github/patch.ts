// Where an annotation about a changed file should point: the first line its diff adds.

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/

/**
 * The line number (in the new file) of the first added line of the first hunk of a unified diff
 * as GitHub's files endpoint sends it in `patch`; undefined when that hunk adds nothing or the
 * text holds no hunk.
 */
export function firstAddedLine(patch: string | undefined): number | undefined {
  if (!patch) return undefined
  const lines = patch.split('\n')
  const start = lines.findIndex((line) => HUNK_HEADER.test(line))
  if (start < 0) return undefined
  let line = Number(HUNK_HEADER.exec(lines[start] as string)?.[1])
  for (const text of lines.slice(start + 1)) {
    if (text.startsWith('@@')) return undefined
    if (text.startsWith('+')) return line
    // Removed lines and "\ No newline at end of file" do not exist in the new file.
    if (text.startsWith('-') || text.startsWith('\\')) continue
    line++
  }
  return undefined
}
