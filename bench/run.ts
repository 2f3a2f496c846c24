// npm run bench: runs every bench/*.bench.ts in turn; each prints its own figures.
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv[2]
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only || name.includes(only))
  .sort()
for (const name of files) {
  console.log(`\n## ${name.replace(/\.bench\.ts$/, '')}`)
  const mod = (await import(pathToFileURL(join(here, name)).href)) as { main: () => Promise<void> }
  await mod.main()
}
