import { gapHas } from '../../text/chars.js';
import { longestPerStart, type PhraseMatcher } from '../../text/phrase-matcher.js';
import { readText, wordNumber } from '../../text/text-reading.js';
import type { Token } from '../../text/tokenize.js';
import type { WordEntry } from './lexicon.js';
import { markSarcasm } from './sarcasm.js';
import {
  AFTER_BUT,
  BEFORE_BUT,
  CAPS_BOOST,
  CLAUSE_BREAKS,
  DOWNTONER_PAIRS,
  INTENSITY,
  NEGATION_SCOPE,
  isNegator,
  negationFactor,
} from './modifiers.js';

/** A phrase of the analyzer's table, compiled into its matcher. @internal */
export interface PhraseInfo {
  readonly id: string;
  readonly entry: WordEntry;
}

/** What the scanner needs: the words and the phrases it knows. @internal */
export interface ScanModel {
  /** The word lexicon by vocabulary number (see {@link lexiconByNumber}). */
  readonly entries: readonly (WordEntry | undefined)[];
  readonly phrases: PhraseMatcher<PhraseInfo>;
}

/**
 * A lexicon indexed by the vocabulary numbers of its words, so a text read once
 * (`readText`) finds its words' entries without looking each word up again.
 * @internal
 */
export function lexiconByNumber(
  lexicon: ReadonlyMap<string, WordEntry>,
): (WordEntry | undefined)[] {
  const entries: (WordEntry | undefined)[] = [];
  for (const [word, entry] of lexicon) {
    const id = wordNumber(word);
    while (entries.length <= id) entries.push(undefined);
    entries[id] = entry;
  }
  return entries;
}

/** One cue found in a text, with the modifiers that act on it. @internal */
export interface ScanItem {
  readonly kind: 'word' | 'phrase' | 'question';
  /** The lexicon word or the phrase id. */
  readonly key: string;
  readonly entry: WordEntry;
  /** Span of the cue in the original text, modifiers and negator included. */
  readonly start: number;
  readonly end: number;
  readonly negated: boolean;
  /** Intensifiers, downtoners and capitals, multiplied. */
  readonly intensity: number;
  readonly caps: boolean;
  /** Weight from the position relative to "but". */
  readonly weight: number;
}

/** Everything the scorer reads in a text. @internal */
export interface Scan {
  readonly items: ScanItem[];
  /** Number of "!" (capped later). */
  readonly exclamations: number;
  /** The most "?" in one run ("what??": 2; see `questionMarksInARow`). */
  readonly questions: number;
}

/** Punctuation that ends a negation's reach ("no, that's great"). */
const NEGATION_STOPS = ',.;:!?()';
/** Punctuation that ends an intensifier's reach ("really, really bad" keeps it). */
const MODIFIER_STOPS = '.;:!?()';

/** One- or two-word utterances that are a request to repeat ("what?", "sorry?", "huh"). */
const BARE_QUERY_WORDS: ReadonlySet<string> = new Set([
  'what',
  'huh',
  'sorry',
  'pardon',
  'eh',
  'hm',
  'hmm',
  'wait',
  'excuse',
  'me',
  'um',
  'uh',
]);
const BARE_QUERY_SPOKEN: ReadonlySet<string> = new Set(['what', 'huh', 'pardon']);
const BARE_QUERY_ENTRY: WordEntry = { valence: -0.3, states: { confused: 0.6 } };

/**
 * Reads the cues of a text: phrases first (longest at each place), then the words the
 * phrases did not cover, each with its negation, intensity, capitals and "but" weight.
 * One pass over the tokens; every look-back is bounded by a few words.
 * @internal
 */
export function scanText(text: string, model: ScanModel): Scan {
  const reading = readText(text);
  const tokens = reading.tokens;
  const words = reading.words;
  const entries = model.entries;
  const exclamations = countChar(text, '!');
  const questions = questionMarksInARow(text);
  const items: ScanItem[] = [];
  const n = tokens.length;
  if (n === 0) return { items, exclamations, questions };

  const phrases = longestPerStart(model.phrases.find(text));
  let butIndex = -1;
  for (let i = 1; i < n; i++) {
    if (tokens[i]!.text === 'but') {
      butIndex = i;
      break;
    }
  }
  const weightAt = (i: number): number =>
    butIndex < 0 ? 1 : i < butIndex ? BEFORE_BUT : AFTER_BUT;

  let p = 0;
  let lastCovered = -1; // index of the last token inside a phrase
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    while (p < phrases.length && phrases[p]!.start < tok.start) p++;
    const match = p < phrases.length && phrases[p]!.start === tok.start ? phrases[p] : undefined;
    if (match !== undefined) {
      p++;
      let j = i;
      while (j + 1 < n && tokens[j + 1]!.end <= match.end) j++;
      const mod = modifiersBefore(text, tokens, i, lastCovered);
      const caps = isCaps(text, match.start, match.end);
      items.push({
        kind: 'phrase',
        key: match.value.id,
        entry: match.value.entry,
        start: mod.start,
        end: match.end,
        negated: false,
        intensity: mod.factor * (caps ? CAPS_BOOST : 1),
        caps,
        weight: weightAt(i),
      });
      lastCovered = j;
      i = j;
      continue;
    }
    const word = tok.text;
    const id = words[i]!;
    const entry = id >= 0 ? entries[id] : undefined;
    if (entry === undefined || (entry.valence === 0 && entry.states === undefined)) continue;
    const next = tokens[i + 1]?.text;
    if ((word === 'kind' || word === 'sort') && next === 'of') continue;
    const nextId = i + 1 < n ? words[i + 1]! : -1;
    if (
      INTENSITY.has(word) &&
      next !== undefined &&
      carriesWeight(nextId >= 0 ? entries[nextId] : undefined)
    )
      continue;
    const negator = negatorBefore(text, tokens, i, lastCovered);
    const mod = modifiersBefore(text, tokens, i, lastCovered);
    const caps = isCaps(text, tok.start, tok.end);
    items.push({
      kind: 'word',
      key: word,
      entry,
      start: negator >= 0 ? Math.min(mod.start, tokens[negator]!.start) : mod.start,
      end: tok.end,
      negated: negator >= 0,
      intensity: mod.factor * (caps ? CAPS_BOOST : 1),
      caps,
      weight: weightAt(i),
    });
  }

  markSarcasm(text, tokens, items);
  if (items.length === 0 && n <= 2 && isBareQuery(tokens, questions > 0)) {
    items.push({
      kind: 'question',
      key: 'bare-question',
      entry: BARE_QUERY_ENTRY,
      start: tokens[0]!.start,
      end: Math.min(text.length, tokens[n - 1]!.end + (questions > 0 ? 1 : 0)),
      negated: false,
      intensity: 1,
      caps: false,
      weight: 1,
    });
  }
  return { items, exclamations, questions };
}

