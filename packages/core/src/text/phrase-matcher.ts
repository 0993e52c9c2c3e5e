import { letterOrDigitAt } from './chars.js';
import { parsePhrasePattern, type WordRequirement } from './phrase-pattern.js';
import { isPresent, readText, stampWords, wordNumber } from './text-reading.js';
import type { Token } from './tokenize.js';

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

/** A requirement with its words replaced by their vocabulary numbers. */
type KeyRequirement =
  | true
  | number
  | { readonly all: readonly KeyRequirement[] }
  | { readonly any: readonly KeyRequirement[] };

interface Compiled<T> {
  readonly entry: PhraseEntry<T>;
  readonly order: number;
  /** The pattern's regular-expression source (see `compilePhrasePattern`). */
  readonly source: string;
  /** Compiled on first use: most entries of a big table are never tried. */
  regex: RegExp | undefined;
  readonly requires: KeyRequirement;
  /** A few rare words of which the text must hold one (checked before `requires`). */
  readonly anchors: readonly number[] | undefined;
}

const NONE = -1;

/**
 * Compiles phrase entries into one matcher. Every word a pattern names gets a number in
 * the vocabulary all matchers share; entries are indexed by the words they can start
 * with. A text is read once (`readText`) for every matcher that looks at it; a matcher
 * then costs one array look-up per word, and only where an entry can start, and only
 * when the text holds all the words it needs, is the pattern checked there. The cost
 * grows with the text, hardly with the number of entries, and nothing is compiled per
 * call.
 *
 * @example
 * ```ts
 * const m = createPhraseMatcher([{ pattern: '(charged|billed) twice', value: 'double-charge' }]);
 * m.find('I was charged twice!'); // [{ start: 6, end: 19, text: 'charged twice', ... }]
 * ```
 * @public
 */
