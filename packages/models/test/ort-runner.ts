// An onnxruntime-node ModelRunner for this package's tests, through core's session
// wrapper. The published adapter lives in @tonvo/audio-node, which depends on this
// package, so the tests open the session themselves rather than make a cycle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createOrtSessionRunner, type ModelRunner } from '@tonvo/core';
import * as ort from 'onnxruntime-node';
import { SILERO_VAD_MANIFEST } from '../src/vad/silero-vad-manifest.js';

export const SILERO_VAD_PATH = fileURLToPath(
  new URL(`../assets/silero-vad/${SILERO_VAD_MANIFEST.file}`, import.meta.url),
);

export function createTestRunner(path = SILERO_VAD_PATH): Promise<ModelRunner> {
  return createOrtSessionRunner(
    () =>
      ort.InferenceSession.create(readFileSync(path), {
        intraOpNumThreads: 1,
        interOpNumThreads: 1,
      }),
    ort.Tensor,
  );
}

export function readFixture(rate: 8000 | 16000): Float32Array {
  const bytes = readFileSync(
    fileURLToPath(new URL(`../src/vad/fixtures/speech-${rate}.s16`, import.meta.url)),
  );
  const pcm = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  return Float32Array.from(pcm, (v) => v / 32768);
}
