// The time limits on GitHub, decided with a clock the test moves by hand: no test here waits.
import { describe, expect, it } from '@jest/globals'
import { MAX_RATE_LIMIT_WAIT_SECONDS, MAX_RETRIES } from '../../../src/github/client/client.js'
import {
  gaveUpMessage,
  GitHubGaveUp,
  LIMIT_ENV,
  rateLimitRetry,
  readLimits,
  REQUEST_TIMEOUT_MS,
  RETRY_UNIT_MS,
  RUN_BUDGET_MS,
  RunBudget,
  seconds,
  serverErrorRetry
} from '../../../src/github/client/deadline.js'
import { explainApiError } from '../../../src/github/client/errors.js'

/** A clock that stands still until the test moves it. */
function manualClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start
  return { now: () => t, advance: (ms) => void (t += ms) }
}

describe('the limits', () => {
  it('are 30 s per attempt, 5 minutes per run and backoff in seconds', () => {
    expect(readLimits({})).toEqual({
      requestTimeoutMs: 30_000,
      runBudgetMs: 300_000,
      retryUnitMs: 1_000
    })
    expect([REQUEST_TIMEOUT_MS, RUN_BUDGET_MS, RETRY_UNIT_MS]).toEqual([30_000, 300_000, 1_000])
  })

  it.each([
    ['a shorter timeout', { [LIMIT_ENV.requestTimeoutMs]: '500' }, { requestTimeoutMs: 500 }],
    ['a shorter budget', { [LIMIT_ENV.runBudgetMs]: '1200' }, { runBudgetMs: 1200 }],
    ['a shorter backoff unit', { [LIMIT_ENV.retryUnitMs]: '10' }, { retryUnitMs: 10 }],
    ['spaces around it', { [LIMIT_ENV.requestTimeoutMs]: ' 250 ' }, { requestTimeoutMs: 250 }],
    // Longer than the defaults: never, whatever a workflow sets.
    ['a longer timeout', { [LIMIT_ENV.requestTimeoutMs]: '600000' }, {}],
    ['a longer budget', { [LIMIT_ENV.runBudgetMs]: '86400000' }, {}],
    ['a longer backoff unit', { [LIMIT_ENV.retryUnitMs]: '60000' }, {}],
    // Not a count of milliseconds: the default.
    ['zero', { [LIMIT_ENV.requestTimeoutMs]: '0' }, {}],
    ['a negative number', { [LIMIT_ENV.runBudgetMs]: '-5' }, {}],
    ['a fraction', { [LIMIT_ENV.runBudgetMs]: '1.5' }, {}],
    ['a unit', { [LIMIT_ENV.requestTimeoutMs]: '5s' }, {}],
    ['empty', { [LIMIT_ENV.requestTimeoutMs]: '' }, {}],
    ['Infinity', { [LIMIT_ENV.runBudgetMs]: 'Infinity' }, {}]
  ])('read from the environment: %s', (_name, env, changed) => {
    expect(readLimits(env)).toEqual({ ...readLimits({}), ...changed })
  })
})

describe('RunBudget', () => {
  it('counts down from its creation by the clock it is given', () => {
    const clock = manualClock()
    const budget = new RunBudget(300_000, clock.now)
    expect(budget.remainingMs()).toBe(300_000)
    clock.advance(120_000)
    expect(budget.remainingMs()).toBe(180_000)
    expect(budget.exhausted()).toBe(false)
    clock.advance(180_000)
    expect(budget.remainingMs()).toBe(0)
    expect(budget.exhausted()).toBe(true)
    clock.advance(5_000)
    expect(budget.remainingMs()).toBe(0)
  })

  it('allows only waits that end before it does', () => {
    const clock = manualClock()
    const budget = new RunBudget(10_000, clock.now)
    expect(budget.allowsWait(9_999)).toBe(true)
    expect(budget.allowsWait(10_000)).toBe(false)
    clock.advance(9_000)
    expect(budget.allowsWait(999)).toBe(true)
    expect(budget.allowsWait(1_000)).toBe(false)
  })

  it('gives an attempt its timeout, or what is left when that is less', () => {
    const clock = manualClock()
    const budget = new RunBudget(300_000, clock.now)
    expect(budget.attemptLimit(30_000)).toEqual({ ms: 30_000, cutBy: 'timeout' })
    clock.advance(270_000)
    expect(budget.attemptLimit(30_000)).toEqual({ ms: 30_000, cutBy: 'timeout' })
    clock.advance(10_000)
    expect(budget.attemptLimit(30_000)).toEqual({ ms: 20_000, cutBy: 'budget' })
    clock.advance(20_000)
    expect(budget.attemptLimit(30_000)).toEqual({ ms: 0, cutBy: 'budget' })
  })
})

