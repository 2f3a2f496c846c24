// `pr-scope plan` through runPlan, with an io object: arguments, files, output and exit status.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runPlan } from '../../../src/cli/plan/plan.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const fixture = '__tests__/fixtures/work-orders/protocol'
const scratch = mkdtempSync(join(tmpdir(), 'pr-scope-plan-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function plan(args: string[], cwd = root): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runPlan(args, {
    cwd,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s)
  })
  return { code, stdout, stderr }
}

let folders = 0
/** A fresh folder holding the given files (path -> content). */
function folderWith(files: Record<string, string>): string {
  const folder = join(scratch, `case-${folders++}`)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true })
    writeFileSync(join(folder, path), text)
  }
  return folder
}

const scoped = (write: string, dependencies = 'none', read = 'none'): string =>
  `# Title\n\n## Session Scope\n**Write set:** ${write}\n**Read set:** ${read}\n**Dependencies:** ${dependencies}\n**Do NOT touch:** Any file not listed above\n`

describe('pr-scope plan on the protocol fixture', () => {
  it('prints the protocol tables in Markdown and exits 0', async () => {
    const run = await plan([fixture])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain(
      '13 work orders: 13 planned in 7 parallel-safe groups and 4 waves.'
    )
    expect(run.stdout).toContain(
      [
        '| File | Used by WOs |',
        '| --- | --- |',
        '| `aidm/core/attack_resolver.py` | WO-FIX-01, WO-FIX-03 |',
        '| `aidm/core/conditions.py` | WO-FIX-03, WO-FIX-04 |',
        '| `aidm/core/full_attack_resolver.py` | WO-FIX-01, WO-FIX-02, WO-FIX-03 |',
        '| `aidm/core/maneuver_resolver.py` | WO-FIX-07, WO-FIX-08, WO-FIX-09 |',
        '| `aidm/loop/play_loop.py` | WO-FIX-06, WO-FIX-11 |'
      ].join('\n')
    )
    expect(run.stdout).toContain('| 1 | WO-FIX-01 → WO-FIX-03 → WO-FIX-02 → WO-FIX-04 |  |')
    expect(run.stdout).toContain(
      '| 2 | WO-FIX-09 → WO-FIX-07 → WO-FIX-08 | WO-FIX-07 waits for WO-FIX-03 (group 1) |'
    )
    expect(run.stdout).toContain(
      '| 1 (now) | WO-FIX-01, WO-FIX-05, WO-FIX-06, WO-FIX-09, WO-FIX-12, WO-FIX-13 |'
    )
    expect(run.stdout).toContain('| 2 (next) | WO-FIX-03, WO-FIX-10, WO-FIX-11 |')
    expect(run.stdout).toContain(
      '| write-write | WO-FIX-01, WO-FIX-03 | `aidm/core/attack_resolver.py`<br>`aidm/core/full_attack_resolver.py` | `aidm/core/attack_resolver.py` | WO-FIX-03 runs after WO-FIX-01 completes (declared dependency) |'
    )
    expect(run.stdout).not.toContain('Not planned')
  })

  it('prints the CONTRACT §5 JSON shape with --json', async () => {
    const run = await plan(['--json', fixture])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const json = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(json).slice(0, 4)).toEqual(['workOrders', 'conflicts', 'groups', 'waves'])
    const { workOrders, conflicts, groups, waves } = json as {
      workOrders: Array<Record<string, unknown>>
      conflicts: Array<Record<string, unknown>>
      groups: Array<Record<string, unknown>>
      waves: string[][]
    }
    expect(workOrders[0]).toMatchObject({
      id: 'WO-FIX-01',
      path: `${fixture}/WO-FIX-01.md`,
      scoped: true
    })
    expect(workOrders).toHaveLength(13)
    for (const c of conflicts) {
      const sides =
        c.kind === 'read-write' ? { reader: expect.any(String), writer: expect.any(String) } : {}
      expect(c).toEqual({
        kind: expect.stringMatching(/^(write-write|read-write)$/),
        workOrders: [expect.any(String), expect.any(String)],
        ...sides,
        patterns: expect.arrayContaining([
          { ours: expect.any(String), theirs: expect.any(String), witness: expect.any(String) }
        ]),
        witness: expect.any(String),
        sequenced: expect.any(Boolean),
        decided: expect.any(Boolean)
      })
    }
    expect(conflicts[0]).toEqual({
      kind: 'write-write',
      workOrders: ['WO-FIX-01', 'WO-FIX-02'],
      patterns: [
        {
          ours: 'aidm/core/full_attack_resolver.py',
          theirs: 'aidm/core/full_attack_*.py',
          witness: 'aidm/core/full_attack_resolver.py'
        }
      ],
      witness: 'aidm/core/full_attack_resolver.py',
      sequenced: false,
      decided: true
    })
    expect(groups.map((g) => g.workOrders)).toEqual([
      ['WO-FIX-01', 'WO-FIX-03', 'WO-FIX-02', 'WO-FIX-04'],
      ['WO-FIX-09', 'WO-FIX-07', 'WO-FIX-08'],
      ['WO-FIX-06', 'WO-FIX-11'],
      ['WO-FIX-05'],
      ['WO-FIX-10'],
      ['WO-FIX-12'],
      ['WO-FIX-13']
    ])
    expect(waves).toEqual([
      ['WO-FIX-01', 'WO-FIX-05', 'WO-FIX-06', 'WO-FIX-09', 'WO-FIX-12', 'WO-FIX-13'],
      ['WO-FIX-03', 'WO-FIX-10', 'WO-FIX-11'],
      ['WO-FIX-02', 'WO-FIX-07'],
      ['WO-FIX-04', 'WO-FIX-08']
    ])
  })

  it('prints paths relative to the cwd', async () => {
    const run = await plan(['--json', '.'], join(root, fixture))
    const { workOrders } = JSON.parse(run.stdout) as { workOrders: Array<{ path: string }> }
    expect(workOrders.map((w) => w.path).slice(0, 2)).toEqual(['WO-FIX-01.md', 'WO-FIX-02.md'])
  })
})