export function createPhraseMatcher<T>(
  entries: readonly PhraseEntry<T>[],
  field = 'phrases',
): PhraseMatcher<T> {
  const toKeys = (req: WordRequirement): KeyRequirement =>
    req === true
      ? true
      : typeof req === 'string'
        ? wordNumber(req)
        : 'all' in req
          ? { all: req.all.map(toKeys) }
          : { any: req.any.map(toKeys) };

  const byFirst = new Map<number, Compiled<T>[]>();
  const anywhere: Compiled<T>[] = [];
  const add = (map: Map<number, Compiled<T>[]>, word: string, c: Compiled<T>): void => {
    const id = wordNumber(word);
    let list = map.get(id);
    if (list === undefined) map.set(id, (list = []));
    list.push(c);
  };
  entries.forEach((e, k) => {
    const parsed = parsePhrasePattern(e.pattern, `${field}[${k}]`);
    const c: Compiled<T> = {
      entry: e,
      order: k,
      source: parsed.source,
      regex: undefined,
      requires: toKeys(parsed.requires),
      anchors: parsed.anchor === undefined ? undefined : [...parsed.anchor].map(wordNumber),
    };
    if (parsed.firstWords === undefined) anywhere.push(c);
    for (const w of parsed.firstWords ?? []) add(byFirst, w, c);
  });
  if (entries.length === 0) return { find: () => [], test: () => false, size: 0 };

  const merge = (a: readonly Compiled<T>[], b: readonly Compiled<T>[]): Compiled<T>[] => {
    const all = [...a, ...b].sort((x, y) => x.order - y.order);
    return all.filter((c, k) => k === 0 || all[k - 1] !== c);
  };
  // Candidates by the vocabulary number of the word a place starts with: `listOf[id]`
  // indexes `lists` (NONE when no entry starts with the word). Entries that may start
  // with any word are tried at every word, in entry order.
  const [listOf, lists] = indexByWord(byFirst, (list) =>
    anywhere.length > 0 ? merge(list, anywhere) : list,
  );
  const localOf = (id: number): number => (id >= 0 && id < listOf.length ? listOf[id]! : NONE);
  // Contractions are looked up twice ("i've" as "i" and "ive"); their merged lists are
  // kept, at most one per pair of known words.
  const pairs = new Map<number, readonly Compiled<T>[]>();
  const candidates = (plain: number, joined: number): readonly Compiled<T>[] | undefined => {
    const a = localOf(plain);
    const b = localOf(joined);
    if (b === NONE || a === b) {
      return a === NONE ? (anywhere.length > 0 ? anywhere : undefined) : lists[a];
    }
    if (a === NONE) return lists[b];
    const key = a * lists.length + b;
    let both = pairs.get(key);
    if (both === undefined) pairs.set(key, (both = merge(lists[a]!, lists[b]!)));
    return both;
  };

  // `possible[entry]` is `call` when the text being read holds all the words the entry
  // needs, `-call` when not (stamps per call: nothing to clear between calls).
  const possible = new Int32Array(entries.length);
  let calls = 0;

  /** Calls `hit` for every entry matching at each start, leftmost first; stops when it returns true. */
  const scan = (text: string, hit: (c: Compiled<T>, at: number, end: number) => boolean): void => {
    const reading = readText(text);
    const { starts, plain, joined, folded } = reading;
    const words = stampWords(reading);
    calls = calls === 0x7fffffff ? 1 : calls + 1;
    if (calls === 1) possible.fill(0);
    const call = calls;
    const symbols = anywhere.length > 0 ? symbolStarts(text) : NO_SYMBOLS;

    let from = 0;
    let s = 0;
    for (let j = 0; j <= starts.length; j++) {
      // Symbols come in order between the words.
      const next = j < starts.length ? starts[j]! : Infinity;
      while (s < symbols.length && symbols[s]! < next) {
        if (symbols[s]! >= from && tryAt(symbols[s]!, anywhere)) return;
        s++;
      }
      if (j === starts.length) break;
      if (next < from) continue;
      const list = candidates(plain[j]!, joined[j]!);
      if (list !== undefined && tryAt(next, list)) return;
    }

    function tryAt(pos: number, list: readonly Compiled<T>[]): boolean {
      let furthest = -1;
      for (const c of list) {
        let known = possible[c.order]!;
        if (known !== call && known !== -call) {
          // A rare word it needs first (most entries fail there), then all it needs.
          known = possible[c.order] =
            (c.anchors === undefined || anyPresent(c.anchors, words)) && meets(c.requires, words)
              ? call
              : -call;
        }
        if (known < 0) continue;
        const end = matchAt(c, folded, pos);
        if (end < 0) continue;
        furthest = Math.max(furthest, end);
        if (hit(c, pos, end)) return true;
      }
      if (furthest >= 0) from = Math.max(furthest, pos + 1);
      return false;
    }
  };

  return {
    size: entries.length,
    test(text) {
      let found = false;
      scan(text, () => (found = true));
      return found;
    },
    find(text) {
      const out: PhraseMatch<T>[] = [];
      scan(text, (c, start, end) => {
        out.push({
          start,
          end,
          text: text.slice(start, end),
          pattern: c.entry.pattern,
          value: c.entry.value,
        });
        return false;
      });
      return out;
    },
  };
}

const NO_SYMBOLS: readonly number[] = [];

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
 * A dense index of lists by vocabulary number: `index[id]` is the position in `lists` of
 * the list for word `id`, or NONE.
 */
function indexByWord<C>(
  byWord: ReadonlyMap<number, C[]>,
  finish: (list: C[]) => readonly C[],
): [Int32Array, (readonly C[])[]] {
  let maxId = NONE;
  for (const id of byWord.keys()) maxId = Math.max(maxId, id);
  const index = new Int32Array(maxId + 1).fill(NONE);
  const lists: (readonly C[])[] = [];
  for (const [id, list] of byWord) {
    index[id] = lists.length;
    lists.push(finish(list));
  }
  return [index, lists];
}

/** Whether a text stamped with `words` holds any of `ids`. */
function anyPresent(ids: readonly number[], words: number): boolean {
  for (const id of ids) if (isPresent(id, words)) return true;
  return false;
}

/** Whether a text stamped with `words` holds what `req` needs. */
function meets(req: KeyRequirement, words: number): boolean {
  if (req === true) return true;
  if (typeof req === 'number') return isPresent(req, words);
  if ('all' in req) {
    for (const r of req.all) if (!meets(r, words)) return false;
    return true;
  }
  for (const r of req.any) if (meets(r, words)) return true;
  return false;
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
