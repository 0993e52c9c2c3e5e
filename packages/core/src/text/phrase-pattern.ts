import { TonvoError } from '../errors/tonvo-error.js';

/** Longest phrase pattern accepted, characters. @public */
export const MAX_PATTERN_LENGTH = 400;

const WORD_CHAR = /[\p{L}\p{N}'$%&@+-]/u;

/**
 * Compiles a phrase pattern to a regular-expression source that is safe to run on
 * untrusted text (no user-written regex, bounded repetition, no backtracking blow-up).
 *
 * The pattern language, matched against folded (lower-case) text at word boundaries:
 * - words separated by spaces match words separated by spaces or light punctuation;
 * - `(a|b c)` matches one of the alternatives (they may hold several words, and nest);
 * - `word?` or `(a|b)?` makes a word or group optional;
 * - `*` matches up to three arbitrary words; `**` up to eight;
 * - `#` matches a number (`3`, `10.50`, `1,000`, `$5`);
 * - parts written together are joined: `charge(s)?` is `(charges|charge)`, and
 *   `you('ll| will)` is `(you'll|you will)` (a space inside the group is kept).
 *
 * @example
 * ```ts
 * compilePhrasePattern('(speak|talk) to (a|your) (manager|supervisor)');
 * ```
 * @throws TonvoError `invalid-rule` when the pattern is empty, too long or unbalanced.
 * @public
 */
export function compilePhrasePattern(pattern: string, field = 'pattern'): string {
  return parsePhrasePattern(pattern, field).source;
}

/** A compiled phrase pattern and the words a match can start with. @internal */
export interface ParsedPhrasePattern {
  /** Regular-expression source, as {@link compilePhrasePattern} returns it. */
  readonly source: string;
  /**
   * Keys (`phraseWordKey`) of the words a match can start with, or `undefined`
   * when it can start with any word (a leading `*`, or a word that starts with a symbol).
   */
  readonly firstWords: ReadonlySet<string> | undefined;
  /** The words a text must hold for a match to be possible (a quick test before the regex). */
  readonly requires: WordRequirement;
  /**
   * A few keys of which a text must hold one for a match to be possible, chosen to be
   * rare ("twice" rather than "i"); `undefined` when the pattern needs no particular word.
   */
  readonly anchor: ReadonlySet<string> | undefined;
}

/**
 * Which word keys a text must hold: `true` (nothing), one key, all of several
 * requirements, or any of them.
 * @internal
 */
export type WordRequirement =
  | true
  | string
  | { readonly all: readonly WordRequirement[] }
  | { readonly any: readonly WordRequirement[] };

// Words so frequent that a phrase anchored on them would be tried on nearly every text.
const COMMON = new Set(
  (
    'i im ive id ill you youre youve your it its this that thats the a an to of and or in ' +
    'on at for with is am are was were be been do does did dont didnt not no so what we my ' +
    'me can cant have has had just get got can will would could should all one there they'
  ).split(' '),
);

/** Whether a word key is so frequent that most texts hold it. @internal */
export function isCommonWord(key: string): boolean {
  return COMMON.has(key);
}

/** Rough cost of requiring any of `keys`: common or short words cost more. */
function anchorCost(keys: ReadonlySet<string>): number {
  let cost = 0;
  for (const k of keys) cost += COMMON.has(k) ? 100 : 1 + 4 / k.length;
  return cost;
}

/**
 * Keys of which a text meeting `req` holds at least one: one key for a word, the cheapest
 * child's keys for "all", the union of the children's for "any".
 */
function requirementAnchor(req: WordRequirement): ReadonlySet<string> | undefined {
  if (req === true) return undefined;
  if (typeof req === 'string') return new Set([req]);
  if ('all' in req) {
    let best: ReadonlySet<string> | undefined;
    for (const r of req.all) {
      const a = requirementAnchor(r);
      if (a !== undefined && (best === undefined || anchorCost(a) < anchorCost(best))) best = a;
    }
    return best;
  }
  const union = new Set<string>();
  for (const r of req.any) {
    const a = requirementAnchor(r);
    if (a === undefined) return undefined;
    for (const k of a) union.add(k);
  }
  return union;
}

const all = (reqs: WordRequirement[]): WordRequirement => {
  const kept = reqs.filter((r) => r !== true);
  return kept.length === 0 ? true : kept.length === 1 ? kept[0]! : { all: kept };
};
const any = (reqs: WordRequirement[]): WordRequirement =>
  reqs.includes(true) ? true : reqs.length === 1 ? reqs[0]! : { any: reqs };

/** One parsed item or sequence: its regex, its possible first words, and whether it is optional. */
interface Piece {
  readonly src: string;
  readonly first: Set<string> | undefined;
  readonly req: WordRequirement;
  /** For an optional item: its regex with the separator before it, and after it. */
  readonly optional?: { readonly after: string; readonly before: string };
}

/**
 * The key a word is indexed by: folded, apostrophes removed (a pattern's "i've" also
 * matches "ive").
 */
function phraseWordKey(word: string): string {
  return word.includes("'") ? word.replace(/'/g, '') : word;
}

const PLAIN_WORD = /^[\p{L}\p{N}']+$/u;
/** A word with symbols ("rip-off", "100%") is found by the letters or digits it starts with. */
const LEADING_RUN = /^[\p{L}\p{N}]+/u;

/**
 * Parses a phrase pattern into its regular-expression source and its possible first
 * words (see {@link compilePhrasePattern} for the language).
 * @internal
 */
export function parsePhrasePattern(pattern: string, field = 'pattern'): ParsedPhrasePattern {
  if (typeof pattern !== 'string') throw TonvoError.invalidRule(field, 'must be a string');
  const trimmed = pattern
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
  if (trimmed.length === 0) throw TonvoError.invalidRule(field, 'must not be empty');
  if (trimmed.length > MAX_PATTERN_LENGTH) {
    throw TonvoError.invalidRule(
      field,
      `is ${trimmed.length} characters, at most ${MAX_PATTERN_LENGTH} allowed`,
    );
  }
  let i = 0;
  const fail = (problem: string): never => {
    throw TonvoError.invalidRule(
      field,
      `${problem} at character ${i + 1} of ${JSON.stringify(pattern)}`,
    );
  };
  const p = expandJoined(trimmed, fail);
  const union = (
    a: Set<string> | undefined,
    b: Set<string> | undefined,
  ): Set<string> | undefined => {
    if (a === undefined || b === undefined) return undefined;
    for (const w of b) a.add(w);
    return a;
  };

  // sequence := item (SEP item)* ; item := (group | word | star) '?'?
  // Separators go between the words that are there: an optional item carries its own
  // separator, after it while nothing came before ("(oh)? thank god" matches "thank
  // god" at the start of a text), before it once a word has come ("a b? c").
  const parseSequence = (depth: number): Piece => {
    let src = '';
    let first: Set<string> | undefined = new Set<string>();
    let started = false;
    let count = 0;
    const reqs: WordRequirement[] = [];
    for (;;) {
      while (p[i] === ' ') i++;
      if (i >= p.length || p[i] === '|' || p[i] === ')') break;
      const item = parseItem(depth);
      count++;
      if (!started) first = union(first, item.first);
      if (item.optional !== undefined) {
        src += started ? item.optional.before : item.optional.after;
      } else {
        reqs.push(item.req);
        src += started ? `SEP${item.src}` : item.src;
        started = true;
      }
    }
    if (count === 0) fail('empty alternative');
    if (!started) fail('every alternative needs a word that is not optional');
    return { src, first, req: all(reqs) };
  };

  const parseItem = (depth: number): Piece => {
    let core: string;
    let first: Set<string> | undefined;
    let req: WordRequirement;
    const ch = p[i]!;
    if (ch === '(') {
      if (depth >= 3) fail('groups nested too deeply');
      i++;
      const alts = [parseSequence(depth + 1)];
      while (p[i] === '|') {
        i++;
        alts.push(parseSequence(depth + 1));
      }
      if (p[i] !== ')') fail('missing ")"');
      i++;
      core = `(?:${alts.map((a) => a.src).join('|')})`;
      req = any(alts.map((a) => a.req));
      first = new Set<string>();
      for (const a of alts) first = union(first, a.first);
    } else if (ch === '#') {
      i++;
      core = '[$€£¥]?\\p{N}+(?:[.,]\\p{N}+)*';
      first = undefined;
      req = true;
    } else if (ch === '*') {
      i++;
      const max = p[i] === '*' ? (i++, 8) : 3;
      const word = "[\\p{L}\\p{N}']+";
      return {
        src: word,
        first: undefined,
        req: true,
        optional: { after: `(?:${word}SEP){0,${max}}`, before: `(?:SEP${word}){0,${max}}` },
      };
    } else {
      let word = '';
      while (i < p.length && WORD_CHAR.test(p[i]!)) word += p[i++];
      if (word.length === 0) fail(`unexpected ${JSON.stringify(ch)}`);
      core = word.replace(/[$+]/g, '\\$&').replace(/'/g, "['\u2019]?");
      const key = PLAIN_WORD.test(word) ? phraseWordKey(word) : LEADING_RUN.exec(word)?.[0];
      first = key === undefined ? undefined : new Set([key]);
      req = key ?? true;
    }
    if (p[i] === '?') {
      i++;
      return {
        src: core,
        first,
        req,
        optional: { after: `(?:${core}SEP)?`, before: `(?:SEP${core})?` },
      };
    }
    return { src: core, first, req };
  };

  const top = parseSequence(0);
  if (i < p.length) fail(`unexpected ${JSON.stringify(p[i])}`);
  return {
    source: top.src.replace(/SEP/g, SEPARATOR),
    firstWords: top.first,
    requires: top.req,
    anchor: requirementAnchor(top.req),
  };
}

/**
 * Rewrites parts written together into groups of whole alternatives:
 * `charge(s)?` -> `(charges|charge)`, `you('ll| will)` -> `(you'll|you will)`,
 * `(re)?fund` -> `(refund|fund)`. Only groups without nested groups are joined.
 */
function expandJoined(p: string, fail: (problem: string) => never): string {
  const word = "[\\p{L}\\p{N}'$%&@+-]+";
  const before = new RegExp(`(${word})\\(([^()]*)\\)(\\?)?`, 'u');
  const after = new RegExp(`\\(([^()]*)\\)(\\?)?(${word})`, 'u');
  let out = p;
  for (let guard = 0; guard < 50; guard++) {
    const b = before.exec(out);
    if (b !== null) {
      const [all, w, body, opt] = b as unknown as [string, string, string, string | undefined];
      const alts = body.split('|').map((a) => `${w}${a}`);
      if (opt === '?') alts.push(w);
      out = out.slice(0, b.index) + `(${alts.join('|')})` + out.slice(b.index + all.length);
      continue;
    }
    const a = after.exec(out);
    if (a !== null) {
      const [all, body, opt, w] = a as unknown as [string, string, string | undefined, string];
      const alts = body.split('|').map((x) => `${x}${w}`);
      if (opt === '?') alts.push(w);
      out = out.slice(0, a.index) + `(${alts.join('|')})` + out.slice(a.index + all.length);
      continue;
    }
    return out;
  }
  return fail('too many joined groups');
}

/** Whitespace or light punctuation between the words of a phrase. */
const SEPARATOR = '[\\s,.;:!?\\-\u2014"]+';
