/** Element types a model tensor may hold. @public */
export type TensorType = 'float32' | 'int32' | 'int64' | 'uint8' | 'bool';

/** The typed array behind each {@link TensorType}. @public */
export interface TensorDataMap {
  float32: Float32Array;
  int32: Int32Array;
  int64: BigInt64Array;
  uint8: Uint8Array;
  bool: Uint8Array;
}

/**
 * A runtime-neutral tensor: what a {@link ModelRunner} takes and gives. ONNX Runtime's
 * tensors (Node and web) have this shape, so adapters pass them straight through.
 * @public
 */
export interface TensorLike<T extends TensorType = TensorType> {
  readonly type: T;
  readonly data: TensorDataMap[T];
  readonly dims: readonly number[];
}

/**
 * Runs one loaded model. Core defines it; `@tonvo/audio-node` implements it with
 * `onnxruntime-node` and `@tonvo/audio-web` with `onnxruntime-web`, so nothing in core
 * or `@tonvo/models` depends on a runtime.
 * @public
 */
export interface ModelRunner {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  /** Runs the model on named inputs and resolves to its named outputs. */
  run(feeds: Readonly<Record<string, TensorLike>>): Promise<Record<string, TensorLike>>;
  /** Releases the session and its memory. The runner is unusable afterwards. */
  dispose(): Promise<void>;
}

/** Loads a model (bytes or a URL/path the runtime understands) into a {@link ModelRunner}. @public */
export type ModelRunnerFactory = (model: Uint8Array | string) => Promise<ModelRunner>;
