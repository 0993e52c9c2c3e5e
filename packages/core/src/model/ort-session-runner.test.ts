import { describe, expect, it } from 'vitest';
import { TonvoError } from '../errors/tonvo-error.js';
import type { TensorLike, TensorType } from './model-runner.js';
import {
  createOrtSessionRunner,
  type OrtSessionLike,
  type OrtTensorLike,
} from './ort-session-runner.js';

/** Stands in for `ort.Tensor`: records what it was built from. */
class FakeTensor {
  static made: FakeTensor[] = [];
  constructor(
    readonly type: TensorType,
    readonly data: TensorLike['data'],
    readonly dims: readonly number[],
  ) {
    FakeTensor.made.push(this);
  }
}

interface FakeSession extends OrtSessionLike {
  readonly feeds: Record<string, unknown>[];
  released: number;
}

function fakeSession(
  run: (feeds: Record<string, unknown>) => Record<string, OrtTensorLike> = () => ({}),
): FakeSession {
  const session: FakeSession = {
    inputNames: ['input'],
    outputNames: ['output'],
    feeds: [],
    released: 0,
    run(feeds) {
      session.feeds.push(feeds);
      try {
        return Promise.resolve(run(feeds));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    release() {
      session.released++;
      return Promise.resolve();
    },
  };
  return session;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TonvoError);
  return (error as TonvoError).code;
}

const input: TensorLike<'float32'> = {
  type: 'float32',
  data: new Float32Array([1, 2, 3, 4, 5, 6]),
  dims: [1, 2, 3],
};

describe('createOrtSessionRunner', () => {
  it('turns a load failure into model-error', async () => {
    const code = await codeOf(
      createOrtSessionRunner(() => Promise.reject(new Error('bad model bytes')), FakeTensor),
    );
    expect(code).toBe('model-error');
  });

  it('turns an inference failure into model-error', async () => {
    const runner = await createOrtSessionRunner(
      () =>
        Promise.resolve(
          fakeSession(() => {
            throw new Error('shape mismatch');
          }),
        ),
      FakeTensor,
    );
    expect(await codeOf(runner.run({ input }))).toBe('model-error');
  });

  it('refuses an output of a type Tonvo does not use with model-error', async () => {
    const runner = await createOrtSessionRunner(
      () =>
        Promise.resolve(
          fakeSession(() => ({ output: { type: 'string', data: ['a'], dims: [1] } })),
        ),
      FakeTensor,
    );
    expect(await codeOf(runner.run({ input }))).toBe('model-error');
  });

  it('converts feeds with the Tensor constructor and passes outputs through', async () => {
    const logits = new Float32Array([0.25, 0.75]);
    const session = fakeSession(() => ({
      output: { type: 'float32', data: logits, dims: [1, 2] },
    }));
    const runner = await createOrtSessionRunner(() => Promise.resolve(session), FakeTensor);
    expect(runner.inputNames).toEqual(['input']);
    expect(runner.outputNames).toEqual(['output']);
    FakeTensor.made = [];
    const out = await runner.run({ input });
    expect(FakeTensor.made).toHaveLength(1);
    const fed = session.feeds[0]!['input'];
    expect(fed).toBeInstanceOf(FakeTensor);
    expect(fed).toBe(FakeTensor.made[0]);
    const t = fed as FakeTensor;
    expect(t.type).toBe('float32');
    expect(t.data).toBe(input.data);
    expect(t.dims).toBe(input.dims);
    expect(out).toEqual({ output: { type: 'float32', data: logits, dims: [1, 2] } });
    expect(out['output']!.data).toBe(logits);
  });

  it('after dispose, run is refused with destroyed and the session is released once', async () => {
    const session = fakeSession();
    const runner = await createOrtSessionRunner(() => Promise.resolve(session), FakeTensor);
    await runner.dispose();
    await runner.dispose();
    expect(session.released).toBe(1);
    expect(await codeOf(runner.run({ input }))).toBe('destroyed');
    expect(session.feeds).toHaveLength(0);
  });
});
