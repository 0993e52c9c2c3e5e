import { TonvoError } from '@tonvo/core';
import type { SileroVad, SileroVadState, VadInference } from './silero-vad.js';
import {
  createVadSegmenter,
  type SpeechSegment,
  type VadSegmenter,
  type VadSegmenterOptions,
} from './vad-segmenter.js';

/** Options for {@link createVadStream}. @public */
export interface VadStreamOptions extends Omit<VadSegmenterOptions, 'frameMs'> {
  /** The model: creates states and knows frame sizes. */
  readonly vad: SileroVad;
  /**
   * Where frames are scored: the model itself (default) or a shared
   * {@link createVadBatcher} so that many streams share model calls.
   */
  readonly inference?: VadInference;
  /** 8000 or 16000. */
  readonly sampleRateHz: number;
  /**
   * Independent lanes scored side by side in one batch. 1 (default) is the live mode:
   * every frame is scored as soon as it is complete, with the state carried from the
   * previous frame. More lanes trade latency for throughput on recordings: the stream
   * holds `lanes x laneMs` of audio, splits it into consecutive lanes and scores them
   * together; each lane after the first starts from a fresh state warmed up on the
   * `prerollMs` of audio before it.
   */
  readonly lanes?: number;
  /** Audio per lane, ms. Default 8000. */
  readonly laneMs?: number;
  /** Warm-up audio before each lane after the first, ms. Default 1000. */
  readonly prerollMs?: number;
  /** Receives each segment as soon as it has ended. */
  readonly onSegment: (segment: SpeechSegment) => void;
  /** Receives every frame's probability, in order (frame `i` covers `[i, i + 1) x frameMs`). */
  readonly onProbability?: (probability: number, frameIndex: number) => void;
}

/** One channel's voice activity: samples in, speech segments out. @public */
export interface VadStream {
  /** Feeds samples of any length; resolves once every frame that could be scored has been. */
  push(samples: Float32Array): Promise<void>;
  /** Scores what is left (the last frame zero-padded) and closes any open segment. */
  end(): Promise<void>;
  /** Length of one frame, ms. */
  readonly frameMs: number;
  /** Time up to which frames have been scored, ms. */
  readonly processedMs: number;
  /** No segment emitted later will end before this time, ms. */
  readonly settledMs: number;
}

/**
 * Creates a {@link VadStream}: frames the samples, scores them with Silero VAD carrying
 * the recurrent state between frames, and segments the probabilities.
 *
 * @param options - Model, rate, lanes and segmenter settings.
 * @returns The stream.
 * @example
 * ```ts
 * const stream = createVadStream({ vad, sampleRateHz: 8000, onSegment: (s) => console.log(s) });
 * await stream.push(samples);
 * await stream.end();
 * ```
 * @public
 */
