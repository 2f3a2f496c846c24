// The work bound of the overlap engine (CONTRACT §2: deciding the overlaps of one run takes at
// most 2 seconds whatever the other pull requests declare).
//
// Work is counted in engine steps, not read off a clock, so that the same inputs get the same
// answers on a fast machine and a slow one: a unit is about one elementary step (an automaton
// state visited, a character compared, a product state explored). Every place where the engine
// does work in proportion to a pattern's size charges the meter first; the limits below are
// calibrated by `npm run bench` (bench/hostile-overlap.bench.ts) so that spending a whole
// budget takes well under the bound on the machines the action runs on.
//
// A meter hands out work to tasks (one pattern pair, one changed file) with `attempt`. A task
// that would go over its allowance is stopped where it stands and reported as not done; its
// pair is then "undecided", never a pass and never a conflict. Stopping unwinds with an
// exception, but one that never leaves `attempt`: the engine's callers only ever see values.
//
// The meter in charge is the one whose `attempt` is running (tasks run synchronously, one at a
// time); work done outside any attempt (tests calling the automata directly) is not counted.

/**
 * Work one `checkOverlaps` call may spend. Spending it all takes about 0.5 s of CPU from a cold
 * start on the benchmark machine (bench/hostile-overlap.bench.ts), so that the action's two calls
 * in one run stay well under the 2 s of CONTRACT §2; the 1,000 realistic open pull requests of
 * bench/overlap-run.bench.ts take about a third of it.
 */
export const OVERLAP_WORK_LIMIT = 20_000_000

/** Work one `pr-scope plan` may spend on overlaps (500 realistic work orders take 300,000). */
export const PLAN_WORK_LIMIT = 40_000_000

/** Most work one pattern pair (or one changed file against one entry) may take. */
export const PAIR_WORK_LIMIT = 2_000_000

/** What `attempt` returns: the task's value, or that the task ran out of work. */
export type Attempt<T> = { done: true; value: T } | { done: false }

/** Thrown by `charge` to stop a task that is out of work; caught only by `attempt`. */
class OutOfWork extends Error {
  constructor() {
    super('overlap work bound reached')
  }
}

// One instance, so that stopping a task costs no stack trace.
const OUT_OF_WORK = new OutOfWork()

let current: WorkMeter | null = null

/** Counts the work of one run against its limit and shares it out between tasks. */
export class WorkMeter {
  // Plain fields, not #private ones: `charge` runs millions of times a second.
  private used = 0
  private ceiling: number

  constructor(readonly limit: number) {
    this.ceiling = limit
  }

  /** Units spent so far. */
  get spent(): number {
    return this.used
  }

  /**
   * True when the running task (or the meter, outside any) has no work left: its units are
   * spent, or a task inside it was stopped for want of them.
   */
  get exhausted(): boolean {
    return this.used >= this.ceiling
  }

  /** Units not spent yet. */
  get left(): number {
    return Math.max(0, this.limit - this.used)
  }

  /**
   * Charges units to the running task before it does the work they pay for; stops the task
   * (inside `attempt`) instead when they would take it over its allowance, and then the work is
   * not done and not counted.
   */
  charge(units: number): void {
    if (this.used + units > this.ceiling) throw OUT_OF_WORK
    this.used += units
  }

  /**
   * Runs a task with at most `allowance` more units (and never beyond what encloses it). Work
   * that charges nothing (a plain path against a plain path) is done even when the meter is spent.
   */
  attempt<T>(allowance: number, task: () => T): Attempt<T> {
    const outer = this.ceiling
    const own = this.used + Math.max(0, allowance)
    const previous = current
    this.ceiling = Math.min(outer, own)
    // The meter in charge is kept where `charge` finds it: the engine charges deep inside
    // matchers and automata that are shared between runs and know nothing of meters.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    current = this
    let spent = false
    try {
      return { done: true, value: task() }
    } catch (error) {
      if (error !== OUT_OF_WORK) throw error
      // Stopped by what encloses it rather than by its own allowance: what encloses it is
      // spent, and the tasks after this one are not started at all (see `exhausted`).
      spent = own > outer
      return { done: false }
    } finally {
      this.ceiling = spent ? this.used : outer
      current = previous
    }
  }
}

/** Charges the meter of the running task, if any: call before doing the work it pays for. */
export function charge(units: number): void {
  current?.charge(units)
}
