import { TonvoError } from '../errors/tonvo-error.js';
import {
  createBuiltInPhraseMatcher,
  createPhraseMatcher,
  longestPerStart,
  type PhraseMatcher,
} from '../text/phrase-matcher.js';
import { compilePhrasePattern } from '../text/phrase-pattern.js';
import { DISMISSIVE_TABLE } from './dismissive-entries.js';
import { HEDGING_TABLE } from './hedging-entries.js';
import { JARGON_TABLE } from './jargon-entries.js';
import { OVER_FORMAL_TABLE } from './over-formal-entries.js';
import { notText } from '../util/value-checks.js';

/** What kind of wording a language issue is. @public */
export type LanguageIssueKind = 'jargon' | 'hedging' | 'over-formal' | 'dismissive';

/** All language issue kinds, in a stable order. @public */
export const LANGUAGE_ISSUE_KINDS: readonly LanguageIssueKind[] = [
  'jargon',
  'hedging',
  'over-formal',
  'dismissive',
];

/** One wording to catch and the plain words to use instead. @public */
export interface LanguageEntry {
  /** Stable kebab-case id; it names the entry in issues and lets integrators remove it. */
  readonly id: string;
  readonly kind: LanguageIssueKind;
  /** A phrase pattern (see `compilePhrasePattern`), e.g. `'escalate (your|the) ticket'`. */
  readonly pattern: string;
  /** The plain words to say instead; `''` means drop the words and say the rest plainly. */
  readonly replacement: string;
  /** One sentence for the agent on why, or what to say when the plain words do not fit. */
  readonly note: string;
  /**
   * The words within a match that `replacement` stands for, as a phrase pattern; the rest
   * of `pattern` is context that must be there but stays as it is. Default: the whole
   * match. With pattern `'have (the|enough)? bandwidth (to|for)'`, target `'bandwidth'`
   * and replacement `'time'`, "I don't have the bandwidth to" gives "time" for "bandwidth",
   * not for "have the bandwidth to".
   */
  readonly target?: string;
  /**
   * A phrase pattern for longer wording, starting where the match starts, in which the
   * match is no issue: with pattern `'as i said'` and unless `'as i said i (would|will)'`,
   * "As I said I would, I've called them" keeps a promise and is not reported.
   */
  readonly unless?: string;
}

/** A wording found in a text, with `[start, end)` offsets in the original text. @public */
export interface LanguageIssue {
  readonly id: string;
  readonly kind: LanguageIssueKind;
  readonly start: number;
  readonly end: number;
  /** The words as they were said. */
  readonly text: string;
  /** The plain words, capitalised like the original (an acronym only where it began a sentence). */
  readonly replacement: string;
  readonly note: string;
}

/** Options of {@link createLanguageChecker}. @public */
export interface LanguageCheckerOptions {
  /** Entries to add (an added entry with a built-in id replaces it). */
  readonly entries?: readonly LanguageEntry[];
  /** Ids of built-in entries to leave out. */
  readonly remove?: readonly string[];
  /** Which kinds to report (default: all). */
  readonly kinds?: readonly LanguageIssueKind[];
}

/** Finds jargon, hedging, over-formal and dismissive wording in what an agent says. @public */
export interface LanguageChecker {
  /** Every issue in `text`, leftmost first; where entries overlap, the longest wins. */
  check(text: string): LanguageIssue[];
  /** The entries in use (of the kinds reported). */
  readonly entries: readonly LanguageEntry[];
}

/**
 * A row of a built-in entry table: id, pattern, plain replacement, note, and the target
 * and the `unless` pattern, if any. @internal
 */
export type LanguageRow = readonly [string, string, string, string, (string | undefined)?, string?];

const table = (kind: LanguageIssueKind, rows: readonly LanguageRow[]): LanguageEntry[] =>
  rows.map(([id, pattern, replacement, note, target, unless]) => ({
    id,
    kind,
    pattern,
    replacement,
    note,
    ...(target === undefined ? {} : { target }),
    ...(unless === undefined ? {} : { unless }),
  }));

/**
 * The built-in entries: dozens each of jargon, hedging and over-formal wording common in
 * support and success conversations, and dismissive wording ("calm down", "as I said"),
 * each with plain or kinder words to use instead.
 * @public
 */
export const LANGUAGE_ENTRIES: readonly LanguageEntry[] = /* @__PURE__ */ builtInEntries();

