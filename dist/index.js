import { createRequire as __prScopeCreateRequire } from 'node:module';
const require = __prScopeCreateRequire(import.meta.url);

// src/main.ts
async function run() {
  throw new Error("the action is not built yet");
}

// src/index.ts
await run();
