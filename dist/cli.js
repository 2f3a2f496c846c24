#!/usr/bin/env node
import { createRequire as __prScopeCreateRequire } from 'node:module';
const require = __prScopeCreateRequire(import.meta.url);

// src/cli/index.ts
process.exitCode = 2;
