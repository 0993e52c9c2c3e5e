/** Precision, recall and F1 of one label, with the counts behind them. @public */
export interface LabelScore {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold positives. */
  readonly support: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

/** Per-label scores and their unweighted mean F1. @public */
export interface MultiLabelReport {
  readonly macroF1: number;
  readonly perLabel: readonly LabelScore[];
}

/**
 * F1 from counts; 0 when there is nothing to score (the paper's convention).
 * @internal
 */
export function f1FromCounts(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * Scores multi-label predictions: `predicted[i]` and `gold[i]` are 0/1 rows over
 * `labels`. Macro-F1 is the plain mean over labels, as in the GoEmotions paper.
 *
 * @example
 * ```ts
 * multiLabelScores({ labels: ['a', 'b'], gold: [[1, 0]], predicted: [[1, 1]] }).macroF1; // 0.5
 * ```
 * @public
 */
export function multiLabelScores(options: {
  readonly labels: readonly string[];
  readonly gold: readonly ArrayLike<number>[];
  readonly predicted: readonly ArrayLike<number>[];
}): MultiLabelReport {
  const { labels, gold, predicted } = options;
  const perLabel: LabelScore[] = labels.map((label, j) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = (gold[i] as ArrayLike<number>)[j] === 1;
      const p = (predicted[i] as ArrayLike<number>)[j] === 1;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    return {
      label,
      precision: tp + fp === 0 ? 0 : tp / (tp + fp),
      recall: tp + fn === 0 ? 0 : tp / (tp + fn),
      f1: f1FromCounts(tp, fp, fn),
      support: tp + fn,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
    };
  });
  const macroF1 = perLabel.reduce((s, l) => s + l.f1, 0) / Math.max(1, perLabel.length);
  return { macroF1, perLabel };
}

/**
 * Per-label decision thresholds that maximise each label's F1 over a grid of
 * `step` (default 0.01) in [step, 1 - step]; ties keep the lower threshold.
 * `scores[i][j]` is the probability of label j for row i, `gold[i][j]` 0 or 1.
 * @public
 */
export function tuneThresholds(options: {
  readonly scores: readonly ArrayLike<number>[];
  readonly gold: readonly ArrayLike<number>[];
  readonly labelCount: number;
  readonly step?: number;
}): number[] {
  const step = options.step ?? 0.01;
  const cells = Math.round(1 / step);
  const out: number[] = [];
  for (let j = 0; j < options.labelCount; j++) {
    // histogram of positives/negatives per grid cell, then one sweep from the top
    const pos = new Float64Array(cells + 1);
    const neg = new Float64Array(cells + 1);
    let totalPos = 0;
    for (let i = 0; i < options.scores.length; i++) {
      const s = (options.scores[i] as ArrayLike<number>)[j] as number;
      const c = Math.min(cells, Math.max(0, Math.floor(s * cells + 1e-9)));
      if ((options.gold[i] as ArrayLike<number>)[j] === 1) {
        pos[c] = (pos[c] as number) + 1;
        totalPos++;
      } else neg[c] = (neg[c] as number) + 1;
    }
    let tp = 0;
    let fp = 0;
    let best = -1;
    let bestCell = Math.round(cells / 2);
    for (let c = cells; c >= 1; c--) {
      tp += pos[c] as number;
      fp += neg[c] as number;
      if (c >= cells) continue;
      const f = f1FromCounts(tp, fp, totalPos - tp);
      if (f >= best) {
        best = f;
        bestCell = c;
      }
    }
    out.push(bestCell / cells);
  }
  return out;
}

/**
 * Turns probabilities into 0/1 predictions with per-label thresholds (`>=`).
 * @public
 */
export function applyThresholds(
  scores: readonly ArrayLike<number>[],
  thresholds: readonly number[],
): Uint8Array[] {
  return scores.map((row) => {
    const out = new Uint8Array(thresholds.length);
    for (let j = 0; j < thresholds.length; j++)
      out[j] = (row[j] as number) >= (thresholds[j] as number) ? 1 : 0;
    return out;
  });
}