describe('pr-scope plan input', () => {
  it('searches folders recursively for *.md and takes files as named', async () => {
    const folder = folderWith({
      'a/WO-1.md': scoped('x.py'),
      'a/deep/er/WO-2.md': scoped('x.py'),
      'a/notes.txt': scoped('x.py'),
      'a/node_modules/pkg/README.md': scoped('x.py'),
      'b/extra.markdown': '# WO-3: named by its title\n' + scoped('y.py')
    })
    const run = await plan(['--json', 'a', 'b/extra.markdown', 'a/WO-1.md'], folder)
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as {
      workOrders: Array<{ id: string; path: string }>
      groups: unknown[]
    }
    expect(json.workOrders.map((w) => [w.id, w.path])).toEqual([
      ['WO-1', 'a/WO-1.md'],
      ['WO-2', 'a/deep/er/WO-2.md'],
      ['WO-3', 'b/extra.markdown']
    ])
    expect(json.groups).toHaveLength(2)
  })

  it('lists a work order without a Session Scope as not planned', async () => {
    const folder = folderWith({
      'WO-1.md': scoped('x.py'),
      'WO-2.md': '# WO-2: an idea, no scope yet\n'
    })
    const markdown = await plan(['.'], folder)
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toContain(
      '2 work orders: 1 planned in 1 parallel-safe group and 1 wave; 1 not planned (no Session Scope).'
    )
    expect(markdown.stdout).toContain('## Not planned: no scope')
    expect(markdown.stdout).toContain('| WO-2 | `WO-2.md` |')
    const json = JSON.parse((await plan(['--json', '.'], folder)).stdout) as Record<string, unknown>
    expect(json.workOrders).toContainEqual({
      id: 'WO-2',
      path: 'WO-2.md',
      scoped: false,
      dependsOn: []
    })
    expect(json.unplanned).toEqual([{ id: 'WO-2', path: 'WO-2.md', reason: 'no scope' }])
    expect(json.waves).toEqual([['WO-1']])
  })

  it('warns about a dependency on an unknown work order and still plans', async () => {
    const folder = folderWith({ 'WO-1.md': scoped('x.py', 'WO-99 must be merged first') })
    const run = await plan(['.'], folder)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'WO-1.md:6: warning: WO-1 depends on WO-99, which is not among the work orders given: check the ID, or add its file to the command; the plan ignores this dependency\n'
    )
    expect(run.stdout).toContain('## Warnings')
  })

  it('keeps a dependency on a work order not given in dependsOn', async () => {
    const folder = folderWith({
      'WO-1.md': scoped('x.py', 'WO-99 must be merged first; WO-2'),
      'WO-2.md': scoped('y.py')
    })
    const run = await plan(['--json', '.'], folder)
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as {
      workOrders: Array<{ id: string; dependsOn: string[] }>
    }
    expect(json.workOrders).toEqual([
      expect.objectContaining({ id: 'WO-1', dependsOn: ['WO-2', 'WO-99'] }),
      expect.objectContaining({ id: 'WO-2', dependsOn: [] })
    ])
  })

  it('says which side of a read-write conflict reads and which writes', async () => {
    const folder = folderWith({
      'WO-1.md': scoped('y.py', 'none', 'x.py'),
      'WO-2.md': scoped('x.py')
    })
    const run = await plan(['--json', '.'], folder)
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as { conflicts: unknown[] }
    expect(json.conflicts).toEqual([
      {
        kind: 'read-write',
        workOrders: ['WO-1', 'WO-2'],
        reader: 'WO-1',
        writer: 'WO-2',
        patterns: [{ ours: 'x.py', theirs: 'x.py', witness: 'x.py' }],
        witness: 'x.py',
        sequenced: false,
        decided: true
      }
    ])
  })

  it('escapes paths so that they cannot break a table', async () => {
    const folder = folderWith({ 'WO-1.md': scoped('`a|b.py`'), 'WO-2.md': scoped('`a|b.py`') })
    const run = await plan(['.'], folder)
    expect(run.stdout).toContain('| `a\\|b.py` | WO-1, WO-2 |')
  })
})