describe('retrying a server error or an attempt without an answer', () => {
  const roomy = (): RunBudget => new RunBudget(RUN_BUDGET_MS, manualClock().now)

  it('follows the retry plugin: after 1, 4 and 9 units, then no more', () => {
    const budget = roomy()
    expect([0, 1, 2, 3].map((n) => serverErrorRetry(n, MAX_RETRIES, 1000, budget))).toEqual([
      { retry: true, waitMs: 1000 },
      { retry: true, waitMs: 4000 },
      { retry: true, waitMs: 9000 },
      { retry: false, why: 'retries', waitMs: 16000 }
    ])
  })

  it('never starts a wait that would end past the budget', () => {
    const clock = manualClock()
    const budget = new RunBudget(RUN_BUDGET_MS, clock.now)
    // The wait of 9 s before the last retry fits while more than 9 s are left, and only then.
    clock.advance(RUN_BUDGET_MS - 9_001)
    expect(serverErrorRetry(2, MAX_RETRIES, 1000, budget)).toEqual({ retry: true, waitMs: 9000 })
    clock.advance(1)
    expect(serverErrorRetry(2, MAX_RETRIES, 1000, budget)).toEqual({
      retry: false,
      why: 'budget',
      waitMs: 9000
    })
    expect(serverErrorRetry(0, MAX_RETRIES, 1000, budget)).toEqual({ retry: true, waitMs: 1000 })
  })

  it('says the retries are used up before it says the budget is', () => {
    const budget = new RunBudget(0, manualClock().now)
    expect(serverErrorRetry(3, MAX_RETRIES, 1000, budget)).toMatchObject({ why: 'retries' })
    expect(serverErrorRetry(0, MAX_RETRIES, 1000, budget)).toMatchObject({ why: 'budget' })
  })
})

describe('waiting out a rate limit', () => {
  const ask = (retryAfterSeconds: number, retriesSoFar: number, budget: RunBudget) =>
    rateLimitRetry({
      retryAfterSeconds,
      retriesSoFar,
      maxRetries: MAX_RETRIES,
      maxWaitSeconds: MAX_RATE_LIMIT_WAIT_SECONDS,
      unitMs: 1000,
      budget
    })

  it.each([
    ['a short wait with time to spare', 60, 0, 300_000, { retry: true }],
    ['the longest wait it sits out', 120, 2, 300_000, { retry: true }],
    ['a wait longer than it ever sits out', 121, 0, 300_000, { retry: false, why: 'too-long' }],
    ['a fourth wait', 1, 3, 300_000, { retry: false, why: 'retries' }],
    ['a wait that ends past the budget', 60, 0, 60_000, { retry: false, why: 'budget' }],
    ['a wait that ends just before it', 60, 0, 60_001, { retry: true }]
  ])('%s', (_name, after, retries, left, expected) => {
    const clock = manualClock()
    const budget = new RunBudget(RUN_BUDGET_MS, clock.now)
    clock.advance(RUN_BUDGET_MS - left)
    expect(ask(after, retries, budget)).toEqual(expected)
  })
})

describe('the message of a request given up on', () => {
  const request = 'GET /repos/octo/game/pulls/7'

  it.each([
    [
      'every attempt without an answer',
      { kind: 'timeout' as const, timeoutMs: 30_000, attempts: 4, unanswered: 4 },
      'GET /repos/octo/game/pulls/7: no answer within 30 s, 4 attempts'
    ],
    [
      'the last attempt without an answer, others with a server error',
      { kind: 'timeout' as const, timeoutMs: 500, attempts: 4, unanswered: 2 },
      'GET /repos/octo/game/pulls/7: no answer within 0.5 s on the last of 4 attempts (2 without an answer)'
    ],
    [
      'the budget spent before the request was sent',
      { kind: 'budget' as const, budgetMs: 300_000, attempts: 0, last: null },
      "GET /repos/octo/game/pulls/7: the run's 5-minute budget for GitHub ran out before it was sent"
    ],
    [
      'the budget spent between attempts',
      { kind: 'budget' as const, budgetMs: 300_000, attempts: 2, last: 'GitHub answered 502' },
      "GET /repos/octo/game/pulls/7: the run's 5-minute budget for GitHub ran out after 2 attempts (the last: GitHub answered 502)"
    ],
    [
      'a short budget spent in one attempt',
      { kind: 'budget' as const, budgetMs: 1_200, attempts: 1, last: 'cut off with no answer yet' },
      "GET /repos/octo/game/pulls/7: the run's 1.2-second budget for GitHub ran out after 1 attempt (the last: cut off with no answer yet)"
    ]
  ])('%s', (_name, reason, expected) => {
    expect(gaveUpMessage(request, reason)).toBe(expected)
    expect(new GitHubGaveUp(request, reason).message).toBe(expected)
  })

  it.each([
    [30_000, '30 s'],
    [500, '0.5 s'],
    [10, '0.01 s'],
    [1, '0.001 s'],
    [134_000, '134 s']
  ])('writes %d ms as %s', (ms, text) => {
    expect(seconds(ms)).toBe(text)
  })

  it('is explained with what was being read and what to do, and no HTTP status', () => {
    const call = { what: 'read pull request #7 of octo/game', permission: 'pull-requests: read' }
    const timeout = new GitHubGaveUp(request, {
      kind: 'timeout',
      timeoutMs: 30_000,
      attempts: 4,
      unanswered: 4
    })
    expect(explainApiError(timeout, call)).toBe(
      'Could not read pull request #7 of octo/game: GET /repos/octo/game/pulls/7: no answer ' +
        'within 30 s, 4 attempts. GitHub accepted the request but sent no answer: re-run the job ' +
        'later; if it keeps happening, check that the runner reaches GITHUB_API_URL (and its ' +
        'proxy, if any).'
    )
    const budget = new GitHubGaveUp(request, {
      kind: 'budget',
      budgetMs: 300_000,
      attempts: 3,
      last: 'no answer within 30 s'
    })
    expect(explainApiError(budget, call)).toMatch(
      /^Could not read pull request #7 of octo\/game: GET \/repos\/octo\/game\/pulls\/7: the run's 5-minute budget for GitHub ran out after 3 attempts \(the last: no answer within 30 s\)\. .*re-run it later\.$/
    )
    expect(explainApiError(budget, call)).not.toMatch(/answered \d/)
  })
})
