import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiWordEnd, wordEndAt } from './word-end.js';

describe('asciiWordEnd', () => {
  it('ends a plain ASCII word where wordEndAt does', () => {
    expect(asciiWordEnd('charged twice', 0)).toBe(7);
    expect(asciiWordEnd('charged twice', 8)).toBe(13);
    expect(asciiWordEnd('R2D2!', 0)).toBe(4);
  });

  it('leaves words with joiners, non-ASCII letters and non-words to the general reading', () => {
    expect(asciiWordEnd("don't", 0)).toBe(0);
    expect(asciiWordEnd('3.50 now', 0)).toBe(0);
    expect(asciiWordEnd('café', 0)).toBe(0);
    expect(asciiWordEnd(' hi', 0)).toBe(0);
    // A joiner not followed by a letter or digit joins nothing.
    expect(asciiWordEnd('done. ok', 0)).toBe(4);
    expect(asciiWordEnd("cats' toys", 0)).toBe(4);
  });

  it('either declines or agrees with wordEndAt, at every place of any text (property)', () => {
    const ch = fc.constantFrom(
      ...['a', 'Z', '7', "'", '.', ',', ' ', '-', 'é', 'ß', '中', '😀', '\u2019'],
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        for (let i = 0; i < text.length; i++) {
          const end = asciiWordEnd(text, i);
          if (end !== i) expect(end).toBe(wordEndAt(text, i));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
