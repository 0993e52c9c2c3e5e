/**
 * A one-pass tokenizer for transcript text: words, digit runs and single symbols,
 * each with its offsets in the original string.
 *
 * @packageDocumentation
 * @internal
 */

/** One token of a text. @internal */
export interface TextToken {
  /** `num`: ASCII digits only; `word`: letters, or letters mixed with digits ("3rd"); `sym`: one other character. */
  readonly type: 'word' | 'num' | 'sym';
  readonly text: string;
  /** Lower-cased text (words only; same as `text` otherwise). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whether character code `c` is part of a word or number token. @internal */
export const isLabelCode = (c: number): boolean => isDigit(c) || isLetter(c);
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f;

/** Splits `text` into tokens; whitespace separates tokens and is dropped. @internal */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c) || isLetter(c)) {
      let j = i;
      let letters = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (isLetter(d)) letters = true;
        else if (!isDigit(d)) break;
        j++;
      }
      const t = text.slice(i, j);
      tokens.push(
        letters
          ? { type: 'word', text: t, lower: t.toLowerCase(), start: i, end: j }
          : { type: 'num', text: t, lower: t, start: i, end: j },
      );
      i = j;
      continue;
    }
    // Keep surrogate pairs together so offsets never split a character.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const t = text.slice(i, i + width);
    tokens.push({ type: 'sym', text: t, lower: t, start: i, end: i + width });
    i += width;
  }
  return tokens;
}
