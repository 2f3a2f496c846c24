// Round trips one after another, counted from the stand-in's request records: how many times a
// run had to wait for an answer before it could send what came next. A request's wave is 1 when
// it arrived before any request of the run was answered, else one more than the highest wave
// among the requests answered before it arrived. A request held back by the client (a limiter
// slot, a retry) counts as waiting too: it did. So does one the client was merely slow to send
// while answers came back: a stand-in with `quietMs` answers only once the client has sent all
// it can, and the waves then count only what the client waited for.
import type { RequestRecord } from './server.js'

type Timed = Pick<RequestRecord, 'startedSeq' | 'endedSeq'>

/** The wave of each record, in the records' order. */
export function requestWaves(records: readonly Timed[]): number[] {
  const events = records.flatMap((record, index) => [
    { seq: record.startedSeq, index, start: true },
    { seq: record.endedSeq, index, start: false }
  ])
  events.sort((a, b) => a.seq - b.seq)
  const waves = new Array<number>(records.length).fill(0)
  let answered = 0
  for (const event of events) {
    if (event.start) waves[event.index] = answered + 1
    else answered = Math.max(answered, waves[event.index] as number)
  }
  return waves
}

/** How many waves the records make (0 for none). */
export function waveCount(records: readonly Timed[]): number {
  return Math.max(0, ...requestWaves(records))
}

/** The records grouped by wave, first wave first, each in arrival order. */
export function byWave<T extends Timed>(records: readonly T[]): T[][] {
  const waves = requestWaves(records)
  const groups: T[][] = Array.from({ length: Math.max(0, ...waves) }, () => [])
  const order = records.map((record, index) => ({ record, index }))
  order.sort((a, b) => a.record.startedSeq - b.record.startedSeq)
  for (const { record, index } of order) groups[(waves[index] as number) - 1]?.push(record)
  return groups
}
