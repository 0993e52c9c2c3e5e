import type { ModelRunner, TensorLike, TextAnalyzer } from '@tonvo/core';
import { TonvoError } from '@tonvo/core';
import { createFeaturizer, layoutFeatures } from './featurizer.js';
import { interpretEmotionScores, type EmotionAnalysis } from './interpret-scores.js';
import { readAsCallLanguage } from './call-language.js';
import type { TextEmotionManifest } from './manifest.js';
import { TEXT_EMOTION_MANIFEST } from './text-emotion-manifest.js';

/** Options for {@link createEmotionAnalyzer}. @public */
export interface EmotionAnalyzerOptions {
  /** A loaded session of the model (`createNodeModelRunner` or `createWebModelRunner`). */
  readonly runner: ModelRunner;
  /** The model's manifest. Default: the shipped model's {@link TEXT_EMOTION_MANIFEST}. */
  readonly manifest?: TextEmotionManifest;
  /** Most texts per model call in `analyzeBatch` (and per same-tick group). Default 64. */
  readonly maxBatchSize?: number;
  /**
   * Most weight cells (texts x all their features) per model call. The weights input
   * is `[batch, features]`, so a call's cost grows with both; the default 16384 keeps
   * a call to about 11 texts of 130 features (measured best in `bench/model-speed.mjs`).
   */
  readonly maxBatchFeatures?: number;
  /**
   * Wall-clock limit of one model call, ms: a call that has not answered by then fails
   * the texts it holds with a `model-error` (a coach then reads them with its built-in
   * analyzer), so a stalled runtime cannot hold up a live call for good. Default 10000.
   */
  readonly timeoutMs?: number;
  /**
   * Read what a support call means by words the model, trained on written comments,
   * misreads, as the built-in analyzer does (`readCallLanguage`): sarcasm ("Great, just
   * great.") as frustration, a plain answer ("Yes, that's right.", "No.") as no feeling,
   * a courtesy ("No worries, take your time.") as patience, a negation ("Not bad at all.",
   * "I'm not happy.") the way the built-in analyzer reads it where the model reads it the
   * other way, a plain thanks ("Thank you.") as no more relief than the built-in analyzer
   * reads in it, a "sorry" in passing as no distress, a request for help ("Can you check my last payment?") as no sign of
   * confusion, and a caller's complaint, worry or thanks ("This is a joke.", "I'm done
   * with this company.", "You're a lifesaver.") the way its phrase leans. Default true.
   */
  readonly callLanguage?: boolean;
}

/** The ONNX emotion model as core's {@link TextAnalyzer}, with a batched form. @public */
export interface EmotionAnalyzer extends TextAnalyzer {
  readonly manifest: TextEmotionManifest;
  /**
   * Reads one text. Texts passed to `analyze` in the same tick (several calls that
   * each send an utterance before awaiting) share one model call.
   */
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
  const maxBatchSize = options.maxBatchSize ?? 64;
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
    if (!runner.outputNames.includes(output.tensor))
      throw TonvoError.invalidOption('runner', `the model has no output "${output.tensor}"`);
  const maxBatchFeatures = options.maxBatchFeatures ?? 16384;
  if (!Number.isInteger(maxBatchFeatures) || maxBatchFeatures < 1)
    throw TonvoError.invalidOption(
      'maxBatchFeatures',
      `must be a positive integer, got ${maxBatchFeatures}`,
    );
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(timeoutMs > 0 && timeoutMs <= 3600_000))
    throw TonvoError.invalidOption('timeoutMs', `must be in (0, 3600000] ms, got ${timeoutMs}`);
  const featurizer = createFeaturizer(manifest.featurizer);
  const callLanguage = options.callLanguage ?? true;
  if (typeof callLanguage !== 'boolean')
    throw TonvoError.invalidOption(
      'callLanguage',
      `must be true or false, got ${String(callLanguage)}`,
    );
  const read = (text: string, a: EmotionAnalysis): EmotionAnalysis =>
    callLanguage ? readAsCallLanguage(text, a, manifest) : a;

  /** The runner's answer, or a `model-error` once `timeoutMs` has passed without one. */
  const run = (feeds: Record<string, TensorLike>): ReturnType<ModelRunner['run']> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new TonvoError('model-error', `the model gave no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      runner.run(feeds).then(
        (out) => {
          clearTimeout(timer);
          resolve(out);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });

  const runChunk = async (rows: readonly Int32Array[]): Promise<EmotionAnalysis[]> => {
    const batch = layoutFeatures(rows);
    const count = rows.length;
    const feeds: Record<string, TensorLike> = {
      [manifest.inputs.ids.name]: { type: 'int32', data: batch.ids, dims: [batch.ids.length] },
      [manifest.inputs.weights.name]: { type: 'float32', data: batch.weights, dims: batch.dims },
    };
    const out = await run(feeds);
    const heads = manifest.outputs.map((o) => {
      const t = out[o.tensor];
      const stride = t?.dims[1] ?? 0;
      if (
        t === undefined ||
        !(t.data instanceof Float32Array) ||
        t.data.length !== count * stride ||
        o.offset + o.labels.length > stride
      )
        throw new TonvoError(
          'model-error',
          `output "${o.tensor}" is missing or has the wrong size`,
        );
      return { name: o.name, data: t.data, stride, offset: o.offset, width: o.labels.length };
    });
    return rows.map((_, i) => {
      const outputs: Record<string, Float32Array> = {};
      for (const h of heads) {
        const at = i * h.stride + h.offset;
        outputs[h.name] = h.data.subarray(at, at + h.width);
      }
      return interpretEmotionScores({ manifest, outputs });
    });
  };

  // Texts of one call each (rows) grouped so a model call stays within both limits.
  const runRows = async (rows: readonly Int32Array[]): Promise<EmotionAnalysis[]> => {
    if (rows.length === 1) return runChunk(rows);
    const out: EmotionAnalysis[] = [];
    let start = 0;
    while (start < rows.length) {
      let end = start + 1;
      let features = Math.max(1, (rows[start] as Int32Array).length);
      while (end < rows.length && end - start < maxBatchSize) {
        const next = features + (rows[end] as Int32Array).length;
        if ((end - start + 1) * next > maxBatchFeatures) break;
        features = next;
        end++;
      }
      out.push(...(await runChunk(rows.slice(start, end))));
      start = end;
    }
    return out;
  };

  // Same-tick grouping: the first analyze() of a tick schedules one flush as a microtask.
  let pending: {
    text: string;
    row: Int32Array;
    resolve: (a: EmotionAnalysis) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const flush = (): void => {
    const group = pending;
    pending = [];
    runRows(group.map((p) => p.row)).then(
      (results) => group.forEach((p, k) => p.resolve(read(p.text, results[k] as EmotionAnalysis))),
      (error: unknown) => group.forEach((p) => p.reject(error)),
    );
  };

  return {
    id: `${manifest.name}@${manifest.version}`,
    manifest,
    analyze(text) {
      const row = featurizer.ids(text);
      return new Promise<EmotionAnalysis>((resolve, reject) => {
        if (pending.length === 0) queueMicrotask(flush);
        pending.push({ text, row, resolve, reject });
      });
    },
    async analyzeBatch(texts) {
      const results = await runRows(texts.map((t) => featurizer.ids(t)));
      return results.map((a, k) => read(texts[k] as string, a));
    },
    dispose() {
      return runner.dispose();
    },
  };
}
