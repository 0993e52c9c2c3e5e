const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether UTF-16 code unit `c` is an ASCII letter or digit. @internal */
export function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/**
 * Length of the letter or digit at `i` of `text`: 1, 2 for one outside the Basic
 * Multilingual Plane, 0 when the character is neither (or `i` is past the end). ASCII
 * is decided without a regular expression.
 * @internal
 */
export function letterOrDigitAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * End of the run of letters and digits that starts at `i` (`i` itself when there is none).
 * @internal
 */
export function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  let end = i;
  while (end < n) {
    const c = text.charCodeAt(end);
    // ASCII decided here, in the loop: this runs for every character of every word.
    if (c < 128) {
      if (!isAsciiLetterOrDigit(c)) return end;
      end++;
      continue;
    }
    const len = letterOrDigitAt(text, end);
    if (len === 0) return end;
    end += len;
  }
  return end;
}

/** Punctuation that ends a clause (for `gapHas` between two words). @internal */
export const CLAUSE_MARKS = '.?!,;:';

/** Whether `text[from, to)` holds one of the characters of `marks`. @internal */
export function gapHas(text: string, from: number, to: number, marks: string): boolean {
  for (let k = from; k < to; k++) if (marks.includes(text[k]!)) return true;
  return false;
}

/** No punctuation at all in it: a text as some speech-to-text output comes. */
const UNPUNCTUATED = /^[^,.;:!?\u2013\u2014]*$/;

/**
 * Whether `text` has no punctuation at all (no clause or sentence marks, no dashes), as
 * some speech-to-text output comes: nothing in it marks where a sentence ends.
 * @internal
 */
export function isUnpunctuated(text: string): boolean {
  return UNPUNCTUATED.test(text);
}
