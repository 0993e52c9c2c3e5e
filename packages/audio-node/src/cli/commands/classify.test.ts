import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

async function run(
  args: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  input.end(stdin);
  const code = await runCli(['classify', ...args], { stdin: input, stdout, stderr });
  return { code, out, err };
}

describe('tonvo classify', () => {
  it('writes one JSON line per text with all 28 labels, predictions, state and sentiment', async () => {
    const { code, out } = await run(
      [],
      "this is the third time I'm calling about this\n\nsorry what do you mean by that\n",
    );
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    const [first, second] = lines;
    expect(Object.keys(first ?? {})).toEqual(['text', 'labels', 'predicted', 'state', 'sentiment']);
    expect(first?.text).toBe("this is the third time I'm calling about this");
    expect(Object.keys(first?.labels as object)).toHaveLength(28);
    expect(first?.state).toBe('frustrated');
    expect(first?.sentiment).toMatchObject({ label: 'negative' });
    expect(second?.state).toBe('confused');
    expect(Array.isArray(second?.predicted)).toBe(true);
  });

  it('reads a file and batches however asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tonvo-classify-'));
    const file = join(dir, 'texts.txt');
    writeFileSync(
      file,
      'oh thank god, thank you so much\nthat is great\nI am so angry right now\n',
    );
    const { code, out } = await run([file, '--batch', '2']);
    expect(code).toBe(0);
    const states = out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { state: string }).state);
    expect(states).toHaveLength(3);
    expect(states[0]).toBe('relieved');
    expect(states[2]).toBe('frustrated');
  });

  it('fails a missing file with exit code 1, naming it', async () => {
    const { code, err } = await run(['no/such/texts.txt']);
    expect(code).toBe(1);
    expect(err).toContain('no/such/texts.txt');
  });

  it('rejects a bad option with exit code 2', async () => {
    const { code, err } = await run(['--batch', '0']);
    expect(code).toBe(2);
    expect(err).toMatch(/--batch/);
  });
});
