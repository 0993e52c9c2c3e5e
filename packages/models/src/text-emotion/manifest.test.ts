import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextEmotionModel, textEmotionModelPath } from '../node.js';
import { STATE_LABELS } from './state-labels.js';
import { TEXT_EMOTION_MANIFEST as manifest } from './text-emotion-manifest.js';

const GOEMOTIONS = [
  'admiration',
  'amusement',
  'anger',
  'annoyance',
  'approval',
  'caring',
  'confusion',
  'curiosity',
  'desire',
  'disappointment',
  'disapproval',
  'disgust',
  'embarrassment',
  'excitement',
  'fear',
  'gratitude',
  'grief',
  'joy',
  'love',
  'nervousness',
  'optimism',
  'pride',
  'realization',
  'relief',
  'remorse',
  'sadness',
  'surprise',
  'neutral',
];

describe('the shipped text emotion model', () => {
  it('is the file the manifest describes (sha256 and size)', async () => {
    const bytes = readFileSync(textEmotionModelPath());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.sha256);
    expect(bytes.length).toBe(manifest.bytes);
    expect((await readTextEmotionModel()).length).toBe(manifest.bytes);
  });

  it('stays within the 5 MB budget', () => {
    expect(statSync(textEmotionModelPath()).size).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it('lists the 28 GoEmotions labels first, each with a threshold in (0, 1)', () => {
    const [emotions, ...rest] = manifest.outputs;
    expect(emotions?.name).toBe('emotions');
    expect(emotions?.labels).toEqual(GOEMOTIONS);
    for (const o of manifest.outputs) {
      expect(o.thresholds).toHaveLength(o.labels.length);
      for (const t of o.thresholds) expect(t > 0 && t < 1).toBe(true);
    }
    expect(rest.map((o) => o.name)).toEqual(['ekman', 'sentiment']);
    // the heads sit side by side in one output tensor
    let offset = 0;
    for (const o of manifest.outputs) {
      expect(o.tensor).toBe('probabilities');
      expect(o.offset).toBe(offset);
      offset += o.labels.length;
    }
  });

  it("carries the issue's label-to-state mapping as data, over labels the model has", () => {
    expect(manifest.states).toEqual(STATE_LABELS);
    expect(manifest.states.frustrated).toEqual(['anger', 'annoyance', 'disapproval', 'disgust']);
    expect(manifest.states.confused).toEqual(['confusion']);
    expect(manifest.states.relieved).toEqual(['relief', 'gratitude']);
    for (const labels of Object.values(manifest.states))
      for (const l of labels) expect(GOEMOTIONS).toContain(l);
  });

  it('names its inputs, featurizer, sentiment weights and training data', () => {
    expect(manifest.inputs.ids).toEqual({ name: 'ids', type: 'int32', dims: ['features'] });
    expect(manifest.inputs.weights.dims).toEqual(['batch', 'features']);
    expect(manifest.inputs.weights.type).toBe('float32');
    expect(manifest.featurizer.kind).toBe('hashed-ngrams');
    expect(manifest.sentiment.weights).toMatchObject({ positive: 1, negative: -1 });
    expect(manifest.sentiment.negativeAtMost).toBeLessThanOrEqual(
      manifest.sentiment.positiveAtLeast,
    );
    expect(manifest.training.data.map((d) => d.licence)).toContain('Apache-2.0');
  });
});
