import { describe, expect, it } from 'vitest';
import { memoizeByText } from './text-memo.js';

describe('memoizeByText', () => {
  it('reads each recent text once and forgets the oldest beyond its size', () => {
    const read: string[] = [];
    const lengthOf = memoizeByText((text) => {
      read.push(text);
      return text.length;
    }, 2);
    expect([lengthOf('ab'), lengthOf('abc'), lengthOf('ab'), lengthOf('abc')]).toEqual([
      2, 3, 2, 3,
    ]);
    expect(read).toEqual(['ab', 'abc']);
    lengthOf('abcd'); // 'ab' is forgotten
    lengthOf('ab');
    expect(read).toEqual(['ab', 'abc', 'abcd', 'ab']);
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
