import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sine } from '../../test/audio.js';
import { rms } from './rms.js';
import { createResampler, resample, SUPPORTED_SAMPLE_RATES_HZ } from './resampler.js';

const TELEPHONY = [8000, 16000, 44100, 48000];
const db = (x: number): number => 20 * Math.log10(x);
/** Level of the middle of a signal, away from the zero-padded edges. */
const midRms = (x: Float32Array): number =>
  rms(x.subarray(Math.floor(x.length * 0.2), Math.floor(x.length * 0.8)));

describe('createResampler', () => {
  it.each(TELEPHONY.flatMap((a) => TELEPHONY.filter((b) => b !== a).map((b) => [a, b])))(
    '%i -> %i Hz keeps a 1 kHz tone at its level and frequency',
    (from, to) => {
      const out = resample(sine(1000, from, 0.5, 0.5), from, to);
      expect(out.length).toBe(Math.ceil((from * 0.5 * to) / from));
      expect(Math.abs(db(midRms(out)) - db(0.5 / Math.SQRT2))).toBeLessThan(0.1);
      // Compare against the ideal tone at the output rate.
      const ideal = sine(1000, to, 0.5, 0.5);
      let err = 0;
      const a = Math.floor(out.length * 0.2);
      const b = Math.floor(out.length * 0.8);
      for (let i = a; i < b; i++) err += (out[i]! - ideal[i]!) ** 2;
      expect(db(Math.sqrt(err / (b - a)) / (0.5 / Math.SQRT2))).toBeLessThan(-50);
    },
  );

  it.each([
    [48000, 8000, 6000],
    [44100, 16000, 12000],
    [16000, 8000, 5000],
  ])(
    '%i -> %i Hz removes a %i Hz tone above the new Nyquist frequency (anti-aliasing)',
    (from, to, hz) => {
      const out = resample(sine(hz, from, 0.5, 0.5), from, to);
      expect(db(midRms(out) / (0.5 / Math.SQRT2))).toBeLessThan(-60);
    },
  );

  it('keeps DC exactly', () => {
    const out = resample(new Float32Array(8000).fill(0.25), 8000, 16000);
    for (let i = 100; i < out.length - 100; i++) expect(out[i]).toBeCloseTo(0.25, 5);
  });

  it('gives the same output however the input is chunked, with ceil(n * to / from) samples', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_SAMPLE_RATES_HZ),
        fc.constantFrom(...SUPPORTED_SAMPLE_RATES_HZ),
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 6 }),
        (from, to, n, sizes) => {
          const input = sine(440, from, n / from, 0.3);
          const whole = resample(input, from, to);
          expect(whole.length).toBe(Math.ceil((n * to) / from));
          const r = createResampler({ fromHz: from, toHz: to });
          const parts: number[] = [];
          let at = 0;
          let k = 0;
          while (at < n) {
            const size = sizes[k++ % sizes.length]!;
            parts.push(...r.process(input.subarray(at, at + size)));
            at += size;
          }
          parts.push(...r.flush());
          expect(parts.length).toBe(whole.length);
          let maxDiff = 0;
          for (let i = 0; i < parts.length; i++)
            maxDiff = Math.max(maxDiff, Math.abs(parts[i]! - whole[i]!));
          expect(maxDiff).toBeLessThan(1e-5);
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it('never produces NaN from any finite input', () => {
    fc.assert(
      fc.property(
        fc.float32Array({ noNaN: true, noDefaultInfinity: true, min: -1, max: 1, maxLength: 500 }),
        (x) => {
          for (const v of resample(x, 44100, 8000)) expect(Number.isFinite(v)).toBe(true);
        },
      ),
    );
  });

  it('rejects rates it cannot convert by name', () => {
    expect(() => createResampler({ fromHz: 8001, toHz: 16000 })).toThrow(/fromHz/);
    expect(() => createResampler({ fromHz: 8000, toHz: 0 })).toThrow(/toHz/);
  });
});
