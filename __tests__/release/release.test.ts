// The release helper (script/release.mjs, `npm run release -- X.Y.Z`): its changelog edits as a
// table, and whole runs in temporary clones of this repository (no network: the clone borrows this
// checkout's node_modules to rebuild dist/).
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareVersions, cutChangelog, releaseNotes } from '../../script/release.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SCRIPT = join(ROOT, 'script', 'release.mjs')

const CHANGELOG = (unreleased: string, rest = ''): string =>
  [
    '# Changelog',
    '',
    'Intro.',
    '',
    '## [Unreleased]',
    '',
    unreleased,
    '',
    rest,
    '[Unreleased]: https://github.com/octo/tool/commits/main',
    ''
  ].join('\n')

describe('cutChangelog', () => {
  it('dates the Unreleased section under a fresh one and links the first release to its tag', () => {
    const cut = cutChangelog(CHANGELOG('### Added\n\n- Everything.'), '1.0.0', '2026-01-02')
    expect(cut).toBe(
      [
        '# Changelog',
        '',
        'Intro.',
        '',
        '## [Unreleased]',
        '',
        '## [1.0.0] - 2026-01-02',
        '',
        '### Added',
        '',
        '- Everything.',
        '',
        '',
        '[Unreleased]: https://github.com/octo/tool/compare/v1.0.0...HEAD',
        '[1.0.0]: https://github.com/octo/tool/releases/tag/v1.0.0',
        ''
      ].join('\n')
    )
  })

  it('links a later release to the comparison with the one before', () => {
    const before = CHANGELOG('- Fix.', '## [1.0.0] - 2026-01-02\n\n- First.\n').replace(
      'commits/main',
      'compare/v1.0.0...HEAD\n[1.0.0]: https://github.com/octo/tool/releases/tag/v1.0.0'
    )
    const cut = cutChangelog(before, '1.0.1', '2026-02-03')
    expect(cut).toContain('## [Unreleased]\n\n## [1.0.1] - 2026-02-03\n\n- Fix.\n')
    expect(cut).toContain(
      '[Unreleased]: https://github.com/octo/tool/compare/v1.0.1...HEAD\n' +
        '[1.0.1]: https://github.com/octo/tool/compare/v1.0.0...v1.0.1\n' +
        '[1.0.0]: https://github.com/octo/tool/releases/tag/v1.0.0'
    )
    expect(releaseNotes(cut, '1.0.1')).toBe('- Fix.')
    expect(releaseNotes(cut, '1.0.0')).toBe('- First.')
  })

  it.each([
    ['an empty Unreleased section', CHANGELOG(''), 'lists nothing under "## [Unreleased]"'],
    [
      'no Unreleased section',
      '# Changelog\n\n## [0.9.0] - 2025-01-01\n\n- x\n',
      'no "## [Unreleased]"'
    ],
    [
      'a section for the version already',
      CHANGELOG('- y', '## [1.0.0] - 2026-01-01\n\n- x\n'),
      'already has a "## [1.0.0]"'
    ]
  ])('refuses %s', (_, changelog, message) => {
    expect(() => cutChangelog(changelog, '1.0.0', '2026-01-02')).toThrow(message)
  })
})

describe('releaseNotes', () => {
  it('reads the section of this repository that the next release will cut', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
    const cut = cutChangelog(changelog, '1.0.0', '2026-01-02')
    const notes = releaseNotes(cut, '1.0.0')
    expect(notes).toMatch(/^The first release\.\n/)
    expect(notes).toContain('\n### Added\n')
    expect(notes).not.toContain('## [')
    expect(notes).toBe(releaseNotes(changelog, 'Unreleased'))
  })

  it('names a missing version', () => {
    expect(() => releaseNotes(CHANGELOG('- x'), '9.9.9')).toThrow('no "## [9.9.9]" section')
  })
})

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '0.1.0', 1],
    ['0.1.0', '1.0.0', -1],
    ['1.10.0', '1.9.0', 1],
    ['1.0.0', '1.0.0', 0]
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })
})

// Whole runs of the helper, in clones of the committed HEAD.
const clones: string[] = []
afterAll(() => {
  for (const dir of clones) rmSync(dir, { recursive: true, force: true })
})

