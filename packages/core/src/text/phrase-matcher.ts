import { letterOrDigitAt, letterRunEnd } from './chars.js';
import { foldText } from './fold.js';
import { matchPhraseAt } from './phrase-interpret.js';
import { parsePhrasePattern, type PhraseSequence, type WordRequirement } from './phrase-pattern.js';
import { tokenizeFolded, type Token } from './tokenize.js';

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
   * Pass `tokens` when you already have `tokenize(text)`, to spare a second reading.
   */
  find(text: string, tokens?: readonly Token[]): PhraseMatch<T>[];
  /** Whether any entry matches (cheaper than `find`). */
  test(text: string, tokens?: readonly Token[]): boolean;
  readonly size: number;
}

/** Characters a pattern word may start with besides letters and digits (see phrase-pattern). */
const SYMBOL_START = "'$%&#@+-";

/** A requirement with its word keys replaced by their numbers. */
type KeyRequirement =
  | true
  | number
  | { readonly all: readonly KeyRequirement[] }
  | { readonly any: readonly KeyRequirement[] };

interface Compiled<T> {
  readonly entry: PhraseEntry<T>;
  readonly order: number;
  readonly sequence: PhraseSequence;
  readonly requires: KeyRequirement;
  readonly anchored: boolean;
}

/**
 * Compiles phrase entries into one matcher. Every word a pattern names gets a number;
 * entries are indexed by the words they can start with and by a rare word they cannot do
 * without. Reading a text costs one map look-up per word: only where an entry can start,
 * and only when the text holds all the words it needs, is the pattern checked there. The
 * cost grows with the text, hardly with the number of entries, and nothing is compiled
 * per call.
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
  const keys = new Map<string, number>();
  const keyOf = (word: string): number => {
    let id = keys.get(word);
    if (id === undefined) keys.set(word, (id = keys.size));
    return id;
  };
  const toKeys = (req: WordRequirement): KeyRequirement =>
    req === true
      ? true
      : typeof req === 'string'
        ? keyOf(req)
        : 'all' in req
          ? { all: req.all.map(toKeys) }
          : { any: req.any.map(toKeys) };

  const firstLists: Compiled<T>[][] = [];
  const anchorLists: Compiled<T>[][] = [];
  const anywhere: Compiled<T>[] = [];
  const add = (lists: Compiled<T>[][], word: string, c: Compiled<T>): void => {
    const id = keyOf(word);
    (lists[id] ??= []).push(c);
  };
  entries.forEach((e, k) => {
    const parsed = parsePhrasePattern(e.pattern, `${field}[${k}]`);
    const c: Compiled<T> = {
      entry: e,
      order: k,
      sequence: parsed.sequence,
      requires: toKeys(parsed.requires),
      anchored: parsed.anchor !== undefined,
    };
    if (parsed.firstWords === undefined) anywhere.push(c);
    for (const w of parsed.firstWords ?? []) add(firstLists, w, c);
    for (const w of parsed.anchor ?? []) add(anchorLists, w, c);
  });
  if (entries.length === 0) return { find: () => [], test: () => false, size: 0 };

  const merge = (a: readonly Compiled<T>[], b: readonly Compiled<T>[]): Compiled<T>[] => {
    const all = [...a, ...b].sort((x, y) => x.order - y.order);
    return all.filter((c, k) => k === 0 || all[k - 1] !== c);
  };
  // Entries that may start with any word are tried at every word, in entry order.
  if (anywhere.length > 0) {
    for (let id = 0; id < keys.size; id++) firstLists[id] = merge(firstLists[id] ?? [], anywhere);
  }
  // Contractions are looked up twice ("i've" as "i" and "ive"); their merged lists are
  // kept, at most one per pair of known words.
  const pairs = new Map<number, Compiled<T>[]>();
  const candidates = (plain: number, joined: number): readonly Compiled<T>[] => {
    const a = plain < 0 ? undefined : firstLists[plain];
    const b = joined < 0 ? undefined : firstLists[joined];
    if (b === undefined || a === b) return a ?? anywhere;
    if (a === undefined) return b;
    const key = plain * keys.size + joined;
    let both = pairs.get(key);
    if (both === undefined) pairs.set(key, (both = merge(a, b)));
    return both;
  };

  // Stamps per text being read (no clearing between calls): `present[word]` is `call`
  // when the text holds the word; `anchorSeen[entry]` is `call` when it holds one of the
  // entry's anchor words; `possible[entry]` is `call` when it holds all the words the
  // entry needs, `-call` when not.
  const present = new Int32Array(keys.size);
  const anchorSeen = new Int32Array(entries.length);
  const possible = new Int32Array(entries.length);
  let calls = 0;
  const meets = (req: KeyRequirement, call: number): boolean => {
    if (req === true) return true;
    if (typeof req === 'number') return present[req] === call;
    if ('all' in req) {
      for (const r of req.all) if (!meets(r, call)) return false;
      return true;
    }
    for (const r of req.any) if (meets(r, call)) return true;
    return false;
  };

  /** Calls `hit` for every entry matching at each start, leftmost first; stops when it returns true. */
  const scan = (
    text: string,
    given: readonly Token[] | undefined,
    hit: (c: Compiled<T>, at: number, end: number) => boolean,
  ): void => {
    // With tokens given, the text is folded only if some entry is worth a regex.
    let folded = given === undefined ? foldText(text) : undefined;
    const tokens = given ?? tokenizeFolded(folded!);
    calls = calls === 0x7fffffff ? 1 : calls + 1;
    if (calls === 1) {
      present.fill(0);
      anchorSeen.fill(0);
      possible.fill(0);
    }
    const call = calls;

    // Read the words: each run of letters and digits of each token may start a phrase
    // (also after an inner apostrophe or dot, as "ve" in "i've"); a contraction is also
    // looked up without its apostrophes. Keep the places where some entry may start.
    const at: number[] = [];
    const plainIds: number[] = [];
    const joinedIds: number[] = [];
    const note = (id: number | undefined): number => {
      if (id === undefined) return -1;
      present[id] = call;
      const anchored = anchorLists[id];
      if (anchored !== undefined) for (const c of anchored) anchorSeen[c.order] = call;
      return id;
    };
    for (const tok of tokens) {
      const word = tok.text; // folded
      let end = letterRunEnd(word, 0);
      if (end === word.length) {
        const id = note(keys.get(word));
        if (id >= 0 || anywhere.length > 0) {
          at.push(tok.start);
          plainIds.push(id);
          joinedIds.push(-1);
        }
        continue;
      }
      for (let i = 0; i < word.length; end = letterRunEnd(word, i)) {
        let joined = word.slice(i, end);
        const plain = note(keys.get(joined));
        for (let k = end; word[k] === "'";) {
          const next = letterRunEnd(word, k + 1);
          joined += word.slice(k + 1, next);
          k = next;
        }
        const both = joined.length > end - i ? note(keys.get(joined)) : -1;
        if (plain >= 0 || both >= 0 || anywhere.length > 0) {
          at.push(tok.start + i);
          plainIds.push(plain);
          joinedIds.push(both);
        }
        i = end + 1;
      }
    }
    const symbols = anywhere.length > 0 ? symbolStarts(text) : [];

    let from = 0;
    let s = 0;
    for (let j = 0; j <= at.length; j++) {
      // Symbols come in order between the words.
      const next = j < at.length ? at[j]! : Infinity;
      while (s < symbols.length && symbols[s]! < next) {
        if (symbols[s]! >= from && tryAt(symbols[s]!, anywhere)) return;
        s++;
      }
      if (j === at.length) break;
      if (next < from) continue;
      if (tryAt(next, candidates(plainIds[j]!, joinedIds[j]!))) return;
    }

    function tryAt(pos: number, list: readonly Compiled<T>[]): boolean {
      let furthest = -1;
      for (const c of list) {
        if (c.anchored && anchorSeen[c.order] !== call) continue;
        let known = possible[c.order]!;
        if (known !== call && known !== -call) {
          known = possible[c.order] = meets(c.requires, call) ? call : -call;
        }
        if (known < 0) continue;
        folded ??= foldText(text);
        const end = matchPhraseAt(c.sequence, folded, pos);
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
    test(text, tokens) {
      let found = false;
      scan(text, tokens, () => (found = true));
      return found;
    },
    find(text, tokens) {
      const out: PhraseMatch<T>[] = [];
      scan(text, tokens, (c, start, end) => {
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
