import { describe, expect, it } from '@jest/globals'
import { parseScope } from '../../../src/scope/parser/parse.js'
import type { ParseResult, ScopeMessage } from '../../../src/scope/types.js'

/** The four lists as plain texts, for compact expectations. */
interface Lists {
  write: string[]
  read: string[]
  dependencies: string[]
  forbidden: string[]
  forbidOthers: boolean
}

function lists(markdown: string): Lists | null {
  const { scope } = parseScope(markdown)
  if (!scope) return null
  return {
    write: scope.write.map((e) => e.text),
    read: scope.read.map((e) => e.text),
    dependencies: scope.dependencies.map((d) => d.text),
    forbidden: scope.forbidden.map((e) => e.text),
    forbidOthers: scope.forbidOthers
  }
}

function levels(result: ParseResult, level: ScopeMessage['level']): ScopeMessage[] {
  return result.messages.filter((m) => m.level === level)
}

const md = (...lines: string[]): string => lines.join('\n')

// The protocol's example, verbatim (PROTOCOL.md, "Session scope declaration").
const PROTOCOL_EXAMPLE = `## Session Scope
**Write set:** aidm/core/maneuver_resolver.py, aidm/schemas/maneuvers.py
**Read set:** aidm/schemas/attack.py, aidm/core/attack_resolver.py
**Dependencies:** WO-FIX-03 must be committed before this session starts
**Do NOT touch:** Any file not listed above
`

describe('the protocol example', () => {
  it('parses to exactly its four fields', () => {
    const result = parseScope(PROTOCOL_EXAMPLE)
    expect(result.messages).toEqual([])
    expect(result.scope).toEqual({
      write: [
        { text: 'aidm/core/maneuver_resolver.py', line: 2 },
        { text: 'aidm/schemas/maneuvers.py', line: 2 }
      ],
      read: [
        { text: 'aidm/schemas/attack.py', line: 3 },
        { text: 'aidm/core/attack_resolver.py', line: 3 }
      ],
      dependencies: [
        {
          text: 'WO-FIX-03 must be committed before this session starts',
          line: 4,
          refs: [{ kind: 'work-order', id: 'WO-FIX-03' }]
        }
      ],
      forbidden: [],
      forbidOthers: true,
      line: 1,
      form: 'markdown'
    })
  })

  it('is not read when it is shown inside a fenced code block, as in the protocol itself', () => {
    expect(
      parseScope(md('Each dispatch includes:', '', '```markdown', PROTOCOL_EXAMPLE, '```'))
    ).toEqual({
      scope: null,
      messages: []
    })
  })
})

const W = '**Write set:** src/a.ts'

describe('§1.1 where the block starts', () => {
  it.each([
    ['level 1 heading', md('# Session Scope', W)],
    ['level 2 heading', md('## Session Scope', W)],
    ['level 3 heading', md('### Session Scope', W)],
    ['level 4 heading', md('#### Session Scope', W)],
    ['level 5 heading', md('##### Session Scope', W)],
    ['level 6 heading', md('###### Session Scope', W)],
    ['lower case', md('## session scope', W)],
    ['upper case', md('## SESSION SCOPE', W)],
    ['trailing colon', md('## Session Scope:', W)],
    ['bold heading', md('## **Session Scope**', W)],
    ['bold heading with colon', md('## **Session Scope:**', W)],
    ['closing hashes', md('## Session Scope ##', W)],
    ['indented up to three spaces', md('   ## Session Scope', W)],
    ['setext heading', md('Session Scope', '-------------', W)],
    ['setext level 1 heading', md('Session Scope', '=============', W)],
    ['bold-only line', md('**Session Scope**', W)],
    ['bold-only line, colon inside', md('**Session Scope:**', W)],
    ['bold-only line, colon outside', md('**Session Scope**:', W)],
    ['underscore bold line', md('__Session Scope__', W)],
    ['after other text', md('# Fix the resolver', '', 'Some text.', '', '## Session Scope', W)]
  ])('%s starts a block', (_name, text) => {
    expect(lists(text)?.write).toEqual(['src/a.ts'])
  })

  it.each([
    ['other heading text', md('## Session Scope notes', W)],
    ['no space after #', md('##Session Scope', W)],
    ['seven #', md('####### Session Scope', W)],
    ['indented four spaces', md('    ## Session Scope', W)],
    ['bold with more text', md('**Session Scope** is below', W)],
    ['plain line', md('Session Scope', '', W)],
    ['list item', md('- **Session Scope**', W)],
    ['no block at all', md('# Title', '', 'Body text with **Write set:** words.')]
  ])('%s: no block, no messages', (_name, text) => {
    expect(parseScope(text)).toEqual({ scope: null, messages: [] })
  })

  it('records the 1-based line of the block and of each item', () => {
    const { scope } = parseScope(
      md('# Title', '', '## Session Scope', '', '**Write set:**', '- a.ts', '- b.ts')
    )
    expect(scope?.line).toBe(3)
    expect(scope?.write).toEqual([
      { text: 'a.ts', line: 6 },
      { text: 'b.ts', line: 7 }
    ])
  })

  it('counts CRLF and CR line endings as line ends', () => {
    const { scope } = parseScope(
      '# T\r\n## Session Scope\r\n**Write set:** a.ts\r**Read set:** b.ts'
    )
    expect(scope?.write).toEqual([{ text: 'a.ts', line: 3 }])
    expect(scope?.read).toEqual([{ text: 'b.ts', line: 4 }])
  })

  // Files saved by Windows editors start with a byte order mark; the first line is still line 1.
  it.each([
    ['a heading', md('\uFEFF## Session Scope', W)],
    ['a bold line', md('\uFEFF**Session Scope**', W)],
    ['a fence', md('\uFEFF```session-scope', 'write: src/a.ts', '```')]
  ])('reads a block on the first line after a byte order mark: %s', (_name, text) => {
    const { scope, messages } = parseScope(text)
    expect(messages).toEqual([])
    expect(scope?.line).toBe(1)
    expect(scope?.write).toEqual([{ text: 'src/a.ts', line: 2 }])
  })

  it('reads a CRLF pull request template with a byte order mark as written', () => {
    const body = [
      '\uFEFF## Summary',
      'Fixes the grapple check.',
      '',
      '## Session Scope',
      '',
      '**Write set:**',
      '- `src/a.ts`',
      '- `src/b.ts`',
      '',
      '**Read set:** none',
      '**Dependencies:** #12',
      '**Do NOT touch:** Any file not listed above',
      '',
      '## Test plan',
      '- [ ] npm test',
      ''
    ].join('\r\n')
    expect(lists(body)).toEqual({
      write: ['src/a.ts', 'src/b.ts'],
      read: [],
      dependencies: ['#12'],
      forbidden: [],
      forbidOthers: true
    })
    expect(parseScope(body).scope?.write.map((e) => e.line)).toEqual([7, 8])
  })
})

