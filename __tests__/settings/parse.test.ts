import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  formatSettingsProblems,
  MAX_PROBLEMS,
  parseSettings,
  show,
  type SettingsResult
} from '../../src/settings/parse.js'
import {
  CHOICES,
  DEFAULT_WORK_ORDERS,
  SETTING_KEYS,
  WORKFLOW_ONLY
} from '../../src/settings/keys.js'

const lines = (...text: string[]): string => text.join('\n') + '\n'

function problems(result: SettingsResult): Array<[number, string]> {
  return result.ok ? [] : result.problems.map((p) => [p.line, p.message])
}

describe('parseSettings: files that are right', () => {
  it.each<[string, string, object, string[]]>([
    ['an empty file', '', {}, []],
    ['only comments', '# nothing set yet\n', {}, []],
    [
      'every key',
      lines(
        'scope-source: work-order',
        'work-orders: docs/orders/*.md',
        'ignore:',
        '  - package-lock.json',
        '  - "**/*.snap"',
        'out-of-scope: warn',
        'missing-scope: ignore',
        'overlap: "off"',
        'read-overlap: off',
        'dependencies: warn',
        'include-drafts: false'
      ),
      {
        scopeSource: 'work-order',
        workOrders: 'docs/orders/*.md',
        ignore: ['package-lock.json', '**/*.snap'],
        outOfScope: 'warn',
        missingScope: 'ignore',
        overlap: 'off',
        readOverlap: 'off',
        dependencies: 'warn',
        includeDrafts: false
      },
      [...SETTING_KEYS]
    ],
    [
      'ignore as lines of text, as the input takes it',
      lines('ignore: |', '  package-lock.json', '', '  # generated', '  dist/**'),
      { ignore: ['package-lock.json', 'dist/**'] },
      ['ignore']
    ],
    ['an empty ignore list', 'ignore: []\n', { ignore: [] }, ['ignore']],
    ['a byte order mark and CRLF', '\uFEFFoverlap: warn\r\n', { overlap: 'warn' }, ['overlap']]
  ])('%s', (_name, text, settings, keys) => {
    expect(parseSettings(text)).toEqual({ ok: true, settings, keys })
  })
})

describe('parseSettings: files that are wrong name the line and what is allowed', () => {
  it.each<[string, string, Array<[number, RegExp]>]>([
    [
      'an unknown key, with the likely one',
      lines('overlap: warn', 'overlaps: off'),
      [
        [
          2,
          /^unknown key "overlaps"\. Did you mean `overlap`\? The keys are scope-source, .*include-drafts$/
        ]
      ]
    ],
    [
      'a key only the workflow may set',
      lines('# settings', 'comment: never'),
      [[2, /^`comment` can only be set in the workflow \(`with: comment: \.\.\.`\)/]]
    ],
    ['the token', 'token: abc\n', [[1, /^`token` can only be set in the workflow/]]],
    [
      'a bad level',
      lines('out-of-scope: error'),
      [[1, /^`out-of-scope` is "error"; allowed values: fail, warn$/]]
    ],
    [
      'a level in capitals',
      lines('overlap: Warn'),
      [
        [
          1,
          /^`overlap` is "Warn"; allowed values: fail, warn, off \(values are written in lower case\)$/
        ]
      ]
    ],
    [
      'a number for a level',
      lines('', 'dependencies: 3'),
      [[2, /^`dependencies` is 3; allowed values: fail, warn, off$/]]
    ],
    [
      'a quoted boolean',
      lines('include-drafts: "false"'),
      [[1, /^`include-drafts` is "false"; allowed values: true, false \(without quotes\)$/]]
    ],
    [
      'a word for a boolean',
      lines('include-drafts: no'),
      [[1, /^`include-drafts` is "no"; allowed values: true, false$/]]
    ],
    [
      'an empty value',
      lines('scope-source:'),
      [[1, /^`scope-source` is empty; allowed values: auto, body, work-order$/]]
    ],
    ['ignore as a number', lines('ignore: 5'), [[1, /^`ignore` is 5: give a list of globs/]]],
    [
      'a bad ignore entry, on its own line',
      lines('ignore:', '  - a.lock', '  - 7', '  - ""'),
      [
        [3, /^`ignore` entry 2 is 7: each entry is a glob/],
        [4, /^`ignore` entry 3 is "": each entry is a glob/]
      ]
    ],
    [
      'an ignore glob that cannot be used',
      lines('ignore:', '  - ok/**', `  - ${'y'.repeat(300)}`),
      [[3, /^`ignore` entry 2: .*more than 256/]]
    ],
    [
      'an ignore glob that cannot be used, in a block of text',
      lines('overlap: warn', 'ignore: |', '  ok/**', '  +(a|b)'),
      [[2, /^`ignore` entry 2: /]]
    ],
    [
      'a work-orders glob that cannot be used',
      lines('work-orders: "{1..5000}.md"'),
      [[1, /^`work-orders`: /]]
    ],
    [
      'an empty work-orders glob',
      lines('work-orders: ""'),
      [[1, /^`work-orders` is "": give a glob/]]
    ],
    [
      'a list, not a mapping',
      lines('- overlap: warn'),
      [[1, /^the file must be a mapping of settings/]]
    ],
    ['a scalar, not a mapping', lines('overlap'), [[1, /^the file must be a mapping of settings/]]],
    [
      'YAML that does not parse',
      lines('overlap: warn', 'ignore: a: b'),
      [[2, /^YAML: Nested mappings are not allowed/]]
    ],
    ['a key given twice', lines('overlap: warn', 'overlap: off'), [[2, /^YAML: .*unique/i]]],
    [
      'several problems at once, in line order',
      lines('overlapp: warn', 'out-of-scope: never', 'comment: never'),
      [
        [1, /^unknown key "overlapp"/],
        [2, /^`out-of-scope` is "never"/],
        [3, /^`comment` can only be set in the workflow/]
      ]
    ]
  ])('%s', (_name, text, expected) => {
    const found = problems(parseSettings(text))
    expect(found).toHaveLength(expected.length)
    expected.forEach(([line, message], i) => {
      expect(found[i]?.[0]).toBe(line)
      expect(found[i]?.[1]).toMatch(message)
    })
  })

  it('gives the column of a YAML syntax error', () => {
    const result = parseSettings('overlap: warn\nignore: a: b\n')
    expect(result.ok ? null : result.problems[0]?.column).toBe(9)
  })

  it('refuses a file far larger than settings ever are', () => {
    expect(problems(parseSettings(`# ${'x'.repeat(70_000)}\n`))).toEqual([
      [1, expect.stringMatching(/over 64 KiB/)]
    ])
  })

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = lines(
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'ignore: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'
    )
    const result = parseSettings(bomb)
    expect(result.ok).toBe(false)
  })
})

