// The schedule of `pr-scope plan`: parallel-safe groups (connected parts of the write-write
// conflict graph), the order inside each group, and the waves of dispatch.
//
// Groups are filled wave by wave: in each wave every group that is free starts its first
// member (in ID order) whose dependencies all finished in earlier waves. That order is a
// topological order of the declared dependencies with ties broken by ID, it never idles a group
// that has work it may start, and it puts each work order in the earliest wave its dependencies
// and its group's earlier members allow. A dependency cycle is found first and reported.
//
// A work order that waits for an open pull request (plan --repo) cannot start in wave 0: its
// `notBefore` holds it back, and its group's slot in that wave goes to the next member that may
// start. A wave may then be empty: nothing can be dispatched now.

import { idRanks } from '../work-order/id.js'

/** The graph to schedule: work orders by index, their conflicts and their dependencies. */
export interface ScheduleInput {
  ids: readonly string[]
  /** Write-write conflicts, as pairs of indexes. */
  conflicts: ReadonlyArray<readonly [number, number]>
  /** For each index, the indexes it depends on. */
  dependsOn: ReadonlyArray<readonly number[]>
  /** For each index, the first wave it may start in (default 0). */
  notBefore?: ReadonlyArray<number>
}

/** One group: its members in the order they run, and its dependencies on other groups. */
export interface ScheduledGroup {
  members: number[]
  waitsFor: Array<{ member: number; dependsOn: number; group: number }>
}

/** Groups (largest first), waves of indexes, and every dependency cycle as a closed path. */
export interface Schedule {
  groups: ScheduledGroup[]
  waves: number[][]
  /** Each cycle as `[a, b, ..., a]`: a depends on b, and so on back to a. */
  cycles: number[][]
}

/** Groups the work orders, orders each group, and assigns waves. */
export function schedule(input: ScheduleInput): Schedule {
  const { ids, dependsOn } = input
  const notBefore = input.notBefore ?? []
  const held = Math.max(0, ...notBefore)
  const rank = idRanks(ids)
  const byId = (a: number, b: number): number => (rank[a] ?? 0) - (rank[b] ?? 0)
  const groups = connectedParts(ids.length, input.conflicts).map((members) => members.sort(byId))
  groups.sort((a, b) => b.length - a.length || byId(a[0] ?? 0, b[0] ?? 0))
  const groupOf: number[] = []
  groups.forEach((members, g) => members.forEach((m) => (groupOf[m] = g)))

  const waveOf = new Array<number>(ids.length).fill(-1)
  const order: number[][] = groups.map(() => [])
  const waves: number[][] = []
  for (let placed = 0; placed < ids.length;) {
    const wave = waves.length
    const started: number[] = []
    groups.forEach((members, g) => {
      const next = members.find(
        (m) =>
          waveOf[m] === -1 &&
          (notBefore[m] ?? 0) <= wave &&
          (dependsOn[m] ?? []).every((d) => (waveOf[d] ?? -1) !== -1 && (waveOf[d] ?? 0) < wave)
      )
      if (next === undefined) return
      started.push(next)
      order[g]?.push(next)
    })
    // Nothing could start: the rest are held back to a later wave, or wait on a cycle, which is
    // reported below.
    if (started.length === 0 && wave >= held) break
    for (const m of started) waveOf[m] = wave
    placed += started.length
    waves.push(started.sort(byId))
  }

  return {
    groups: groups.map((members, g) => {
      const ran = order[g] ?? []
      const stuck = members.filter((m) => waveOf[m] === -1)
      const waitsFor = members.flatMap((member) =>
        (dependsOn[member] ?? [])
          .filter((d) => groupOf[d] !== g)
          .sort(byId)
          .map((d) => ({ member, dependsOn: d, group: groupOf[d] ?? -1 }))
      )
      return { members: [...ran, ...stuck], waitsFor }
    }),
    waves,
    cycles: findCycles(ids.length, dependsOn, byId)
  }
}

function connectedParts(size: number, edges: ReadonlyArray<readonly [number, number]>): number[][] {
  const parent = Array.from({ length: size }, (_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[i] as number
      parent[i] = parent[up] as number
      i = up
    }
    return i
  }
  for (const [a, b] of edges) parent[root(a)] = root(b)
  const parts = new Map<number, number[]>()
  for (let i = 0; i < size; i++) {
    const r = root(i)
    const part = parts.get(r) ?? []
    part.push(i)
    parts.set(r, part)
  }
  return [...parts.values()]
}

// One cycle per strongly connected part that has one, as the shortest cycle through its first
// member in ID order, so that the message is short and the same on every run.
function findCycles(
  size: number,
  dependsOn: ReadonlyArray<readonly number[]>,
  byId: (a: number, b: number) => number
): number[][] {
  const cycles: number[][] = []
  for (const part of stronglyConnectedParts(size, dependsOn)) {
    const start = [...part].sort(byId)[0] as number
    const selfLoop = (dependsOn[start] ?? []).includes(start)
    if (part.length === 1 && !selfLoop) continue
    cycles.push(selfLoop ? [start, start] : shortestCycle(start, new Set(part), dependsOn, byId))
  }
  return cycles.sort((a, b) => byId(a[0] ?? 0, b[0] ?? 0))
}

function shortestCycle(
  start: number,
  inPart: ReadonlySet<number>,
  dependsOn: ReadonlyArray<readonly number[]>,
  byId: (a: number, b: number) => number
): number[] {
  const from = new Map<number, number>()
  const queue = [start]
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number
    for (const next of [...(dependsOn[node] ?? [])].sort(byId)) {
      if (!inPart.has(next)) continue
      if (next === start) {
        const path = [start]
        for (
          let at: number | undefined = node;
          at !== start && at !== undefined;
          at = from.get(at)
        ) {
          path.splice(1, 0, at)
        }
        return [start, ...path.slice(1), start]
      }
      if (from.has(next)) continue
      from.set(next, node)
      queue.push(next)
    }
  }
  return [start, start]
}

// Tarjan's algorithm, iterative so that long dependency chains cannot overflow the stack.
function stronglyConnectedParts(size: number, edges: ReadonlyArray<readonly number[]>): number[][] {
  const index = new Array<number>(size).fill(-1)
  const low = new Array<number>(size).fill(0)
  const onStack = new Array<boolean>(size).fill(false)
  const stack: number[] = []
  const parts: number[][] = []
  let counter = 0
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue
    const frames: Array<{ node: number; edge: number }> = [{ node: root, edge: 0 }]
    index[root] = low[root] = counter++
    stack.push(root)
    onStack[root] = true
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; edge: number }
      const out = edges[frame.node] ?? []
      if (frame.edge < out.length) {
        const next = out[frame.edge++] as number
        if (index[next] === -1) {
          index[next] = low[next] = counter++
          stack.push(next)
          onStack[next] = true
          frames.push({ node: next, edge: 0 })
        } else if (onStack[next]) {
          low[frame.node] = Math.min(low[frame.node] as number, index[next] as number)
        }
        continue
      }
      frames.pop()
      const parent = frames[frames.length - 1]
      if (parent) low[parent.node] = Math.min(low[parent.node] as number, low[frame.node] as number)
      if (low[frame.node] === index[frame.node]) {
        const part: number[] = []
        let member: number
        do {
          member = stack.pop() as number
          onStack[member] = false
          part.push(member)
        } while (member !== frame.node)
        parts.push(part)
      }
    }
  }
  return parts
}
