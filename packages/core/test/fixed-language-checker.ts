/**
 * A language checker over a small fixed table (phrase -> kind and replacement), built on
 * the real phrase matcher: it tests the jargon, hedging and over-formal triggers given a
 * checker, independently of the built-in checker's tables.
 */
import { createPhraseMatcher } from '../src/text/phrase-matcher.js';
import type {
  LanguageCheck,
  LanguageFinding,
  LanguageIssueKind,
} from '../src/triggers/language.js';

/** One wording to flag. */
export interface FixedWording {
  readonly pattern: string;
  readonly kind: LanguageIssueKind;
  readonly replacement: string;
  readonly note?: string;
}

/** A checker that flags exactly the given wordings. */
export function fixedLanguageChecker(wordings: readonly FixedWording[]): LanguageCheck & {
  readonly calls: number;
} {
  const matcher = createPhraseMatcher(wordings.map((w) => ({ pattern: w.pattern, value: w })));
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    check(text: string): LanguageFinding[] {
      calls++;
      return matcher.find(text).map((m) => ({
        kind: m.value.kind,
        start: m.start,
        end: m.end,
        text: m.text,
        replacement: m.value.replacement,
        ...(m.value.note === undefined ? {} : { note: m.value.note }),
      }));
    },
  };
}

/**
 * A checker over a few wordings of each kind, as support agents say them (until the
 * built-in checker lands, the language trigger tests run on this).
 */
export const sampleLanguageChecker = (): ReturnType<typeof fixedLanguageChecker> =>
  fixedLanguageChecker([
    {
      pattern: 'experiencing intermittent degradation',
      kind: 'jargon',
      replacement: 'running slower than normal',
    },
    {
      pattern: 'provision(ed)? (a|the) (new)? ont',
      kind: 'jargon',
      replacement: 'set up the new modem',
    },
    {
      pattern: 'i (think|guess) (maybe)?',
      kind: 'hedging',
      replacement: 'I will',
      note: 'say what you will do',
    },
    { pattern: 'please be advised', kind: 'over-formal', replacement: 'just so you know' },
    {
      pattern: 'at your earliest convenience',
      kind: 'over-formal',
      replacement: 'when it suits you',
    },
  ]);
