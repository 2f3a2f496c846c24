// The work-order files `pr-scope plan` reads: the files named, and every `*.md` below the folders
// named. Problems (a missing path, a folder without Markdown) are values naming the path and the fix.

import { readdir, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'

/** The files found, absolute and sorted, or the problems that stop the plan. */
export type FoundFiles = { files: string[]; problems: string[] }

// Folders that never hold work orders and can be huge.
const SKIPPED = new Set(['.git', 'node_modules'])

/** Resolves FILE|DIR arguments against `cwd` into the Markdown files to plan. */
export async function findWorkOrderFiles(
  args: readonly string[],
  cwd: string
): Promise<FoundFiles> {
  const files = new Set<string>()
  const problems: string[] = []
  for (const arg of args) {
    const path = resolve(cwd, arg)
    let isFolder: boolean
    try {
      isFolder = (await stat(path)).isDirectory()
    } catch (error) {
      problems.push(`cannot read ${arg}: ${reason(error)}; check the path`)
      continue
    }
    if (!isFolder) {
      files.add(path)
      continue
    }
    const before = problems.length
    const found = await markdownBelow(path, arg, problems)
    if (found.length === 0 && problems.length === before) {
      problems.push(`no work-order files (*.md) in folder ${arg}: name the folder that holds them`)
    }
    for (const file of found) files.add(file)
  }
  return { files: [...files].sort(), problems }
}

async function markdownBelow(folder: string, shown: string, problems: string[]): Promise<string[]> {
  const out: string[] = []
  const pending = [folder]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    let entries
    try {
      entries = await readdir(next, { withFileTypes: true })
    } catch (error) {
      const where =
        next === folder ? shown : `${shown}/${relative(folder, next).split(sep).join('/')}`
      problems.push(`cannot read folder ${where}: ${reason(error)}; check its permissions`)
      continue
    }
    for (const entry of entries) {
      const path = join(next, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) pending.push(path)
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        out.push(path)
      }
    }
  }
  return out
}

/** A short reason from a file-system error: the code when there is one. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder'
  return error instanceof Error ? error.message : String(error)
}
