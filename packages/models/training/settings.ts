// The settings of the shipped model, chosen with training/sweep.ts (see MODEL_CARD.md).
import type { FeaturizerSpec } from '../src/text-emotion/featurizer.js';
import type { TrainSettings } from './pipeline.js';

export const FEATURIZER: FeaturizerSpec = {
  kind: 'hashed-ngrams',
  version: 1,
  buckets: 65536,
  wordNgramMax: 2,
  charNgramMin: 3,
  charNgramMax: 5,
  maxTokens: 256,
  maxCharsPerWord: 24,
};

export const SETTINGS: TrainSettings = {
  featurizer: FEATURIZER,
  dim: 64,
  hidden: 256,
  epochs: 6,
  lr: 0.001,
  posWeightPower: 0,
  dropout: 0.2,
  optimizer: 'adam',
  embeddingLr: 0.05,
  seed: 20240601,
  softmax: 0,
  seedRepeat: 8,
  transcriptMode: 1,
  teachers: 4,
  distillWeight: 0.5,
};
