import { describe, expect, it } from 'vitest';
import { noise, sine, voice } from '../../test/audio.js';
import { yinPitch } from './pitch-yin.js';

const RANGE = { minHz: 75, maxHz: 600 };
const frameOf = (x: Float32Array, rate: number, ms = 40): Float32Array =>
  x.subarray(0, Math.round((rate * ms) / 1000));

describe('yinPitch', () => {
  it.each([
    [4000, 100],
    [4000, 220],
    [4000, 440],
    [8000, 87],
    [8000, 310],
    [16000, 150],
  ])('at %i Hz finds a %i Hz voice within 1%%', (rate, f0) => {
    const est = yinPitch(frameOf(voice(f0, rate, 0.1), rate), rate, RANGE);
    expect(Math.abs(est.f0Hz - f0) / f0).toBeLessThan(0.01);
    expect(est.periodicity).toBeGreaterThan(0.9);
  });

  it('finds a pure sine too', () => {
    expect(yinPitch(frameOf(sine(200, 8000, 0.1), 8000), 8000, RANGE).f0Hz).toBeCloseTo(200, 0);
  });

  it('ignores a DC offset', () => {
    const x = voice(180, 8000, 0.1);
    for (let i = 0; i < x.length; i++) x[i]! += 0.3;
    expect(yinPitch(frameOf(x, 8000), 8000, RANGE).f0Hz).toBeCloseTo(180, 0);
  });

  it('calls noise aperiodic and silence empty', () => {
    expect(yinPitch(frameOf(noise(8000, 0.1, 0.3), 8000), 8000, RANGE).periodicity).toBeLessThan(
      0.6,
    );
    expect(yinPitch(new Float32Array(320), 8000, RANGE)).toEqual({ f0Hz: 0, periodicity: 0 });
  });

  it('reports a voice below the floor as unpitched rather than guessing', () => {
    const est = yinPitch(frameOf(voice(50, 8000, 0.1), 8000, 60), 8000, RANGE);
    expect(est.f0Hz === 0 || est.f0Hz >= 75).toBe(true);
  });

  it('writes into the scratch and result objects it is given', () => {
    const out = { f0Hz: 0, periodicity: 0 };
    const r = yinPitch(
      frameOf(voice(120, 8000, 0.1), 8000),
      8000,
      RANGE,
      new Float32Array(200),
      out,
    );
    expect(r).toBe(out);
  });
});
