import { describe, expect, it } from 'vitest';
import { RingBuffer } from './ring-buffer.js';

describe('RingBuffer', () => {
  it('keeps the newest items and counts the newest ones a test holds for', () => {
    const ring = new RingBuffer<number>(4);
    for (const v of [1, 2, 3, 4, 5, 6]) ring.push(v); // wrapped: 3 4 5 6
    expect(ring.toArray()).toEqual([3, 4, 5, 6]);
    expect(ring.countNewestWhile((v) => v >= 5)).toBe(2);
    // It stops at the first item rejected, newest first, even if older ones would pass.
    expect(ring.countNewestWhile((v) => v !== 5)).toBe(1);
    expect(ring.countNewestWhile(() => true)).toBe(4);
    expect(ring.countNewestWhile(() => false)).toBe(0);
    expect(new RingBuffer<number>(2).countNewestWhile(() => true)).toBe(0);
  });
});
