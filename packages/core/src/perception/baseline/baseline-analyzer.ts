import { TonvoError, isTonvoError } from '../../errors/tonvo-error.js';
import {
  createBuiltInPhraseMatcher,
  createPhraseMatcher,
  type PhraseEntry,
} from '../../text/phrase-matcher.js';
import { compilePhrasePattern } from '../../text/phrase-pattern.js';
import { tokenize } from '../../text/tokenize.js';
import { EMOTIONAL_STATES, type TextAnalysis, type TextAnalyzer } from '../text-analyzer.js';
import {
  getBuiltInLexicon,
  isStateName,
  parseStates,
  type StateWeights,
  type WordEntry,
} from './lexicon.js';
import { LEARNED_NEUTRAL_RAW } from './lexicon-learned.js';
import { BUILT_IN_PHRASE_TABLE } from './phrases.js';
import { lexiconByNumber, scanText, type PhraseInfo, type Scan, type ScanModel } from './scan.js';
import { scoreScan } from './score.js';
import { notText } from '../../util/value-checks.js';

/** A customer-service phrase the baseline analyzer looks for. @public */
export interface BaselinePhrase {
  /**
   * Stable id, kebab-case; it lets integrators remove or replace the phrase. Several
   * patterns may share one id (a phrase too long for one pattern).
   */
  readonly id: string;
  /** A phrase pattern (see `compilePhrasePattern`), e.g. `'(charged|billed) twice'`. */
  readonly pattern: string;
  /** Valence on the AFINN/VADER scale, -5 to 5. */
  readonly valence: number;
  /** Evidence for states when the phrase is said, each in [0, 1]. */
  readonly states?: StateWeights;
}

/** Options of {@link createBaselineAnalyzer}. @public */
export interface BaselineAnalyzerOptions {
  /** Words to add or re-weight: a valence (-5 to 5), or a valence with state evidence. */
  readonly words?: Readonly<Record<string, number | WordEntry>>;
  /** Phrases to add to the built-in table (an added phrase with a built-in id replaces it). */
  readonly phrases?: readonly BaselinePhrase[];
  /** Ids of built-in phrases to leave out. */
  readonly removePhrases?: readonly string[];
  /** Most cues reported per text, the strongest first chosen (default 8). */
  readonly maxCues?: number;
  /**
   * Whether to use the words learned from GoEmotions (web comments) under the
   * hand-written ones (default true); `false` keeps only the hand-written lexicon.
   */
  readonly learnedWords?: boolean;
}

/** The baseline analyzer: a synchronous {@link TextAnalyzer} with its neutral band. @public */
export interface BaselineAnalyzer extends TextAnalyzer {
  readonly id: string;
  analyze(text: string): TextAnalysis;
  analyzeBatch(texts: readonly string[]): TextAnalysis[];
  /**
   * Sentiment magnitude below which a text reads as neutral: the edge between neutral
   * and positive or negative learned on GoEmotions train maps to this value.
   */
  readonly neutralBand: number;
}

/** Id and version of the built-in analyzer; it lands in evidence. @public */
export const BASELINE_ANALYZER_ID = 'baseline@1';

/** Sentiment magnitude at the learned edge of neutral. @public */
export const BASELINE_NEUTRAL_BAND = 0.25;

/** The built-in phrase table, as integrators see it (ids to remove, patterns to learn from). @public */
export const BASELINE_PHRASES: readonly BaselinePhrase[] = BUILT_IN_PHRASE_TABLE.flatMap(
  ([id, patterns, valence, spec]) => {
    const states = parseStates(spec);
    return (typeof patterns === 'string' ? [patterns] : patterns).map((pattern) =>
      states === undefined ? { id, pattern, valence } : { id, pattern, valence, states },
    );
  },
);

/** Cues an analysis names by default. */
const MAX_CUES = 8;