describe('formatSettingsProblems', () => {
  it('puts FILE:LINE first and caps the list', () => {
    const many = Array.from({ length: 30 }, (_, i) => `key${i}: 1`).join('\n')
    const result = parseSettings(many)
    const shown = formatSettingsProblems('.github/pr-scope.yml', result.ok ? [] : result.problems)
    expect(shown).toHaveLength(MAX_PROBLEMS + 1)
    expect(shown[0]).toMatch(/^\.github\/pr-scope\.yml:1: unknown key "key0"/)
    expect(shown[MAX_PROBLEMS]).toBe('... and 10 more')
  })
})

describe('show', () => {
  it.each<[unknown, string]>([
    ['warn', '"warn"'],
    [3, '3'],
    [null, 'empty'],
    [['a'], 'a list'],
    [{ a: 1 }, 'a mapping'],
    ['a\nb\u2028c\u202ed\u0085', '"a\\nb\\u2028c\\u202ed\\u0085"'],
    ['x'.repeat(100), `"${'x'.repeat(77)}..."`]
  ])('%j -> %s', (value, shown) => {
    expect(show(value)).toBe(shown)
  })
})

describe('parseSettings on any text', () => {
  it('never throws; every problem has a line of the file and no control character', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...SETTING_KEYS,
        ...WORKFLOW_ONLY,
        'overlapp',
        '- ',
        ': ',
        '[',
        '"',
        '&a',
        '*a'
      ),
      fc.constantFrom('warn', 'fail', 'off', 'true', 'no', '\n', '  ', '#', '\u2028', '\u202e'),
      fc.string({ maxLength: 6 })
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        const result = parseSettings(text)
        if (result.ok) return
        const count = text.split(/\r\n|\r|\n/).length
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1)
          expect(p.line).toBeLessThanOrEqual(count + 1)
          // eslint-disable-next-line no-control-regex
          expect(p.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/)
        }
      }),
      { numRuns: 500 }
    )
  })
})

describe('docs/pr-scope.schema.json', () => {
  const schema = JSON.parse(readFileSync('docs/pr-scope.schema.json', 'utf8')) as {
    properties: Record<string, { enum?: unknown[]; default?: unknown; description: string }>
    additionalProperties: boolean
  }
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string; description: string }>
  }

  it('has exactly the settings keys, which are the inputs but the workflow-only ones', () => {
    expect(Object.keys(schema.properties)).toEqual([...SETTING_KEYS])
    expect(Object.keys(action.inputs).sort()).toEqual([...SETTING_KEYS, ...WORKFLOW_ONLY].sort())
    expect(schema.additionalProperties).toBe(false)
  })

  it('allows the values the inputs allow, with the same defaults', () => {
    for (const [key, property] of Object.entries(schema.properties)) {
      const choices = (CHOICES as Record<string, readonly string[]>)[key]
      if (key === 'include-drafts') expect(property.default).toBe(true)
      else if (choices) {
        expect(property.enum).toEqual(choices)
        expect(property.default).toBe(choices[0])
      }
      expect(property.description).toMatch(/Default: /)
    }
    expect(schema.properties['work-orders']?.default).toBe(DEFAULT_WORK_ORDERS)
  })

  it('is what action.yml documents: no input the file sets declares a default there', () => {
    for (const key of SETTING_KEYS) {
      expect(action.inputs[key]?.default).toBeUndefined()
      expect(action.inputs[key]?.description).toMatch(/Default: /)
    }
  })
})

describe('the README', () => {
  it('shows a settings file that parses', () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(readme.indexOf('## Settings file'))
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
    expect(parseSettings(example)).toEqual({
      ok: true,
      settings: { ignore: ['package-lock.json'], readOverlap: 'off' },
      keys: ['ignore', 'read-overlap']
    })
  })
})
