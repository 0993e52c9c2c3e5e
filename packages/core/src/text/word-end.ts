import { isAsciiLetterOrDigit, letterOrDigitAt, letterRunEnd } from './chars.js';

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

/**
 * {@link wordEndAt} for the common word of one run of ASCII letters and digits that
 * nothing joins to more: where it ends, or `i` itself when the word at `i` is not such
 * a word (it starts with something else, or goes on past a non-ASCII character or a
 * joiner), for the general reading to take.
 * @internal
 */
export function asciiWordEnd(text: string, i: number): number {
  const n = text.length;
  let k = i;
  while (k < n && isAsciiLetterOrDigit(text.charCodeAt(k))) k++;
  if (k === i || k === n) return k;
  const c = text.charCodeAt(k);
  if (c >= 128 || (isJoiner(c) && letterOrDigitAt(text, k + 1) > 0)) return i;
  return k;
}

/** "'", "." or ",": joins two runs of letters or digits into one word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 46 || c === 44;
}
