// The training pipeline shared by `train.ts` (the committed model) and
// `sweep.ts` (the architecture comparison behind it).
import { join } from 'node:path';
import { createFeaturizer, type FeaturizerSpec } from '../src/text-emotion/featurizer.js';
import { mixGroupScores } from '../src/text-emotion/group-mix.js';
import { toTranscriptForm } from '../src/text-emotion/transcript-form.js';
import { applyThresholds, multiLabelScores, tuneThresholds } from '../src/evaluation/f1.js';
import { sentimentClassOf, type SentimentClass } from '../src/evaluation/sentiment-rows.js';
import { createTaxonomy, groupGold, type Taxonomy } from '../src/evaluation/taxonomy.js';
import {
  dataDir,
  readLabels,
  readMapping,
  readNamedTsv,
  readTsv,
  readXed,
  type Example,
  type XedExample,
} from './data.js';
import { createNet, predict, train, type Net, type NetConfig, type TrainRow } from './trainer.js';

/** Everything that decides the trained bytes. */
export interface TrainSettings extends Pick<
  NetConfig,
  | 'dim'
  | 'hidden'
  | 'epochs'
  | 'lr'
  | 'posWeightPower'
  | 'optimizer'
  | 'embeddingLr'
  | 'dropout'
  | 'seed'
> {
  readonly featurizer: FeaturizerSpec;
  /** Which heads are softmax: 0 none (all sigmoid), 1 the two grouped heads, 2 all three. */
  readonly softmax: 0 | 1 | 2;
  /** How many times the customer-service seed set is repeated in each epoch (0 = unused). */
  readonly seedRepeat: number;
  /** 0 written text only, 1 written and transcript forms on alternate epochs, 2 both every epoch. */
  readonly transcriptMode: 0 | 1 | 2;
  /** Loss weight of the Ekman and sentiment-group outputs relative to the 28 labels (default 1). */
  readonly groupWeight?: number;
  /**
   * How many times XED's subtitle lines join each epoch (0 or absent = unused). They
   * train only the outputs their Plutchik labels decide (see `xedRow`).
   */
  readonly xedRepeat?: number;
  /**
   * Distillation: how many teachers (the same settings, other seeds) to train first
   * (0 or absent = none), and how much their mean probabilities weigh in the
   * student's targets against the gold labels (`distillWeight`, in [0, 1]).
   */
  readonly teachers?: number;
  readonly distillWeight?: number;
}

export interface Corpus {
  readonly labels: string[];
  readonly ekman: Taxonomy;
  readonly sentiment: Taxonomy;
  readonly sentimentMapping: Record<string, string[]>;
  readonly train: Example[];
  /** Customer-service sentences written for Tonvo (training/data), a domain prior. */
  readonly seed: Example[];
  readonly dev: Example[];
  /** XED subtitle lines (CC BY 4.0), when the data folder has them. */
  readonly xed?: XedExample[];
}

export function loadCorpus(dir: string = dataDir()): Corpus {
  const labels = readLabels(dir);
  const sentimentMapping = readMapping('sentiment_mapping.json', dir);
  return {
    labels,
    ekman: createTaxonomy({
      name: 'ekman',
      fineLabels: labels,
      groups: readMapping('ekman_mapping.json', dir),
    }),
    sentiment: createTaxonomy({ name: 'sentiment', fineLabels: labels, groups: sentimentMapping }),
    sentimentMapping,
    train: readTsv(join(dir, 'goemotions/train.tsv'), labels.length),
    seed: readNamedTsv(join(import.meta.dirname, 'data/customer-service-seed.tsv'), labels),
    dev: readTsv(join(dir, 'goemotions/dev.tsv'), labels.length),
    xed: readXed(dir),
  };
}