function builtInEntries(): LanguageEntry[] {
  return [
    ...table('jargon', JARGON_TABLE),
    ...table('hedging', HEDGING_TABLE),
    ...table('over-formal', OVER_FORMAL_TABLE),
    ...table('dismissive', DISMISSIVE_TABLE),
  ];
}

/** The defaults of {@link createLanguageChecker}. @public */
export function getDefaultLanguageCheckerOptions(): Required<LanguageCheckerOptions> {
  return { entries: [], remove: [], kinds: LANGUAGE_ISSUE_KINDS };
}

let builtIn: PhraseMatcher<LanguageEntry> | undefined;

/**
 * Creates a checker for the language-precision pillar: it finds jargon ("experiencing
 * intermittent degradation", "escalate your ticket"), hedging ("I think maybe possibly",
 * "I'm not 100% sure but"), over-formal wording ("please be advised", "we apologize
 * for any inconvenience this may have caused") and dismissive wording ("calm down", "as I
 * said", "that's the process") and offers plain or kinder words for each. Built
 * on the phrase matcher: one pass over the text, whatever the number of entries.
 *
 * @param options - `entries` to add, built-in ids to `remove`, `kinds` to report.
 * @example
 * ```ts
 * const checker = createLanguageChecker();
 * checker.check('Our system is experiencing intermittent degradation.');
 * // [{ kind: 'jargon', text: 'experiencing intermittent degradation',
 * //    replacement: 'running slower than normal', ... }]
 * ```
 * @throws TonvoError `invalid-rule` naming the field when an entry or removed id is
 * malformed, `invalid-option` when an option has the wrong shape.
 * @public
 */
export function createLanguageChecker(options: LanguageCheckerOptions = {}): LanguageChecker {
  if (typeof options !== 'object' || options === null) {
    throw TonvoError.invalidOption('options', 'must be an object');
  }
  // `null` is malformed, not a request for the default: only `undefined` falls back.
  const d = getDefaultLanguageCheckerOptions();
  const kinds = checkKinds(options.kinds === undefined ? d.kinds : options.kinds);
  const added = checkEntries(options.entries === undefined ? d.entries : options.entries);
  const removed = checkRemoved(options.remove === undefined ? d.remove : options.remove);
  for (const e of added) removed.add(e.id);
  const custom = added.length > 0 || removed.size > 0 || kinds.size < LANGUAGE_ISSUE_KINDS.length;
  const entries = custom
    ? [...LANGUAGE_ENTRIES.filter((e) => !removed.has(e.id)), ...added].filter((e) =>
        kinds.has(e.kind),
      )
    : LANGUAGE_ENTRIES;
  const toPhrase = (e: LanguageEntry): { pattern: string; value: LanguageEntry } => ({
    pattern: e.pattern,
    value: e,
  });
  const matcher = custom
    ? createPhraseMatcher(entries.map(toPhrase), 'entries')
    : (builtIn ??= createBuiltInPhraseMatcher(LANGUAGE_ENTRIES.map(toPhrase), 'entries'));
  const targets = custom
    ? patternMatchers(entries, 'target')
    : (builtInTargets ??= patternMatchers(entries, 'target'));
  const exceptions = custom
    ? patternMatchers(entries, 'unless')
    : (builtInExceptions ??= patternMatchers(entries, 'unless'));
  return {
    entries,
    check(text) {
      if (typeof text !== 'string') throw notText(text);
      const out: LanguageIssue[] = [];
      for (const m of longestPerStart(matcher.find(text))) {
        const e = m.value;
        // Wording in which the match is no issue ("As I said I would, ...").
        const except = exceptions.get(e);
        if (except?.find(text.slice(m.start)).some((x) => x.start === 0) === true) continue;
        // The words the replacement stands for: the target within the match, if any.
        const t = targets.get(e)?.find(m.text)[0];
        const start = t === undefined ? m.start : m.start + t.start;
        const said = t === undefined ? m.text : t.text;
        out.push({
          id: e.id,
          kind: e.kind,
          start,
          end: start + said.length,
          text: said,
          replacement: matchCase(e.replacement, said, text.slice(0, start)),
          note: e.note,
        });
      }
      return out;
    },
  };
}

let builtInTargets: ReadonlyMap<LanguageEntry, PhraseMatcher<true>> | undefined;
let builtInExceptions: ReadonlyMap<LanguageEntry, PhraseMatcher<true>> | undefined;

