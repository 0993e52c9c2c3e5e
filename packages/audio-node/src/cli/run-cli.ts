import type { Readable, Writable } from 'node:stream';

/** Standard streams the CLI talks to (injected so tests can drive it). */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** Runs `tonvo <command> ...` and resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  io.stderr.write(`tonvo: no commands yet (got ${argv.join(' ')})\n`);
  return 2;
}
