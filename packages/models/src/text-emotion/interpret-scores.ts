import type { EmotionalState, SentimentState, TextAnalysis } from '@tonvo/core';
import { EMOTIONAL_STATES, TonvoError } from '@tonvo/core';
import { mixGroupScores } from './group-mix.js';
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
  /**
   * Every output head's probabilities, by head name (e.g. `ekman`, `sentiment`); a
   * grouped head with a manifest `mix` holds the mixed scores its thresholds apply to.
   */
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

/** What a manifest decides, laid out once as indices so each text costs a few loops. */
interface Plan {
  readonly emotionsName: string;
  readonly labels: readonly string[];
  readonly thresholds: Float64Array;
  readonly neutral: number;
  readonly states: readonly { readonly state: EmotionalState; readonly members: Int32Array }[];
  readonly sentimentName: string;
  readonly sentimentWeights: Float64Array;
  readonly iPositive: number;
  readonly iNegative: number;
  readonly iNeutral: number;
  /** Grouped heads whose scores mix in their member labels. */
  readonly mixes: readonly {
    readonly name: string;
    readonly headWeight: number;
    readonly members: readonly (readonly number[])[];
  }[];
}

const plans = new WeakMap<TextEmotionManifest, Plan>();

function planOf(manifest: TextEmotionManifest): Plan {
  const cached = plans.get(manifest);
  if (cached !== undefined) return cached;
  const head = manifest.outputs[0];
  if (head === undefined) throw new TonvoError('model-error', 'the manifest names no outputs');
  const sentimentHead = manifest.outputs.find((o) => o.name === manifest.sentiment.output);
  const sentimentLabels = sentimentHead?.labels ?? [];
  const plan: Plan = {
    emotionsName: head.name,
    labels: head.labels,
    thresholds: Float64Array.from(head.thresholds),
    neutral: head.labels.indexOf('neutral'),
    states: EMOTIONAL_STATES.map((state) => ({
      state,
      members: Int32Array.from(
        manifest.states[state].map((l) => head.labels.indexOf(l)).filter((i) => i >= 0),
      ),
    })),
    sentimentName: manifest.sentiment.output,
    sentimentWeights: Float64Array.from(sentimentLabels, (l) => manifest.sentiment.weights[l] ?? 0),
    iPositive: sentimentLabels.indexOf('positive'),
    iNegative: sentimentLabels.indexOf('negative'),
    iNeutral: sentimentLabels.indexOf('neutral'),
    mixes: manifest.outputs.flatMap((o) =>
      o.mix === undefined
        ? []
        : [
            {
              name: o.name,
              headWeight: o.mix.headWeight,
              members: o.mix.members.map((m) => m.map((l) => head.labels.indexOf(l))),
            },
          ],
    ),
  };
  plans.set(manifest, plan);
  return plan;
}

/**
 * The strongest state with evidence of at least 0.5 (the first in `EMOTIONAL_STATES`
 * order on a tie), else `neutral`.
 * @internal
 */
export function strongestState(states: Readonly<Record<EmotionalState, number>>): SentimentState {
  let state: SentimentState = 'neutral';
  let best = 0.5;
  for (const s of EMOTIONAL_STATES) {
    const v = states[s];
    if (v >= best && (state === 'neutral' || v > best)) {
      state = s;
      best = v;
    }
  }
  return state;
}

/** A sentiment score read as a class with the manifest's cuts. @internal */
export function sentimentLabelOfScore(
  manifest: TextEmotionManifest,
  score: number,
): SentimentLabel {
  return labelOf(manifest, planOf(manifest), score, undefined);
}

function labelOf(
  manifest: TextEmotionManifest,
  plan: Plan,
  score: number,
  row: ArrayLike<number> | undefined,
): SentimentLabel {
  const s = manifest.sentiment;
  if (s.labelRule === 'argmax' && row !== undefined) {
    const p = (i: number): number => (i === -1 ? 0 : (row[i] as number));
    const pos = p(plan.iPositive) + s.offsets.positive;
    const neg = p(plan.iNegative) + s.offsets.negative;
    const neutral = p(plan.iNeutral);
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
  const { manifest } = options;
  const plan = planOf(manifest);
  const emotions = options.outputs[plan.emotionsName];
  if (emotions === undefined)
    throw new TonvoError('model-error', 'the model gave no emotions output');
  let outputs = options.outputs;
  if (plan.mixes.length > 0) {
    const mixed: Record<string, ArrayLike<number>> = {};
    for (const name in outputs) mixed[name] = outputs[name] as ArrayLike<number>;
    for (const m of plan.mixes) {
      const head = outputs[m.name];
      if (head !== undefined)
        mixed[m.name] = mixGroupScores({
          head,
          labels: emotions,
          headWeight: m.headWeight,
          members: m.members,
        });
    }
    outputs = mixed;
  }
  const labels: Record<string, number> = {};
  const hits: number[] = [];
  for (let i = 0; i < plan.labels.length; i++) {
    const p = emotions[i] as number;
    labels[plan.labels[i] as string] = p;
    if (p >= (plan.thresholds[i] as number)) hits.push(i);
  }
  hits.sort((a, b) => (emotions[b] as number) - (emotions[a] as number) || a - b);

  const states = {} as Record<EmotionalState, number>;
  for (const { state: s, members } of plan.states) {
    let v = 0;
    for (let k = 0; k < members.length; k++) {
      const i = members[k] as number;
      v = Math.max(v, evidenceOf(emotions[i] as number, plan.thresholds[i] as number));
    }
    states[s] = clamp01(v);
  }

  const sentimentRow = outputs[plan.sentimentName];
  let sentiment = 0;
  if (sentimentRow !== undefined)
    for (let i = 0; i < plan.sentimentWeights.length; i++)
      sentiment += (plan.sentimentWeights[i] as number) * (sentimentRow[i] as number);
  sentiment = Math.max(-1, Math.min(1, sentiment));

  const cues: string[] = [];
  for (const i of hits)
    if (i !== plan.neutral && cues.length < 5)
      cues.push(`model "${plan.labels[i] as string}" ${round(emotions[i] as number)}`);
  return {
    sentiment,
    states,
    cues,
    labels,
    predicted: hits.map((i) => plan.labels[i] as string),
    state: strongestState(states),
    sentimentLabel: labelOf(manifest, plan, sentiment, sentimentRow),
    outputs,
  };
}