/** A matcher of its `target` or its `unless` pattern for each entry that has one. */
function patternMatchers(
  entries: readonly LanguageEntry[],
  field: 'target' | 'unless',
): ReadonlyMap<LanguageEntry, PhraseMatcher<true>> {
  const out = new Map<LanguageEntry, PhraseMatcher<true>>();
  for (const e of entries) {
    const pattern = e[field];
    if (pattern !== undefined) {
      out.set(e, createPhraseMatcher([{ pattern, value: true }], `${e.id}.${field}`));
    }
  }
  return out;
}

/**
 * Capitalises the replacement when the original began with a capital letter: a word
 * ("Please be advised"), or an acronym that begins its sentence ("DNS is ..."); an
 * acronym inside a sentence ("the SSID") keeps the replacement lower-case ("the wifi
 * name"). `before` is the text before the original.
 */
function matchCase(replacement: string, original: string, before: string): string {
  const first = original[0] ?? '';
  if (replacement === '' || first === first.toLowerCase()) return replacement;
  const second = original[1] ?? '';
  const acronym = second !== second.toLowerCase();
  if (acronym && !SENTENCE_START.test(before)) return replacement;
  return replacement[0]!.toUpperCase() + replacement.slice(1);
}

/** The text before the first word of a sentence: nothing, or a sentence end and spaces. */
const SENTENCE_START = /(?:^|[.!?]["')\]]*)\s*$/;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function checkKinds(kinds: unknown): ReadonlySet<LanguageIssueKind> {
  if (!Array.isArray(kinds)) throw TonvoError.invalidOption('kinds', 'must be an array of kinds');
  kinds.forEach((k: unknown, i) => {
    if (!LANGUAGE_ISSUE_KINDS.includes(k as LanguageIssueKind)) {
      throw TonvoError.invalidOption(
        `kinds[${i}]`,
        `must be one of ${LANGUAGE_ISSUE_KINDS.join(', ')}`,
      );
    }
  });
  return new Set(kinds as LanguageIssueKind[]);
}

function checkRemoved(remove: unknown): Set<string> {
  if (!Array.isArray(remove)) throw TonvoError.invalidOption('remove', 'must be an array of ids');
  return new Set(
    remove.map((id: unknown, i) => {
      if (typeof id !== 'string' || !LANGUAGE_ENTRIES.some((e) => e.id === id)) {
        throw TonvoError.invalidRule(
          `remove[${i}]`,
          `${JSON.stringify(id)} is not a built-in entry id`,
        );
      }
      return id;
    }),
  );
}

function checkEntries(entries: unknown): LanguageEntry[] {
  if (!Array.isArray(entries)) throw TonvoError.invalidOption('entries', 'must be an array');
  const seen = new Set<string>();
  return entries.map((raw: unknown, i) => {
    const field = `entries[${i}]`;
    if (typeof raw !== 'object' || raw === null) {
      throw TonvoError.invalidRule(field, 'must be { id, kind, pattern, replacement, note }');
    }
    const { id, kind, pattern, replacement, note } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || !ID.test(id)) {
      throw TonvoError.invalidRule(
        `${field}.id`,
        'must be a kebab-case id of at most 64 characters',
      );
    }
    if (seen.has(id)) throw TonvoError.invalidRule(`${field}.id`, `repeats ${JSON.stringify(id)}`);
    seen.add(id);
    if (!LANGUAGE_ISSUE_KINDS.includes(kind as LanguageIssueKind)) {
      throw TonvoError.invalidRule(
        `${field}.kind`,
        `must be one of ${LANGUAGE_ISSUE_KINDS.join(', ')}`,
      );
    }
    compilePhrasePattern(pattern as string, `${field}.pattern`);
    if (typeof replacement !== 'string' || replacement.length > 200) {
      throw TonvoError.invalidRule(
        `${field}.replacement`,
        'must be a string of at most 200 characters',
      );
    }
    if (typeof note !== 'string' || note.trim() === '' || note.length > 500) {
      throw TonvoError.invalidRule(
        `${field}.note`,
        'must be a non-empty string of at most 500 characters',
      );
    }
    const { target, unless } = raw as Record<string, unknown>;
    if (target !== undefined) compilePhrasePattern(target as string, `${field}.target`);
    if (unless !== undefined) compilePhrasePattern(unless as string, `${field}.unless`);
    return {
      id,
      kind: kind as LanguageIssueKind,
      pattern: pattern as string,
      replacement,
      note,
      ...(target === undefined ? {} : { target: target as string }),
      ...(unless === undefined ? {} : { unless: unless as string }),
    };
  });
}
