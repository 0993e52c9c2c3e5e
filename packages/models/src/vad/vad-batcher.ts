import { TonvoError } from '@tonvo/core';
import type { SileroVadState, VadInference } from './silero-vad.js';

/** Options for {@link createVadBatcher}. @public */
export interface VadBatcherOptions {
  /** The model (usually a {@link SileroVad}). */
  readonly vad: VadInference;
  /** Most frames in one model call. Default 64. */
  readonly maxBatchSize?: number;
}

/** A {@link VadInference} that coalesces calls from many streams. @public */
export interface VadBatcher extends VadInference {
  /** Model calls made so far. */
  readonly batches: number;
  /** Frames scored so far. */
  readonly frames: number;
}

interface Pending {
  readonly states: readonly SileroVadState[];
  readonly frames: readonly Float32Array[];
  readonly resolve: (p: Float32Array) => void;
  readonly reject: (e: unknown) => void;
}

/**
 * Creates a {@link VadBatcher}: calls made in the same tick, or while a model call is
 * running, are merged into one model call (up to `maxBatchSize` frames, same sample
 * rate), so many concurrent streams share the model's fixed cost per call. Each
 * caller gets its own probabilities back, in order.
 *
 * @param options - The model and the largest batch.
 * @returns The batcher, a drop-in {@link VadInference}.
 * @example
 * ```ts
 * const shared = createVadBatcher({ vad });
 * // hand `shared` to every call's stream
 * ```
 * @public
 */
export function createVadBatcher(options: VadBatcherOptions): VadBatcher {
  const { vad } = options;
  const maxBatch = options.maxBatchSize ?? 64;
  if (!Number.isInteger(maxBatch) || maxBatch < 1 || maxBatch > 4096)
    throw TonvoError.invalidOption(
      'maxBatchSize',
      `must be an integer in [1, 4096], got ${maxBatch}`,
    );
  let queue: Pending[] = [];
  let scheduled = false;
  let running = false;
  let batches = 0;
  let frames = 0;

  const runGroup = async (group: Pending[]): Promise<void> => {
    const states = group.flatMap((p) => p.states);
    const fr = group.flatMap((p) => p.frames);
    try {
      batches++;
      frames += states.length;
      const probs = await vad.infer(states, fr);
      let at = 0;
      for (const p of group) {
        p.resolve(probs.slice(at, at + p.states.length));
        at += p.states.length;
      }
    } catch (e) {
      for (const p of group) p.reject(e);
    }
  };

  const drain = async (): Promise<void> => {
    scheduled = false;
    if (running) return;
    running = true;
    while (queue.length > 0) {
      const taken = queue;
      queue = [];
      // Group by rate, then fill batches up to the limit without splitting a request.
      const byRate = new Map<number, Pending[]>();
      for (const p of taken) {
        const rate = p.states[0]!.sampleRateHz;
        const list = byRate.get(rate) ?? [];
        list.push(p);
        byRate.set(rate, list);
      }
      for (const list of byRate.values()) {
        let group: Pending[] = [];
        let size = 0;
        for (const p of list) {
          if (size > 0 && size + p.states.length > maxBatch) {
            await runGroup(group);
            group = [];
            size = 0;
          }
          group.push(p);
          size += p.states.length;
        }
        if (group.length > 0) await runGroup(group);
      }
    }
    running = false;
  };

  return {
    infer(states, fr) {
      if (states.length === 0) return Promise.resolve(new Float32Array(0));
      if (states.length !== fr.length)
        return Promise.reject(TonvoError.invalidOption('frames', 'must hold one frame per state'));
      return new Promise<Float32Array>((resolve, reject) => {
        queue.push({ states, frames: fr, resolve, reject });
        if (!scheduled && !running) {
          scheduled = true;
          // After the current tick: every stream that pushes in this tick joins the batch.
          void Promise.resolve().then(drain);
        }
      });
    },
    get batches() {
      return batches;
    },
    get frames() {
      return frames;
    },
  };
}
