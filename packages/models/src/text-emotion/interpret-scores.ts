import type { EmotionalState, SentimentState, TextAnalysis } from '@tonvo/core';
import { EMOTIONAL_STATES, TonvoError } from '@tonvo/core';
import type { TextEmotionManifest } from './manifest.js';

/** The three sentiment classes a score reads as. @public */
export type SentimentLabel = 'positive' | 'negative' | 'neutral';

/**
 * What the emotion model read in one text: core's {@link TextAnalysis} (so the coach
 * takes it as it is) plus the decisions made with the manifest's thresholds.
 * @public
 */
export interface EmotionAnalysis extends TextAnalysis {
  /** The 28 GoEmotions label probabilities. */
  readonly labels: Readonly<Record<string, number>>;
  /** Labels at or above their tuned thresholds, most probable first. */
  readonly predicted: readonly string[];
  /** The strongest state with evidence of at least 0.5, else `neutral`. */
  readonly state: SentimentState;
  /** The sentiment score read as a class with the manifest's cuts. */
  readonly sentimentLabel: SentimentLabel;
  /** Every output head's probabilities, by output name (e.g. `ekman`, `sentiment`). */
  readonly outputs: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * How far a probability is past its label's threshold, on a scale where the
 * threshold itself is 0.5: 0 at p = 0, 0.5 at p = threshold, 1 at p = 1. It puts
 * rare labels (low thresholds) and common ones on one footing.
 * @internal
 */
export function evidenceOf(p: number, threshold: number): number {
  if (p >= threshold) return threshold >= 1 ? 1 : 0.5 + (0.5 * (p - threshold)) / (1 - threshold);
  return threshold <= 0 ? 0 : (0.5 * p) / threshold;
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
const round = (v: number): number => Math.round(v * 100) / 100;

function labelOf(
  manifest: TextEmotionManifest,
  score: number,
  labels: readonly string[],
  row: ArrayLike<number> | undefined,
): SentimentLabel {
  const s = manifest.sentiment;
  if (s.labelRule === 'argmax' && row !== undefined) {
    const p = (name: string): number => {
      const i = labels.indexOf(name);
      return i === -1 ? 0 : (row[i] as number);
    };
    const pos = p('positive') + s.offsets.positive;
    const neg = p('negative') + s.offsets.negative;
    const neutral = p('neutral');
    return pos >= neg && pos >= neutral ? 'positive' : neg >= neutral ? 'negative' : 'neutral';
  }
  return score >= s.positiveAtLeast
    ? 'positive'
    : score <= s.negativeAtMost
      ? 'negative'
      : 'neutral';
}

/**
 * Turns one row of model outputs into an {@link EmotionAnalysis} with the
 * manifest's thresholds, state mapping and sentiment weights.
 *
 * @example
 * ```ts
 * const a = interpretEmotionScores({ manifest, outputs: { emotions: row28, sentiment: row4 } });
 * a.state; // 'frustrated'
 * ```
 * @public
 */
export function interpretEmotionScores(options: {
  readonly manifest: TextEmotionManifest;
  /** Each output head's probabilities for this text, by output name. */
  readonly outputs: Readonly<Record<string, ArrayLike<number>>>;
}): EmotionAnalysis {
  const { manifest, outputs } = options;
  const head = manifest.outputs[0];
  const emotions = head === undefined ? undefined : outputs[head.name];
  if (head === undefined || emotions === undefined)
    throw new TonvoError('model-error', 'the model gave no emotions output');
  const labels: Record<string, number> = {};
  const evidence = new Map<string, number>();
  const predicted: { label: string; p: number }[] = [];
  head.labels.forEach((label, i) => {
    const p = emotions[i] as number;
    const t = head.thresholds[i] as number;
    labels[label] = p;
    evidence.set(label, evidenceOf(p, t));
    if (p >= t) predicted.push({ label, p });
  });
  predicted.sort((a, b) => b.p - a.p);

  const states = {} as Record<EmotionalState, number>;
  let state: SentimentState = 'neutral';
  let best = 0.5;
  for (const s of EMOTIONAL_STATES) {
    let v = 0;
    for (const label of manifest.states[s]) v = Math.max(v, evidence.get(label) ?? 0);
    states[s] = clamp01(v);
    if (v >= best && (state === 'neutral' || v > best)) {
      state = s;
      best = v;
    }
  }

  const sentimentHead = manifest.outputs.find((o) => o.name === manifest.sentiment.output);
  const sentimentRow = outputs[manifest.sentiment.output];
  let sentiment = 0;
  if (sentimentHead !== undefined && sentimentRow !== undefined)
    sentimentHead.labels.forEach((label, i) => {
      sentiment += (manifest.sentiment.weights[label] ?? 0) * (sentimentRow[i] as number);
    });
  sentiment = Math.max(-1, Math.min(1, sentiment));
  const sentimentLabel = labelOf(manifest, sentiment, sentimentHead?.labels ?? [], sentimentRow);

  const cues = predicted
    .filter((p) => p.label !== 'neutral')
    .slice(0, 5)
    .map((p) => `model "${p.label}" ${round(p.p)}`);
  return {
    sentiment,
    states,
    cues,
    labels,
    predicted: predicted.map((p) => p.label),
    state,
    sentimentLabel,
    outputs,
  };
}
