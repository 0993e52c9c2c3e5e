import { letterOrDigitAt, letterRunEnd } from './chars.js';
import { foldText } from './fold.js';
import type { Token } from './tokenize.js';
import { asciiWordEnd, wordEndAt } from './word-end.js';
import { WORD_HASH_START, WordTable, wordHashStep } from './word-table.js';

/**
 * A text read once for every phrase matcher that looks at it: folded, split into tokens,
 * and each place a phrase may start numbered by its word in the vocabulary that all
 * matchers share. A final utterance is read by the analyzer, every trigger and the
 * adoption tracker; reading it once means each of them only does array look-ups.
 * @internal
 */
export interface TextReading {
  readonly text: string;
  readonly folded: string;
  /** Folded word tokens with offsets in `text`. Shared: not to be changed. */
  readonly tokens: readonly Token[];
  /** Per token: the vocabulary number of the whole token ("don't"), or -1. */
  readonly words: readonly number[];
  /**
   * Places a phrase may start: each run of letters and digits of each token (also after
   * an inner apostrophe or dot, as "ve" in "i've").
   */
  readonly starts: readonly number[];
  /** Per place: the vocabulary number of the run's word, or -1 when no matcher knows it. */
  readonly plain: readonly number[];
  /**
   * Per place: the number of the run joined across apostrophes ("ive" for the "i" of
   * "i've"), or -1 when there is no apostrophe after it or the joined word is unknown.
   */
  readonly joined: readonly number[];
  /** The vocabulary size the numbers were looked up in. */
  readonly vocabularySize: number;
  /**
   * What the first phrase index to read the text found in it (see `PhraseIndex`): in a
   * coach that is the built-in index, which every built-in matcher asks.
   */
  found: unknown;
  /** What other indexes found, by index (made when one asks). */
  memo: Map<object, unknown> | undefined;
}

const vocabulary = new WordTable();
/** `present[id] === stamp` when the stamped reading holds word `id`. */
let present = new Int32Array(1024);
let stamped: TextReading | undefined;
let stamp = 0;

/**
 * The vocabulary number of a word that phrase patterns name, adding it when new. Numbers
 * are never reused, so a matcher's tables stay valid however many matchers come later.
 * @internal
 */
export function wordNumber(word: string): number {
  const id = vocabulary.add(word);
  if (id >= present.length) {
    const grown = new Int32Array(present.length * 2);
    grown.set(present);
    present = grown;
  }
  return id;
}

/** Readings of the last few texts: one utterance is read by many matchers in a row. */
const CACHE_SIZE = 4;
const cache: (TextReading | undefined)[] = new Array<TextReading | undefined>(CACHE_SIZE);
let next = 0;

/**
 * Reads `text` (or returns the reading of the same text read a moment ago).
 * @internal
 */
export function readText(text: string): TextReading {
  for (let k = 0; k < CACHE_SIZE; k++) {
    const r = cache[k];
    if (r !== undefined && r.text === text && r.vocabularySize === vocabulary.size) return r;
  }
  const r = readUncached(text);
  cache[next] = r;
  next = (next + 1) % CACHE_SIZE;
  return r;
}

function readUncached(text: string): TextReading {
  const folded = foldText(text);
  const tokens: Token[] = [];
  const words: number[] = [];
  const starts: number[] = [];
  const plain: number[] = [];
  const joined: number[] = [];
  const n = folded.length;
  for (let i = 0; i < n;) {
    // Most words are one run of ASCII letters and digits: found by a short scan, hashed
    // and looked up whole, without the search for joiners and runs below.
    const fast = asciiWordEnd(folded, i);
    if (fast > i) {
      let h = WORD_HASH_START;
      for (let k = i; k < fast; k++) h = wordHashStep(h, folded.charCodeAt(k));
      const id = vocabulary.findHashed(folded, i, fast, h);
      tokens.push({ text: folded.slice(i, fast), start: i, end: fast });
      starts.push(i);
      plain.push(id);
      joined.push(-1);
      words.push(id);
      i = fast;
      continue;
    }
    if (letterOrDigitAt(folded, i) === 0) {
      i++;
      continue;
    }
    const end = wordEndAt(folded, i);
    tokens.push({ text: folded.slice(i, end), start: i, end });
    const firstRun = plain.length;
    // The runs of letters and digits of the token: every other character in it is a
    // joiner ("'", "." or ","). Each run is looked up by the hash worked out on the way.
    let run = i;
    let h = WORD_HASH_START;
    for (let k = i; k <= end; k++) {
      const c = k < end ? folded.charCodeAt(k) : APOSTROPHE;
      if (k < end && c !== APOSTROPHE && c !== DOT && c !== COMMA) {
        h = wordHashStep(h, c);
        continue;
      }
      starts.push(run);
      plain.push(vocabulary.findHashed(folded, run, k, h));
      // Joined across apostrophes with the runs after it: "i've" is also "ive".
      let joinedEnd = k;
      while (joinedEnd < end && folded.charCodeAt(joinedEnd) === APOSTROPHE) {
        joinedEnd = letterRunEnd(folded, joinedEnd + 1);
      }
      joined.push(joinedEnd > k ? vocabulary.find(folded, run, joinedEnd, true) : -1);
      run = k + 1;
      h = WORD_HASH_START;
    }
    // A token of one run is that run's word; "don't" and "3.50" are looked up whole.
    words.push(
      plain.length === firstRun + 1 ? plain[firstRun]! : vocabulary.find(folded, i, end, false),
    );
    i = end;
  }
  return {
    text,
    folded,
    tokens,
    words,
    starts,
    plain,
    joined,
    vocabularySize: vocabulary.size,
    found: undefined,
    memo: undefined,
  };
}

const APOSTROPHE = 39;
const DOT = 46;
const COMMA = 44;

/**
 * Marks the words of `reading` as present and returns the stamp to compare with
 * the table of {@link presentWords}; stamping again only when another reading was stamped since.
 * @internal
 */
export function stampWords(reading: TextReading): number {
  if (stamped === reading) return stamp;
  stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
  if (stamp === 1) present.fill(0);
  stamped = reading;
  const { plain, joined } = reading;
  for (let j = 0; j < plain.length; j++) {
    const a = plain[j]!;
    if (a >= 0) present[a] = stamp;
    const b = joined[j]!;
    if (b >= 0) present[b] = stamp;
  }
  return stamp;
}

/**
 * The table {@link stampWords} marks: `table[id] === stamp` when the stamped reading holds
 * word `id`. Read it after stamping; a new vocabulary word may replace it.
 * @internal
 */
export function presentWords(): Int32Array {
  return present;
}
