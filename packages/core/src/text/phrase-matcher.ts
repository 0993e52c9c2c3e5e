import { foldText } from './fold.js';
import { compilePhrasePattern } from './phrase-pattern.js';

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
  /** Every entry that matches, leftmost first; overlapping entries at one place all count. */
  find(text: string): PhraseMatch<T>[];
  /** Whether any entry matches (cheaper than `find`). */
  test(text: string): boolean;
  readonly size: number;
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Compiles phrase entries into one matcher: a single combined scan finds candidate
 * places, and only there are the individual entries checked, so a text with no match
 * costs one regular-expression pass whatever the number of entries.
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
  const compiled = entries.map((e, k) => {
    const src = compilePhrasePattern(e.pattern, `${field}[${k}]`);
    return { entry: e, sticky: new RegExp(`${src}${AFTER}`, 'uy') };
  });
  if (compiled.length === 0) {
    return { find: () => [], test: () => false, size: 0 };
  }
  const sources = compiled.map((c) => c.sticky.source.slice(0, -AFTER.length));
  const scan = new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, 'gu');
  const probe = new RegExp(scan.source, 'u');
  return {
    size: compiled.length,
    test(text) {
      return probe.test(foldText(text));
    },
    find(text) {
      const folded = foldText(text);
      const out: PhraseMatch<T>[] = [];
      scan.lastIndex = 0;
      for (let m = scan.exec(folded); m !== null; m = scan.exec(folded)) {
        const at = m.index;
        let furthest = at + m[0].length;
        for (const c of compiled) {
          c.sticky.lastIndex = at;
          const hit = c.sticky.exec(folded);
          if (hit === null) continue;
          const end = at + hit[0].length;
          furthest = Math.max(furthest, end);
          out.push({
            start: at,
            end,
            text: text.slice(at, end),
            pattern: c.entry.pattern,
            value: c.entry.value,
          });
        }
        scan.lastIndex = Math.max(furthest, at + 1);
      }
      return out;
    },
  };
}
