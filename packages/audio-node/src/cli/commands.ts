import { analyzeCommand } from './commands/analyze.js';
import { classifyCommand } from './commands/classify.js';
import { demoCommand } from './commands/demo.js';
import { redactCommand } from './commands/redact.js';
import { replayCommand } from './commands/replay.js';
import { teamCommand } from './commands/team.js';
import type { CliCommand } from './run-cli.js';

/** Every `tonvo` sub-command, by name. Each lives in its own file under `commands/`. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  analyze: analyzeCommand,
  classify: classifyCommand,
  demo: demoCommand,
  redact: redactCommand,
  replay: replayCommand,
  team: teamCommand,
};
