import type { ModelRunner, TensorLike, TensorType } from '@tonvo/core';
import { TonvoError } from '@tonvo/core';
import * as ort from 'onnxruntime-node';

/** Options for {@link createNodeModelRunner}. @public */
export interface NodeModelRunnerOptions {
  /** Threads inside one operator. Default 1: one Node process serves many calls. */
  readonly intraOpNumThreads?: number;
  /** Threads across operators. Default 1. */
  readonly interOpNumThreads?: number;
}

/**
 * Loads an ONNX model with `onnxruntime-node` (CPU) as a core {@link ModelRunner}.
 *
 * @example
 * ```ts
 * const runner = await createNodeModelRunner(bytes);
 * const out = await runner.run({ input: { type: 'float32', data, dims: [1, n] } });
 * ```
 * @public
 */
export async function createNodeModelRunner(
  model: Uint8Array | string,
  options: NodeModelRunnerOptions = {},
): Promise<ModelRunner> {
  const threads = (name: string, v: number | undefined): number => {
    const n = v ?? 1;
    if (!Number.isInteger(n) || n < 1 || n > 64)
      throw TonvoError.invalidOption(name, `must be an integer in [1, 64], got ${n}`);
    return n;
  };
  const sessionOptions: ort.InferenceSession.SessionOptions = {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads('intraOpNumThreads', options.intraOpNumThreads),
    interOpNumThreads: threads('interOpNumThreads', options.interOpNumThreads),
    graphOptimizationLevel: 'all',
  };
  let session: ort.InferenceSession | undefined;
  try {
    session =
      typeof model === 'string'
        ? await ort.InferenceSession.create(model, sessionOptions)
        : await ort.InferenceSession.create(model, sessionOptions);
  } catch (cause) {
    throw new TonvoError('model-error', `could not load the ONNX model: ${String(cause)}`, {
      cause,
    });
  }
  const s = session;
  return {
    inputNames: s.inputNames,
    outputNames: s.outputNames,
    async run(feeds) {
      if (session === undefined) throw new TonvoError('destroyed', 'the model runner was disposed');
      const ortFeeds: Record<string, ort.Tensor> = {};
      for (const [name, t] of Object.entries(feeds))
        ortFeeds[name] = new ort.Tensor(t.type, t.data, t.dims);
      let result: ort.InferenceSession.ReturnType;
      try {
        result = await s.run(ortFeeds);
      } catch (cause) {
        throw new TonvoError('model-error', `inference failed: ${String(cause)}`, { cause });
      }
      const out: Record<string, TensorLike> = {};
      for (const [name, t] of Object.entries(result)) {
        out[name] = {
          type: t.type as TensorType,
          data: t.data as TensorLike['data'],
          dims: t.dims,
        } as TensorLike;
      }
      return out;
    },
    async dispose() {
      if (session === undefined) return;
      session = undefined;
      await s.release();
    },
  };
}
