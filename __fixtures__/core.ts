// Typed stand-ins for @actions/core, for tests that run src/action/run.ts in-process (a real
// core.setFailed would set the test runner's own exit code). getInput reads INPUT_* variables
// as the real one does, so the inputs under test are still given through the environment.
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

export const getInput = jest.fn<typeof core.getInput>((name, options) => {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
  return options?.trimWhitespace === false ? value : value.trim()
})
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const error = jest.fn<typeof core.error>()
export const warning = jest.fn<typeof core.warning>()
export const notice = jest.fn<typeof core.notice>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()

const written: string[] = []
/** The job summary: addRaw collects, write() records what was written. */
export const summary = {
  buffer: '',
  addRaw: jest.fn((text: string) => {
    summary.buffer += text
    return summary
  }),
  write: jest.fn(async () => {
    written.push(summary.buffer)
    summary.buffer = ''
    return summary
  }),
  written
}