/** The defaults of {@link createBaselineAnalyzer}. @public */
export function getDefaultBaselineAnalyzerOptions(): Required<BaselineAnalyzerOptions> {
  return { words: {}, phrases: [], removePhrases: [], maxCues: MAX_CUES, learnedWords: true };
}

/** `squash(raw, alpha)` gives {@link BASELINE_NEUTRAL_BAND} at the learned raw edge. */
const ALPHA = LEARNED_NEUTRAL_RAW ** 2 * (1 / BASELINE_NEUTRAL_BAND ** 2 - 1);

let builtInModel: ScanModel | undefined;

/**
 * Creates the built-in text analyzer: zero dependencies, synchronous and deterministic.
 * It reads words from a lexicon (hand-written for support calls, overlaid on one learned
 * from GoEmotions train), customer-service phrases that word lists miss ("third time I'm
 * calling", "charged twice", "what do you mean", "oh thank god"), negation ("not happy",
 * "no problem", "not bad"), intensifiers and downtoners, capitals, "!!!" and "???". It
 * works on written text and on lower-case, unpunctuated transcripts alike. Every score
 * comes with cues in words.
 *
 * @param options - `words`, `phrases`, `removePhrases`, `maxCues`, `learnedWords`.
 * @example
 * ```ts
 * const analyzer = createBaselineAnalyzer();
 * analyzer.analyze('this is the third time I am calling about this').states.frustrated; // ~0.85
 * ```
 * @throws TonvoError `invalid-option` naming the field when an option is malformed.
 * @public
 */
export function createBaselineAnalyzer(options: BaselineAnalyzerOptions = {}): BaselineAnalyzer {
  if (typeof options !== 'object' || options === null) {
    throw TonvoError.invalidOption('options', 'must be an object');
  }
  const d = getDefaultBaselineAnalyzerOptions();
  const maxCues = options.maxCues ?? d.maxCues;
  if (!Number.isInteger(maxCues) || maxCues < 0 || maxCues > 100) {
    throw TonvoError.invalidOption('maxCues', 'must be an integer from 0 to 100');
  }
  const model = buildModel(options, d.learnedWords);
  const analyze = (text: string): TextAnalysis => {
    if (typeof text !== 'string') throw notText(text);
    return scoreScan(text, scanText(text, model), ALPHA, maxCues);
  };
  return {
    id: BASELINE_ANALYZER_ID,
    neutralBand: BASELINE_NEUTRAL_BAND,
    analyze,
    analyzeBatch: (texts) => texts.map(analyze),
  };
}

/**
 * What the default analyzer reads in `text`, from its scan with {@link builtInScanModel}
 * (for a caller that has the scan already). @internal
 */
export function readBuiltInScan(text: string, scan: Scan): TextAnalysis {
  return scoreScan(text, scan, ALPHA, MAX_CUES);
}

/** The built-in words and phrases, as the default analyzer reads with them. @internal */
export function builtInScanModel(): ScanModel {
  builtInModel ??= {
    entries: lexiconByNumber(getBuiltInLexicon()),
    phrases: createBuiltInPhraseMatcher(BASELINE_PHRASES.map(toEntry), 'phrases'),
  };
  return builtInModel;
}

function buildModel(options: BaselineAnalyzerOptions, defaultLearned: boolean): ScanModel {
  const { words, phrases, removePhrases, learnedWords = defaultLearned } = options;
  if (typeof learnedWords !== 'boolean') {
    throw TonvoError.invalidOption('learnedWords', 'must be true or false');
  }
  const custom =
    words !== undefined || phrases !== undefined || removePhrases !== undefined || !learnedWords;
  if (!custom) return builtInScanModel();
  let lexicon = getBuiltInLexicon(learnedWords);
  if (words !== undefined) {
    if (typeof words !== 'object' || words === null) {
      throw TonvoError.invalidOption('words', 'must be an object of word to valence');
    }
    const map = new Map(lexicon);
    for (const [word, value] of Object.entries(words)) map.set(...checkWord(word, value));
    lexicon = map;
  }
  const removed = new Set<string>();
  if (removePhrases !== undefined) {
    if (!Array.isArray(removePhrases)) {
      throw TonvoError.invalidOption('removePhrases', 'must be an array of phrase ids');
    }
    removePhrases.forEach((id: unknown, k) => {
      if (typeof id !== 'string' || !BASELINE_PHRASES.some((p) => p.id === id)) {
        throw TonvoError.invalidOption(
          `removePhrases[${k}]`,
          `${JSON.stringify(id)} is not the id of a built-in phrase`,
        );
      }
      removed.add(id);
    });
  }
  const added = checkPhrases(phrases);
  for (const p of added) removed.add(p.id);
  const table = [...BASELINE_PHRASES.filter((p) => !removed.has(p.id)), ...added];
  return {
    entries: lexiconByNumber(lexicon),
    phrases: createPhraseMatcher(table.map(toEntry), 'phrases'),
  };
}

