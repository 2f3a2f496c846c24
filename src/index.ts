// The action's entry point, as GitHub runs it: node dist/index.js.
import { run } from './main.js'

await run()