describe('pr-scope plan errors (exit 2)', () => {
  it.each<[string, Record<string, string>, string[], RegExp]>([
    [
      'a path that does not exist',
      {},
      ['missing/'],
      /^pr-scope plan: cannot read missing\/: no such file or folder; check the path\n$/
    ],
    [
      'a folder without Markdown',
      { 'x/a.txt': 'x' },
      ['x'],
      /no work-order files \(\*\.md\) in folder x: name the folder/
    ],
    [
      'a pattern that cannot be used',
      { 'WO-1.md': scoped(`src/${'x'.repeat(300)}`) },
      ['.'],
      /^WO-1\.md:4: error: WO-1 write set: .*x{20}/
    ],
    [
      'a dependency cycle',
      { 'WO-1.md': scoped('a.py', 'WO-2 first'), 'WO-2.md': scoped('b.py', 'WO-1 first') },
      ['.'],
      /^WO-1\.md:6: error: dependency cycle WO-1 -> WO-2 -> WO-1: .*remove one of these dependencies\n$/
    ],
    [
      'two Session Scope blocks in one file',
      { 'WO-1.md': scoped('a.py') + '\n' + scoped('b.py').replace('# Title\n', '') },
      ['.'],
      /^WO-1\.md:\d+: error: .*\b3\b.*\b10\b/
    ],
    [
      'two files with one ID',
      { 'a/WO-1.md': scoped('a.py'), 'b/WO-1.md': scoped('b.py') },
      ['.'],
      /work-order ID WO-1 is used by a\/WO-1\.md and b\/WO-1\.md: give each work order its own ID/
    ],
    [
      'an unknown option',
      {},
      ['--yaml', '.'],
      /^pr-scope plan: unknown option --yaml: the options are --repo, --base and --json/
    ],
    [
      'no work orders',
      {},
      [],
      /^pr-scope plan: no work orders given: name work-order files or folders/
    ]
  ])('%s', async (_name, files, args, message) => {
    const run = await plan(args, folderWith(files))
    expect(run.stderr).toMatch(message)
    expect(run).toMatchObject({ code: 2, stdout: '' })
    // With --json, standard output gets the same errors as JSON.
    const machine = await plan(['--json', ...args], folderWith(files))
    expect(machine.code).toBe(2)
    const { errors } = JSON.parse(machine.stdout) as { errors: string[] }
    expect(errors.join('\n')).toMatch(new RegExp(message.source.replace(/\\n\$$/, '$'), 'm'))
  })

  it('reports every error in one run: a scope that cannot be parsed and a bad pattern elsewhere', async () => {
    const twoBlocks = scoped('a.py') + '\n' + scoped('b.py').replace('# Title\n', '')
    const files = { 'WO-1.md': twoBlocks, 'WO-2.md': scoped(`src/${'x'.repeat(300)}`) }
    const run = await plan(['.'], folderWith(files))
    expect(run).toMatchObject({ code: 2, stdout: '' })
    expect(run.stderr).toMatch(/^WO-1\.md:\d+: error: /m)
    expect(run.stderr).toMatch(/^WO-2\.md:4: error: WO-2 write set: /m)
  })

  it('--help prints the usage and exits 0', async () => {
    const run = await plan(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^Usage: pr-scope plan FILE\|DIR\.\.\. \[--repo OWNER\/REPO \[--base BRANCH\]\] \[--json\]/
    )
  })
})
