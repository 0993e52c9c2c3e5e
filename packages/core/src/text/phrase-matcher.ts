import { TonvoError } from '../errors/tonvo-error.js';
import { describeValue } from '../util/describe-value.js';
import { letterOrDigitAt } from './chars.js';
import {
  BUILT_IN_PHRASES,
  PhraseIndex,
  type IndexedEntry,
  type KeyRequirement,
} from './phrase-index.js';
import { isCommonWord, parsePhrasePattern, type WordRequirement } from './phrase-pattern.js';
import { readText, wordNumber } from './text-reading.js';
import type { Token } from './tokenize.js';
import { notText } from '../util/value-checks.js';

/** One phrase to look for and what it means. @public */
export interface PhraseEntry<T> {
  /** A phrase pattern (see {@link compilePhrasePattern}). */
  readonly pattern: string;
  readonly value: T;
}

/** A phrase found in a text, with `[start, end)` offsets in the original text. @public */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pattern: string;
  readonly value: T;
}

/** Finds many phrases in one pass over a text. @public */
export interface PhraseMatcher<T> {
  /**
   * Every entry that matches, leftmost first; overlapping entries at one place all count.
   * `tokens` is not needed (and not read): a text is read once for all matchers.
   */
  find(text: string, tokens?: readonly Token[]): PhraseMatch<T>[];
  /** Whether any entry matches (cheaper than `find`). `tokens` is not read. */
  test(text: string, tokens?: readonly Token[]): boolean;
  readonly size: number;
}

/** Characters a pattern word may start with besides letters and digits (see phrase-pattern). */
const SYMBOL_START = "'$%&#@+-";

interface Compiled<T> extends IndexedEntry {
  readonly entry: PhraseEntry<T>;
  /** The pattern's regular-expression source (see `compilePhrasePattern`). */
  readonly source: string;
  /** Compiled on first use: most entries of a big table are never tried. */
  regex: RegExp | undefined;
  /** The words it may start with (undefined: any word, or a symbol). */
  readonly firsts: readonly number[] | undefined;
}

const NONE = -1;

/**
 * Compiles phrase entries into one matcher. Every word a pattern names gets a number in
 * the vocabulary all matchers share, and each entry is indexed by a few rare words it
 * cannot match without. A text is read once (`readText`) for every matcher that looks
 * at it; an entry is a candidate only when the text holds one of its rare words and
 * every word it needs, and a candidate is checked, where it may start, by the sticky
 * regular expression its pattern compiles to (on first use). The cost grows with the
 * text, hardly with the number of entries.
 *
 * @example
 * ```ts
 * const m = createPhraseMatcher([{ pattern: '(charged|billed) twice', value: 'double-charge' }]);
 * m.find('I was charged twice!'); // [{ start: 6, end: 19, text: 'charged twice', ... }]
 * ```
 * @throws TonvoError `invalid-rule` naming the entry (`phrases[2].pattern`) when an entry
 * or its pattern is not well formed; `find` and `test` throw `invalid-option` for a text
 * that is not a string.
 * @public
 */
export function createPhraseMatcher<T>(
  entries: readonly PhraseEntry<T>[],
  field = 'phrases',
): PhraseMatcher<T> {
  return compileMatcher(entries, field, new PhraseIndex());
}

/**
 * {@link createPhraseMatcher} for a built-in table: its candidates are found together
 * with those of the other built-in tables, in one pass over each text.
 * @internal
 */
export function createBuiltInPhraseMatcher<T>(
  entries: readonly PhraseEntry<T>[],
  field = 'phrases',
): PhraseMatcher<T> {
  return compileMatcher(entries, field, BUILT_IN_PHRASES);
}

function compileMatcher<T>(
  entries: readonly PhraseEntry<T>[],
  field: string,
  index: PhraseIndex,
): PhraseMatcher<T> {
  if (!Array.isArray(entries)) {
    throw TonvoError.invalidRule(
      field,
      `must be an array of { pattern, value }, got ${describeValue(entries)}`,
    );
  }
  const compiled: Compiled<T>[] = entries.map((e, k) => {
    if (typeof e !== 'object' || e === null) {
      throw TonvoError.invalidRule(
        `${field}[${k}]`,
        `must be an object { pattern, value }, got ${describeValue(e)}`,
      );
    }
    const parsed = parsePhrasePattern(e.pattern, `${field}[${k}]`);
    return {
      entry: e,
      order: k,
      source: parsed.source,
      regex: undefined,
      requires: parsed.requires === true ? undefined : keysOf(parsed.requires)[0],
      anchors: parsed.anchor === undefined ? undefined : [...parsed.anchor].map(wordNumber),
      firsts: parsed.firstWords === undefined ? undefined : [...parsed.firstWords].map(wordNumber),
    };
  });
  if (entries.length === 0) return { find: () => [], test: () => false, size: 0 };
  const table = index.add(compiled);

  /**
   * Every entry matching at each start, leftmost first, added to `out`; without `out`,
   * whether any entry matches (it stops at the first).
   */
  const scan = (text: string, out: PhraseMatch<T>[] | undefined): boolean => {
    const reading = readText(text);
    // The entries the text could match (for most texts and tables none, and that is the
    // end), found for every table of the index at once.
    const found = index.candidates(reading, table) as readonly Compiled<T>[] | undefined;
    if (found === undefined) return false;
    const { starts, plain, joined, folded } = reading;

    // Where they may start, leftmost first: each place a word starts (and each symbol, for
    // an entry that may start with any word); at one place, in entry order.
    const symbols = found.some((c) => c.firsts === undefined) ? symbolStarts(text) : NO_SYMBOLS;
    let from = 0;
    let s = 0;
    for (let j = 0; j <= starts.length; j++) {
      // Symbols come in order between the words.
      const next = j < starts.length ? starts[j]! : Infinity;
      while (s < symbols.length && symbols[s]! < next) {
        if (symbols[s]! >= from) {
          from = tryAt(found, text, folded, symbols[s]!, NONE, NONE, from, out);
          if (from === MATCHED) return true;
        }
        s++;
      }
      if (j === starts.length) break;
      if (next < from) continue;
      from = tryAt(found, text, folded, next, plain[j]!, joined[j]!, from, out);
      if (from === MATCHED) return true;
    }
    return out !== undefined && out.length > 0;
  };

  return {
    size: entries.length,
    test(text) {
      if (typeof text !== 'string') throw notText(text);
      return scan(text, undefined);
    },
    find(text) {
      if (typeof text !== 'string') throw notText(text);
      const out: PhraseMatch<T>[] = [];
      scan(text, out);
      return out;
    },
  };
}

