// Files as a commit holds them, not as the working tree has them: `pr-scope check` reads the work
// orders and the settings file at the base, as the action does (CONTRACT §1.6, §4). One ls-tree
// lists the paths; one cat-file --batch reads every blob wanted.
import { failure, GitError, runGit, runGitBytes } from './run.js'

/** A file of a commit's tree. */
export interface TreeFile {
  path: string
  /** The blob's id. */
  object: string
}

/** What a text read gives back for one file: its text, or null (binary, or over the size limit). */
export type FileText = string | null

/** A work order or a settings file is a few KB; past this size it is not read as text. */
export const MAX_TEXT_BYTES = 1024 * 1024

/**
 * Every file (blob) of `commit`'s tree, or of the paths named, with paths relative to the top
 * level. Submodules are left out; a symbolic link is a blob (its target), as GitHub lists it.
 */
export async function listTree(
  cwd: string,
  commit: string,
  paths?: readonly string[]
): Promise<TreeFile[]> {
  const args = [
    '--literal-pathspecs',
    '-c',
    'core.quotePath=false',
    'ls-tree',
    '-r',
    '-z',
    // No -l: sizes cost a lookup per blob; readTexts asks only for the files it reads.
    '--full-tree',
    commit,
    ...(paths === undefined ? [] : ['--', ...paths])
  ]
  const result = await runGit(cwd, args)
  if (result.code !== 0)
    throw failure(result, args, `check that ${commit} is a commit of this repository`)
  const files: TreeFile[] = []
  for (const record of result.stdout.split('\0')) {
    if (record === '') continue
    // <mode> SP <type> SP <object> TAB <path>
    const tab = record.indexOf('\t')
    const [, type, object] = record.slice(0, tab).split(' ')
    if (type !== 'blob' || object === undefined) continue
    files.push({ path: record.slice(tab + 1), object })
  }
  return files
}

/**
 * The texts of the given files: their sizes from one `git cat-file --batch-check`, then the
 * contents of those within `maxBytes` from one `git cat-file --batch`. A larger file, or one
 * holding a NUL byte (binary), maps to null, as GitHub's API gives no text for such blobs.
 */
export async function readTexts(
  cwd: string,
  files: readonly TreeFile[],
  maxBytes = MAX_TEXT_BYTES
): Promise<Map<string, FileText>> {
  const texts = new Map<string, FileText>()
  if (files.length === 0) return texts
  const objects = [...new Set(files.map((f) => f.object))]
  const sizes = await objectSizes(cwd, objects)
  const small = objects.filter((o) => (sizes.get(o) ?? Infinity) <= maxBytes)
  const blobs = small.length === 0 ? new Map<string, Buffer>() : await objectContents(cwd, small)
  for (const f of files) {
    const bytes = blobs.get(f.object)
    texts.set(f.path, bytes === undefined || bytes.includes(0) ? null : bytes.toString('utf8'))
  }
  return texts
}

async function objectSizes(cwd: string, objects: readonly string[]): Promise<Map<string, number>> {
  const args = ['cat-file', '--batch-check=%(objectname) %(objectsize)']
  const result = await runGit(cwd, args, objects.map((o) => `${o}\n`).join(''))
  if (result.code !== 0) throw failure(result, args, 'check that the repository is readable')
  const sizes = new Map<string, number>()
  for (const line of result.stdout.split('\n')) {
    const [object, size] = line.split(' ')
    if (object !== undefined && size !== undefined && /^\d+$/.test(size)) {
      sizes.set(object, Number(size))
    }
  }
  return sizes
}

async function objectContents(
  cwd: string,
  objects: readonly string[]
): Promise<Map<string, Buffer>> {
  const args = ['cat-file', '--batch']
  const result = await runGitBytes(cwd, args, objects.map((o) => `${o}\n`).join(''))
  if (result.code !== 0) throw failure(result, args, 'check that the repository is readable')
  const blobs = parseBatch(result.stdout, args)
  for (const object of objects) {
    if (!blobs.has(object)) {
      throw new GitError(`git cat-file --batch did not return ${object}`, args.join(' '))
    }
  }
  return blobs
}

/** The text of one file at `commit`: undefined when the commit holds no such file. */
export async function readFileAt(
  cwd: string,
  commit: string,
  path: string
): Promise<FileText | undefined> {
  const [file] = (await listTree(cwd, commit, [path])).filter((f) => f.path === path)
  if (file === undefined) return undefined
  return (await readTexts(cwd, [file])).get(path) ?? null
}

// `<object> SP <type> SP <size> LF <contents> LF`, or `<name> SP missing LF`, for each line asked.
function parseBatch(out: Buffer, args: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>()
  let at = 0
  while (at < out.length) {
    const end = out.indexOf(10, at)
    if (end < 0) break
    const header = out.subarray(at, end).toString('utf8').split(' ')
    at = end + 1
    if (header[1] === 'missing' || header.length < 3) continue
    const size = Number(header[2])
    if (!Number.isSafeInteger(size) || at + size > out.length) {
      throw new GitError(`git cat-file --batch: unexpected output at byte ${at}`, args.join(' '))
    }
    blobs.set(header[0] as string, out.subarray(at, at + size))
    at += size + 1
  }
  return blobs
}
