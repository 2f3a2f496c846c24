// The built command, as users run it: `node dist/cli.js plan ...` on the Node running the tests.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const node = process.execPath
const cli = join(root, 'dist/cli.js')
const fixture = '__tests__/fixtures/work-orders/protocol'

const run = (...args: string[]) =>
  spawnSync(node, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })

describe('node dist/cli.js plan', () => {
  it(`plans the protocol fixture as JSON and exits 0`, () => {
    const result = run('plan', fixture, '--json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const json = JSON.parse(result.stdout) as {
      groups: Array<{ workOrders: string[] }>
      waves: string[][]
    }
    expect(json.groups).toHaveLength(7)
    expect(json.groups[0]?.workOrders).toEqual(['WO-FIX-01', 'WO-FIX-03', 'WO-FIX-02', 'WO-FIX-04'])
    expect(json.waves).toHaveLength(4)
  })

  it(`prints the Markdown plan by default`, () => {
    const result = run('plan', fixture)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '| `aidm/core/full_attack_resolver.py` | WO-FIX-01, WO-FIX-02, WO-FIX-03 |'
    )
  })

  it(`exits 2 on a path that does not exist`, () => {
    const result = run('plan', 'no/such/folder')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('no/such/folder')
  })
})
