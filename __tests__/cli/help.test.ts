// The help texts as a terminal shows them: every line fits, every command reads alike.
import { describe, expect, it } from '@jest/globals'
import type { CommandSpec } from '../../src/cli/command.js'
import { commands } from '../../src/cli/commands.js'
import { renderCommandHelp, renderMainHelp } from '../../src/cli/help.js'

const WIDTH = 100

const tooLong = (text: string): string[] => text.split('\n').filter((line) => line.length > WIDTH)

describe('pr-scope help', () => {
  it('fits the main help in 100 columns', () => {
    expect(tooLong(renderMainHelp(commands, '1.2.3'))).toEqual([])
  })

  it.each(commands.map((c) => [c.name, c] as const))('fits `%s --help` in 100 columns', (_n, c) => {
    expect(tooLong(renderCommandHelp(c))).toEqual([])
  })

  it.each(commands.map((c) => [c.name, c] as const))(
    'writes `%s` summary and option texts as sentences, for users (no internal references)',
    (_n, c) => {
      const texts = [c.summary, ...Object.values(c.options).map((o) => o.description)]
      for (const text of texts) {
        expect(text).toMatch(/^[A-Z]/)
        expect(text).toMatch(/\.$/)
        expect(text).not.toMatch(/CONTRACT/)
      }
    }
  )

  it('wraps long details and option texts at word boundaries, keeping their words and breaks', () => {
    const word = (i: number): string => `word${i}`
    const long = Array.from({ length: 60 }, (_, i) => word(i)).join(' ')
    const spec: CommandSpec = {
      name: 'demo',
      summary: 'Demo.',
      synopsis: 'demo',
      details: `${long}\n\nExit status: 0.`,
      options: { flag: { type: 'boolean', description: long } }
    }
    const help = renderCommandHelp(spec)
    expect(tooLong(help)).toEqual([])
    // The details keep every word in order, and their blank line.
    const tail = help.slice(help.indexOf('Show this help.') + 'Show this help.'.length)
    expect(tail.trim().split(/\s+/)).toEqual([...long.split(' '), 'Exit', 'status:', '0.'])
    expect(tail).toContain('\n\nExit status: 0.')
  })

  it('marks a repeatable option as a sentence of its own', () => {
    const help = renderCommandHelp(commands.find((c) => c.name === 'check') as CommandSpec)
    expect(help).toMatch(/lock files\. Repeatable\./)
  })
})
