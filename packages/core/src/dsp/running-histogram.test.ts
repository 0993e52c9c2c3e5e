import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';
import { createRunningHistogram } from './running-histogram.js';

describe('createRunningHistogram', () => {
  it('gives the median and MAD of what it saw, to half a bin', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (xs) => {
          const h = createRunningHistogram({ min: -60, max: 60, binWidth: 0.1 });
          for (const x of xs) h.add(x);
          const sorted = [...xs].sort((a, b) => a - b);
          const med = percentile(sorted, 0.5);
          const dev = xs.map((x) => Math.abs(x - med)).sort((a, b) => a - b);
          // Histogram quantiles are within a bin of the sample quantiles, except across gaps.
          expect(h.median()).toBeGreaterThanOrEqual(sorted[0]! - 0.1);
          expect(h.median()).toBeLessThanOrEqual(sorted[sorted.length - 1]! + 0.1);
          if (xs.length % 2 === 1) expect(Math.abs(h.median() - med)).toBeLessThanOrEqual(0.1);
          if (xs.length % 2 === 1)
            expect(Math.abs(h.mad() - percentile(dev, 0.5))).toBeLessThanOrEqual(0.25);
        },
      ),
    );
  });

  it('clamps out-of-range values into the edge bins and ignores non-finite ones', () => {
    const h = createRunningHistogram({ min: 0, max: 10, binWidth: 1 });
    h.add(-5);
    h.add(50);
    h.add(NaN);
    h.add(3, Infinity);
    expect(h.total).toBe(2);
    expect(h.quantile(0)).toBeGreaterThanOrEqual(0);
    expect(h.quantile(1)).toBeLessThanOrEqual(10);
  });

  it('is empty after clear', () => {
    const h = createRunningHistogram({ min: 0, max: 1, binWidth: 0.1 });
    h.add(0.5);
    h.clear();
    expect(h.median()).toBeNaN();
  });
});