export function createVadStream(options: VadStreamOptions): VadStream {
  const { vad, sampleRateHz: rate, onSegment, onProbability } = options;
  const inference = options.inference ?? vad;
  const frameSamples = vad.frameSamples(rate);
  const frameMs = (frameSamples * 1000) / rate;
  const lanes = options.lanes ?? 1;
  if (!Number.isInteger(lanes) || lanes < 1 || lanes > 256)
    throw TonvoError.invalidOption('lanes', `must be an integer in [1, 256], got ${lanes}`);
  const laneMs = options.laneMs ?? 8000;
  const prerollMs = options.prerollMs ?? 1000;
  if (!(laneMs >= frameMs && laneMs <= 600_000))
    throw TonvoError.invalidOption('laneMs', `must be in [${frameMs}, 600000], got ${laneMs}`);
  if (!(prerollMs >= 0 && prerollMs <= laneMs))
    throw TonvoError.invalidOption('prerollMs', `must be in [0, laneMs], got ${prerollMs}`);
  const laneFrames = Math.round(laneMs / frameMs);
  const prerollFrames = Math.round(prerollMs / frameMs);
  const blockFrames = lanes === 1 ? 1 : lanes * laneFrames;
  const segmenter: VadSegmenter = createVadSegmenter({ ...options, frameMs });

  const carried: SileroVadState = vad.createState(rate);
  const laneStates: SileroVadState[] = Array.from({ length: lanes }, () => vad.createState(rate));
  const block = new Float32Array(blockFrames * frameSamples);
  let fill = 0;
  let frameIndex = 0;
  const probs = new Float32Array(blockFrames);
  // Live mode scores one frame per call: the call's arguments are made once.
  const liveStates: readonly SileroVadState[] = [carried];
  const liveFrames: readonly Float32Array[] = [block.subarray(0, frameSamples)];
  let chain: Promise<void> = Promise.resolve();

  const deliver = (count: number): void => {
    for (let i = 0; i < count; i++) {
      onProbability?.(probs[i]!, frameIndex);
      frameIndex++;
      const s = segmenter.push(probs[i]!);
      if (s !== undefined) onSegment(s);
    }
  };

  // Scores `frames` whole frames at the start of `block`.
  const scoreBlock = async (frames: number): Promise<void> => {
    if (frames === 0) return;
    if (lanes === 1 || frames === 1) {
      // One frame, at the start of the block (live mode's block is one frame long).
      probs[0] = (await inference.infer(liveStates, liveFrames))[0]!;
      deliver(1);
      return;
    }
    const frameAt = (i: number): Float32Array =>
      block.subarray(i * frameSamples, (i + 1) * frameSamples);
    // Split into `used` lanes of `per` frames; lane 0 continues the carried state.
    // Lanes at least four warm-ups long keep the warm-up overhead at or under a quarter.
    const minLane = Math.max(prerollFrames * 4, 1);
    const used = Math.max(1, Math.min(lanes, Math.floor(frames / minLane)));
    const per = Math.ceil(frames / used);
    const starts: number[] = [];
    const ends: number[] = [];
    const warmFrom: number[] = [];
    const states: SileroVadState[] = [];
    for (let l = 0; l < used; l++) {
      starts.push(l * per);
      ends.push(Math.min(frames, (l + 1) * per));
      if (l === 0) {
        states.push(carried);
        warmFrom.push(0); // no warm-up: the carried state is already right
      } else {
        const s = laneStates[l]!;
        vad.resetState(s);
        const from = Math.max(0, l * per - prerollFrames);
        if (from > 0)
          s.context.set(
            block.subarray(from * frameSamples - s.context.length, from * frameSamples),
          );
        states.push(s);
        warmFrom.push(from);
      }
    }
    const steps = prerollFrames + per;
    for (let step = 0; step < steps; step++) {
      const batchStates: SileroVadState[] = [];
      const batchFrames: Float32Array[] = [];
      const targets: number[] = [];
      for (let l = 0; l < used; l++) {
        // Every lane starts at step 0: its warm-up frames, then its own.
        const i = warmFrom[l]! + step;
        if (i >= ends[l]!) continue;
        batchStates.push(states[l]!);
        batchFrames.push(frameAt(i));
        targets.push(i >= starts[l]! ? i : -1);
      }
      if (batchStates.length === 0) continue;
      const p = await inference.infer(batchStates, batchFrames);
      for (let k = 0; k < targets.length; k++) if (targets[k]! >= 0) probs[targets[k]!] = p[k]!;
    }
    // The last lane's state is the state at the end of the block: carry it on.
    if (used > 1) {
      carried.state.set(states[used - 1]!.state);
      carried.context.set(states[used - 1]!.context);
    }
    deliver(frames);
  };

  const run = async (samples: Float32Array): Promise<void> => {
    let i = 0;
    while (i < samples.length) {
      const n = Math.min(block.length - fill, samples.length - i);
      block.set(samples.subarray(i, i + n), fill);
      fill += n;
      i += n;
      if (fill === block.length) {
        await scoreBlock(blockFrames);
        fill = 0;
      }
    }
  };

  const finish = async (): Promise<void> => {
    const whole = Math.floor(fill / frameSamples);
    const rest = fill - whole * frameSamples;
    let frames = whole;
    if (rest > 0) {
      block.fill(0, fill, (whole + 1) * frameSamples);
      frames++;
    }
    const endMs = frameIndex * frameMs + (fill * 1000) / rate;
    await scoreBlock(frames);
    fill = 0;
    const s = segmenter.flush(endMs);
    if (s !== undefined) onSegment(s);
    frameIndex = 0;
    vad.resetState(carried);
  };

  // Calls are serialised: a push made before the last one resolved waits its turn.
  const enqueue = (job: () => Promise<void>): Promise<void> => {
    const next = chain.then(job);
    chain = next.catch(() => undefined);
    return next;
  };

  return {
    push: (samples) => enqueue(() => run(samples)),
    end: () => enqueue(finish),
    frameMs,
    get processedMs() {
      return frameIndex * frameMs;
    },
    get settledMs() {
      return segmenter.settledMs;
    },
  };
}