const gitEnv: NodeJS.ProcessEnv = {
  // npm_execpath tells the helper which npm runs the tests; other npm_* settings stay out.
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_(?!execpath$)/i.test(k))
  ),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  RELEASE_DATE: '2026-01-02'
}

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8' }).trim()

/** A clone of this repository's HEAD on a branch main, using this checkout's node_modules. */
function clone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-scope-release-'))
  clones.push(dir)
  git(ROOT, 'clone', '--quiet', ROOT, dir)
  git(dir, 'checkout', '--quiet', '-B', 'main')
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'junction')
  // .gitignore's `node_modules/` matches only a folder, not the link.
  appendFileSync(join(dir, '.git', 'info', 'exclude'), '\nnode_modules\n')
  return dir
}

function release(dir: string, ...args: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: dir,
    env: gitEnv,
    encoding: 'utf8',
    timeout: 120_000
  })
  return { status: run.status, out: `${run.stdout}${run.stderr}` }
}

describe('npm run release -- X.Y.Z', () => {
  const dir = clone()
  const head = git(dir, 'rev-parse', 'HEAD')

  it.each([
    ['v1.0.0', 'not a version'],
    ['1.0', 'not a version'],
    ['0.0.1', 'not above the current version'],
    ['0.1.0', 'not above the current version']
  ])('refuses version %s', (version, message) => {
    const run = release(dir, version)
    expect(run.status).toBe(2)
    expect(run.out).toContain(message)
  })

  it('refuses a branch other than main', () => {
    git(dir, 'checkout', '--quiet', '-b', 'topic')
    try {
      const run = release(dir, '1.0.0')
      expect(run.status).toBe(2)
      expect(run.out).toContain('Releases are cut on main, and this is branch topic')
    } finally {
      git(dir, 'checkout', '--quiet', 'main')
    }
  })

  it('refuses a working tree that is not clean, and names the file', () => {
    writeFileSync(join(dir, 'notes.txt'), 'draft\n')
    try {
      const run = release(dir, '1.0.0')
      expect(run.status).toBe(2)
      expect(run.out).toContain('The working tree is not clean')
      expect(run.out).toContain('notes.txt')
    } finally {
      rmSync(join(dir, 'notes.txt'))
    }
  })

  it('refuses a version whose tag exists', () => {
    git(dir, 'tag', 'v1.0.0')
    try {
      const run = release(dir, '1.0.0')
      expect(run.status).toBe(2)
      expect(run.out).toContain('Tag v1.0.0 exists already')
    } finally {
      git(dir, 'tag', '--delete', 'v1.0.0')
    }
  })

  it('changed nothing while refusing', () => {
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head)
    expect(git(dir, 'status', '--porcelain')).toBe('')
    expect(git(dir, 'tag', '--list')).toBe('')
  })

  it('cuts 1.0.0: version, changelog, dist, one commit, an annotated tag, and the push to run', () => {
    const before = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')
    const run = release(dir, '1.0.0')
    expect(run.status).toBe(0)
    expect(run.out.trimEnd().split('\n').at(-1)).toBe('  git push --atomic origin main v1.0.0')

    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
      version: string
      packages: Record<string, { version?: string }>
    }
    expect([pkg.version, lock.version, lock.packages['']?.version]).toEqual([
      '1.0.0',
      '1.0.0',
      '1.0.0'
    ])
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toContain('## [Unreleased]\n\n## [1.0.0] - 2026-01-02\n')
    expect(releaseNotes(changelog, '1.0.0')).toBe(releaseNotes(before, 'Unreleased'))

    const version = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), '--version'], {
      encoding: 'utf8'
    })
    expect(version.stdout).toBe('1.0.0\n')

    expect(git(dir, 'status', '--porcelain')).toBe('')
    expect(git(dir, 'log', '--format=%s', `${head}..HEAD`)).toBe('Release v1.0.0')
    expect(git(dir, 'cat-file', '-t', 'v1.0.0')).toBe('tag')
    expect(git(dir, 'rev-parse', 'v1.0.0^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'))
    expect(git(dir, 'diff', '--name-only', head, 'HEAD').split('\n').sort()).toEqual([
      'CHANGELOG.md',
      'dist/cli.js',
      'package-lock.json',
      'package.json'
    ])
  })

  it('prints the release notes of a version for the release workflow', () => {
    const run = release(dir, 'notes', '1.0.0')
    expect(run.status).toBe(0)
    expect(run.out).toContain('### Added\n')
  })
})
