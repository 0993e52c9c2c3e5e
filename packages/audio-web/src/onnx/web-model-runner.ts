import type { ModelRunner, TensorLike, TensorType } from '@tonvo/core';
import { TonvoError } from '@tonvo/core';
import type * as Ort from 'onnxruntime-web';

/** The `onnxruntime-web` module (or a compatible build such as `onnxruntime-web/wasm`). @public */
export type OrtWebModule = typeof Ort;

/** Options for {@link createWebModelRunner}. @public */
export interface WebModelRunnerOptions {
  /**
   * Your own `onnxruntime-web` module, configured as you like (`import * as ort from
   * 'onnxruntime-web/wasm'`). Default: `onnxruntime-web` imported on first use.
   */
  readonly ort?: OrtWebModule;
  /**
   * Where ONNX Runtime's `.wasm`/`.mjs` files are served (a URL prefix or per-file URLs).
   * ONNX Runtime Web keeps this in its module-wide `env.wasm`; it is set there only
   * because you asked, and a different location already set is an error rather than
   * being overwritten.
   */
  readonly wasmPaths?: Ort.Env.WasmPrefixOrFilePaths;
  /** WASM threads, same rule as `wasmPaths`. Leave unset for ONNX Runtime's default (1 without cross-origin isolation). */
  readonly numThreads?: number;
}

function applyEnv<K extends 'wasmPaths' | 'numThreads'>(
  ort: OrtWebModule,
  key: K,
  value: Ort.Env.WebAssemblyFlags[K] | undefined,
): void {
  if (value === undefined) return;
  const wasm = ort.env.wasm;
  const current = wasm[key];
  const unset = current === undefined || (key === 'numThreads' && current === 0);
  if (unset) {
    wasm[key] = value;
    return;
  }
  if (JSON.stringify(current) !== JSON.stringify(value))
    throw TonvoError.invalidOption(
      key,
      `onnxruntime-web already has env.wasm.${key} = ${JSON.stringify(current)}; pass the same value or configure your own ort module`,
    );
}

/**
 * Loads an ONNX model with `onnxruntime-web` (WASM backend) as a core
 * {@link ModelRunner}. Runs in browsers, workers and Node alike.
 *
 * @example
 * ```ts
 * import { textEmotionModelUrl, createEmotionAnalyzer } from '@tonvo/models';
 * const runner = await createWebModelRunner(textEmotionModelUrl().href, { wasmPaths: '/ort/' });
 * const analyzer = createEmotionAnalyzer({ runner });
 * ```
 * @public
 */
export async function createWebModelRunner(
  model: Uint8Array | string,
  options: WebModelRunnerOptions = {},
): Promise<ModelRunner> {
  if (
    options.numThreads !== undefined &&
    (!Number.isInteger(options.numThreads) || options.numThreads < 1 || options.numThreads > 64)
  )
    throw TonvoError.invalidOption(
      'numThreads',
      `must be an integer in [1, 64], got ${options.numThreads}`,
    );
  const ort: OrtWebModule = options.ort ?? (await import('onnxruntime-web'));
  applyEnv(ort, 'wasmPaths', options.wasmPaths);
  applyEnv(ort, 'numThreads', options.numThreads);
  let session: Ort.InferenceSession | undefined;
  try {
    const sessionOptions: Ort.InferenceSession.SessionOptions = {
      executionProviders: ['wasm'],
      graphOptimizationLevel: 'all',
    };
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
      const ortFeeds: Record<string, Ort.Tensor> = {};
      for (const [name, t] of Object.entries(feeds))
        ortFeeds[name] = new ort.Tensor(t.type, t.data, t.dims);
      let result: Ort.InferenceSession.ReturnType;
      try {
        result = await s.run(ortFeeds);
      } catch (cause) {
        throw new TonvoError('model-error', `inference failed: ${String(cause)}`, { cause });
      }
      const out: Record<string, TensorLike> = {};
      for (const [name, t] of Object.entries(result))
        out[name] = {
          type: t.type as TensorType,
          data: t.data as TensorLike['data'],
          dims: t.dims,
        } as TensorLike;
      return out;
    },
    async dispose() {
      if (session === undefined) return;
      session = undefined;
      await s.release();
    },
  };
}
