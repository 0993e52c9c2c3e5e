import { TonvoError } from '../errors/tonvo-error.js';
import type { ModelRunner, TensorLike, TensorType } from './model-runner.js';

/**
 * What {@link createOrtSessionRunner} needs of an ONNX Runtime `InferenceSession`:
 * `onnxruntime-node`'s and `onnxruntime-web`'s both have this shape.
 * @public
 */
export interface OrtSessionLike {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, never>): Promise<Record<string, OrtTensorLike>>;
  release(): Promise<void>;
}

/** A tensor as ONNX Runtime returns it (its element type may be one Tonvo does not use). @public */
export interface OrtTensorLike {
  readonly type: string;
  readonly data: unknown;
  readonly dims: readonly number[];
}

const TENSOR_TYPES: ReadonlySet<string> = new Set<TensorType>([
  'float32',
  'int32',
  'int64',
  'uint8',
  'bool',
]);

/** An ONNX Runtime `Tensor` constructor (`new ort.Tensor(type, data, dims)`). @public */
export type OrtTensorConstructor = new (
  type: TensorType,
  data: TensorLike['data'],
  dims: readonly number[],
) => unknown;

/**
 * Opens a session with `create` and wraps it as a {@link ModelRunner}: the one place
 * where Tonvo's runtime adapters turn runtime errors into `model-error`, feeds into
 * the runtime's tensors, and a disposed runner into `destroyed`.
 *
 * @example
 * ```ts
 * const runner = await createOrtSessionRunner(() => ort.InferenceSession.create(bytes), ort.Tensor);
 * ```
 * @public
 */
export async function createOrtSessionRunner(
  create: () => Promise<OrtSessionLike>,
  Tensor: OrtTensorConstructor,
): Promise<ModelRunner> {
  let session: OrtSessionLike | undefined;
  try {
    session = await create();
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
      const ortFeeds: Record<string, unknown> = {};
      for (const [name, t] of Object.entries(feeds))
        ortFeeds[name] = new Tensor(t.type, t.data, t.dims);
      let result: Record<string, OrtTensorLike>;
      try {
        result = await s.run(ortFeeds as Record<string, never>);
      } catch (cause) {
        throw new TonvoError('model-error', `inference failed: ${String(cause)}`, { cause });
      }
      const out: Record<string, TensorLike> = {};
      for (const [name, t] of Object.entries(result)) {
        if (!TENSOR_TYPES.has(t.type))
          throw new TonvoError('model-error', `output "${name}" has unsupported type ${t.type}`);
        out[name] = { type: t.type, data: t.data, dims: t.dims } as TensorLike;
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
