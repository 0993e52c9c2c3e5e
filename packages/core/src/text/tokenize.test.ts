import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, tokenize } from './tokenize.js';
import { foldText } from './fold.js';

// The tokenizer's definition, as a regular expression: the hand-written scanner must agree.
const WORD = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu;

describe('tokenize', () => {
  it('keeps contractions, decimals and offsets into the original text', () => {
    const text = 'I’VE paid $3.50, twice!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["i've", 'paid', '3.50', 'twice']);
    for (const t of tokens) expect(foldText(text.slice(t.start, t.end))).toBe(t.text);
  });

  it('agrees with its regular-expression definition on any text', () => {
    const alphabet = fc.constantFrom(..."aZé9 '.,-!?😀𝐀\u2019\u0130".split(''), '𝐀', '😀');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          const folded = foldText(text);
          const expected = [...folded.matchAll(WORD)].map((m) => [m[0], m.index]);
          expect(tokenize(text).map((t) => [t.text, t.start])).toEqual(expected);
          expect(countWords(text)).toBe([...text.matchAll(WORD)].length);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        expect(tokenize(text).length).toBe([...foldText(text).matchAll(WORD)].length);
      }),
    );
  });
});
