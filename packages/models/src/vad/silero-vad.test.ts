import type { ModelRunner } from '@tonvo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRunner, readFixture } from '../../test/ort-runner.js';
import { createSileroVad, type SileroVad } from './silero-vad.js';
import { createVadBatcher } from './vad-batcher.js';
import type { SpeechSegment } from './vad-segmenter.js';
import { createVadStream } from './vad-stream.js';

let runner: ModelRunner;
let vad: SileroVad;
beforeAll(async () => {
  runner = await createTestRunner();
  vad = createSileroVad({ runner });
});
afterAll(() => vad.dispose());

async function probabilities(rate: 8000 | 16000, samples: Float32Array): Promise<Float32Array> {
  const n = vad.frameSamples(rate);
  const state = vad.createState(rate);
  const out = new Float32Array(Math.floor(samples.length / n));
  for (let i = 0; i < out.length; i++)
    out[i] = (await vad.infer([state], [samples.subarray(i * n, (i + 1) * n)]))[0]!;
  return out;
}

async function segments(
  rate: 8000 | 16000,
  samples: Float32Array,
  options: { lanes?: number; laneMs?: number; chunk?: number } = {},
): Promise<SpeechSegment[]> {
  const found: SpeechSegment[] = [];
  const stream = createVadStream({
    vad,
    sampleRateHz: rate,
    ...options,
    onSegment: (s) => found.push(s),
  });
  const chunk = options.chunk ?? 4096;
  for (let i = 0; i < samples.length; i += chunk) await stream.push(samples.subarray(i, i + chunk));
  await stream.end();
  return found;
}

describe.each([8000, 16000] as const)('Silero VAD v5 at %i Hz', (rate) => {
  const audio = readFixture(rate);

  it('hears the sentence and not the silence around it', async () => {
    const p = await probabilities(rate, audio);
    const frameMs = 32;
    const at = (ms: number): number => p[Math.floor(ms / frameMs)]!;
    expect(Math.max(at(100), at(500), at(800))).toBeLessThan(0.2);
    expect(
      Math.max(...p.subarray(Math.floor(1500 / frameMs), Math.floor(4000 / frameMs))),
    ).toBeGreaterThan(0.9);
    expect(at(6000)).toBeLessThan(0.2);
  });

  it('finds the speech segment within 200 ms of where the speech is', async () => {
    const s = await segments(rate, audio);
    expect(s.length).toBeGreaterThanOrEqual(1);
    expect(Math.abs(s[0]!.startMs - 1000)).toBeLessThan(200);
    expect(Math.abs(s[s.length - 1]!.endMs - 4750)).toBeLessThan(400);
  });

  it('gives each stream in a batch exactly what it gets alone', async () => {
    const n = vad.frameSamples(rate);
    const solo = await probabilities(rate, audio);
    const reversed = audio.slice().reverse();
    const soloReversed = await probabilities(rate, reversed);
    const a = vad.createState(rate);
    const b = vad.createState(rate);
    for (let i = 0; i < solo.length; i++) {
      const [pa, pb] = await vad.infer(
        [a, b],
        [audio.subarray(i * n, (i + 1) * n), reversed.subarray(i * n, (i + 1) * n)],
      );
      expect(pa).toBeCloseTo(solo[i]!, 4);
      expect(pb).toBeCloseTo(soloReversed[i]!, 4);
    }
  });

  it('does not depend on how the samples are chunked', async () => {
    const a = await segments(rate, audio, { chunk: 100 });
    const b = await segments(rate, audio, { chunk: 50_000 });
    expect(a).toEqual(b);
  });

  it('finds the same speech with parallel lanes as in live mode', async () => {
    // Four copies in a row make enough audio for several lanes.
    const long = new Float32Array(audio.length * 4);
    for (let k = 0; k < 4; k++) long.set(audio, k * audio.length);
    const live = await segments(rate, long);
    const laned = await segments(rate, long, { lanes: 4, laneMs: 4000 });
    expect(laned.length).toBe(live.length);
    for (let i = 0; i < live.length; i++) {
      expect(Math.abs(laned[i]!.startMs - live[i]!.startMs)).toBeLessThanOrEqual(64);
      expect(Math.abs(laned[i]!.endMs - live[i]!.endMs)).toBeLessThanOrEqual(64);
    }
  });
});

describe('createVadBatcher', () => {
  it('merges frames of concurrent streams into one model call and keeps results apart', async () => {
    const audio = readFixture(8000);
    const shared = createVadBatcher({ vad });
    const results: SpeechSegment[][] = [[], [], []];
    const streams = results.map((found) =>
      createVadStream({
        vad,
        inference: shared,
        sampleRateHz: 8000,
        onSegment: (s) => found.push(s),
      }),
    );
    const before = vad.calls;
    await Promise.all(streams.map((s) => s.push(audio).then(() => s.end())));
    const frames = Math.ceil(audio.length / 256);
    // Three streams, one call per frame step, not three.
    expect(vad.calls - before).toBeLessThanOrEqual(frames + 2);
    expect(shared.frames).toBe(3 * frames);
    const alone = await segments(8000, audio);
    for (const r of results) expect(r).toEqual(alone);
  });

  it('rejects a frame of the wrong size with a typed error', async () => {
    const state = vad.createState(8000);
    await expect(vad.infer([state], [new Float32Array(100)])).rejects.toMatchObject({
      code: 'invalid-option',
    });
  });
});
