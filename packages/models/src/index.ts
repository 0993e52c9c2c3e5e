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

// --- voice activity (Silero VAD v5)
export { SILERO_VAD_MANIFEST } from './vad/silero-vad-manifest.js';
export { createSileroVad } from './vad/silero-vad.js';
export { createVadBatcher } from './vad/vad-batcher.js';
export { createVadSegmenter, getDefaultVadSegmenterOptions } from './vad/vad-segmenter.js';
export { createVadStream } from './vad/vad-stream.js';
export type { SileroVadManifest } from './vad/silero-vad-manifest.js';
export type {
  SileroVad,
  SileroVadOptions,
  SileroVadState,
  VadInference,
} from './vad/silero-vad.js';
export type { VadBatcher, VadBatcherOptions } from './vad/vad-batcher.js';
export type { SpeechSegment, VadSegmenter, VadSegmenterOptions } from './vad/vad-segmenter.js';
export type { VadStream, VadStreamOptions } from './vad/vad-stream.js';
