import type { ModelRunner } from '@tonvo/core';
import { createOrtSessionRunner, TonvoError } from '@tonvo/core';
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
  return createOrtSessionRunner(
    () =>
      typeof model === 'string'
        ? ort.InferenceSession.create(model, sessionOptions)
        : ort.InferenceSession.create(model, sessionOptions),
    ort.Tensor,
  );
}
