import { TonvoError } from '@tonvo/core';

/** A stretch of speech found by {@link createVadSegmenter}, ms. @public */
export interface SpeechSegment {
  readonly startMs: number;
  readonly endMs: number;
  /** Mean speech probability over the segment's speech frames. */
  readonly probability: number;
}

/** Options for {@link createVadSegmenter}. @public */
export interface VadSegmenterOptions {
  /** Length of one scored frame, ms (32 for Silero at 8 and 16 kHz). */
  readonly frameMs: number;
  /** A frame at or above this probability starts speech, in [0, 1]. Default 0.5. */
  readonly positiveThreshold?: number;
  /** Inside speech, a frame below this counts as silence, in [0, 1]. Default 0.35. */
  readonly negativeThreshold?: number;
  /** Speech shorter than this is dropped, ms. Default 250. */
  readonly minSpeechMs?: number;
  /** Silence must last this long to end a segment, ms. Default 300. */
  readonly minSilenceMs?: number;
  /** Added before the first speech frame, ms. Default 100. */
  readonly onsetPadMs?: number;
  /** Added after the last speech frame, ms. Default 100. */
  readonly offsetPadMs?: number;
}

/** Turns per-frame speech probabilities into speech segments. Pure and deterministic. @public */
export interface VadSegmenter {
  /** Feeds the next frame's probability; returns a segment when one has just ended. */
  push(probability: number): SpeechSegment | undefined;
  /** Ends the stream at `endMs` (default: the end of the last frame), closing any open segment. */
  flush(endMs?: number): SpeechSegment | undefined;
  /** Time up to which frames have been scored, ms. */
  readonly processedMs: number;
  /** No segment emitted later will end before this time, ms. */
  readonly settledMs: number;
}

/** The defaults of {@link createVadSegmenter}. @public */
export function getDefaultVadSegmenterOptions(): Required<Omit<VadSegmenterOptions, 'frameMs'>> {
  return {
    positiveThreshold: 0.5,
    negativeThreshold: 0.35,
    minSpeechMs: 250,
    minSilenceMs: 300,
    onsetPadMs: 100,
    offsetPadMs: 100,
  };
}

/**
 * Creates a {@link VadSegmenter} with hysteresis (separate start and stop thresholds),
 * a minimum silence that ends speech, a minimum speech length, and onset/offset padding
 * that never makes two segments overlap or start before zero.
 *
 * @param options - Frame length, thresholds and durations in ms.
 * @returns The segmenter.
 * @example
 * ```ts
 * const seg = createVadSegmenter({ frameMs: 32 });
 * for (const p of probabilities) { const s = seg.push(p); if (s) console.log(s); }
 * const last = seg.flush();
 * ```
 * @public
 */
export function createVadSegmenter(options: VadSegmenterOptions): VadSegmenter {
  const d = getDefaultVadSegmenterOptions();
  const frameMs = options.frameMs;
  const pos = options.positiveThreshold ?? d.positiveThreshold;
  const neg = options.negativeThreshold ?? d.negativeThreshold;
  const minSpeech = options.minSpeechMs ?? d.minSpeechMs;
  const minSilence = options.minSilenceMs ?? d.minSilenceMs;
  const onsetPad = options.onsetPadMs ?? d.onsetPadMs;
  const offsetPad = options.offsetPadMs ?? d.offsetPadMs;
  if (!(frameMs > 0 && Number.isFinite(frameMs)))
    throw TonvoError.invalidOption('frameMs', `must be a positive number, got ${frameMs}`);
  if (!(pos >= 0 && pos <= 1))
    throw TonvoError.invalidOption('positiveThreshold', `must be in [0, 1], got ${pos}`);
  if (!(neg >= 0 && neg <= pos))
    throw TonvoError.invalidOption(
      'negativeThreshold',
      `must be in [0, positiveThreshold], got ${neg}`,
    );
  for (const [name, v] of [
    ['minSpeechMs', minSpeech],
    ['minSilenceMs', minSilence],
    ['onsetPadMs', onsetPad],
    ['offsetPadMs', offsetPad],
  ] as const)
    if (!(v >= 0 && v <= 600_000))
      throw TonvoError.invalidOption(name, `must be in [0, 600000] ms, got ${v}`);

  let frames = 0;
  let inSpeech = false;
  let speechStart = 0;
  let lastSpeechEnd = 0;
  let silence = 0;
  let probSum = 0;
  let probFrames = 0;
  let previousEnd = 0;

  const close = (limitMs: number): SpeechSegment | undefined => {
    inSpeech = false;
    if (lastSpeechEnd - speechStart < minSpeech) return undefined;
    const startMs = Math.max(previousEnd, speechStart - onsetPad, 0);
    const endMs = Math.min(limitMs, lastSpeechEnd + offsetPad);
    previousEnd = endMs;
    return { startMs, endMs, probability: probFrames > 0 ? probSum / probFrames : 0 };
  };

  return {
    push(probability) {
      const p = Number.isFinite(probability) ? probability : 0;
      const start = frames * frameMs;
      const end = start + frameMs;
      frames++;
      if (!inSpeech) {
        if (p >= pos) {
          inSpeech = true;
          speechStart = start;
          lastSpeechEnd = end;
          silence = 0;
          probSum = p;
          probFrames = 1;
        }
        return undefined;
      }
      if (p >= neg) {
        lastSpeechEnd = end;
        silence = 0;
        probSum += p;
        probFrames++;
        return undefined;
      }
      silence += frameMs;
      return silence >= minSilence ? close(Infinity) : undefined;
    },
    flush(endMs) {
      const limit = endMs ?? frames * frameMs;
      const s = inSpeech ? close(limit) : undefined;
      frames = 0;
      previousEnd = 0;
      silence = 0;
      return s;
    },
    get processedMs() {
      return frames * frameMs;
    },
    get settledMs() {
      return inSpeech ? lastSpeechEnd : frames * frameMs;
    },
  };
}
