// The pr-scope command's entry point (bin pr-scope -> dist/cli.js): only wires the process in.
import { runCli } from './main.js'

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin
})

/** All of standard input, or null once it passes `maxBytes` (the rest is not read). */
async function readStdin(maxBytes: number): Promise<string | null> {
  if (process.stdin.isTTY) {
    process.stderr.write('pr-scope: reading the scope from standard input (end it with Ctrl-D)\n')
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) {
      process.stdin.destroy()
      return null
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}
