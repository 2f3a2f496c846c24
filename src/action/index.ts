// The action's entry point, as GitHub runs it: node dist/index.js.
import { run } from './run.js'

await run()
