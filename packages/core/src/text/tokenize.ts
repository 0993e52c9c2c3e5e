import { letterOrDigitAt, letterRunEnd } from './chars.js';
import { foldText } from './fold.js';

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
  return scanTokens(foldText(text));
}

/** The tokens of text already folded with `foldText`. @internal */
export function scanTokens(folded: string): Token[] {
  const out: Token[] = [];
  const n = folded.length;
  for (let i = 0; i < n;) {
    if (letterOrDigitAt(folded, i) === 0) {
      i++;
      continue;
    }
    const end = wordEndAt(folded, i);
    out.push({ text: folded.slice(i, end), start: i, end });
    i = end;
  }
  return out;
}

/**
 * End of the word that starts at `i` (a letter or digit): runs of letters and digits,
 * joined by single inner apostrophes, dots or commas.
 * @internal
 */
export function wordEndAt(text: string, i: number): number {
  const n = text.length;
  let end = letterRunEnd(text, i);
  while (end < n && isJoiner(text.charCodeAt(end)) && letterOrDigitAt(text, end + 1) > 0) {
    end = letterRunEnd(text, end + 1);
  }
  return end;
}

/** "'", "." or ",": joins two runs of letters or digits into one word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 46 || c === 44;
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
