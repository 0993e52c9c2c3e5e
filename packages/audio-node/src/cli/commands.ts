import { analyzeCommand } from './commands/analyze.js';
import type { CliCommand } from './run-cli.js';

/** Every `tonvo` sub-command, by name. Each lives in its own file under `commands/`. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  analyze: analyzeCommand,
};
