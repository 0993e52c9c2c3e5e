import { TonvoError } from '../errors/tonvo-error.js';

/** Longest phrase pattern accepted, characters. @public */
export const MAX_PATTERN_LENGTH = 200;

const WORD_CHAR = /[\p{L}\p{N}'$%&#@+-]/u;

/**
 * Compiles a phrase pattern to a regular-expression source that is safe to run on
 * untrusted text (no user-written regex, bounded repetition, no backtracking blow-up).
 *
 * The pattern language, matched against folded (lower-case) text at word boundaries:
 * - words separated by spaces match words separated by spaces or light punctuation;
 * - `(a|b c)` matches one of the alternatives (they may hold several words, and nest);
 * - `word?` or `(a|b)?` makes a word or group optional;
 * - `*` matches up to three arbitrary words; `**` up to eight.
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

  // sequence := item (SEP item)* ; item := (group | word | star) '?'?
  const parseSequence = (depth: number): string => {
    const items: string[] = [];
    for (;;) {
      while (p[i] === ' ') i++;
      if (i >= p.length || p[i] === '|' || p[i] === ')') break;
      items.push(parseItem(depth));
    }
    if (items.length === 0) fail('empty alternative');
    // Join items with a separator; an optional item carries its own separator so that
    // "a b? c" matches "a c" as well as "a b c".
    let src = items[0]!;
    for (let k = 1; k < items.length; k++) {
      const item = items[k]!;
      src += item.startsWith('(?:SEP') ? item : `SEP${item}`;
    }
    return src;
  };

  const parseItem = (depth: number): string => {
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
    } else if (ch === '*') {
      i++;
      const max = p[i] === '*' ? (i++, 8) : 3;
      // Up to `max` words; written so the following item still needs its own separator.
      return `(?:SEP[\\p{L}\\p{N}']+){0,${max}}`;
    } else {
      let word = '';
      while (i < p.length && WORD_CHAR.test(p[i]!)) word += p[i++];
      if (word.length === 0) fail(`unexpected ${JSON.stringify(ch)}`);
      core = word.replace(/[$+]/g, '\\$&').replace(/'/g, "['\u2019]?");
    }
    if (p[i] === '?') {
      i++;
      return `(?:SEP${core})?`;
    }
    return core;
  };

  const src = parseSequence(0);
  if (i < p.length) fail(`unexpected ${JSON.stringify(p[i])}`);
  // A leading optional item must not demand a separator before the first word.
  const body = src.replace(/^\(\?:SEP/, '(?:');
  return body.replace(/SEP/g, SEPARATOR);
}

/** Whitespace or light punctuation between the words of a phrase. */
const SEPARATOR = '[\\s,.;:!?\\-\u2014"]+';
