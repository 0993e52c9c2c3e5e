import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SAMPLE_JSONL, SAMPLE_WAV } from '../../../test/sample.js';
import { encodeWav } from '../../wav/encode-wav.js';
import { runCli } from '../run-cli.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(args, { stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}

describe('tonvo analyze', () => {
  it('coaches the sample call from its audio and transcript', async () => {
    const { code, out, err } = await cli(['analyze', SAMPLE_WAV, '--transcript', SAMPLE_JSONL]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const events = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; conversation?: string; trigger?: string });
    const types = new Set(events.map((e) => e.type));
    for (const t of ['prosody', 'vad', 'trigger', 'nudge', 'report']) expect(types).toContain(t);
    expect(
      events.filter((e) => e.type === 'prosody').every((e) => e.conversation === 'sample-call'),
    ).toBe(true);
    expect(events.some((e) => e.type === 'trigger' && e.trigger === 'transfer-request')).toBe(true);
    expect(events[events.length - 1]!.type).toBe('report');
  }, 60_000);

  it('writes per-frame lines and a readable view', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tonvo-analyze-'));
    const file = join(dir, 'tone.wav');
    const x = Float32Array.from(
      { length: 16000 },
      (_, i) => 0.3 * Math.sin((2 * Math.PI * 150 * i) / 16000),
    );
    await writeFile(file, encodeWav({ sampleRateHz: 16000, channels: [x] }));
    const frames = await cli(['analyze', file, '--frames', '--channels', 'agent']);
    const lines = frames.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const f = lines.filter((l) => l.type === 'frame');
    expect(f).toHaveLength(100);
    expect(f[50]).toEqual({
      type: 'frame',
      speaker: 'agent',
      tMs: 500,
      f0Hz: expect.closeTo(150, 0),
      voiced: true,
      energyDb: expect.closeTo(-13.5, 0),
    });
    const pretty = await cli(['analyze', file, '--format', 'pretty']);
    expect(pretty.out).toMatch(/customer voice {3}pitch 150 Hz/);
  });

  it('fails with a typed error on a broken or missing file, and a usage error on bad options', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tonvo-analyze-'));
    const cut = join(dir, 'cut.wav');
    await writeFile(cut, (await readFile(SAMPLE_WAV)).subarray(0, 30));
    expect(await cli(['analyze', cut])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/truncated/),
    });
    expect(await cli(['analyze', join(dir, 'nope.wav')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/invalid-audio/),
    });
    expect(await cli(['analyze', SAMPLE_WAV, '--channels', 'agent'])).toMatchObject({ code: 2 });
    expect(await cli(['analyze', SAMPLE_WAV, '--format', 'xml'])).toMatchObject({ code: 2 });
    expect((await cli(['analyze'])).code).toBe(2);
  });
});
