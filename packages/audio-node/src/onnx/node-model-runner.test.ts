import { readTextEmotionModel } from '@tonvo/models/node';
import { describe, expect, it } from 'vitest';
import { createNodeModelRunner } from './node-model-runner.js';

describe('createNodeModelRunner', () => {
  it('refuses bytes that are not an ONNX model with a model-error', async () => {
    await expect(createNodeModelRunner(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      code: 'model-error',
      message: expect.stringMatching(/could not load the ONNX model/),
    });
  });

  it('refuses a thread count outside [1, 64], naming the option', async () => {
    await expect(
      createNodeModelRunner(new Uint8Array(0), { intraOpNumThreads: 0 }),
    ).rejects.toMatchObject({ code: 'invalid-option', field: 'intraOpNumThreads' });
  });

  it('reports a wrong feed as a model-error and a disposed runner as destroyed', async () => {
    const runner = await createNodeModelRunner(await readTextEmotionModel());
    expect(runner.inputNames.length).toBeGreaterThan(0);
    await expect(
      runner.run({ nonsense: { type: 'float32', data: new Float32Array(1), dims: [1] } }),
    ).rejects.toMatchObject({
      code: 'model-error',
      message: expect.stringMatching(/inference failed/),
    });
    await runner.dispose();
    await runner.dispose();
    await expect(runner.run({})).rejects.toMatchObject({ code: 'destroyed' });
  });
});
