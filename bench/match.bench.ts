// The matcher's speed on a large pull request: 3,000 realistic paths against 50 realistic
// patterns (CONTRACT §1.4 asks for well under 20 ms), plus the whole single-PR check on them.
import { checkScope } from '../src/scope/checks/scope.js'
import { PatternList } from '../src/scope/glob/patterns.js'
import type { ChangedFile, ScopeEntry } from '../src/scope/types.js'

const RUNS = 25

/** A deterministic pseudo-random generator, so that every run measures the same input. */
function generator(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 4294967296
  }
}

function realisticPaths(count: number): string[] {
  const random = generator(42)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T
  const roots = [
    'src',
    'lib',
    'packages/core/src',
    'packages/web/src',
    'docs',
    'test',
    '.github',
    'aidm'
  ]
  const folders = ['api', 'core', 'schemas', 'utils', 'components', 'generated', 'hooks', 'models']
  const names = ['index', 'resolver', 'maneuver', 'attack', 'client', 'server', 'config', 'types']
  const exts = ['.ts', '.tsx', '.py', '.md', '.json', '.yml', '.test.ts']
  const paths = new Set<string>()
  while (paths.size < count) {
    const depth = 1 + Math.floor(random() * 4)
    const parts = [pick(roots)]
    for (let i = 0; i < depth; i++) parts.push(pick(folders))
    parts.push(pick(names) + '_' + Math.floor(random() * 50) + pick(exts))
    paths.add(parts.join('/'))
  }
  return [...paths]
}

const PATTERNS = [
  'src/**',
  '!src/generated/**',
  'lib/core/',
  'lib/api/*.ts',
  'packages/*/src/components/**/*.tsx',
  'packages/core/src/**/*.{ts,tsx}',
  '!packages/core/src/generated/**',
  'docs/**/*.md',
  '.github/workflows/*.yml',
  'aidm/core/maneuver_resolver.py',
  'aidm/schemas/maneuvers.py',
  'aidm/core/attack_resolver.py',
  '**/*.test.ts',
  'test/**/fixtures/**',
  'lib/**/models/*_[0-9].ts',
  'packages/web/src/hooks',
  'packages/web/src/api/client_?.ts',
  'src/utils/index_1.ts',
  'docs/api/**',
  'aidm/**/schemas/*.py',
  ...Array.from({ length: 30 }, (_, i) => `packages/core/src/core/resolver_${i}.ts`)
]

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

function time(run: () => void): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return median(times)
}

/** Prints the compile time, the time to decide every path, and the time of the whole check. */
export async function main(): Promise<void> {
  const paths = realisticPaths(3000)
  const entries: ScopeEntry[] = PATTERNS.map((text, i) => ({ text, line: i + 1 }))
  let list = PatternList.compile(entries, 'write set').list
  const compileMs = time(() => {
    list = PatternList.compile(entries, 'write set').list
  })
  let covered = 0
  const matchMs = time(() => {
    covered = 0
    for (const path of paths) if (list.covers(path)) covered++
  })
  const files: ChangedFile[] = paths.map((path) => ({ path, status: 'modified' }))
  const ignore = PatternList.compile([{ text: '**/*.lock', line: 1 }], 'ignore').list
  const checkMs = time(() => {
    checkScope({
      parse: {
        scope: {
          write: entries,
          read: [{ text: 'docs/**', line: 60 }],
          dependencies: [],
          forbidden: [{ text: '.github/**', line: 61 }],
          forbidOthers: true,
          line: 1,
          form: 'markdown'
        },
        messages: []
      },
      files,
      ignore,
      levels: { outOfScope: 'fail', missingScope: 'fail' }
    })
  })
  console.log(`${paths.length} paths, ${PATTERNS.length} patterns, median of ${RUNS} runs`)
  console.log(`compile 50 patterns:            ${compileMs.toFixed(2)} ms`)
  console.log(`decide 3,000 paths (${covered} covered): ${matchMs.toFixed(2)} ms`)
  console.log(`checkScope on 3,000 files:      ${checkMs.toFixed(2)} ms`)
}
