import { DOT_WORDS } from './find-email.js';
import { MONTHS } from './find-number-pii.js';
import { NUMBER_WORDS, REPEAT_WORDS } from '../text/number-words.js';
import { PII_CUE_KEY_WORDS } from './pii-context.js';
import { isLabelCode } from './text-tokens.js';

/**
 * What a word can add to a text's chance of holding PII: the digits it may stand for
 * (a number word, or the extra digits of "double"/"triple"), and whether it is a month
 * (an expiry date), "at", a spoken dot, or a word of a cue that says a number is PII.
 */
interface Sign {
  digits: number;
  month: boolean;
  at: boolean;
  dot: boolean;
  cue: boolean;
}

interface WordSign extends Readonly<Sign> {
  readonly word: string;
}

/**
 * Digits a number needs before its form alone makes it PII (a "+" phone). They are counted
 * over the whole text, not per number, which only sends more texts the slow way.
 */
const SELF_EVIDENT_DIGITS = 8;

const hashLetter = (h: number, lower: number): number => (Math.imul(h, 31) + lower) | 0;

/** The words worth noticing, by the hash of their letters (several may share one). */
const SIGNS = new Map<number, WordSign[]>();
/** One bit per bucket of hashes that some sign has: most words need no Map look-up. */
const SIGN_BITS = new Uint32Array(64);
{
  const signs = new Map<string, Sign>();
  const sign = (word: string): Sign => {
    let s = signs.get(word);
    if (s === undefined) {
      signs.set(word, (s = { digits: 0, month: false, at: false, dot: false, cue: false }));
    }
    return s;
  };
  for (const [word, digits] of NUMBER_WORDS) sign(word).digits = digits.length;
  for (const word of MONTHS) sign(word).month = true;
  // "triple five" is three digits from a word of one.
  for (const [word, times] of REPEAT_WORDS) sign(word).digits = times - 1;
  sign('at').at = true;
  for (const word of DOT_WORDS) sign(word).dot = true;
  for (const word of PII_CUE_KEY_WORDS) sign(word).cue = true;
  for (const [word, s] of signs) {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = hashLetter(h, word.charCodeAt(i));
    let list = SIGNS.get(h);
    if (list === undefined) SIGNS.set(h, (list = []));
    list.push({ word, ...s });
    SIGN_BITS[(h >>> 5) & (SIGN_BITS.length - 1)]! |= 1 << (h & 31);
  }
}

/** The sign of the ASCII letters `text[start, end)` (case ignored) with hash `h`. */
function signOf(text: string, start: number, end: number, h: number): WordSign | undefined {
  if ((SIGN_BITS[(h >>> 5) & (SIGN_BITS.length - 1)]! & (1 << (h & 31))) === 0) return undefined;
  const list = SIGNS.get(h);
  if (list === undefined) return undefined;
  for (const s of list) {
    if (s.word.length !== end - start) continue;
    let k = 0;
    while (k < s.word.length && (text.charCodeAt(start + k) | 32) === s.word.charCodeAt(k)) k++;
    if (k === s.word.length) return s;
  }
  return undefined;
}

/**
 * Whether a text could hold anything redaction finds, read in one pass without copying,
 * so ordinary sentences (and most partials) cost almost nothing. An e-mail address needs
 * "@", or "at" with a spoken dot ("dot", "period", "point") or a dot between two
 * letters ("gmail.com"). A number needs digits, written or spoken ("four one one",
 * "double five"): 8 or more before its form alone can make it PII (a card, "+44 ...",
 * "123-45-6789", "(555) 123-4567"); fewer, or a month, only where a cue says what they
 * are ("card", "cvv", "expires", "social", "call me"), or where the text answers such a
 * question (`cued`: see `createConversationRedactor`).
 * @internal
 */
export function mayContainPii(text: string, cued = false): boolean {
  let digits = 0;
  let month = false;
  let at = false;
  let dot = false;
  let cue = false;
  let wordStart = -1;
  let h = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 64) return true; // @
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      if (wordStart < 0) {
        wordStart = i;
        h = 0;
      }
      h = hashLetter(h, lower);
      continue;
    }
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && i > 0 && isLabelCode(text.charCodeAt(i - 1))) {
      if (i + 1 < text.length && isLabelCode(text.charCodeAt(i + 1))) dot = true;
    }
    if (wordStart >= 0) {
      const s = signOf(text, wordStart, i, h);
      if (s !== undefined) {
        digits += s.digits;
        month ||= s.month;
        at ||= s.at;
        dot ||= s.dot;
        cue ||= s.cue;
      }
      wordStart = -1;
    }
    if (at && dot) return true;
  }
  return digits >= SELF_EVIDENT_DIGITS || ((digits > 0 || month) && (cue || cued));
}
