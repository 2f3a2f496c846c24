// The pr-scope command's entry point (bin pr-scope -> dist/cli.js): only wires the process in.
import { runCli } from './main.js'

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
})
