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
 *   parts written together are joined (`charge(s)?`, `you('ll| will)`);
 * - `(a|b c)` matches one of the alternatives (they may hold several words, and nest);
 * - `word?` or `(a|b)?` makes a word or group optional;
 * - `*` matches up to three arbitrary words; `**` up to eight;
 * - `#` matches a number (`3`, `10.50`, `1,000`).
 *
 * @example
 * ```ts
 * compilePhrasePattern('(speak|talk) to (a|your) (manager|supervisor)');
 * ```
 * @throws TonvoError `invalid-rule` when the pattern is empty, too long or unbalanced.
 * @public
 */
export function compilePhrasePattern(pattern: string, field = 'pattern'): string {
  if (typeof pattern !== 'string') throw TonvoError.invalidRule(field, 'must be a string');
  const p = pattern
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
  if (p.length === 0) throw TonvoError.invalidRule(field, 'must not be empty');
  if (p.length > MAX_PATTERN_LENGTH) {
    throw TonvoError.invalidRule(
      field,
      `is ${p.length} characters, at most ${MAX_PATTERN_LENGTH} allowed`,
    );
  }
  let i = 0;
  const fail = (problem: string): never => {
    throw TonvoError.invalidRule(
      field,
      `${problem} at character ${i + 1} of ${JSON.stringify(pattern)}`,
    );
  };

  // sequence := item ((' '+)? item)* ; item := (group | word | '#' | star) '?'?
  // Items separated by spaces match words separated by spaces or light punctuation;
  // items written together ("you('ll| will)") are concatenated.
  interface Item {
    readonly core: string;
    readonly optional: boolean;
    /** Wildcards carry their own separators. */
    readonly selfSeparated: boolean;
  }
  const parseSequence = (depth: number): string => {
    let src = '';
    let first = true;
    // While only optional items came so far, each carries the separator after it, so
    // "(the)? refund" matches "refund" at the start of a text as well as "the refund".
    let leading = true;
    for (;;) {
      let spaced = false;
      while (p[i] === ' ') {
        i++;
        spaced = true;
      }
      if (i >= p.length || p[i] === '|' || p[i] === ')') break;
      const item = parseItem(depth);
      // A space at the start of a group's alternative is meaningful: "you('ll| will)".
      const sep =
        first && spaced && depth > 0
          ? 'SEP'
          : first || leading || item.selfSeparated || !spaced
            ? ''
            : 'SEP';
      if (item.optional && leading) src += `(?:${item.core}SEP)?`;
      else src += item.optional ? `(?:${sep}${item.core})?` : `${sep}${item.core}`;
      if (!item.optional) leading = false;
      first = false;
    }
    if (first) fail('empty alternative');
    return src;
  };

  const parseItem = (depth: number): Item => {
    let core: string;
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
      core = `(?:${alts.join('|')})`;
    } else if (ch === '#') {
      i++;
      core = '\\p{N}+(?:[.,]\\p{N}+)*';
    } else if (ch === '*') {
      i++;
      const max = p[i] === '*' ? (i++, 8) : 3;
      return { core: `(?:SEP[\\p{L}\\p{N}']+){0,${max}}`, optional: false, selfSeparated: true };
    } else {
      let word = '';
      while (i < p.length && WORD_CHAR.test(p[i]!)) word += p[i++];
      if (word.length === 0) fail(`unexpected ${JSON.stringify(ch)}`);
      core = word.replace(/[$+]/g, '\\$&').replace(/'/g, "['\u2019]?");
    }
    if (p[i] === '?') {
      i++;
      return { core, optional: true, selfSeparated: false };
    }
    return { core, optional: false, selfSeparated: false };
  };

  const src = parseSequence(0);
  if (i < p.length) fail(`unexpected ${JSON.stringify(p[i])}`);
  return src.replace(/SEP/g, SEPARATOR);
}

/** Whitespace or light punctuation between the words of a phrase. */
const SEPARATOR = '[\\s,.;:!?\\-\u2014"]+';
