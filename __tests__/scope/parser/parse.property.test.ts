import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseScope } from '../../../src/scope/parser/parse.js'
import type { ParseResult } from '../../../src/scope/types.js'

// Generous "does not hang" bound; real figures are in bench/parse.bench.ts.
const BOUND_MS = 1000
const MAX = 65536

const FRAGMENTS = [
  '## Session Scope',
  '**Session Scope**',
  '# Other',
  '### Write set',
  '**Write set:**',
  '**Write set**:',
  'Write set:',
  '- Reads:',
  '* **Dependencies:**',
  '**Do NOT touch:**',
  '**Unknown:**',
  'Any file not listed above',
  'none',
  '—',
  '- src/a.ts',
  '1. `src/{a,b}.ts`',
  '`',
  '``',
  '{',
  '}',
  '[',
  '](',
  ')',
  ',',
  ';',
  '!',
  '#12',
  'WO-FIX-03',
  'https://github.com/o/r/pull/1',
  '```',
  '```session-scope',
  '~~~',
  'write:',
  '  - a',
  'read: [',
  '<!--',
  '-->',
  '> ',
  '---',
  '===',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '\r\n'
]

const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 })
  .map((parts) => parts.join(''))
const lineText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 })
  .map((parts) => parts.join('\n'))

function timed(text: string): { result: ParseResult; ms: number } {
  const started = performance.now()
  const result = parseScope(text.slice(0, MAX))
  return { result, ms: performance.now() - started }
}

function wellFormed(result: ParseResult): void {
  const errors = result.messages.filter((m) => m.level === 'error')
  if (errors.length > 0) expect(result.scope).toBeNull()
  for (const message of result.messages) {
    expect(Number.isInteger(message.line)).toBe(true)
    expect(message.line).toBeGreaterThanOrEqual(1)
    expect(message.message.length).toBeGreaterThan(0)
  }
  if (result.scope) {
    for (const entry of [...result.scope.write, ...result.scope.read, ...result.scope.forbidden]) {
      expect(entry.text).toBe(entry.text.trim())
      expect(entry.text).not.toBe('')
      expect(entry.line).toBeGreaterThanOrEqual(result.scope.line)
    }
  }
}

describe('parseScope on arbitrary text', () => {
  it('never throws, answers well-formed results, quickly: unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 4000 }), (text) => {
        const { result, ms } = timed(text)
        wellFormed(result)
        expect(ms).toBeLessThan(BOUND_MS)
      }),
      { numRuns: 200 }
    )
  })

  it('never throws, answers well-formed results, quickly: scope-like fragments', () => {
    fc.assert(
      fc.property(fc.oneof(fragmentText, lineText), (text) => {
        const { result, ms } = timed(text)
        wellFormed(result)
        expect(ms).toBeLessThan(BOUND_MS)
      }),
      { numRuns: 300 }
    )
  })

  it('finishes quickly on 65,536-character texts repeated from a fragment', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const unit = parts.join('')
          const text = unit.repeat(Math.ceil(MAX / unit.length)).slice(0, MAX)
          const { result, ms } = timed(text)
          wellFormed(result)
          expect(ms).toBeLessThan(BOUND_MS)
        }
      ),
      { numRuns: 60 }
    )
  })

  it.each([
    ['backticks', '`'.repeat(MAX)],
    [
      'alternating backtick runs',
      Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 1) + 'x').join('')
    ],
    ['spaces then no hash', '## Session Scope\n**Write set:** ' + ' '.repeat(MAX - 40) + 'x'],
    ['a heading of spaces and hashes', '## ' + ' #'.repeat(MAX / 2 - 4)],
    ['open brackets', '## Session Scope\n**Write set:** ' + '['.repeat(MAX - 40)],
    ['open braces and commas', '## Session Scope\n**Write set:** ' + '{,'.repeat(MAX / 2 - 20)],
    ['link openers', '## Session Scope\n**Write set:** ' + '[a]('.repeat(MAX / 4 - 10)],
    ['comment openers', '<!--'.repeat(MAX / 4)],
    ['fence lines', '```\n'.repeat(MAX / 4)],
    ['session scope headings', '## Session Scope\n'.repeat(MAX / 17)],
    ['a scope with many items', '## Session Scope\n**Write set:**\n' + '- src/a.ts\n'.repeat(5900)],
    [
      'a long dependency',
      '## Session Scope\n**Write set:** a\n**Dependencies:** ' + 'WO-1 #2 '.repeat(8000)
    ],
    ['deep YAML nesting', '```session-scope\nwrite: ' + '['.repeat(MAX - 40) + '\n```'],
    ['quote lines', '> a\n'.repeat(MAX / 4)],
    ['bold markers', '**'.repeat(MAX / 2)],
    ['underline after a label', '**Write set:** a\n---\n'.repeat(MAX / 22)]
  ])('does not hang on hostile input: %s', (_name, text) => {
    const { result, ms } = timed(text)
    wellFormed(result)
    expect(ms).toBeLessThan(BOUND_MS)
  })
})
