import type { ModelRunner, TensorLike } from '@tonvo/core';
import { TonvoError } from '@tonvo/core';
import { SILERO_VAD_MANIFEST } from './silero-vad-manifest.js';

/** One stream's recurrent state: what Silero carries from one frame to the next. @public */
export interface SileroVadState {
  readonly sampleRateHz: number;
  /** The LSTM state, `[2, 128]`. */
  readonly state: Float32Array;
  /** The tail of the previous frame, prepended to the next one as the model expects. */
  readonly context: Float32Array;
}

/**
 * Runs frames of many independent streams through the model in one call. Implemented
 * by {@link SileroVad} itself and by {@link createVadBatcher}, which coalesces calls.
 * @public
 */
export interface VadInference {
  /**
   * Scores one frame for each stream (all at the same rate), updating each state in
   * place. Resolves to the speech probability of each frame.
   */
  infer(states: readonly SileroVadState[], frames: readonly Float32Array[]): Promise<Float32Array>;
}

/** Silero VAD v5 over an injected {@link ModelRunner}. @public */
export interface SileroVad extends VadInference {
  /** Samples per frame at a rate (256 at 8 kHz, 512 at 16 kHz). */
  frameSamples(sampleRateHz: number): number;
  /** A fresh state for a new stream. */
  createState(sampleRateHz: number): SileroVadState;
  /** Clears a state in place, as at the start of a stream. */
  resetState(state: SileroVadState): void;
  /** Model calls made so far (one per batch). */
  readonly calls: number;
  /** Releases the runner. */
  dispose(): Promise<void>;
}

/** Options for {@link createSileroVad}. @public */
export interface SileroVadOptions {
  /** The loaded model (`createNodeModelRunner` in Node, the web runner in browsers). */
  readonly runner: ModelRunner;
}

const M = SILERO_VAD_MANIFEST;

function rateInfo(sampleRateHz: number): (typeof M.rates)[number] {
  const r = M.rates.find((x) => x.sampleRateHz === sampleRateHz);
  if (r === undefined)
    throw TonvoError.invalidOption(
      'sampleRateHz',
      `Silero VAD runs at ${M.rates.map((x) => x.sampleRateHz).join(' or ')} Hz, got ${sampleRateHz}`,
    );
  return r;
}

/**
 * Wraps a loaded Silero VAD v5 model. Frames of different streams go through the model
 * together (its batch dimension), each with its own state, so one process can serve
 * many calls; one stream's frames must be scored in order, one at a time, because each
 * frame's state comes from the last.
 *
 * @param options - The model runner.
 * @returns The VAD.
 * @example
 * ```ts
 * const vad = createSileroVad({ runner: await createNodeModelRunner(bytes) });
 * const s = vad.createState(8000);
 * const [p] = await vad.infer([s], [frame256]);
 * ```
 * @public
 */
export function createSileroVad(options: SileroVadOptions): SileroVad {
  const { runner } = options;
  for (const name of Object.values(M.inputs))
    if (!runner.inputNames.includes(name))
      throw TonvoError.invalidOption(
        'runner',
        `the model has no input "${name}": is it Silero VAD v5?`,
      );
  const srTensors = new Map<number, TensorLike<'int64'>>();
  // Input buffers by batch shape, reused once their call has finished (live streams
  // make one call per 32 ms frame; they should not allocate for each).
  const pool = new Map<string, { input: Float32Array; state: Float32Array }[]>();
  let calls = 0;

  return {
    frameSamples: (rate) => rateInfo(rate).frameSamples,
    createState(rate) {
      const info = rateInfo(rate);
      return {
        sampleRateHz: rate,
        state: new Float32Array(M.stateSize),
        context: new Float32Array(info.contextSamples),
      };
    },
    resetState(s) {
      s.state.fill(0);
      s.context.fill(0);
    },
    get calls() {
      return calls;
    },
    async infer(states, frames) {
      const batch = states.length;
      if (batch !== frames.length)
        throw TonvoError.invalidOption('frames', 'must hold one frame per state');
      if (batch === 0) return new Float32Array(0);
      const rate = states[0]!.sampleRateHz;
      const info = rateInfo(rate);
      const ctx = info.contextSamples;
      const width = ctx + info.frameSamples;
      const key = `${batch}x${width}`;
      const buffers = pool.get(key)?.pop() ?? {
        input: new Float32Array(batch * width),
        state: new Float32Array(2 * batch * 128),
      };
      const { input, state } = buffers;
      for (let b = 0; b < batch; b++) {
        const s = states[b]!;
        const f = frames[b]!;
        if (s.sampleRateHz !== rate)
          throw TonvoError.invalidOption(
            'states',
            'all states in one call must share a sample rate',
          );
        if (f.length !== info.frameSamples)
          throw TonvoError.invalidOption(
            'frames',
            `must be ${info.frameSamples} samples at ${rate} Hz, got ${f.length}`,
          );
        input.set(s.context, b * width);
        input.set(f, b * width + ctx);
        state.set(s.state.subarray(0, 128), b * 128);
        state.set(s.state.subarray(128, 256), (batch + b) * 128);
      }
      let sr = srTensors.get(rate);
      if (sr === undefined) {
        sr = { type: 'int64', data: BigInt64Array.of(BigInt(rate)), dims: [] };
        srTensors.set(rate, sr);
      }
      calls++;
      let out: Record<string, TensorLike>;
      try {
        out = await runner.run({
          [M.inputs.audio]: { type: 'float32', data: input, dims: [batch, width] },
          [M.inputs.state]: { type: 'float32', data: state, dims: [2, batch, 128] },
          [M.inputs.sampleRate]: sr,
        });
      } finally {
        const free = pool.get(key) ?? [];
        if (free.length < 4) free.push(buffers);
        pool.set(key, free);
      }
      const prob = out[M.outputs.probability];
      const next = out[M.outputs.state];
      if (prob?.type !== 'float32' || next?.type !== 'float32' || prob.data.length < batch)
        throw new TonvoError('model-error', 'Silero VAD returned unexpected outputs');
      const nextData = next.data as Float32Array;
      const probs = new Float32Array(batch);
      for (let b = 0; b < batch; b++) {
        const s = states[b]!;
        s.state.set(nextData.subarray(b * 128, b * 128 + 128), 0);
        s.state.set(nextData.subarray((batch + b) * 128, (batch + b) * 128 + 128), 128);
        const f = frames[b]!;
        s.context.set(f.subarray(f.length - ctx));
        probs[b] = (prob.data as Float32Array)[b]!;
      }
      return probs;
    },
    dispose: () => runner.dispose(),
  };
}