// Plutchik -> the GoEmotions Ekman groups and sentiment groups. Trust reads as joy /
// positive (GoEmotions puts admiration and approval there); anticipation has no
// Ekman counterpart and decides nothing.
const XED_EKMAN: Readonly<Record<string, string>> = {
  anger: 'anger',
  disgust: 'disgust',
  fear: 'fear',
  joy: 'joy',
  sadness: 'sadness',
  surprise: 'surprise',
  trust: 'joy',
};
const XED_SENTIMENT: Readonly<Record<string, string>> = {
  anger: 'negative',
  disgust: 'negative',
  fear: 'negative',
  sadness: 'negative',
  joy: 'positive',
  trust: 'positive',
  surprise: 'ambiguous',
};

/**
 * An XED line as a training row over all outputs: the Ekman and sentiment-group
 * outputs its labels decide, and the 28-label `neutral` (on for a neutral line, off
 * for an emotional one); every other fine label is left out of the loss (mask 0).
 * Lines labelled only `anticipation` decide nothing and give `undefined`.
 */
export function xedRow(
  c: Corpus,
  x: XedExample,
): { gold: Uint8Array; mask: Uint8Array } | undefined {
  const L = c.labels.length;
  const E = c.ekman.labels.length;
  const gold = new Uint8Array(L + E + c.sentiment.labels.length);
  const mask = new Uint8Array(gold.length);
  const neutral = x.emotions.length === 0;
  const ekman = x.emotions.map((e) => XED_EKMAN[e]).filter((e) => e !== undefined);
  const sentiment = x.emotions.map((e) => XED_SENTIMENT[e]).filter((e) => e !== undefined);
  if (!neutral && ekman.length === 0) return undefined;
  const iNeutral = c.labels.indexOf('neutral');
  mask[iNeutral] = 1;
  gold[iNeutral] = neutral ? 1 : 0;
  c.ekman.labels.forEach((g, k) => {
    mask[L + k] = 1;
    gold[L + k] = neutral ? (g === 'neutral' ? 1 : 0) : ekman.includes(g) ? 1 : 0;
  });
  c.sentiment.labels.forEach((g, k) => {
    mask[L + E + k] = 1;
    gold[L + E + k] = neutral ? (g === 'neutral' ? 1 : 0) : sentiment.includes(g) ? 1 : 0;
  });
  return { gold, mask };
}

/** The model's output heads, in column order. */
export function headsOf(c: Corpus): { name: string; labels: readonly string[] }[] {
  return [
    { name: 'emotions', labels: c.labels },
    { name: 'ekman', labels: c.ekman.labels },
    { name: 'sentiment', labels: c.sentiment.labels },
  ];
}

export interface Trained {
  readonly net: Net;
  /** Buckets some training text reached. */
  readonly touched: Uint8Array;
  readonly seconds: number;
}

/** The seed of the k-th teacher (1-based) of a distilled run. */
export function teacherSeed(seed: number, k: number): number {
  return seed + k * 7919;
}

