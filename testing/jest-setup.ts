// Loaded by jest before every test file (jest.config.js, setupFilesAfterEnv): a request that
// GitHub would refuse fails the test that sent it, whether or not the test looks at violations.
import { afterEach } from '@jest/globals'
import { violationReport } from './violations.js'

afterEach(() => {
  const report = violationReport()
  if (report !== null) throw new Error(report)
})