/** What {@link tryAt} returns when asked only whether something matches, and it does. */
const MATCHED = -1;

/**
 * Tries the entries that may start with word `a` or `b` (NONE at a symbol) at `pos` of
 * the folded text, adding what matches to `out`. Returns where the next match may
 * start (`from`, moved past what matched here), or MATCHED when `out` is undefined and
 * an entry matched. (A function of its own, not a closure made for every text.)
 */
function tryAt<T>(
  found: readonly Compiled<T>[],
  text: string,
  folded: string,
  pos: number,
  a: number,
  b: number,
  from: number,
  out: PhraseMatch<T>[] | undefined,
): number {
  let furthest = -1;
  for (const c of found) {
    const firsts = c.firsts;
    if (
      firsts !== undefined &&
      !(a !== NONE && firsts.includes(a)) &&
      !(b !== NONE && firsts.includes(b))
    ) {
      continue;
    }
    const end = matchAt(c, folded, pos);
    if (end < 0) continue;
    furthest = Math.max(furthest, end);
    if (out === undefined) return MATCHED;
    out.push({
      start: pos,
      end,
      text: text.slice(pos, end),
      pattern: c.entry.pattern,
      value: c.entry.value,
    });
  }
  return furthest >= 0 ? Math.max(furthest, pos + 1) : from;
}

const NO_SYMBOLS: readonly number[] = [];

/**
 * A requirement with its words numbered, the likeliest to decide first, and how likely a
 * text is to meet it (roughly: a common word nearly always, another rarely).
 */
function keysOf(req: Exclude<WordRequirement, true>): [KeyRequirement, number] {
  if (typeof req === 'string') return [wordNumber(req), isCommonWord(req) ? 0.9 : 0.05];
  const all = 'all' in req;
  // Any of several, one of which needs nothing: always met (all of none).
  if (!all && req.any.includes(true)) return [{ all: true, list: [] }, 1];
  const parts = (all ? req.all : req.any)
    .filter((r): r is Exclude<WordRequirement, true> => r !== true)
    .map(keysOf)
    .sort((a, b) => (all ? a[1] - b[1] : b[1] - a[1]));
  const likely = all
    ? parts.reduce((p, [, q]) => p * q, 1)
    : 1 - parts.reduce((p, [, q]) => p * (1 - q), 1);
  return [{ all, list: parts.map(([r]) => r) }, likely];
}

/** Letters or digits right after a match: it did not end at a word boundary. */
const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Where entry `c` matches `folded` starting at `pos`: the end offset, or -1. A sticky
 * regular expression is the pattern's definition (`compilePhrasePattern`); run natively,
 * it beats interpreting the pattern on the long optional groups that phrase tables use.
 */
function matchAt<T>(c: Compiled<T>, folded: string, pos: number): number {
  const re = (c.regex ??= new RegExp(c.source + WORD_END, 'uy'));
  re.lastIndex = pos;
  return re.test(folded) ? re.lastIndex : -1;
}

/**
 * Keeps the longest of the matches that start at one place (`find` gives them adjacent);
 * on a tie the first stays. Returns `matches` itself when there is nothing to drop.
 * @internal
 */
export function longestPerStart<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  if (matches.length < 2) return matches;
  const out: PhraseMatch<T>[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last !== undefined && last.start === m.start) {
      if (m.end > last.end) out[out.length - 1] = m;
    } else {
      out.push(m);
    }
  }
  return out;
}

/** Positions of symbols a phrase word may start with, not right after a letter or digit. */
function symbolStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!SYMBOL_START.includes(text[i]!)) continue;
    const prev = i === 0 ? 0 : letterOrDigitAt(text, i - 1) || lowSurrogateLetter(text, i - 1);
    if (prev === 0) out.push(i);
  }
  return out;
}

/** Whether `i` is the second half of a letter or digit outside the Basic Multilingual Plane. */
function lowSurrogateLetter(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? letterOrDigitAt(text, i - 1) : 0;
}