export function trainModel(
  c: Corpus,
  s: TrainSettings,
  log: (l: string) => void = () => {},
): Trained {
  const f = createFeaturizer(s.featurizer);
  const outCount = c.labels.length + c.ekman.labels.length + c.sentiment.labels.length;
  const wide = (g: Uint8Array): Uint8Array => {
    const out = new Uint8Array(outCount);
    out.set(g, 0);
    out.set(groupGold(c.ekman, g), c.labels.length);
    out.set(groupGold(c.sentiment, g), c.labels.length + c.ekman.labels.length);
    return out;
  };
  const t0 = performance.now();
  const seeded: Example[] = [];
  for (let r = 0; r < s.seedRepeat; r++) seeded.push(...c.seed);
  const examples = c.train.concat(seeded);
  const golds = examples.map((e) => wide(e.gold));
  const written: TrainRow[] = examples.map((e, i) => ({
    ids: f.ids(e.text),
    gold: golds[i] as Uint8Array,
  }));
  const spoken: TrainRow[] = examples.map((e, i) => ({
    ids: f.ids(toTranscriptForm(e.text)),
    gold: golds[i] as Uint8Array,
  }));
  const xedRepeat = s.xedRepeat ?? 0;
  if (xedRepeat > 0)
    for (const x of c.xed ?? []) {
      const r = xedRow(c, x);
      if (r === undefined) continue;
      for (let k = 0; k < xedRepeat; k++) {
        written.push({ ids: f.ids(x.text), gold: r.gold, mask: r.mask });
        spoken.push({ ids: f.ids(toTranscriptForm(x.text)), gold: r.gold, mask: r.mask });
      }
    }
  const teachers = s.teachers ?? 0;
  if (teachers > 0) {
    // Teachers: the same settings with other seeds; the student learns from their
    // mean probabilities on every training row (each form read as it is trained on).
    const nets: Net[] = [];
    for (let k = 1; k <= teachers; k++) {
      log(`teacher ${k}/${teachers}`);
      nets.push(trainModel(c, { ...s, teachers: 0, seed: teacherSeed(s.seed, k) }, log).net);
    }
    for (const rows of [written, spoken])
      rows.forEach((r, i) => {
        const soft = new Float32Array(outCount);
        for (const n of nets) {
          const p = predict(n, r.ids);
          for (let j = 0; j < outCount; j++)
            soft[j] = (soft[j] as number) + (p[j] as number) / teachers;
        }
        rows[i] = { ...r, soft };
      });
  }
  const both = written.concat(spoken);
  const rowsForEpoch = (epoch: number): TrainRow[] =>
    s.transcriptMode === 0
      ? written
      : s.transcriptMode === 2
        ? both
        : epoch % 2 === 0
          ? written
          : spoken;
  const touched = new Uint8Array(s.featurizer.buckets);
  for (const r of s.transcriptMode === 0 ? written : both) for (const id of r.ids) touched[id] = 1;
  const prior = new Float64Array(outCount);
  for (const g of golds)
    for (let j = 0; j < outCount; j++) prior[j] = (prior[j] as number) + (g[j] as number);
  const posWeight = new Float64Array(outCount);
  for (let j = 0; j < outCount; j++) {
    const pos = Math.max(1, prior[j] as number);
    posWeight[j] = Math.pow((golds.length - pos) / pos, s.posWeightPower);
    prior[j] = pos / golds.length;
  }
  const L = c.labels.length;
  const E = c.ekman.labels.length;
  const softmaxHeads: [number, number][] =
    s.softmax === 0
      ? []
      : s.softmax === 1
        ? [
            [L, L + E],
            [L + E, outCount],
          ]
        : [
            [0, L],
            [L, L + E],
            [L + E, outCount],
          ];
  const config: NetConfig = {
    softmaxHeads,
    buckets: s.featurizer.buckets,
    dim: s.dim,
    hidden: s.hidden,
    labels: outCount,
    epochs: s.epochs,
    lr: s.lr,
    posWeightPower: s.posWeightPower,
    dropout: s.dropout,
    optimizer: s.optimizer,
    embeddingLr: s.embeddingLr,
    seed: s.seed,
  };
  const net = createNet(config, prior);
  const outputWeight = new Float64Array(outCount).fill(1);
  outputWeight.fill(s.groupWeight ?? 1, L);
  train(
    net,
    rowsForEpoch,
    posWeight,
    log,
    outputWeight,
    teachers > 0 ? (s.distillWeight ?? 0.5) : 0,
  );
  return { net, touched, seconds: (performance.now() - t0) / 1000 };
}

/** Dev figures of one set of output scores. */
export interface DevReport {
  readonly full: number;
  readonly ekman: number;
  readonly sentimentGroups: number;
  /** 3-class sentiment macro-F1 (single-label rows, ambiguous dropped) from the score. */
  readonly sentiment3: number;
  /** The same, read as the most probable of positive / negative / neutral after per-class offsets. */
  readonly sentiment3Argmax: number;
  readonly sentimentOffsets: { positive: number; negative: number };
  readonly thresholds: { emotions: number[]; ekman: number[]; sentiment: number[] };
  readonly sentimentCut: { positiveAtLeast: number; negativeAtMost: number };
  readonly perLabel: ReturnType<typeof multiLabelScores>['perLabel'];
}

