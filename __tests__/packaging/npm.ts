// Runs the npm that runs the tests (npm_execpath under `npm test`, else the npm on PATH) in a
// folder of its own, with none of the calling npm's settings.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** What an npm command did. */
export interface NpmRun {
  status: number | null
  output: string
}

/** Runs `npm ARGS` in `cwd`; `env` adds to (and `NODE_OPTIONS` replaces) the environment. */
export function npm(cwd: string, args: string[], env: Record<string, string> = {}): NpmRun {
  // `npm test` sets npm_config_* variables (prefix, cache...) that would steer the inner npm.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE_OPTIONS')
  )
  const cli = process.env.npm_execpath
  const viaNode = cli !== undefined && /\.c?js$/.test(cli)
  const result = spawnSync(viaNode ? process.execPath : 'npm', viaNode ? [cli, ...args] : args, {
    cwd,
    env: { ...clean, npm_config_update_notifier: 'false', ...env },
    encoding: 'utf8',
    shell: !viaNode && process.platform === 'win32',
    timeout: 120_000
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
