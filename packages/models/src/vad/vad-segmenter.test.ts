import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVadSegmenter, type SpeechSegment } from './vad-segmenter.js';

const run = (probs: number[], options = {}): SpeechSegment[] => {
  const seg = createVadSegmenter({ frameMs: 10, onsetPadMs: 0, offsetPadMs: 0, ...options });
  const out: SpeechSegment[] = [];
  for (const p of probs) {
    const s = seg.push(p);
    if (s) out.push(s);
  }
  const last = seg.flush();
  if (last) out.push(last);
  return out;
};
const frames = (n: number, p: number): number[] => Array.from({ length: n }, () => p);

describe('createVadSegmenter', () => {
  it('finds one segment of speech between silences', () => {
    const s = run([...frames(50, 0.05), ...frames(60, 0.9), ...frames(50, 0.05)]);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ startMs: 500, endMs: 1100 });
    expect(s[0]!.probability).toBeCloseTo(0.9, 5);
  });

  it('bridges pauses shorter than minSilenceMs and splits at longer ones', () => {
    const short = run([...frames(30, 0.9), ...frames(20, 0.1), ...frames(30, 0.9)], {
      minSilenceMs: 300,
    });
    expect(short).toHaveLength(1);
    const long = run([...frames(30, 0.9), ...frames(40, 0.1), ...frames(30, 0.9)], {
      minSilenceMs: 300,
    });
    expect(long.map((x) => [x.startMs, x.endMs])).toEqual([
      [0, 300],
      [700, 1000],
    ]);
  });

  it('keeps speech going between the two thresholds (hysteresis)', () => {
    const s = run([...frames(30, 0.9), ...frames(100, 0.4), ...frames(40, 0.0)], {
      minSilenceMs: 300,
    });
    expect(s).toEqual([expect.objectContaining({ startMs: 0, endMs: 1300 })]);
  });

  it('drops blips shorter than minSpeechMs', () => {
    expect(
      run([...frames(50, 0), ...frames(10, 0.99), ...frames(50, 0)], { minSpeechMs: 250 }),
    ).toEqual([]);
  });

  it('pads onsets and offsets without overlapping or starting before zero', () => {
    const s = run([...frames(5, 0.9), ...frames(35, 0.0), ...frames(30, 0.9)], {
      onsetPadMs: 200,
      offsetPadMs: 200,
      minSilenceMs: 300,
      minSpeechMs: 0,
    });
    expect(s[0]!.startMs).toBe(0);
    expect(s[1]!.startMs).toBeGreaterThanOrEqual(s[0]!.endMs);
    expect(s[1]!.endMs).toBe(700); // flush caps the padding at the end of the stream
  });

  it('rejects bad options with the option name', () => {
    expect(() => createVadSegmenter({ frameMs: 0 })).toThrow(/frameMs/);
    expect(() => createVadSegmenter({ frameMs: 32, negativeThreshold: 0.9 })).toThrow(
      /negativeThreshold/,
    );
  });

  it('never emits overlapping, unordered or out-of-range segments, and settledMs holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { maxLength: 400 }),
        (probs) => {
          const seg = createVadSegmenter({ frameMs: 32 });
          const out: SpeechSegment[] = [];
          for (const p of probs) {
            const settled = seg.settledMs;
            const s = seg.push(p);
            if (s) {
              expect(s.endMs).toBeGreaterThanOrEqual(settled);
              out.push(s);
            }
          }
          const last = seg.flush();
          if (last) out.push(last);
          let prevEnd = 0;
          for (const s of out) {
            expect(s.startMs).toBeGreaterThanOrEqual(prevEnd);
            expect(s.endMs).toBeGreaterThan(s.startMs);
            expect(s.endMs).toBeLessThanOrEqual(probs.length * 32);
            prevEnd = s.endMs;
          }
        },
      ),
    );
  });
});