/** Sentiment score from the sentiment head: P(positive) - P(negative). */
export const SENTIMENT_WEIGHTS: Readonly<Record<string, number>> = {
  positive: 1,
  negative: -1,
  ambiguous: 0,
  neutral: 0,
};

export function sentimentScore(c: Corpus, sentimentRow: ArrayLike<number>): number {
  let s = 0;
  c.sentiment.labels.forEach((l, i) => {
    s += (SENTIMENT_WEIGHTS[l] ?? 0) * (sentimentRow[i] as number);
  });
  return Math.max(-1, Math.min(1, s));
}

export function classOf(score: number, cut: DevReport['sentimentCut']): SentimentClass {
  return score >= cut.positiveAtLeast
    ? 'positive'
    : score <= cut.negativeAtMost
      ? 'negative'
      : 'neutral';
}

/** Macro-F1 over the three sentiment classes. */
export function macroF1Of3(gold: SentimentClass[], predicted: SentimentClass[]): number {
  const classes: SentimentClass[] = ['positive', 'negative', 'neutral'];
  const goldRows = gold.map((g) => Uint8Array.from(classes, (c) => (c === g ? 1 : 0)));
  const predRows = predicted.map((p) => Uint8Array.from(classes, (c) => (c === p ? 1 : 0)));
  return multiLabelScores({ labels: classes, gold: goldRows, predicted: predRows }).macroF1;
}

/**
 * Scores dev rows (`scores[i]` = all head columns) with thresholds tuned on the
 * same rows: the GoEmotions paper's protocol of thresholds from dev.
 */
export function evaluateDev(c: Corpus, dev: Example[], scores: ArrayLike<number>[]): DevReport {
  const L = c.labels.length;
  const E = c.ekman.labels.length;
  const S = c.sentiment.labels.length;
  const slice = (a: number, b: number): Float32Array[] =>
    scores.map((r) => Float32Array.from(Array.prototype.slice.call(r, a, b) as number[]));
  const emo = slice(0, L);
  const ek = slice(L, L + E);
  const se = slice(L + E, L + E + S);
  const gold = dev.map((e) => e.gold);
  const ekGold = gold.map((g) => groupGold(c.ekman, g));
  const seGold = gold.map((g) => groupGold(c.sentiment, g));
  const thE = tuneThresholds({ scores: emo, gold, labelCount: L });
  const thK = tuneThresholds({ scores: ek, gold: ekGold, labelCount: E });
  const thS = tuneThresholds({ scores: se, gold: seGold, labelCount: S });
  const full = multiLabelScores({ labels: c.labels, gold, predicted: applyThresholds(emo, thE) });
  const ekman = multiLabelScores({
    labels: c.ekman.labels,
    gold: ekGold,
    predicted: applyThresholds(ek, thK),
  }).macroF1;
  const groups = multiLabelScores({
    labels: c.sentiment.labels,
    gold: seGold,
    predicted: applyThresholds(se, thS),
  }).macroF1;
  // 3-class sentiment from the continuous score: the two cuts are tuned on dev too.
  const rows: { cls: SentimentClass; score: number; p: Float32Array }[] = [];
  dev.forEach((e, i) => {
    const names = c.labels.filter((_, j) => e.gold[j] === 1);
    const cls = sentimentClassOf({ labels: names, mapping: c.sentimentMapping });
    if (cls !== undefined)
      rows.push({ cls, score: sentimentScore(c, se[i] as Float32Array), p: se[i] as Float32Array });
  });
  const iPos = c.sentiment.labels.indexOf('positive');
  const iNeg = c.sentiment.labels.indexOf('negative');
  const iNeu = c.sentiment.labels.indexOf('neutral');
  let bestArg = { f: -1, positive: 0, negative: 0 };
  for (let bp = -30; bp <= 30; bp += 2)
    for (let bn = -30; bn <= 30; bn += 2) {
      const pred = rows.map((r): SentimentClass => {
        const pp = (r.p[iPos] as number) + bp / 100;
        const pn = (r.p[iNeg] as number) + bn / 100;
        const pu = r.p[iNeu] as number;
        return pp >= pn && pp >= pu ? 'positive' : pn >= pu ? 'negative' : 'neutral';
      });
      const f = macroF1Of3(
        rows.map((r) => r.cls),
        pred,
      );
      if (f > bestArg.f) bestArg = { f, positive: bp / 100, negative: bn / 100 };
    }
  let best = { f: -1, cut: { positiveAtLeast: 0.5, negativeAtMost: -0.5 } };
  for (let p = 0; p <= 100; p += 2)
    for (let n = 0; n <= 100; n += 2) {
      const cut = { positiveAtLeast: p / 100, negativeAtMost: -n / 100 };
      const f = macroF1Of3(
        rows.map((r) => r.cls),
        rows.map((r) => classOf(r.score, cut)),
      );
      if (f > best.f) best = { f, cut };
    }
  return {
    full: full.macroF1,
    ekman,
    sentimentGroups: groups,
    sentiment3: best.f,
    sentiment3Argmax: bestArg.f,
    sentimentOffsets: { positive: bestArg.positive, negative: bestArg.negative },
    thresholds: { emotions: thE, ekman: thK, sentiment: thS },
    sentimentCut: best.cut,
    perLabel: full.perLabel,
  };
}

