import { foldText } from './fold.js';

/** A word of an utterance: folded text and its `[start, end)` offsets in the original. @public */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Letters and digits, with inner apostrophes ("don't", "i've") and inner dots or
// commas between digits ("3.50", "1,000").
const WORD = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu;

/**
 * Splits text into folded word tokens with their offsets in the original text.
 *
 * @example
 * ```ts
 * tokenize("I don't get it").map((t) => t.text); // ['i', "don't", 'get', 'it']
 * ```
 * @public
 */
export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Number of words in `text`, without allocating tokens. @public */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
