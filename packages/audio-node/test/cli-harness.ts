import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../src/cli/run-cli.js';

/** Runs `tonvo ...` in-process with captured output. */
export async function tonvo(
  args: string[],
  stdin: string | Uint8Array = '',
): Promise<{ code: number; stdout: string; stderr: string; stdoutBytes: Buffer }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => out.push(Buffer.from(c)));
  stderr.on('data', (c: Buffer) => err.push(Buffer.from(c)));
  const code = await runCli(args, {
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
    stdout,
    stderr,
  });
  const stdoutBytes = Buffer.concat(out);
  return {
    code,
    stdout: stdoutBytes.toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    stdoutBytes,
  };
}
