import { describe, expect, it } from '@jest/globals'
import { withoutLinePrefix } from '../../src/report/line-prefix.js'

describe('withoutLinePrefix', () => {
  it.each<[string, number | undefined, string]>([
    ['line 3: unknown label', 3, 'unknown label'],
    ['line 3, column 7: not valid YAML', 3, 'column 7: not valid YAML'],
    ['line 3: unknown label', 4, 'line 3: unknown label'],
    ['line 12: x', 1, 'line 12: x'],
    ['line 3: x', undefined, 'line 3: x'],
    ['lines 1 and 3: two blocks', 1, 'lines 1 and 3: two blocks'],
    ['line 3 is fine', 3, 'line 3 is fine'],
    ['No changed file matches', 3, 'No changed file matches']
  ])('%j at line %p -> %j', (message, line, expected) => {
    expect(withoutLinePrefix(message, line)).toBe(expected)
  })
})