/** How much each grouped head's own column weighs against its member labels (see group-mix.ts). */
export interface MixWeights {
  readonly ekman: number;
  readonly sentiment: number;
}

/** The head weights tried when tuning the mix on dev. */
export const MIX_GRID: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

/** Scores with the Ekman and sentiment columns replaced by their mix, as the runtime reads them. */
export function mixScores(c: Corpus, scores: ArrayLike<number>[], w: MixWeights): Float64Array[] {
  const L = c.labels.length;
  const E = c.ekman.labels.length;
  return scores.map((r) => {
    const out = Float64Array.from(r as ArrayLike<number>);
    const labels = out.subarray(0, L);
    const heads = [
      [L, c.ekman, w.ekman],
      [L + E, c.sentiment, w.sentiment],
    ] as const;
    for (const [at, tax, headWeight] of heads)
      out.set(
        mixGroupScores({
          head: out.slice(at, at + tax.labels.length),
          labels,
          headWeight,
          members: tax.members,
        }),
        at,
      );
    return out;
  });
}

/** The head weight of each grouped head that gives it the best macro-F1 on these rows. */
export function tuneMix(c: Corpus, dev: Example[], scores: ArrayLike<number>[]): MixWeights {
  const L = c.labels.length;
  const E = c.ekman.labels.length;
  const best = (tax: Taxonomy, at: number, pick: (w: number) => MixWeights): number => {
    const gold = dev.map((e) => groupGold(tax, e.gold));
    let top = { f: -1, w: 1 };
    for (const w of MIX_GRID) {
      const mixed = mixScores(c, scores, pick(w)).map((r) =>
        r.subarray(at, at + tax.labels.length),
      );
      const th = tuneThresholds({ scores: mixed, gold, labelCount: tax.labels.length });
      const f = multiLabelScores({
        labels: tax.labels,
        gold,
        predicted: applyThresholds(mixed, th),
      }).macroF1;
      if (f > top.f) top = { f, w };
    }
    return top.w;
  };
  return {
    ekman: best(c.ekman, L, (w) => ({ ekman: w, sentiment: 1 })),
    sentiment: best(c.sentiment, L + E, (w) => ({ ekman: 1, sentiment: w })),
  };
}

/** Scores every dev text with a net (the JavaScript reference of the ONNX graph). */
export function scoreTexts(net: Net, spec: FeaturizerSpec, texts: string[]): Float64Array[] {
  const f = createFeaturizer(spec);
  return texts.map((t) => predict(net, f.ids(t)));
}
