// A minimal onnxruntime-node ModelRunner for this package's tests. The published
// adapter lives in @tonvo/audio-node, which depends on this package, so the tests
// carry their own few lines rather than a dependency cycle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelRunner, TensorLike } from '@tonvo/core';
import * as ort from 'onnxruntime-node';
import { SILERO_VAD_MANIFEST } from '../src/vad/silero-vad-manifest.js';

export const SILERO_VAD_PATH = fileURLToPath(
  new URL(`../assets/silero-vad/${SILERO_VAD_MANIFEST.file}`, import.meta.url),
);

export async function createTestRunner(path = SILERO_VAD_PATH): Promise<ModelRunner> {
  const session = await ort.InferenceSession.create(readFileSync(path), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
  });
  return {
    inputNames: session.inputNames,
    outputNames: session.outputNames,
    async run(feeds) {
      const input: Record<string, ort.Tensor> = {};
      for (const [k, t] of Object.entries(feeds)) input[k] = new ort.Tensor(t.type, t.data, t.dims);
      const out = await session.run(input);
      const result: Record<string, TensorLike> = {};
      for (const [k, t] of Object.entries(out))
        result[k] = { type: t.type, data: t.data, dims: t.dims } as TensorLike;
      return result;
    },
    dispose: () => session.release(),
  };
}

export function readFixture(rate: 8000 | 16000): Float32Array {
  const bytes = readFileSync(
    fileURLToPath(new URL(`../src/vad/fixtures/speech-${rate}.s16`, import.meta.url)),
  );
  const pcm = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  return Float32Array.from(pcm, (v) => v / 32768);
}