function toEntry(p: BaselinePhrase): PhraseEntry<PhraseInfo> {
  const entry: WordEntry =
    p.states === undefined ? { valence: p.valence } : { valence: p.valence, states: p.states };
  return { pattern: p.pattern, value: { id: p.id, entry } };
}

function checkWord(word: string, value: unknown): [string, WordEntry] {
  const field = `words.${word}`;
  const tokens = tokenize(word);
  if (tokens.length !== 1 || tokens[0]!.text !== word.toLowerCase()) {
    throw TonvoError.invalidOption(field, 'must be one lower-case word');
  }
  if (typeof value === 'number') return [tokens[0]!.text, { valence: checkValence(field, value) }];
  if (typeof value !== 'object' || value === null) {
    throw TonvoError.invalidOption(field, 'must be a valence or { valence, states }');
  }
  const v = value as { valence?: unknown; states?: unknown };
  const valence = checkValence(`${field}.valence`, v.valence);
  const states = checkStates(`${field}.states`, v.states);
  return [tokens[0]!.text, states === undefined ? { valence } : { valence, states }];
}

function checkValence(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -5 || value > 5) {
    throw TonvoError.invalidOption(field, 'must be a number from -5 to 5');
  }
  return value;
}

function checkStates(field: string, value: unknown): StateWeights | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) {
    throw TonvoError.invalidOption(field, 'must be an object of state to weight');
  }
  const out: Record<string, number> = {};
  for (const [state, w] of Object.entries(value)) {
    if (!isStateName(state)) {
      throw TonvoError.invalidOption(
        `${field}.${state}`,
        `is not a state (one of ${EMOTIONAL_STATES.join(', ')})`,
      );
    }
    if (typeof w !== 'number' || !(w >= 0 && w <= 1)) {
      throw TonvoError.invalidOption(`${field}.${state}`, 'must be a number from 0 to 1');
    }
    out[state] = w;
  }
  return out;
}

function checkPhrases(phrases: unknown): BaselinePhrase[] {
  if (phrases === undefined) return [];
  if (!Array.isArray(phrases)) throw TonvoError.invalidOption('phrases', 'must be an array');
  return phrases.map((p: unknown, k) => {
    const field = `phrases[${k}]`;
    if (typeof p !== 'object' || p === null) {
      throw TonvoError.invalidOption(field, 'must be { id, pattern, valence, states? }');
    }
    const { id, pattern, valence, states } = p as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      throw TonvoError.invalidOption(`${field}.id`, 'must be a kebab-case id');
    }
    try {
      compilePhrasePattern(pattern as string, `${field}.pattern`);
    } catch (e) {
      if (!isTonvoError(e)) throw e;
      throw new TonvoError('invalid-option', `option ${e.message}`, {
        field: `${field}.pattern`,
        cause: e,
      });
    }
    const checked = checkStates(`${field}.states`, states);
    const v = checkValence(`${field}.valence`, valence);
    return checked === undefined
      ? { id, pattern: pattern as string, valence: v }
      : { id, pattern: pattern as string, valence: v, states: checked };
  });
}