/** The valence an item adds to the raw sentiment, before "!" and "?" emphasis. @internal */
export function contribution(item: ScanItem): number {
  const valence = item.entry.valence;
  // "I'm not angry" is not praise: a negated word for a bad feeling (frustration or
  // distress at 0.5 or more) only cancels itself. "Not bad" still leans positive.
  if (item.negated && valence < 0 && isFeelingWord(item.entry)) return 0;
  return valence * negationFactor(valence, item.negated) * item.intensity * item.weight;
}

/** A word for a bad feeling ("angry", "worried", "upset"), not a judgement ("bad", "slow"). */
function isFeelingWord(entry: WordEntry): boolean {
  const s = entry.states;
  return s !== undefined && ((s.frustrated ?? 0) >= 0.5 || (s.distressed ?? 0) >= 0.5);
}

function carriesWeight(entry: WordEntry | undefined): boolean {
  return entry !== undefined && (entry.valence !== 0 || entry.states !== undefined);
}

/** Index of the negator that reaches token `i`, or -1. */
function negatorBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  lastCovered: number,
): number {
  const stop = Math.max(i - NEGATION_SCOPE, lastCovered + 1, 0);
  for (let k = i - 1; k >= stop; k--) {
    if (gapHas(text, tokens[k]!.end, tokens[k + 1]!.start, NEGATION_STOPS)) return -1;
    const w = tokens[k]!.text;
    if (CLAUSE_BREAKS.has(w)) return -1;
    if (w === 'no') {
      // "no" reaches the next word only, or past one intensifier ("no real help").
      return k === i - 1 || (k === i - 2 && INTENSITY.has(tokens[i - 1]!.text)) ? k : -1;
    }
    if (isNegator(w)) return w === 'not' && tokens[k + 1]!.text === 'only' ? -1 : k;
  }
  return -1;
}

/** Product of the intensifiers and downtoners just before token `i`, and where they start. */
function modifiersBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  lastCovered: number,
): { factor: number; start: number } {
  let factor = 1;
  let start = tokens[i]!.start;
  let dist = 1;
  for (let k = i - 1; k > lastCovered && dist <= 3; k--, dist++) {
    if (gapHas(text, tokens[k]!.end, tokens[k + 1]!.start, MODIFIER_STOPS)) break;
    const w = tokens[k]!.text;
    const m = INTENSITY.get(w);
    // Further modifiers count a little less, as in VADER.
    const damp = dist === 1 ? 1 : dist === 2 ? 0.95 : 0.9;
    if (m !== undefined) {
      factor *= 1 + (m - 1) * damp;
      start = tokens[k]!.start;
      continue;
    }
    const pair = k - 1 > lastCovered ? DOWNTONER_PAIRS.get(tokens[k - 1]!.text)?.get(w) : undefined;
    if (pair !== undefined) {
      factor *= 1 + (pair - 1) * damp;
      start = tokens[k - 1]!.start;
      k--;
      continue;
    }
    // Walk past a negator ("not very happy"); negation itself is decided apart.
    if (isNegator(w) || w === 'no') continue;
    break;
  }
  return { factor, start };
}

/** True when the span is written in capitals (two letters at least: "I" is not shouting). */
function isCaps(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  // ASCII read in place: no small letter, and a capital.
  let capital = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const s = text.slice(start, end);
      return s === s.toUpperCase() && s !== s.toLowerCase();
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

function isBareQuery(tokens: readonly Token[], asked: boolean): boolean {
  let spoken = false;
  for (const t of tokens) {
    if (!BARE_QUERY_WORDS.has(t.text)) return false;
    if (BARE_QUERY_SPOKEN.has(t.text)) spoken = true;
  }
  return asked || spoken;
}

/**
 * The most question marks in one run ("what??" 2, "really?!?" 2): emphasis. Two questions
 * one after the other ("Thursday? Is there nothing sooner?") are not.
 */
function questionMarksInARow(text: string): number {
  let most = 0;
  let run = 0;
  for (let k = text.indexOf('?'); k >= 0; k = text.indexOf('?', k + 1)) {
    // Continues the run when only "!" came between ("?!?").
    let j = k - 1;
    while (j >= 0 && text.charCodeAt(j) === EXCLAMATION) j--;
    run = run > 0 && j >= 0 && text.charCodeAt(j) === QUESTION ? run + 1 : 1;
    if (run > most) most = run;
  }
  return most;
}

const QUESTION = 63;
const EXCLAMATION = 33;

function countChar(text: string, ch: string): number {
  let count = 0;
  for (let k = text.indexOf(ch); k >= 0; k = text.indexOf(ch, k + 1)) count++;
  return count;
}
