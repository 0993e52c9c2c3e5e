/**
 * `@tonvo/audio-node`: Tonvo in Node: the `onnxruntime-node` model runner, audio
 * decoding and streams, and the `tonvo` CLI.
 *
 * @packageDocumentation
 */
export { createNodeModelRunner } from './onnx/node-model-runner.js';
export type { NodeModelRunnerOptions } from './onnx/node-model-runner.js';
export { loadTextEmotionAnalyzer } from './onnx/text-emotion-analyzer.js';
export type { NodeEmotionAnalyzer } from './onnx/text-emotion-analyzer.js';

// --- audio (WAV, streams, call analysis)
export { parseWavHeader } from './wav/wav-header.js';
export { decodeWav } from './wav/decode-wav.js';
export { encodeWav } from './wav/encode-wav.js';
export { readWavFile, openWavFile } from './wav/read-wav-file.js';
export { loadSileroVad, sileroVadModelPath } from './vad/load-silero-vad.js';
export { createCallAnalyzer } from './pipeline/call-analyzer.js';
export { createCallAudioStream } from './stream/call-audio-stream.js';
export type { WavHeader } from './wav/wav-header.js';
export type { DecodedWav } from './wav/decode-wav.js';
export type { EncodeWavOptions, WavEncoding } from './wav/encode-wav.js';
export type { WavFile } from './wav/read-wav-file.js';
export type { LoadSileroVadOptions } from './vad/load-silero-vad.js';
export type { AudioEvent, CallAnalyzer, CallAnalyzerOptions } from './pipeline/call-analyzer.js';
export type {
  CallAudioStreamEvent,
  CallAudioStreamOptions,
  FrameEvent,
} from './stream/call-audio-stream.js';
