import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFramer } from './framer.js';

const collect = (w: number, h: number, chunks: Float32Array[], centered = true): number[][] => {
  const frames: number[][] = [];
  const f = createFramer({
    windowSamples: w,
    hopSamples: h,
    centered,
    onFrame: (x) => frames.push(Array.from(x)),
  });
  for (const c of chunks) f.push(c);
  f.flush();
  return frames;
};
const ramp = (n: number): Float32Array => Float32Array.from({ length: n }, (_, i) => i + 1);

describe('createFramer', () => {
  it('centres frame i on sample i * hop, zero-padding the edges', () => {
    const frames = collect(4, 2, [ramp(6)]);
    expect(frames).toEqual([
      [0, 0, 1, 2],
      [1, 2, 3, 4],
      [3, 4, 5, 6],
    ]);
  });

  it('emits ceil(n / hop) centred frames, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 97 }),
        (w, hRaw, n, chunk) => {
          const h = Math.min(w, hRaw);
          const x = ramp(n);
          const parts: Float32Array[] = [];
          for (let i = 0; i < n; i += chunk) parts.push(x.subarray(i, i + chunk));
          const a = collect(w, h, [x]);
          expect(a).toHaveLength(Math.ceil(n / h));
          expect(collect(w, h, parts)).toEqual(a);
        },
      ),
    );
  });

  it('without centring emits only whole frames', () => {
    expect(collect(4, 4, [ramp(10)], false)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
  });

  it('rejects a hop longer than the window', () => {
    expect(() => createFramer({ windowSamples: 4, hopSamples: 5, onFrame: () => {} })).toThrow(
      /hopSamples/,
    );
  });
});
