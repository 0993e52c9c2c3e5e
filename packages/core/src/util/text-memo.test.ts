import { describe, expect, it } from 'vitest';
import { memoizeByText } from './text-memo.js';

describe('memoizeByText', () => {
  it('reads each recent text once, remembers at least the last `size`, and at most twice as many', () => {
    const read: string[] = [];
    const lengthOf = memoizeByText((text) => {
      read.push(text);
      return text.length;
    }, 2);
    expect([lengthOf('ab'), lengthOf('abc'), lengthOf('ab'), lengthOf('abc')]).toEqual([
      2, 3, 2, 3,
    ]);
    expect(read).toEqual(['ab', 'abc']);
    lengthOf('abcd');
    lengthOf('abcde');
    // The last two texts are remembered; of four asked about, not all.
    lengthOf('abcde');
    lengthOf('abcd');
    expect(read).toEqual(['ab', 'abc', 'abcd', 'abcde']);
    for (const t of ['ab', 'abc']) lengthOf(t);
    expect(read.length).toBeGreaterThan(4);
    expect(lengthOf('abcd')).toBe(4);
  });

  it('reads each of many texts asked about in turn once per round at most', () => {
    let calls = 0;
    const memo = memoizeByText((text) => {
      calls++;
      return text;
    }, 8);
    const texts = Array.from({ length: 100 }, (_, i) => `text ${i}`);
    for (const t of texts) memo(t);
    expect(calls).toBe(100);
    // The last 8 are still known.
    for (const t of texts.slice(-8)) memo(t);
    expect(calls).toBe(100);
  });

  it('remembers an undefined result too', () => {
    let calls = 0;
    const nothing = memoizeByText(() => {
      calls++;
      return undefined;
    }, 4);
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });
});
