/**
 * `@tonvo/audio-web`: Tonvo in the browser: the `onnxruntime-web` model runner
 * (and, with the audio issue, capture).
 *
 * @packageDocumentation
 */
export { TonvoError, isTonvoError } from '@tonvo/core';
export { createWebModelRunner } from './onnx/web-model-runner.js';
export type { OrtWebModule, WebModelRunnerOptions } from './onnx/web-model-runner.js';
