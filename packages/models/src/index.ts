/**
 * `@tonvo/models`.
 *
 * @packageDocumentation
 */
export { TonvoError, isTonvoError } from '@tonvo/core';

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
