import { createNodeModelRunner } from '@tonvo/audio-node';
import { TEXT_EMOTION_MANIFEST, createFeaturizer, toTranscriptForm } from '@tonvo/models';
import { readTextEmotionModel } from '@tonvo/models/node';
import fc from 'fast-check';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { createWebModelRunner } from './web-model-runner.js';

const TEXTS = [
  "This is the third time I'm calling about this.",
  'sorry what do you mean by that',
  'Oh thank god, thank you so much!!!',
  'I was CHARGED TWICE and nobody will help me',
  "I'm really worried about my account 😟",
  '',
  'ok',
];

describe('createWebModelRunner (onnxruntime-web, WASM)', () => {
  it('agrees with onnxruntime-node to 1e-4 on the same inputs', async () => {
    const bytes = await readTextEmotionModel();
    const web = await createWebModelRunner(bytes, { ort, numThreads: 1 });
    const node = await createNodeModelRunner(bytes);
    const featurizer = createFeaturizer(TEXT_EMOTION_MANIFEST.featurizer);
    const random = fc.sample(fc.string({ unit: 'grapheme', maxLength: 120 }), {
      seed: 7,
      numRuns: 40,
    });
    const texts = [...TEXTS, ...TEXTS.map(toTranscriptForm), ...random];
    try {
      for (const batch of [texts.slice(0, 1), texts.slice(0, 7), texts]) {
        const f = featurizer.featurizeBatch(batch);
        const feeds = {
          ids: { type: 'int32', data: f.ids, dims: [f.ids.length] },
          weights: { type: 'float32', data: f.weights, dims: f.dims },
        } as const;
        const [a, b] = await Promise.all([web.run(feeds), node.run(feeds)]);
        expect(Object.keys(a)).toEqual(['probabilities']);
        for (const name of Object.keys(a)) {
          const x = a[name]?.data as Float32Array;
          const y = b[name]?.data as Float32Array;
          expect(a[name]?.dims).toEqual(b[name]?.dims);
          let worst = 0;
          for (let i = 0; i < x.length; i++)
            worst = Math.max(worst, Math.abs((x[i] as number) - (y[i] as number)));
          expect(worst).toBeLessThan(1e-4);
        }
      }
    } finally {
      await web.dispose();
      await node.dispose();
    }
    // two sessions load (each folds the int8 table into floats once) on a shared machine
  }, 30_000);

  it("leaves the ort module's env alone unless asked, and refuses to overwrite it", async () => {
    const bytes = await readTextEmotionModel();
    const before = ort.env.wasm.wasmPaths;
    const runner = await createWebModelRunner(bytes, { ort });
    expect(ort.env.wasm.wasmPaths).toBe(before);
    await runner.dispose();
    const fake = {
      ...ort,
      env: { ...ort.env, wasm: { ...ort.env.wasm, wasmPaths: '/somewhere/' } },
    };
    await expect(
      createWebModelRunner(bytes, { ort: fake as typeof ort, wasmPaths: '/elsewhere/' }),
    ).rejects.toThrow(/wasmPaths/);
  });

  it('rejects a bad thread count and fails a disposed runner with a TonvoError', async () => {
    await expect(createWebModelRunner(new Uint8Array(0), { ort, numThreads: 0 })).rejects.toThrow(
      /numThreads/,
    );
    await expect(createWebModelRunner(new Uint8Array([1, 2, 3]), { ort })).rejects.toMatchObject({
      code: 'model-error',
    });
    const runner = await createWebModelRunner(await readTextEmotionModel(), { ort });
    await runner.dispose();
    await runner.dispose();
    await expect(runner.run({})).rejects.toMatchObject({ code: 'destroyed' });
  });
});
