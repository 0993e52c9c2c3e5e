import { TonvoError } from '../errors/tonvo-error.js';

/** Options for {@link createFramer}. @public */
export interface FramerOptions {
  /** Samples per frame (the analysis window). */
  readonly windowSamples: number;
  /** Samples between frame starts. At most `windowSamples`. */
  readonly hopSamples: number;
  /**
   * Pads half a window of silence in front so frame `i` is centred on sample
   * `i * hopSamples` (and frames are emitted up to the last input sample on flush).
   * Default true.
   */
  readonly centered?: boolean;
  /** Receives each frame. The array is reused: copy it to keep it. */
  readonly onFrame: (frame: Float32Array, index: number) => void;
}

/**
 * Cuts a stream of samples into overlapping frames. Chunks may have any size; the same
 * input always gives the same frames.
 * @public
 */
export interface Framer {
  /** Feeds samples; calls `onFrame` for every frame now complete. */
  push(samples: Float32Array): void;
  /** Emits the remaining frames, zero-padded (centred framers only), and starts over. */
  flush(): void;
  /** Frames emitted so far. */
  readonly frameCount: number;
}

/**
 * Creates a {@link Framer}. It holds one window of samples and allocates nothing per
 * frame.
 *
 * @param options - Window, hop and the frame callback.
 * @returns The framer.
 * @example
 * ```ts
 * const framer = createFramer({ windowSamples: 320, hopSamples: 80, onFrame: (f, i) => analyse(f, i) });
 * framer.push(chunk);
 * framer.flush();
 * ```
 * @public
 */
export function createFramer(options: FramerOptions): Framer {
  const { windowSamples, hopSamples, onFrame } = options;
  if (!Number.isInteger(windowSamples) || windowSamples < 1)
    throw TonvoError.invalidOption(
      'windowSamples',
      `must be a positive integer, got ${windowSamples}`,
    );
  if (!Number.isInteger(hopSamples) || hopSamples < 1 || hopSamples > windowSamples)
    throw TonvoError.invalidOption(
      'hopSamples',
      `must be an integer in [1, windowSamples], got ${hopSamples}`,
    );
  const centered = options.centered ?? true;
  const pad = centered ? Math.floor(windowSamples / 2) : 0;
  const win = new Float32Array(windowSamples);
  let fill = 0;
  let frames = 0;
  let received = 0;

  const start = (): void => {
    win.fill(0);
    fill = pad;
    frames = 0;
    received = 0;
  };
  start();

  const emit = (): void => {
    onFrame(win, frames++);
    win.copyWithin(0, hopSamples, windowSamples);
    fill = windowSamples - hopSamples;
  };

  return {
    push(samples) {
      received += samples.length;
      let i = 0;
      while (i < samples.length) {
        const n = Math.min(windowSamples - fill, samples.length - i);
        win.set(samples.subarray(i, i + n), fill);
        fill += n;
        i += n;
        if (fill === windowSamples) emit();
      }
    },
    flush() {
      if (centered) {
        // Frames whose centre lies inside the input.
        const total = Math.ceil(received / hopSamples);
        while (frames < total) {
          win.fill(0, fill);
          fill = windowSamples;
          emit();
        }
      }
      start();
    },
    get frameCount() {
      return frames;
    },
  };
}
