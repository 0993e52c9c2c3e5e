import type { UtteranceEvent, WordTiming } from '../events/types.js';
import { NEUTRAL_ANALYSIS, type TextAnalysis } from '../perception/text-analyzer.js';
import type { UtteranceView } from '../rules/rule-types.js';
import { countWords, type Token } from '../text/tokenize.js';

const NO_TOKENS: readonly Token[] = Object.freeze([]);
const NO_CUES: readonly string[] = Object.freeze([]);

/** The view rules see of a final utterance, with what the coach read in it. @internal */
export function finalView(
  e: UtteranceEvent,
  tokens: readonly Token[],
  question: boolean,
  analysis: TextAnalysis,
  contextCues: readonly string[],
): UtteranceView {
  return {
    id: e.id,
    speaker: e.speaker,
    text: e.text,
    startMs: e.startMs,
    endMs: e.endMs,
    final: e.final,
    wordCount: tokens.length,
    tokens,
    wordsPerMinute: wordsPerMinute(e.startMs, e.endMs, e.words, tokens.length),
    isQuestion: question,
    analysis,
    contextCues,
  };
}

/**
 * The view rules see of a partial utterance: no tokens or analysis. Partials come
 * several times a second and the built-in rules read only who speaks, when, and whether
 * it asks: the word count, and the pace that needs it, are counted when a rule first
 * asks for them.
 * @internal
 */
export class PartialView implements UtteranceView {
  readonly id: string;
  readonly speaker: UtteranceEvent['speaker'];
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly final = false;
  readonly tokens = NO_TOKENS;
  readonly isQuestion: boolean;
  readonly analysis = NEUTRAL_ANALYSIS;
  readonly contextCues = NO_CUES;
  readonly #words: readonly WordTiming[] | undefined;
  #wordCount = -1;

  constructor(e: UtteranceEvent) {
    this.id = e.id;
    this.speaker = e.speaker;
    this.text = e.text;
    this.startMs = e.startMs;
    this.endMs = e.endMs;
    this.isQuestion = e.text.includes('?');
    this.#words = e.words;
  }

  get wordCount(): number {
    if (this.#wordCount < 0) this.#wordCount = countWords(this.text);
    return this.#wordCount;
  }

  get wordsPerMinute(): number | undefined {
    return wordsPerMinute(this.startMs, this.endMs, this.#words, this.wordCount);
  }
}

/**
 * Words per minute of an utterance from its word timings or its duration (undefined
 * under 1.5 s, or without words).
 */
function wordsPerMinute(
  startMs: number,
  endMs: number,
  w: readonly WordTiming[] | undefined,
  words: number,
): number | undefined {
  let ms = endMs - startMs;
  if (w !== undefined && w.length >= 2) ms = w[w.length - 1]!.endMs - w[0]!.startMs;
  return ms < 1500 || words === 0 ? undefined : words / (ms / 60_000);
}
