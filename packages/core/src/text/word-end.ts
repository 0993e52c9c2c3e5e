import { letterOrDigitAt, letterRunEnd } from './chars.js';

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
