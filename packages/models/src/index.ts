/**
 * `@tonvo/models`: the on-device text emotion model (its manifest, featurizer and a
 * runtime-agnostic analyzer over an injected ONNX Runtime session) and where its
 * file is. Browser-safe: Node-only helpers live in `@tonvo/models/node`.
 *
 * @packageDocumentation
 */
export { TonvoError, isTonvoError } from '@tonvo/core';

// --- text emotion model
export { createEmotionAnalyzer } from './text-emotion/emotion-analyzer.js';
export { interpretEmotionScores } from './text-emotion/interpret-scores.js';
export { createFeaturizer } from './text-emotion/featurizer.js';
export { toTranscriptForm } from './text-emotion/transcript-form.js';
export { STATE_LABELS } from './text-emotion/state-labels.js';
export { TEXT_EMOTION_MANIFEST } from './text-emotion/text-emotion-manifest.js';
export { textEmotionModelUrl } from './text-emotion-model-url.js';
export type { EmotionAnalyzer, EmotionAnalyzerOptions } from './text-emotion/emotion-analyzer.js';
export type { EmotionAnalysis, SentimentLabel } from './text-emotion/interpret-scores.js';
export type { FeatureBatch, Featurizer, FeaturizerSpec } from './text-emotion/featurizer.js';
export type {
  ManifestInput,
  ManifestOutput,
  ManifestTraining,
  TextEmotionManifest,
} from './text-emotion/manifest.js';