describe('§1.1 where the block ends', () => {
  it.each([
    [
      'next heading of the same level',
      md('## Session Scope', W, '## Notes', '**Read set:** r.ts'),
      { write: ['src/a.ts'], read: [] }
    ],
    [
      'next heading of a higher level',
      md('### Session Scope', W, '# Next', '**Read set:** r.ts'),
      { write: ['src/a.ts'], read: [] }
    ],
    [
      'not at a lower-level heading',
      md('## Session Scope', W, '### Details', '**Read set:** r.ts'),
      { write: ['src/a.ts'], read: ['r.ts'] }
    ],
    [
      'a setext heading of the same level',
      md('## Session Scope', W, '', 'Notes', '-----', '**Read set:** r.ts'),
      { write: ['src/a.ts'], read: [] }
    ],
    [
      'end of document',
      md('## Session Scope', W, '', 'Prose.', '', '**Read set:** r.ts'),
      { write: ['src/a.ts'], read: ['r.ts'] }
    ],
    [
      'bold form: at any heading',
      md('**Session Scope**', W, '#### Deep heading', '**Read set:** r.ts'),
      { write: ['src/a.ts'], read: [] }
    ],
    [
      'bold form: at a bold-only line',
      md('**Session Scope**', W, '**Acceptance criteria**', '**Read set:** r.ts'),
      { write: ['src/a.ts'], read: [] }
    ],
    [
      'bold form: not at a bold label alone on its line',
      md('**Session Scope**', '**Write set:**', '- a.ts', '**Read set**:', '- r.ts'),
      { write: ['a.ts'], read: ['r.ts'] }
    ]
  ])('%s', (_name, text, expected) => {
    expect(lists(text)).toMatchObject(expected)
  })
})

describe('§1.1 text that is never read as a scope', () => {
  it.each([
    ['backtick fence', md('```', '## Session Scope', W, '```')],
    ['tilde fence', md('~~~md', '## Session Scope', W, '~~~')],
    [
      'longer fence with a shorter fence inside',
      md('````', '```', '```', '## Session Scope', W, '````')
    ],
    ['unclosed fence', md('```', '## Session Scope', W)],
    [
      'indented fence in a list',
      md('- example:', '  ```', '  ## Session Scope', '  ' + W, '  ```')
    ],
    ['one-line HTML comment', md('<!-- ## Session Scope -->', '<!-- ' + W + ' -->')],
    ['multi-line HTML comment', md('<!--', '## Session Scope', W, '-->')],
    ['block quote', md('> ## Session Scope', '> ' + W)],
    ['block quote, lazy continuation', md('> **Session Scope**', W)],
    ['nested block quote', md('> > ## Session Scope', '> > ' + W)]
  ])('%s', (_name, text) => {
    expect(parseScope(text)).toEqual({ scope: null, messages: [] })
  })

  it.each([
    ['a commented-out field', md('## Session Scope', W, '<!-- **Read set:** r.ts -->'), []],
    [
      'a commented-out item',
      md('## Session Scope', '**Write set:**', '- a.ts', '<!-- - b.ts -->', '- c.ts'),
      []
    ],
    [
      'a multi-line comment in the list',
      md('## Session Scope', '**Write set:**', '- a.ts', '<!--', '- b.ts', '-->', '- c.ts'),
      []
    ],
    [
      'an inline comment after an item',
      md('## Session Scope', '**Write set:** a.ts <!-- , b.ts -->'),
      []
    ],
    ['a quoted field', md('## Session Scope', W, '> **Read set:** r.ts'), []],
    ['a field inside code', md('## Session Scope', W, '```', '**Read set:** r.ts', '```'), []]
  ])('inside a block, %s is skipped', (_name, text, read) => {
    expect(lists(text)?.read).toEqual(read)
  })

  it('keeps the items around a commented-out item', () => {
    const text = md('## Session Scope', '**Write set:**', '- a.ts', '<!-- - b.ts -->', '- c.ts')
    expect(lists(text)?.write).toEqual(['a.ts', 'c.ts'])
  })

  it('reads the text after a comment closes on the same line', () => {
    expect(lists(md('<!-- note', 'more -->## Session Scope', W))?.write).toEqual(['src/a.ts'])
  })

  it('reads a block after a quote that a blank line closed', () => {
    expect(lists(md('> quoted', '', '## Session Scope', W))?.write).toEqual(['src/a.ts'])
  })
})

