// The intervals against published figures: Wilson's score interval (as in Newcombe 1998,
// table I) and Newcombe's method 10 for a difference of two rates (his example:
// 56/70 against 48/80, interval 0.0524 to 0.3339).
import { describe, expect, it } from 'vitest';
import { correlationOf, rateDifference, rateOf } from './rates.js';

describe('rateOf', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i: Wilson 95%% interval %f to %f', (count, of, low, high) => {
    const r = rateOf(count, of);
    expect(r.rate).toBeCloseTo(count / of, 12);
    expect(r.low).toBeCloseTo(low, 4);
    expect(r.high).toBeCloseTo(high, 4);
  });

  it('is NaN for no cases, not a division error', () => {
    const r = rateOf(0, 0);
    expect([r.rate, r.low, r.high].every(Number.isNaN)).toBe(true);
  });
});

describe('rateDifference', () => {
  it("matches Newcombe's worked example", () => {
    const d = rateDifference(rateOf(56, 70), rateOf(48, 80));
    expect(d.difference).toBeCloseTo(0.2, 12);
    expect(d.low).toBeCloseTo(0.0524, 4);
    expect(d.high).toBeCloseTo(0.3339, 4);
  });
});

describe('correlationOf', () => {
  it('gives r with the Fisher interval', () => {
    const c = correlationOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 4, 3, 6, 5, 8, 7, 10, 9]);
    expect(c.n).toBe(10);
    expect(c.r).toBeCloseTo(0.9394, 4);
    expect(c.low).toBeCloseTo(Math.tanh(Math.atanh(c.r) - 1.96 / Math.sqrt(7)), 3);
    expect(c.high).toBeLessThan(1);
  });

  it('is NaN when a side does not vary or there are too few pairs', () => {
    expect(correlationOf([1, 2, 3], [5, 5, 5]).r).toBeNaN();
    expect(correlationOf([1, 2], [1, 2]).r).toBeNaN();
  });
});
