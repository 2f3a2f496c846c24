// The cross-PR overlap check at its worst expected load: one pull request's write set (20
// entries) against 1,000 open pull requests with 20 entries each. Times the pure computation,
// compile + findOverlaps, from cold caches (a fresh action run) and warm.
import { performance } from 'node:perf_hooks'
import {
  OverlapSet,
  clearOverlapCaches,
  findOverlaps,
  type OverlapPair
} from '../src/scope/glob/intersect.js'

const OTHERS = 1000
const ENTRIES = 20
const RUNS = 7

// A small deterministic generator, so every run measures the same lists (overlap-run uses it too).
export function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TOPS = ['src', 'lib', 'tests', 'docs', 'aidm', 'scripts', 'packages', 'config']
const AREAS = Array.from({ length: 40 }, (_, i) => `area${i}`)
const FILES = Array.from({ length: 60 }, (_, i) => `module_${i}`)
const EXTS = ['ts', 'py', 'md', 'json', 'tsx']

function realisticEntry(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T
  const top = pick(TOPS)
  const area = pick(AREAS)
  const roll = next()
  if (roll < 0.55) return `${top}/${area}/${pick(FILES)}.${pick(EXTS)}`
  if (roll < 0.7) return `${top}/${area}/**`
  if (roll < 0.78) return `${top}/${area}/*.${pick(EXTS)}`
  if (roll < 0.84) return `${top}/${area}/`
  if (roll < 0.88) return `${top}/**/${pick(FILES)}.${pick(EXTS)}`
  if (roll < 0.91) return `${top}/${area}/{${pick(FILES)},${pick(FILES)}}.${pick(EXTS)}`
  if (roll < 0.94) return `!${top}/${area}/generated/**`
  if (roll < 0.96) return `**/*.${pick(EXTS)}`
  if (roll < 0.98) return `${top}/${area}/[a-m]*.${pick(EXTS)}`
  return `${top}/${area}/test_?.${pick(EXTS)}`
}

export function realisticList(next: () => number): string[] {
  return Array.from({ length: ENTRIES }, () => realisticEntry(next))
}

function once(ours: string[], theirs: string[][]): { ms: number; pairs: number } {
  const started = performance.now()
  const mine = OverlapSet.compile(ours)
  let pairs = 0
  for (const list of theirs) {
    const found: OverlapPair[] = findOverlaps(mine, OverlapSet.compile(list))
    pairs += found.length
  }
  return { ms: performance.now() - started, pairs }
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Prints cold and warm timings of 1,000 x 20 x 20 entry pairs. */
export async function main(): Promise<void> {
  const next = random(20260101)
  const ours = realisticList(next)
  const theirs = Array.from({ length: OTHERS }, () => realisticList(next))
  const cold: number[] = []
  const warm: number[] = []
  let pairs = 0
  for (let run = 0; run < RUNS; run++) {
    clearOverlapCaches()
    const first = once(ours, theirs)
    cold.push(first.ms)
    warm.push(once(ours, theirs).ms)
    pairs = first.pairs
  }
  const total = OTHERS * ENTRIES * ENTRIES
  console.log(`entry pairs per run: ${total} (${OTHERS} lists x ${ENTRIES} x ${ENTRIES})`)
  console.log(`overlapping pairs found: ${pairs}`)
  console.log(`cold (fresh caches, as in one action run): median ${median(cold).toFixed(1)} ms`)
  console.log(`warm (caches filled): median ${median(warm).toFixed(1)} ms`)
  console.log(`runs: ${RUNS}; budget: 300 ms`)
}
