import type { ModelRunner } from '@tonvo/core';
import { createOrtSessionRunner, TonvoError } from '@tonvo/core';
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
  const sessionOptions: Ort.InferenceSession.SessionOptions = {
    executionProviders: ['wasm'],
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