describe('§1.1 two blocks', () => {
  it.each([
    ['two headings', md('## Session Scope', W, '## Session Scope', W), [1, 3]],
    ['heading and bold line', md('# A', '## Session Scope', W, '', '**Session Scope**', W), [2, 5]],
    ['nested heading', md('## Session Scope', W, '### Session Scope', W), [1, 3]],
    [
      'heading and a separate fence',
      md('## Session Scope', W, '## Other', '```session-scope', 'write: a', '```'),
      [1, 4]
    ],
    [
      'two fences',
      md('```session-scope', 'write: a', '```', '```session-scope', 'write: b', '```'),
      [1, 4]
    ],
    [
      'two fences under one heading',
      md(
        '## Session Scope',
        '```session-scope',
        'write: a',
        '```',
        '```session-scope',
        'write: b',
        '```'
      ),
      [2, 5]
    ]
  ])('%s: an error naming both lines', (_name, text, [first, second]) => {
    const result = parseScope(text)
    expect(result.scope).toBeNull()
    const errors = levels(result, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain(`lines ${first} and ${second}`)
    expect(errors[0]?.message).toMatch(/keep exactly one/)
  })

  it('names every block when there are more than two', () => {
    const block = md('## Session Scope', W)
    const result = parseScope(md(block, block, block))
    expect(result.messages[0]?.message).toContain('lines 1, 3, 5')
  })
})

describe('§1.1 missing write set', () => {
  it.each([
    ['a block with other fields only', md('## Session Scope', '**Read set:** r.ts')],
    ['an empty block', md('## Session Scope', '', 'Nothing here.')],
    [
      'a block whose write set is only in a comment',
      md('## Session Scope', '<!-- **Write set:** a -->')
    ]
  ])('%s is an error that says how to fix it', (_name, text) => {
    const result = parseScope(text)
    expect(result.scope).toBeNull()
    const [error] = levels(result, 'error')
    expect(error?.line).toBe(1)
    expect(error?.message).toContain('no Write set')
    expect(error?.message).toContain('**Write set:** none')
  })

  it.each([
    ['none', 'none'],
    ['None.', 'None.'],
    ['n/a', 'n/a'],
    ['N/A', 'N/A'],
    ['hyphen', '-'],
    ['em dash', '—'],
    ['italic none', '_none_'],
    ['none with a comment', 'None (read-only task)']
  ])('an empty write set written as %s is fine', (_name, value) => {
    const result = parseScope(md('## Session Scope', `**Write set:** ${value}`))
    expect(result.messages).toEqual([])
    expect(result.scope?.write).toEqual([])
  })

  it('warns about a write set with no items and no "none"', () => {
    const result = parseScope(md('## Session Scope', '**Write set:**', '', 'Prose.'))
    expect(result.scope?.write).toEqual([])
    expect(levels(result, 'warning')[0]?.message).toMatch(/line 2: Write set has no items.*"none"/)
  })
})

describe('§1.2 labels and aliases', () => {
  it.each([
    ['Write set', 'write'],
    ['Writes', 'write'],
    ['Files I will modify', 'write'],
    ['Read set', 'read'],
    ['Reads', 'read'],
    ['Files I will read but not modify', 'read'],
    ['Dependencies', 'dependencies'],
    ['Depends on', 'dependencies'],
    ['Dependency set', 'dependencies'],
    ['Files that must be in a specific state before I start', 'dependencies'],
    ['Do NOT touch', 'forbidden'],
    ['Forbidden', 'forbidden'],
    ['Must not touch', 'forbidden']
  ])('%s -> %s', (label, field) => {
    const result = parseScope(md('## Session Scope', W, `**${label}:** #12 x/y.ts`))
    const scope = result.scope
    expect(scope).not.toBeNull()
    const texts =
      field === 'dependencies'
        ? scope?.dependencies.map((d) => d.text)
        : scope?.[field as 'write' | 'read' | 'forbidden'].map((e) => e.text)
    expect(texts).toContain('#12 x/y.ts')
  })

  it.each([
    ['bold, colon inside', '**Read set:** r.ts'],
    ['bold, colon outside', '**Read set**: r.ts'],
    ['underscore bold', '__Read set:__ r.ts'],
    ['plain', 'Read set: r.ts'],
    ['upper case', '**READ SET:** r.ts'],
    ['lower case', 'read set: r.ts'],
    ['hyphenated', '**Read-set:** r.ts'],
    ['dash list item', '- Read set: r.ts'],
    ['star list item, bold', '* **Reads:** r.ts'],
    ['plus list item', '+ Reads: r.ts'],
    ['numbered list item', '1. **Read set:** r.ts'],
    ['no space after colon', 'Read set:r.ts'],
    ['bold label alone, items below', md('**Read set:**', '- r.ts')],
    ['bold label without colon, items below', md('**Read set**', '- r.ts')],
    ['list-item label, items nested', md('- Read set:', '  - r.ts')],
    ['sub-heading label', md('### Read set', '- r.ts')],
    ['sub-heading label with colon', md('### Read set:', '- r.ts')],
    ['italic, star', '*Read set:* r.ts'],
    ['italic, underscore', '_Read set:_ r.ts'],
    ['italic, colon outside', '*Read set*: r.ts'],
    ['table row', md('| Field | Paths |', '| --- | --- |', '| **Read set** | `r.ts` |')],
    ['table row with a colon, no outer pipes', md('Field | Paths', ':-- | --', 'Read set: | r.ts')],
    ['table column', md('| Write set | Read set |', '| --- | --- |', '| src/a.ts | r.ts |')]
  ])('%s', (_name, line) => {
    expect(lists(md('## Session Scope', W, line))?.read).toEqual(['r.ts'])
  })

  it.each([
    ['dash', md('**Write set:**', '- a.ts', '- b.ts')],
    ['star', md('**Write set:**', '* a.ts', '* b.ts')],
    ['plus', md('**Write set:**', '+ a.ts', '+ b.ts')],
    ['numbered', md('**Write set:**', '1. a.ts', '2. b.ts')],
    ['numbered with )', md('**Write set:**', '1) a.ts', '2) b.ts')],
    ['task boxes', md('**Write set:**', '- [ ] a.ts', '- [x] b.ts')],
    ['inline then list', md('**Write set:** a.ts', '- b.ts')],
    ['blank line between items', md('**Write set:**', '- a.ts', '', '- b.ts')],
    ['blank line after the label', md('**Write set:**', '', '- a.ts', '- b.ts')],
    ['plain continuation lines', md('**Write set:**', 'a.ts', 'b.ts')],
    ['continuation after a comma', md('**Write set:** a.ts,', 'b.ts')]
  ])('value from list items: %s', (_name, body) => {
    expect(lists(md('## Session Scope', body))?.write).toEqual(['a.ts', 'b.ts'])
  })

  it.each([
    [
      'the next label',
      md('**Write set:**', '- a.ts', '**Read set:**', '- r.ts'),
      ['a.ts'],
      ['r.ts']
    ],
    [
      'a blank line then prose',
      md('**Write set:**', '- a.ts', '', 'Prose here.', '- x.ts'),
      ['a.ts'],
      []
    ],
    ['a sub-heading', md('**Write set:**', '- a.ts', '### Notes', '- x.ts'), ['a.ts'], []],
    ['a thematic break', md('**Write set:** a.ts', '---', 'x.ts'), ['a.ts'], []],
    ['a bold-only line', md('**Write set:** a.ts', '**Note**', 'x.ts'), ['a.ts'], []],
    ['a code block', md('**Write set:**', '- a.ts', '```', 'code', '```', '- x.ts'), ['a.ts'], []]
  ])('a value ends at %s', (_name, body, write, read) => {
    expect(lists(md('## Session Scope', body))).toMatchObject({ write, read })
  })

  it('warns about an unknown label and does not give its items to the field before it', () => {
    const text = md(
      '## Session Scope',
      '**Write set:** a.ts',
      '**Owner:** alice',
      '- bob',
      '**Read set:** r.ts'
    )
    const result = parseScope(text)
    expect(lists(text)).toMatchObject({ write: ['a.ts'], read: ['r.ts'] })
    const warnings = levels(result, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ level: 'warning', line: 3 })
    expect(warnings[0]?.message).toMatch(/line 3: unknown label "Owner".*Write set/)
    expect(levels(result, 'error')).toEqual([])
  })

  it('reads an italic prose note as prose, not as a label', () => {
    const text = md('## Session Scope', '*Note:* be careful.', '', W)
    expect(parseScope(text).messages).toEqual([])
    expect(lists(text)?.write).toEqual(['src/a.ts'])
  })

  it('reads the fields of a table, one per row, and the items of its cells', () => {
    const text = md(
      '## Session Scope',
      '',
      '| Field | Paths |',
      '|-------|-------|',
      '| **Write set** | `src/a.ts`, `src/{b,c}.ts` |',
      '| Read set | `docs/x.md` |',
      '| Dependencies | #12 |',
      '| Do NOT touch | Any file not listed above |',
      '| Notes | keep it small |',
      '',
      'Prose after the table.'
    )
    const result = parseScope(text)
    expect(result.messages).toEqual([])
    expect(lists(text)).toEqual({
      write: ['src/a.ts', 'src/{b,c}.ts'],
      read: ['docs/x.md'],
      dependencies: ['#12'],
      forbidden: [],
      forbidOthers: true
    })
    expect(result.scope?.write.map((e) => e.line)).toEqual([5, 5])
  })

  it('reads the columns of a table whose header names the fields', () => {
    const text = md(
      '## Session Scope',
      '| Write set | Read set | Owner |',
      '| --- | --- | --- |',
      '| `src/a.ts` | `lib/r.ts` | alice |',
      '| `src/b.ts` | | |'
    )
    const result = parseScope(text)
    expect(result.messages).toEqual([])
    expect(lists(text)).toMatchObject({ write: ['src/a.ts', 'src/b.ts'], read: ['lib/r.ts'] })
    expect(result.scope?.write.map((e) => e.line)).toEqual([4, 5])
  })

  it('reads plain prose with a colon as prose, not as an unknown label', () => {
    const result = parseScope(md('## Session Scope', 'Note: be careful.', '', W))
    expect(result.messages).toEqual([])
    expect(result.scope?.write.map((e) => e.text)).toEqual(['src/a.ts'])
  })

  it('combines a field given twice, with a warning naming both lines', () => {
    const result = parseScope(md('## Session Scope', '**Write set:** a.ts', '**Writes:** b.ts'))
    expect(result.scope?.write.map((e) => e.text)).toEqual(['a.ts', 'b.ts'])
    expect(levels(result, 'warning')[0]?.message).toMatch(/line 3: .*first on line 2/)
  })
})

