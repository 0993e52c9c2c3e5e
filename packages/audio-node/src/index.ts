/**
 * `@tonvo/audio-node`: Tonvo in Node: the `onnxruntime-node` model runner, audio
 * decoding and streams (see the audio issue), and the `tonvo` CLI.
 *
 * @packageDocumentation
 */
export { createNodeModelRunner } from './onnx/node-model-runner.js';
export type { NodeModelRunnerOptions } from './onnx/node-model-runner.js';
export { loadTextEmotionAnalyzer } from './onnx/text-emotion-analyzer.js';
export type { NodeEmotionAnalyzer } from './onnx/text-emotion-analyzer.js';
