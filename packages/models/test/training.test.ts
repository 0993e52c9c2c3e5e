import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { createTaxonomy } from '../src/evaluation/taxonomy.js';
import { createFeaturizer } from '../src/text-emotion/featurizer.js';
import { TEXT_EMOTION_MANIFEST } from '../src/text-emotion/text-emotion-manifest.js';
import { readNamedTsv } from '../training/data.js';
import { OUTPUT_TENSOR, writeEmotionOnnx } from '../training/onnx/write-onnx.js';
import {
  headsOf,
  teacherSeed,
  trainModel,
  type Corpus,
  type TrainSettings,
} from '../training/pipeline.js';
import { dequantizedNet, quantizeEmbedding } from '../training/quantize.js';
import { predict } from '../training/trainer.js';

// A small, fast stand-in for the real run: the customer-service seed set (in the
// repo), a tiny table, one epoch. It checks what the real run relies on.
const labels = TEXT_EMOTION_MANIFEST.outputs[0]?.labels ?? [];
const seed = readNamedTsv(
  join(import.meta.dirname, '../training/data/customer-service-seed.tsv'),
  labels,
);
const ekmanGroups = {
  anger: ['anger', 'annoyance', 'disapproval'],
  disgust: ['disgust'],
  fear: ['fear', 'nervousness'],
  joy: [
    'joy',
    'amusement',
    'approval',
    'excitement',
    'gratitude',
    'love',
    'optimism',
    'relief',
    'pride',
    'admiration',
    'desire',
    'caring',
  ],
  sadness: ['sadness', 'disappointment', 'embarrassment', 'grief', 'remorse'],
  surprise: ['surprise', 'realization', 'confusion', 'curiosity'],
};
const sentimentMapping = {
  positive: [
    'amusement',
    'excitement',
    'joy',
    'love',
    'desire',
    'optimism',
    'caring',
    'pride',
    'admiration',
    'gratitude',
    'relief',
    'approval',
  ],
  negative: [
    'fear',
    'nervousness',
    'remorse',
    'embarrassment',
    'disappointment',
    'sadness',
    'grief',
    'disgust',
    'anger',
    'annoyance',
    'disapproval',
  ],
  ambiguous: ['realization', 'surprise', 'curiosity', 'confusion'],
};
const corpus: Corpus = {
  labels: [...labels],
  ekman: createTaxonomy({ name: 'ekman', fineLabels: labels, groups: ekmanGroups }),
  sentiment: createTaxonomy({ name: 'sentiment', fineLabels: labels, groups: sentimentMapping }),
  sentimentMapping,
  train: seed,
  seed: [],
  dev: seed,
};
const settings: TrainSettings = {
  featurizer: { ...TEXT_EMOTION_MANIFEST.featurizer, buckets: 4096 },
  dim: 8,
  hidden: 8,
  epochs: 2,
  lr: 0.01,
  posWeightPower: 0,
  dropout: 0.1,
  optimizer: 'adam',
  embeddingLr: 0.1,
  seed: 7,
  softmax: 0,
  seedRepeat: 0,
  transcriptMode: 1,
};

function build(): { bytes: Uint8Array; net: ReturnType<typeof dequantizedNet> } {
  const trained = trainModel(corpus, settings);
  const q = quantizeEmbedding(trained.net, trained.touched);
  const net = dequantizedNet(trained.net, q);
  const bytes = writeEmotionOnnx({
    buckets: settings.featurizer.buckets,
    dim: settings.dim,
    hidden: settings.hidden,
    embedding: q.values,
    rowScale: q.rowScale,
    w1: net.w1,
    b1: net.b1,
    w2: net.w2,
    b2: net.b2,
    heads: headsOf(corpus).map((h) => ({ name: h.name, width: h.labels.length })),
    docString: 'test',
    metadata: {},
  });
  return { bytes, net };
}

describe('training', () => {
  it('is deterministic: the same settings give the same ONNX bytes', () => {
    const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
    expect(sha(build().bytes)).toBe(sha(build().bytes));
  });

  it('writes an ONNX graph that onnxruntime runs exactly as the trainer computes it', async () => {
    const { bytes, net } = build();
    const session = await ort.InferenceSession.create(bytes);
    const f = createFeaturizer(settings.featurizer);
    const texts = ['this is the third time I am calling', 'sorry, what?', 'thank you so much!', ''];
    const batch = f.featurizeBatch(texts);
    const out = await session.run({
      ids: new ort.Tensor('int32', batch.ids, [batch.ids.length]),
      weights: new ort.Tensor('float32', batch.weights, batch.dims),
    });
    expect(session.outputNames).toEqual([OUTPUT_TENSOR]);
    const probabilities = out[OUTPUT_TENSOR]?.data as Float32Array;
    texts.forEach((t, i) => {
      const ref = predict(net, f.ids(t));
      for (let j = 0; j < 39; j++)
        expect(probabilities[i * 39 + j]).toBeCloseTo(ref[j] as number, 5);
    });
    await session.release();
  });

  it('distils: a student taught by its teachers alone lands closer to them than one taught by the labels', () => {
    const teachers = [1, 2].map(
      (k) => trainModel(corpus, { ...settings, seed: teacherSeed(settings.seed, k) }).net,
    );
    const student = trainModel(corpus, { ...settings, teachers: 2, distillWeight: 1 }).net;
    const plain = trainModel(corpus, settings).net;
    const f = createFeaturizer(settings.featurizer);
    const rows = seed.map((e) => f.ids(e.text));
    const gap = (net: typeof plain): number => {
      let sum = 0;
      for (const ids of rows) {
        const [a, b] = teachers.map((t) => predict(t, ids));
        const p = predict(net, ids);
        for (let j = 0; j < p.length; j++)
          sum += Math.abs((p[j] as number) - ((a![j] as number) + (b![j] as number)) / 2);
      }
      return sum / rows.length;
    };
    expect(gap(student)).toBeLessThan(0.8 * gap(plain));
  });
});
