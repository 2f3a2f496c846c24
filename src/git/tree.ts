// Files as a commit holds them, not as the working tree has them: `pr-scope check` reads the work
// orders and the settings file at the base, as the action does (CONTRACT §1.6, §4). One ls-tree
// lists the paths; one cat-file --batch reads every blob wanted.
import { failure, GitError, runGit, runGitBytes } from './run.js'

/** A file of a commit's tree. */
export interface TreeFile {
  path: string
  /** The blob's id. */
  object: string
  /** Its size in bytes. */
  size: number
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
    '-l',
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
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const tab = record.indexOf('\t')
    const [, type, object, size] = record.slice(0, tab).split(/ +/)
    if (type !== 'blob' || object === undefined) continue
    files.push({ path: record.slice(tab + 1), object, size: Number(size) })
  }
  return files
}

/**
 * The texts of the given files, read in one `git cat-file --batch`: a file over `maxBytes`, or
 * holding a NUL byte (binary), maps to null, as GitHub's API gives no text for such blobs.
 */
export async function readTexts(
  cwd: string,
  files: readonly TreeFile[],
  maxBytes = MAX_TEXT_BYTES
): Promise<Map<string, FileText>> {
  const texts = new Map<string, FileText>()
  const wanted = files.filter((f) => f.size <= maxBytes)
  for (const f of files) if (f.size > maxBytes) texts.set(f.path, null)
  if (wanted.length === 0) return texts
  const objects = [...new Set(wanted.map((f) => f.object))]
  const args = ['cat-file', '--batch']
  const result = await runGitBytes(cwd, args, objects.map((o) => `${o}\n`).join(''))
  if (result.code !== 0) throw failure(result, args, 'check that the repository is readable')
  const blobs = parseBatch(result.stdout, args)
  for (const f of wanted) {
    const bytes = blobs.get(f.object)
    if (bytes === undefined)
      throw new GitError(
        `git cat-file --batch did not return ${f.object} (${f.path})`,
        args.join(' ')
      )
    texts.set(f.path, bytes.includes(0) ? null : bytes.toString('utf8'))
  }
  return texts
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
