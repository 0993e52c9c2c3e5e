import type { EmotionalState } from '@tonvo/core';
import type { FeaturizerSpec } from './featurizer.js';

/** One model input: its name, element type and symbolic dims. @public */
export interface ManifestInput {
  readonly name: string;
  readonly type: 'int32' | 'float32';
  readonly dims: readonly (string | number)[];
}

/**
 * One output head: its labels in column order, the per-label thresholds tuned on dev,
 * and where its columns sit in the model's output tensor.
 * @public
 */
export interface ManifestOutput {
  /** Head name (`emotions`, `ekman`, `sentiment`). */
  readonly name: string;
  readonly labels: readonly string[];
  readonly thresholds: readonly number[];
  /** The ONNX output (`[batch, columns]`) that holds this head. */
  readonly tensor: string;
  /** The head's first column in that output; it spans `labels.length` columns. */
  readonly offset: number;
  /**
   * For a grouped head: its scores mix the head's own column (weight `headWeight`)
   * with the most probable member label of the first output (weight 1 - `headWeight`);
   * `members[k]` names group k's labels. Thresholds apply to the mixed scores.
   */
  readonly mix?: {
    readonly headWeight: number;
    readonly members: readonly (readonly string[])[];
  };
}

/** Where the model and its figures came from. @public */
export interface ManifestTraining {
  readonly command: string;
  readonly seed: number;
  readonly architecture: string;
  readonly data: readonly {
    readonly name: string;
    readonly licence: string;
    readonly use: string;
  }[];
  /** Macro-F1 on GoEmotions dev with thresholds tuned on dev (the paper's protocol). */
  readonly dev: Readonly<Record<string, number | Readonly<Record<string, number>>>>;
}

/**
 * Everything a runtime needs to use the text emotion model and nothing it must
 * guess: inputs, featurizer, outputs and thresholds, the label-to-state mapping,
 * the sentiment weights, the file's sha256, and provenance.
 * @public
 */
export interface TextEmotionManifest {
  readonly name: string;
  readonly version: string;
  /** File name under the package's `assets/`. */
  readonly asset: string;
  /** Hex sha256 of the ONNX file. */
  readonly sha256: string;
  readonly bytes: number;
  readonly inputs: { readonly ids: ManifestInput; readonly weights: ManifestInput };
  /** The first output is the 28 GoEmotions labels; then coarser heads. */
  readonly outputs: readonly ManifestOutput[];
  readonly featurizer: FeaturizerSpec;
  /** GoEmotions labels (of the first output) that are evidence for each state. */
  readonly states: Readonly<Record<EmotionalState, readonly string[]>>;
  /** Continuous sentiment: weighted sum of one head's probabilities, clipped to [-1, 1]. */
  readonly sentiment: {
    readonly output: string;
    readonly weights: Readonly<Record<string, number>>;
    /**
     * How the positive / negative / neutral label is read: `cuts` compares the score
     * with the two cuts below; `argmax` takes the most probable of the output's
     * `positive`, `negative` and `neutral` columns after adding `offsets`.
     */
    readonly labelRule: 'cuts' | 'argmax';
    /** Scores at or above this read as positive (`cuts`). */
    readonly positiveAtLeast: number;
    /** Scores at or below this read as negative (`cuts`). */
    readonly negativeAtMost: number;
    /** Added to the positive and negative probabilities before the `argmax`. */
    readonly offsets: { readonly positive: number; readonly negative: number };
  };
  readonly training: ManifestTraining;
}
