import { describe, expect, it } from 'vitest';
import { pauseStats } from './pause-stats.js';
import { percentile } from './percentile.js';
import { pitchStats } from './pitch-stats.js';

describe('percentile', () => {
  it('interpolates between neighbours', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('pitchStats', () => {
  it('summarises voiced frames only, with variability in semitones', () => {
    const s = pitchStats([0, 100, 200, 0, 100, 200]);
    expect(s.voicedFrames).toBe(4);
    expect(s.medianHz).toBe(150);
    expect(s.rangeHz).toBeCloseTo(100, 5);
    expect(s.stdSemitones).toBeCloseTo(6, 1); // an octave apart: +-6 semitones around the mean
    expect(pitchStats([0, 0]).medianHz).toBe(0);
  });
});

describe('pauseStats', () => {
  it('counts gaps between segments that last at least minPauseMs', () => {
    const s = pauseStats(
      [
        { startMs: 0, endMs: 1000 },
        { startMs: 1100, endMs: 2000 },
        { startMs: 2600, endMs: 3000 },
      ],
      { startMs: 0, endMs: 4000 },
      200,
    );
    expect(s).toEqual({ count: 1, totalMs: 600, longestMs: 600, meanMs: 600, speechRatio: 0.575 });
  });

  it('merges overlapping segments and clips them to the span', () => {
    const s = pauseStats(
      [
        { startMs: 500, endMs: 1500 },
        { startMs: 0, endMs: 1000 },
      ],
      { startMs: 0, endMs: 1000 },
    );
    expect(s.speechRatio).toBe(1);
    expect(s.count).toBe(0);
  });
});
