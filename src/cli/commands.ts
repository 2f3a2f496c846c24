// The subcommands of pr-scope, in the order help lists them. A new subcommand is added here.
import { checkCommand } from './check/check.js'
import type { Command } from './command.js'
import { planCommand } from './plan/command.js'

/** Every subcommand pr-scope knows. */
export const commands: readonly Command[] = [checkCommand, planCommand]
