import type { SentimentState } from '../events/types.js';

/** The states a text analyzer scores (neutral is what remains when none is strong). @public */
export type EmotionalState = Exclude<SentimentState, 'neutral'>;

/** All scored states, in a stable order. @public */
export const EMOTIONAL_STATES: readonly EmotionalState[] = [
  'positive',
  'frustrated',
  'confused',
  'distressed',
  'relieved',
];

/**
 * What a {@link TextAnalyzer} read in one utterance. The baseline analyzer and the
 * ONNX emotion model give the same shape.
 * @public
 */
export interface TextAnalysis {
  /** Overall valence in [-1, 1]: negative is unhappy, positive is happy. */
  readonly sentiment: number;
  /**
   * Evidence for each state, each in [0, 1] and independent (they need not sum to
   * 1): 0 means no sign of it, 1 means unmistakable.
   */
  readonly states: Readonly<Record<EmotionalState, number>>;
  /** Short cues in words that explain the scores, e.g. `phrase "charged twice"`, `negated "happy"`. */
  readonly cues: readonly string[];
  /** Raw label probabilities when a model produced them (e.g. the 28 GoEmotions labels). */
  readonly labels?: Readonly<Record<string, number>>;
}

/**
 * Reads how a speaker feels from the words of one utterance. Implementations may be
 * synchronous (the built-in baseline) or asynchronous (an ONNX model); the coach
 * keeps events in order either way. A reading that fails, or (with the coach's
 * `analysisTimeoutMs`) does not come in time, is replaced by the built-in analyzer's.
 *
 * @example
 * ```ts
 * const coach = createCoach({ analyzer: createBaselineAnalyzer() });
 * ```
 * @public
 */
export interface TextAnalyzer {
  /** Stable id of the analyzer and its version, e.g. `baseline@1`; it lands in evidence. */
  readonly id: string;
  analyze(text: string): TextAnalysis | PromiseLike<TextAnalysis>;
  /** Optional batched form; the coach does not need it, benchmarks and `tonvo classify` use it. */
  analyzeBatch?(
    texts: readonly string[],
  ): PromiseLike<readonly TextAnalysis[]> | readonly TextAnalysis[];
}

/** A neutral analysis: no sign of any state. @public */
export const NEUTRAL_ANALYSIS: TextAnalysis = Object.freeze({
  sentiment: 0,
  states: Object.freeze({ positive: 0, frustrated: 0, confused: 0, distressed: 0, relieved: 0 }),
  cues: Object.freeze([]) as readonly string[],
});
