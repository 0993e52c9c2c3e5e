import { describe, expect, it } from 'vitest';
import { sine } from '../../test/audio.js';
import { energyStats } from './energy-stats.js';
import { rms, rmsToDbfs, SILENCE_DBFS } from './rms.js';
import { zeroCrossingRate } from './zero-crossing-rate.js';

describe('rms and dBFS', () => {
  it('gives a full-scale sine -3.01 dBFS and a half-scale square -6.02 dBFS', () => {
    expect(rmsToDbfs(rms(sine(1000, 8000, 1, 1)))).toBeCloseTo(-3.01, 2);
    expect(
      rmsToDbfs(rms(Float32Array.from({ length: 100 }, (_, i) => (i % 2 ? 0.5 : -0.5)))),
    ).toBeCloseTo(-6.02, 2);
  });
  it('reports silence and empty frames at the floor', () => {
    expect(rmsToDbfs(rms(new Float32Array(80)))).toBe(SILENCE_DBFS);
    expect(rms(new Float32Array(0))).toBe(0);
  });
});

describe('zeroCrossingRate', () => {
  it('is 2f/rate for a sine and 1 for alternating samples', () => {
    expect(zeroCrossingRate(sine(1000, 8000, 1, 0.5, 0.1))).toBeCloseTo(0.25, 2);
    expect(zeroCrossingRate(Float32Array.of(1, -1, 1, -1))).toBe(1);
    expect(zeroCrossingRate(Float32Array.of(1))).toBe(0);
  });
});

describe('energyStats', () => {
  it('averages power, not decibels', () => {
    // -10 and -30 dB: mean power is (0.1 + 0.001) / 2 -> -12.97 dB, not -20.
    expect(energyStats([-10, -30]).levelDbfs).toBeCloseTo(-12.97, 2);
    expect(energyStats([-10, -30]).stdDb).toBeCloseTo(10, 5);
    expect(energyStats([]).levelDbfs).toBe(SILENCE_DBFS);
  });
});
