import type { ProsodyWindowEvent } from '../events/types.js';
import { describe, expect, it } from 'vitest';
import { concat, speech8k, syllables } from '../../test/audio.js';
import { createProsodyAnalyzer } from './prosody-analyzer.js';

function windows(
  x: Float32Array,
  rate: number,
  chunk = 4000,
  windowMs = 1000,
): ProsodyWindowEvent[] {
  const out: ProsodyWindowEvent[] = [];
  const a = createProsodyAnalyzer({
    speaker: 'customer',
    conversation: 'c1',
    sampleRateHz: rate,
    windowMs,
    onWindow: (e) => out.push(e),
  });
  for (let i = 0; i < x.length; i += chunk) a.push(x.subarray(i, i + chunk));
  a.flush();
  return out;
}

describe('createProsodyAnalyzer', () => {
  it('emits a window every windowMs, the last one shorter', () => {
    const w = windows(speech8k(), 8000);
    const seconds = speech8k().length / 8000;
    expect(w).toHaveLength(Math.ceil(seconds));
    w.forEach((e, i) => expect(e.startMs).toBe(i * 1000));
    expect(w[w.length - 1]!.endMs).toBeLessThanOrEqual(Math.ceil(seconds * 100) * 10);
    expect(w[0]).toMatchObject({ type: 'prosody', speaker: 'customer', conversation: 'c1' });
  });

  it('gives the same windows however the audio is chunked', () => {
    const x = speech8k();
    expect(windows(x, 8000, 333)).toEqual(windows(x, 8000, 100_000));
  });

  it('reports the pitch, level and syllable rate of espeak-ng speech', () => {
    const w = windows(speech8k(), 8000);
    for (const e of w.filter((x) => x.voicedRatio > 0.3)) {
      expect(e.pitchMedianHz).toBeGreaterThan(80);
      expect(e.pitchMedianHz).toBeLessThan(130);
      expect(e.energyDbfs).toBeLessThan(0);
    }
    // 36 syllables over the whole recording.
    const nuclei = w.reduce((n, e) => n + (e.speakingRate * (e.endMs - e.startMs)) / 1000, 0);
    expect(Math.abs(nuclei - 36)).toBeLessThanOrEqual(3.6);
  });

  it('scores a raised, louder, faster stretch as aroused and fast against the same speaker', () => {
    const calm = syllables(120, 4, 8000, 20, 0.1);
    const upset = syllables(170, 6.5, 8000, 5, 0.4);
    const w = windows(concat(calm, upset), 8000);
    const late = w.slice(21, 25);
    for (const e of late) {
      expect(e.arousal).toBeGreaterThan(0.5);
      expect(e.pace).toBeGreaterThan(0.3);
    }
    for (const e of w.slice(8, 19)) expect(Math.abs(e.arousal!)).toBeLessThan(0.3);
  });

  it('emits silent windows with zero pitch and no judgement', () => {
    const w = windows(new Float32Array(16000), 8000);
    expect(w).toHaveLength(2);
    expect(w[0]).toMatchObject({
      pitchMedianHz: 0,
      voicedRatio: 0,
      speakingRate: 0,
      arousal: 0,
      pace: 0,
    });
  });

  it('rejects a window that is not a whole number of hops', () => {
    expect(() =>
      createProsodyAnalyzer({
        speaker: 'agent',
        sampleRateHz: 8000,
        windowMs: 1010,
        hopMs: 10,
        onWindow: () => {},
      }),
    ).not.toThrow();
    expect(() =>
      createProsodyAnalyzer({
        speaker: 'agent',
        sampleRateHz: 8000,
        windowMs: 1001,
        onWindow: () => {},
      }),
    ).toThrow(/windowMs/);
  });
});
