import type { Readable, Writable } from 'node:stream';
import { isTonvoError } from '@tonvo/core';
import { COMMANDS } from './commands.js';

/** Standard streams the CLI talks to (injected so tests can drive it in-process). */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Working directory for relative paths. Default `process.cwd()`. */
  readonly cwd?: string;
}

/** One `tonvo` sub-command. */
export interface CliCommand {
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return `usage: tonvo <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun \`tonvo <command> --help\` for a command's options.\n`;
}

/** Runs `tonvo <command> ...` and resolves to the exit code (0 ok, 1 failed, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...given] = argv;
  // `pnpm demo -- --speed 0` (and `npm run`'s habit) hands the command a leading "--"
  // meant for the package manager: without this, every option after it would read as a
  // file name. A second "--" still ends the options.
  const rest = given[0] === '--' ? given.slice(1) : given;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(`tonvo: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const message = isTonvoError(e)
      ? `${e.code}: ${e.message}`
      : e instanceof Error
        ? e.message
        : String(e);
    io.stderr.write(`tonvo ${name}: ${message}\n`);
    return isTonvoError(e) && e.code === 'invalid-option' ? 2 : 1;
  }
}