describe('§1.3 items', () => {
  it.each([
    ['commas', 'a.ts, b.ts,c.ts', ['a.ts', 'b.ts', 'c.ts']],
    ['semicolons', 'a.ts; b.ts', ['a.ts', 'b.ts']],
    ['trailing comma', 'a.ts, b.ts,', ['a.ts', 'b.ts']],
    ['braces keep one item', 'src/{a,b}.ts, c.ts', ['src/{a,b}.ts', 'c.ts']],
    ['nested braces', 'src/{a,{b,c}}.ts', ['src/{a,{b,c}}.ts']],
    ['brackets keep one item', 'src/[a,b].ts; c.ts', ['src/[a,b].ts', 'c.ts']],
    ['backticks keep one item', '`a,b.ts`, c.ts', ['a,b.ts', 'c.ts']],
    ['backticks removed', '`src/a.ts`, `src/b.ts`', ['src/a.ts', 'src/b.ts']],
    ['double backticks removed', '``src/`x`.ts``', ['src/`x`.ts']],
    ['an unmatched backtick is kept', 'src/a`.ts', ['src/a`.ts']],
    ['an unclosed brace does not glue the rest', 'src/{a.ts, b.ts', ['src/{a.ts', 'b.ts']],
    ['link keeps its text', '[src/a.ts](https://x.test/src/a.ts), b.ts', ['src/a.ts', 'b.ts']],
    ['link with code text', '[`src/a.ts`](src/a.ts)', ['src/a.ts']],
    ['brackets that are not a link', 'src/[ab].ts', ['src/[ab].ts']],
    ['./ is kept as written', './src/a.ts, /src/b.ts', ['./src/a.ts', '/src/b.ts']],
    ['negation kept', 'src/**, !src/gen/**', ['src/**', '!src/gen/**']],
    ['negation before backticks', 'src/**, !`src/gen/**`', ['src/**', '!src/gen/**']],
    [
      'code with a comment: only the code',
      '`src/a.ts` (new file), `src/b.ts` — tests',
      ['src/a.ts', 'src/b.ts']
    ],
    ['code with a trailing period', '`src/a.ts`.', ['src/a.ts']],
    ['a marker among items is dropped', 'a.ts, none', ['a.ts']],
    ['globs kept', 'src/**/*.ts, docs/?.md', ['src/**/*.ts', 'docs/?.md']]
  ])('%s', (_name, value, expected) => {
    expect(lists(md('## Session Scope', `**Write set:** ${value}`))?.write).toEqual(expected)
  })

  it('splits list items of path fields too', () => {
    expect(
      lists(md('## Session Scope', '**Write set:**', '- a.ts, b.ts', '- `src/{c,d}.ts`'))?.write
    ).toEqual(['a.ts', 'b.ts', 'src/{c,d}.ts'])
  })

  it.each(['none', 'n/a', '-', '—', 'None', 'NONE.', '*none*', '(none)'])(
    'the empty marker %s gives an empty list with no message',
    (marker) => {
      const result = parseScope(
        md('## Session Scope', W, `**Read set:** ${marker}`, `**Do NOT touch:** ${marker}`)
      )
      expect(result.messages).toEqual([])
      expect(lists(md('## Session Scope', W, `**Read set:** ${marker}`))?.read).toEqual([])
    }
  )

  it('an empty marker as a list item gives an empty list', () => {
    expect(lists(md('## Session Scope', W, '**Read set:**', '- none'))?.read).toEqual([])
  })

  it.each([
    'Any file not listed above',
    'any file not listed above.',
    'ANYTHING ELSE',
    'Everything else',
    'everything else.',
    'All other files',
    '**All other files**',
    '`anything else`'
  ])('forbidden phrase "%s" sets forbidOthers and adds no pattern', (phrase) => {
    expect(lists(md('## Session Scope', W, `**Do NOT touch:** ${phrase}`))).toMatchObject({
      forbidden: [],
      forbidOthers: true
    })
  })

  it('keeps forbidden patterns beside the phrase', () => {
    expect(
      lists(md('## Session Scope', W, '**Forbidden:**', '- src/legacy/**', '- anything else'))
    ).toMatchObject({
      forbidden: ['src/legacy/**'],
      forbidOthers: true
    })
  })

  it('reads the phrase as a path outside forbidden (with the space warning)', () => {
    const result = parseScope(md('## Session Scope', '**Write set:** anything else'))
    expect(result.scope?.write.map((e) => e.text)).toEqual(['anything else'])
    expect(result.scope?.forbidOthers).toBe(false)
    expect(levels(result, 'warning')).toHaveLength(1)
  })

  it('warns about an entry with a space, saying how to write a comment', () => {
    const result = parseScope(md('## Session Scope', '**Write set:** src/a.ts (new file)'))
    expect(result.scope?.write.map((e) => e.text)).toEqual(['src/a.ts (new file)'])
    const [warning] = levels(result, 'warning')
    expect(warning?.line).toBe(2)
    expect(warning?.message).toMatch(/"src\/a.ts \(new file\)" contains a space.*backticks/)
  })

  it.each<[string, string[], number]>([
    ['`docs dir/**`', ['docs dir/**'], 0],
    ['`my docs/a b.md`, `x y/`', ['my docs/a b.md', 'x y/'], 0],
    ['!`docs dir/**`', ['!docs dir/**'], 0],
    ['``docs `dir`/**``', ['docs `dir`/**'], 0],
    ['docs dir/**', ['docs dir/**'], 1],
    ['`docs` dir/**', ['docs'], 0],
    ['`docs`and more', ['docs'], 0],
    ['`docs` `dir`', ['docs dir'], 1]
  ])('takes a space inside backticks as meant: %s', (entry, write, count) => {
    const result = parseScope(md('## Session Scope', `**Write set:** ${entry}`))
    expect(result.scope?.write.map((e) => e.text)).toEqual(write)
    expect(levels(result, 'warning')).toHaveLength(count)
  })

  it.each([
    ['src\\core\\a.ts', 1],
    ['`src\\gen\\**`', 1],
    ['src/\\*.ts', 0],
    ['src/[\\]]x.ts', 0]
  ])('warns about a Windows separator in %s (%i warnings)', (entry, count) => {
    const result = parseScope(md('## Session Scope', `**Write set:** ${entry}`))
    const warnings = levels(result, 'warning')
    expect(warnings).toHaveLength(count)
    if (count > 0) expect(warnings[0]?.message).toMatch(/contains `\\`.*use `\/`.*write "src\//)
  })

  it('records the line of each list item', () => {
    const { scope } = parseScope(
      md('## Session Scope', '**Write set:** a.ts', '- b.ts', '', '- c.ts')
    )
    expect(scope?.write.map((e) => e.line)).toEqual([2, 3, 5])
  })
})

describe('§1.5 fenced form', () => {
  const fence = (...body: string[]): string => md('```session-scope', ...body, '```')

  it('reads a fence standing alone, with lists and single strings', () => {
    const text = md(
      'Intro.',
      '',
      fence(
        'write:',
        '  - src/a.ts',
        '  - "src/{b,c}.ts"',
        'read: docs/**',
        'dependencies:',
        '  - "#12"',
        '  - WO-FIX-03 must be merged first',
        'forbidden: anything else'
      )
    )
    const result = parseScope(text)
    expect(result.messages).toEqual([])
    expect(result.scope).toEqual({
      write: [
        { text: 'src/a.ts', line: 5 },
        { text: 'src/{b,c}.ts', line: 6 }
      ],
      read: [{ text: 'docs/**', line: 7 }],
      dependencies: [
        { text: '#12', line: 9, refs: [{ kind: 'number', number: 12 }] },
        {
          text: 'WO-FIX-03 must be merged first',
          line: 10,
          refs: [{ kind: 'work-order', id: 'WO-FIX-03' }]
        }
      ],
      forbidden: [],
      forbidOthers: true,
      line: 3,
      form: 'fenced'
    })
  })

  it.each([
    ['under a heading', md('## Session Scope', '', fence('write: [a.ts, b.ts]')), 1],
    ['under a bold line', md('**Session Scope**', fence('write: [a.ts, b.ts]')), 1],
    ['with a tilde fence', md('~~~session-scope', 'write: [a.ts, b.ts]', '~~~'), 1],
    ['with an upper-case info string', md('```Session-Scope', 'write: [a.ts, b.ts]', '```'), 1],
    ['with more info words', md('```session-scope yaml', 'write: [a.ts, b.ts]', '```'), 1],
    ['one string split on commas', fence('write: a.ts, b.ts'), 1],
    [
      'indented in a list item',
      md('- scope:', '  ```session-scope', '  write:', '    - a.ts', '    - b.ts', '  ```'),
      2
    ]
  ])('%s', (_name, text, line) => {
    const result = parseScope(text)
    expect(result.messages).toEqual([])
    expect(result.scope?.form).toBe('fenced')
    expect(result.scope?.line).toBe(line)
    expect(result.scope?.write.map((e) => e.text)).toEqual(['a.ts', 'b.ts'])
  })

  it('takes an explicitly empty list, or none, as an empty write set', () => {
    for (const text of [fence('write: []'), fence('write: none'), fence('write:', '  - none')]) {
      const result = parseScope(text)
      expect(result.messages).toEqual([])
      expect(result.scope?.write).toEqual([])
    }
  })

  it('warns about an unknown key, on its line', () => {
    const result = parseScope(fence('write: a.ts', 'owner: alice'))
    expect(result.scope?.write.map((e) => e.text)).toEqual(['a.ts'])
    expect(result.messages).toEqual([
      expect.objectContaining({
        level: 'warning',
        line: 3,
        message: expect.stringMatching(/unknown key "owner"/)
      })
    ])
  })

  it('reports YAML that does not parse with the document line and column', () => {
    const result = parseScope(
      md('# Title', '', '```session-scope', 'write:', '  - a.ts', ' read: [b', '```')
    )
    expect(result.scope).toBeNull()
    const [error] = levels(result, 'error')
    expect(error?.line).toBeGreaterThanOrEqual(6)
    expect(error?.line).toBeLessThanOrEqual(7)
    expect(error?.column).toBeGreaterThan(0)
    expect(error?.message).toMatch(
      new RegExp(`^line ${error?.line}, column ${error?.column}: .*not valid YAML`)
    )
  })

  it('translates the column of an indented fence', () => {
    const result = parseScope(md('- x', '  ```session-scope', '  write: "a', '  ```'))
    const [error] = levels(result, 'error')
    expect(error?.line).toBeGreaterThanOrEqual(3)
    expect(error?.column).toBeGreaterThan(2)
  })

  it.each([
    ['no write key', fence('read: a.ts'), /no "write" key.*write: none/],
    ['an empty fence', fence(), /no "write" key/],
    ['a list instead of a mapping', fence('- a.ts'), /must be a YAML mapping/],
    ['a mapping as a value', fence('write:', '  a: b'), /"write" must be a list of strings/],
    ['a nested list', fence('write:', '  - [a, b]'), /"write" must be a list of strings/],
    ['a duplicate key', fence('write: a', 'write: b'), /not valid YAML/],
    [
      'labels beside the fence',
      md('## Session Scope', W, fence('write: a')),
      /both field labels and a session-scope fence/
    ]
  ])('%s is an error', (_name, text, pattern) => {
    const result = parseScope(text)
    expect(result.scope).toBeNull()
    expect(levels(result, 'error')[0]?.message).toMatch(pattern)
  })

  it('warns about a fence that is never closed, and still reads it', () => {
    const result = parseScope(md('```session-scope', 'write: a.ts'))
    expect(result.scope?.write.map((e) => e.text)).toEqual(['a.ts'])
    expect(levels(result, 'warning')[0]?.message).toMatch(/never closed/)
  })

  it.each([
    ['in a block quote', md('> ```session-scope', '> write: a', '> ```')],
    ['in a comment', md('<!--', '```session-scope', 'write: a', '```', '-->')],
    ['inside another fence', md('````md', '```session-scope', 'write: a', '```', '````')]
  ])('is not read %s', (_name, text) => {
    expect(parseScope(text)).toEqual({ scope: null, messages: [] })
  })
})

describe('§1.7 dependencies', () => {
  it('keeps each item as free text with its references', () => {
    const { scope, messages } = parseScope(
      md(
        '## Session Scope',
        W,
        '**Dependencies:**',
        '- #12 must be merged',
        '- https://github.com/o/r/pull/7',
        '- [WO-FIX-03](work-orders/WO-FIX-03.md) and `WO-12`'
      )
    )
    expect(messages).toEqual([])
    expect(scope?.dependencies).toEqual([
      { text: '#12 must be merged', line: 4, refs: [{ kind: 'number', number: 12 }] },
      {
        text: 'https://github.com/o/r/pull/7',
        line: 5,
        refs: [
          { kind: 'url', owner: 'o', repo: 'r', number: 7, url: 'https://github.com/o/r/pull/7' }
        ]
      },
      {
        text: 'WO-FIX-03 and WO-12',
        line: 6,
        refs: [
          { kind: 'work-order', id: 'WO-FIX-03' },
          { kind: 'work-order', id: 'WO-12' }
        ]
      }
    ])
  })

  it('splits an inline value on commas, but keeps a bullet whole', () => {
    const { scope } = parseScope(
      md('## Session Scope', W, '**Depends on:** #1, #2', '- WO-3, then WO-4')
    )
    expect(scope?.dependencies.map((d) => d.text)).toEqual(['#1', '#2', 'WO-3, then WO-4'])
  })

  it('joins a sentence wrapped over two lines', () => {
    const { scope } = parseScope(
      md('## Session Scope', W, '**Dependencies:** WO-FIX-03 must be', 'committed first')
    )
    expect(scope?.dependencies.map((d) => d.text)).toEqual(['WO-FIX-03 must be committed first'])
  })

  it('keeps an item with no reference, with a notice on its line', () => {
    const result = parseScope(md('## Session Scope', W, '**Dependencies:** the database migration'))
    expect(result.scope?.dependencies).toEqual([
      { text: 'the database migration', line: 3, refs: [] }
    ])
    expect(result.messages).toEqual([
      {
        level: 'notice',
        line: 3,
        message: expect.stringMatching(
          /^line 3: dependency "the database migration" names no pull request.*#123/
        )
      }
    ])
  })

  it.each(['none', 'None — this session is independent', 'n/a'])(
    '"%s" means no dependencies',
    (value) => {
      const result = parseScope(md('## Session Scope', W, `**Dependencies:** ${value}`))
      expect(result.messages).toEqual([])
      expect(result.scope?.dependencies).toEqual([])
    }
  )
})

describe('messages', () => {
  it('come in document order and every one names its line in its text', () => {
    const result = parseScope(
      md('## Session Scope', '**Dependencies:** later', '**Owner:** x', '**Write set:** a b')
    )
    expect(result.messages.map((m) => m.line)).toEqual([2, 3, 4])
    for (const message of result.messages) expect(message.message).toContain(`line ${message.line}`)
  })

  it('an error clears the scope even when warnings came first', () => {
    const result = parseScope(md('## Session Scope', '**Owner:** x', '**Read set:** r'))
    expect(result.scope).toBeNull()
    expect(result.messages.map((m) => m.level)).toEqual(['error', 'warning'])
  })
})

describe('§1.5 fenced form: values YAML would misread, and size bounds', () => {
  const fence = (...body: string[]): string => md('```session-scope', ...body, '```')

  it.each([
    ['a negation', fence('write:', '  - src/**', '  - !src/gen/**'), 4, 5, '"!src/gen/**"'],
    ['a glob starting with *', fence('write: **/*.ts'), 2, 8, '"**/*.ts"'],
    ['a brace glob', fence('write:', '  - {src,lib}/**'), 3, 5, '"{src,lib}/**"'],
    ['backticks', fence('write:', '  - `src/a.ts`'), 3, 5, '"`src/a.ts`"'],
    ['a glob in a flow list', fence('write: [src/a.ts, *.md]'), 2, 19, '"*.md"']
  ])('%s: an error that says to quote it', (_name, text, line, column, quoted) => {
    const result = parseScope(text)
    expect(result.scope).toBeNull()
    const [error] = levels(result, 'error')
    expect(error).toMatchObject({ line, column })
    expect(error?.message).toContain(`put it in quotes: ${quoted}`)
  })

  it('reads quoted globs and negations', () => {
    const text = fence('write:', '  - "!src/gen/**"', "  - '**/*.ts'", '  - "src/{a,b}.ts"')
    expect(lists(text)?.write).toEqual(['!src/gen/**', '**/*.ts', 'src/{a,b}.ts'])
  })

  it('gives small bodies of any YAML shape to the YAML parser', () => {
    const text = fence(
      'write: &w',
      '  - a.ts',
      'read: [',
      '  a.ts]',
      'dependencies: |',
      '  #12 first'
    )
    expect(lists(text)).toMatchObject({
      write: ['a.ts'],
      read: ['a.ts'],
      dependencies: ['#12 first']
    })
  })

  it('refuses a long body of another shape, naming its first such line', () => {
    const text = fence(
      'write:',
      ...Array.from({ length: 100 }, () => '  - src/a.ts'),
      'read: |',
      '  x'
    )
    const [error] = levels(parseScope(text), 'error')
    expect(error?.line).toBe(103)
    expect(error?.message).toMatch(/not in the plain form/)
  })

  it('refuses a body over 8 KB, suggesting globs', () => {
    const text = fence(
      'write:',
      ...Array.from({ length: 400 }, (_, i) => `  - src/long/file${i}.ts`)
    )
    const [error] = levels(parseScope(text), 'error')
    expect(error?.line).toBe(1)
    expect(error?.message).toMatch(/too long.*8192 characters.*globs/)
  })

  it.each([
    ['more than 500 items', fence('write:', ...Array.from({ length: 501 }, () => '  - a'))],
    ['more than 16 keys', fence('write: a', ...Array.from({ length: 16 }, (_, i) => `k${i}: x`))]
  ])('refuses %s', (_name, text) => {
    expect(levels(parseScope(text), 'error')[0]?.message).toMatch(/too long.*500 items/)
  })

  it('reads a plain body near the limit', () => {
    const text = fence('write:', ...Array.from({ length: 400 }, (_, i) => `  - src/file${i}.ts`))
    expect(lists(text)?.write).toHaveLength(400)
  })
})
