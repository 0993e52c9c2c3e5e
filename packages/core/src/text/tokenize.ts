import { letterOrDigitAt } from './chars.js';
import { readText } from './text-reading.js';
import { wordEndAt } from './word-end.js';

/** A word of an utterance: folded text and its `[start, end)` offsets in the original. @public */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits text into folded word tokens with their offsets in the original text. A word is
 * a run of letters and digits, with inner apostrophes ("don't", "i've") and inner dots
 * or commas ("3.50", "1,000") kept inside it.
 *
 * @example
 * ```ts
 * tokenize("I don't get it").map((t) => t.text); // ['i', "don't", 'get', 'it']
 * ```
 * @public
 */
export function tokenize(text: string): Token[] {
  return readText(text).tokens.slice();
}

/** Number of words in `text`, without allocating tokens. @public */
export function countWords(text: string): number {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    if (letterOrDigitAt(text, i) === 0) {
      i++;
      continue;
    }
    count++;
    i = wordEndAt(text, i);
  }
  return count;
}

/** The text of token `i`, or '' past either end (for looking a few words ahead). @internal */
export const wordAt = (tokens: readonly Token[], i: number): string => tokens[i]?.text ?? '';
