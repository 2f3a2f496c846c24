// Parse time of the Session Scope parser on 65,536-character bodies (GitHub's limit for a pull
// request body): a realistic one with a scope block, and hostile ones built to make a careless
// parser backtrack. Prints the median and the slowest of many runs.

import { parseScope } from '../src/scope/parser/parse.js'

const LIMIT = 65536
const RUNS = 200

function fill(text: string, filler: string): string {
  let out = text
  while (out.length < LIMIT) out += filler
  return out.slice(0, LIMIT)
}

function realistic(): string {
  const scope = [
    '## Session Scope',
    '',
    '**Write set:**',
    ...Array.from({ length: 40 }, (_, i) => `- \`src/module${i}/{index,types}.ts\``),
    '- `!src/generated/**`',
    '',
    '**Read set:** src/shared/**, docs/architecture.md, `package.json`',
    '**Dependencies:**',
    '- WO-FIX-03 must be committed before this session starts',
    '- #1234 (the schema change)',
    '- https://github.com/octo/app/pull/987',
    '**Do NOT touch:** Any file not listed above',
    ''
  ].join('\n')
  const prose = [
    '### Notes',
    '',
    'This change moves the resolver into its own module, with tests beside it. See the',
    '[design note](https://example.com/design) and the discussion in #1200 for the reasons.',
    '',
    '```ts',
    'export function resolve(input: string): Result { return parse(input, { strict: true }) }',
    '```',
    '',
    '<!-- reviewers: please check the migration order -->',
    '> Quoted from the issue: **Write set:** should not be read from here.',
    '',
    '- a bullet about behaviour, with `code` and **bold** text',
    '- another bullet, with a link to [the docs](https://example.com/docs)',
    '',
    ''
  ].join('\n')
  return fill(`# Move the resolver\n\nSummary of the change.\n\n${scope}\n## Details\n\n`, prose)
}

const HOSTILE: Record<string, string> = {
  'backtick runs': Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 1) + 'x').join('\n'),
  'one long line of spaces': fill('## Session Scope\n**Write set:** ', ' ') + 'x',
  'open brackets in a value': fill('## Session Scope\n**Write set:** ', '[{('),
  'link openers': fill('## Session Scope\n**Write set:** ', '[a]('),
  'comment openers': fill('', '<!--'),
  'fence lines': fill('', '```\n'),
  'scope headings': fill('', '## Session Scope\n'),
  'deep YAML nesting': fill('```session-scope\nwrite: ', '[') + '\n```',
  'YAML commas in a fence': fill(
    '',
    'x\n```session-scope\nwrite: [' + ','.repeat(1000) + '\n```\n'
  ),
  'plain YAML list, 8 KB fence':
    '```session-scope\nwrite:\n' + '  - src/module/file.ts\n'.repeat(340) + '```\n',
  'heading hashes': fill('## Session Scope ', ' #'),
  'dependency refs': fill(
    '## Session Scope\n**Write set:** a\n**Dependencies:** ',
    'WO-1 #2 https://h/o/r/pull/3 '
  )
}

function measure(text: string): { median: number; max: number } {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    parseScope(text)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)] ?? 0, max: times[times.length - 1] ?? 0 }
}

/** Prints the median and maximum parse time of each body. */
export async function main(): Promise<void> {
  const bodies: [string, string][] = [
    ['realistic PR body', realistic()],
    ...Object.entries(HOSTILE)
  ]
  console.log(`parseScope, ${RUNS} runs each (ms)`)
  console.log('| body | chars | median | max |')
  console.log('| --- | ---: | ---: | ---: |')
  for (const [name, text] of bodies) {
    const { median, max } = measure(text)
    console.log(`| ${name} | ${text.length} | ${median.toFixed(3)} | ${max.toFixed(3)} |`)
  }
}
