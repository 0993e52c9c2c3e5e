import type { ModelRunner, TensorLike, TextAnalyzer } from '@tonvo/core';
import { TonvoError } from '@tonvo/core';
import { createFeaturizer, padFeatures } from './featurizer.js';
import { interpretEmotionScores, type EmotionAnalysis } from './interpret-scores.js';
import type { TextEmotionManifest } from './manifest.js';
import { TEXT_EMOTION_MANIFEST } from './text-emotion-manifest.js';

/** Options for {@link createEmotionAnalyzer}. @public */
export interface EmotionAnalyzerOptions {
  /** A loaded session of the model (`createNodeModelRunner` or `createWebModelRunner`). */
  readonly runner: ModelRunner;
  /** The model's manifest. Default: the shipped model's {@link TEXT_EMOTION_MANIFEST}. */
  readonly manifest?: TextEmotionManifest;
  /** Most texts per model call in `analyzeBatch`. Default 256. */
  readonly maxBatchSize?: number;
  /**
   * Most padded feature slots (texts x longest text) per model call in `analyzeBatch`;
   * texts are grouped by length so little of a call is padding. Default 16384.
   */
  readonly maxBatchFeatures?: number;
}

/** The ONNX emotion model as core's {@link TextAnalyzer}, with a batched form. @public */
export interface EmotionAnalyzer extends TextAnalyzer {
  readonly manifest: TextEmotionManifest;
  analyze(text: string): Promise<EmotionAnalysis>;
  analyzeBatch(texts: readonly string[]): Promise<readonly EmotionAnalysis[]>;
  /** Releases the runner. */
  dispose(): Promise<void>;
}

/**
 * Creates a {@link TextAnalyzer} over the text emotion model: featurizes with the
 * manifest's featurizer, runs the injected runner, and reads the outputs with the
 * manifest's thresholds, state mapping and sentiment weights. Runtime-agnostic:
 * the same code runs on onnxruntime-node and onnxruntime-web.
 *
 * @example
 * ```ts
 * import { readTextEmotionModel } from '@tonvo/models/node';
 * const runner = await createNodeModelRunner(await readTextEmotionModel());
 * const analyzer = createEmotionAnalyzer({ runner });
 * (await analyzer.analyze("this is the third time I'm calling")).state; // 'frustrated'
 * ```
 * @public
 */
export function createEmotionAnalyzer(options: EmotionAnalyzerOptions): EmotionAnalyzer {
  const manifest = options.manifest ?? TEXT_EMOTION_MANIFEST;
  const { runner } = options;
  const maxBatchSize = options.maxBatchSize ?? 256;
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1 || maxBatchSize > 65536)
    throw TonvoError.invalidOption(
      'maxBatchSize',
      `must be an integer in [1, 65536], got ${maxBatchSize}`,
    );
  for (const input of [manifest.inputs.ids.name, manifest.inputs.weights.name])
    if (!runner.inputNames.includes(input))
      throw TonvoError.invalidOption(
        'runner',
        `the model has no input "${input}" (has ${runner.inputNames.join(', ')})`,
      );
  for (const output of manifest.outputs)
    if (!runner.outputNames.includes(output.name))
      throw TonvoError.invalidOption('runner', `the model has no output "${output.name}"`);
  const maxBatchFeatures = options.maxBatchFeatures ?? 16384;
  if (!Number.isInteger(maxBatchFeatures) || maxBatchFeatures < 1)
    throw TonvoError.invalidOption(
      'maxBatchFeatures',
      `must be a positive integer, got ${maxBatchFeatures}`,
    );
  const featurizer = createFeaturizer(manifest.featurizer);

  const runChunk = async (rows: readonly Int32Array[]): Promise<EmotionAnalysis[]> => {
    const batch = padFeatures(rows);
    const count = rows.length;
    const feeds: Record<string, TensorLike> = {
      [manifest.inputs.ids.name]: { type: 'int32', data: batch.ids, dims: batch.dims },
      [manifest.inputs.weights.name]: { type: 'float32', data: batch.weights, dims: batch.dims },
    };
    const out = await runner.run(feeds);
    const heads = manifest.outputs.map((o) => {
      const t = out[o.name];
      if (
        t === undefined ||
        !(t.data instanceof Float32Array) ||
        t.data.length !== count * o.labels.length
      )
        throw new TonvoError('model-error', `output "${o.name}" is missing or has the wrong size`);
      return { name: o.name, data: t.data, width: o.labels.length };
    });
    return rows.map((_, i) => {
      const outputs: Record<string, Float32Array> = {};
      for (const h of heads) outputs[h.name] = h.data.subarray(i * h.width, (i + 1) * h.width);
      return interpretEmotionScores({ manifest, outputs });
    });
  };

  return {
    id: `${manifest.name}@${manifest.version}`,
    manifest,
    async analyze(text) {
      const [a] = await runChunk([featurizer.ids(text)]);
      return a as EmotionAnalysis;
    },
    async analyzeBatch(texts) {
      // Texts of similar length share a model call, so little of it is padding.
      const rows = texts.map((t) => featurizer.ids(t));
      const order = rows
        .map((r, i) => i)
        .sort((a, b) => (rows[a] as Int32Array).length - (rows[b] as Int32Array).length || a - b);
      const out = new Array<EmotionAnalysis>(texts.length);
      let start = 0;
      while (start < order.length) {
        let end = start + 1;
        while (
          end < order.length &&
          end - start < maxBatchSize &&
          (end - start + 1) * Math.max(1, (rows[order[end] as number] as Int32Array).length) <=
            maxBatchFeatures
        )
          end++;
        const chunk = order.slice(start, end);
        const results = await runChunk(chunk.map((i) => rows[i] as Int32Array));
        chunk.forEach((i, k) => {
          out[i] = results[k] as EmotionAnalysis;
        });
        start = end;
      }
      return out;
    },
    dispose() {
      return runner.dispose();
    },
  };
}
