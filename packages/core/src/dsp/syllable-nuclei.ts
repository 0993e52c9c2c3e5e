import { TonvoError } from '../errors/tonvo-error.js';
import { createRunningHistogram } from './running-histogram.js';

/** Options for {@link createSyllableNucleiDetector}. @public */
export interface SyllableNucleiOptions {
  /** Time between the frames pushed, ms. */
  readonly hopMs: number;
  /** A nucleus must rise at least this far above the dip before it, dB. Default 2 (de Jong and Wempe). */
  readonly minDipDb?: number;
  /**
   * A nucleus must be no quieter than the speaker's median voiced level minus this, dB.
   * Default 10.
   */
  readonly belowSpeechDb?: number;
  /** Frames averaged (centred) to smooth the level contour. Odd. Default 5. */
  readonly smoothFrames?: number;
  /** A nucleus is the loudest frame within this many ms on either side. Default 50. */
  readonly peakRadiusMs?: number;
  /** Receives each nucleus: the index and time (ms) of its frame. */
  readonly onNucleus: (frameIndex: number, tMs: number) => void;
}

/**
 * Finds syllable nuclei in a stream of frame levels and voicing, the way de Jong and
 * Wempe (2009) count syllables: voiced peaks of the smoothed level contour that stand at
 * least `minDipDb` above the dip since the previous nucleus and are not far below the
 * speaker's usual voiced level. Decisions lag the input by {@link SyllableNucleiDetector.lagFrames}.
 * @public
 */
export interface SyllableNucleiDetector {
  /** Feeds the next frame's level (dBFS) and voicing. */
  push(energyDbfs: number, voiced: boolean): void;
  /** Decides the frames still pending and starts a new stream. */
  flush(): void;
  /** How many frames behind the input decisions are. */
  readonly lagFrames: number;
  /** Frames decided so far: every frame before this index has been judged. */
  readonly decidedFrames: number;
}

const RING = 64;

/**
 * Creates a {@link SyllableNucleiDetector}. Constant memory; nothing allocated per frame.
 *
 * @param options - Thresholds and the nucleus callback.
 * @returns The detector.
 * @example
 * ```ts
 * let n = 0;
 * const d = createSyllableNucleiDetector({ hopMs: 10, onNucleus: () => n++ });
 * for (const f of frames) d.push(f.energyDbfs, f.voiced);
 * d.flush();
 * ```
 * @public
 */
export function createSyllableNucleiDetector(
  options: SyllableNucleiOptions,
): SyllableNucleiDetector {
  const { hopMs, onNucleus } = options;
  if (!(hopMs > 0)) throw TonvoError.invalidOption('hopMs', `must be positive, got ${hopMs}`);
  const minDip = options.minDipDb ?? 2;
  const below = options.belowSpeechDb ?? 10;
  const smooth = options.smoothFrames ?? 5;
  if (!Number.isInteger(smooth) || smooth < 1 || smooth % 2 === 0 || smooth > 31)
    throw TonvoError.invalidOption(
      'smoothFrames',
      `must be an odd integer in [1, 31], got ${smooth}`,
    );
  const radius = Math.max(1, Math.round((options.peakRadiusMs ?? 50) / hopMs));
  if (radius > 16)
    throw TonvoError.invalidOption('peakRadiusMs', `must be at most ${16 * hopMs} ms`);
  const halfSmooth = (smooth - 1) / 2;
  const lag = halfSmooth + radius;

  const raw = new Float64Array(RING);
  const voicedRing = new Uint8Array(RING);
  const smoothed = new Float64Array(RING);
  const level = createRunningHistogram({ min: -120, max: 0, binWidth: 0.5 });
  let received = 0; // raw frames pushed
  let smoothedCount = 0; // frames with a smoothed value
  let decided = 0;
  let minSince = -Infinity; // silence before the stream counts as a dip
  let median = NaN;

  const smoothAt = (i: number): void => {
    // Centred mean over the frames that exist (edges use fewer).
    let sum = 0;
    let n = 0;
    for (let k = i - halfSmooth; k <= i + halfSmooth; k++) {
      if (k < 0 || k >= received) continue;
      sum += raw[k % RING]!;
      n++;
    }
    smoothed[i % RING] = sum / n;
  };

  const decide = (i: number, available: number): void => {
    const s = smoothed[i % RING]!;
    let isPeak = voicedRing[i % RING] === 1;
    for (let k = Math.max(0, i - radius); isPeak && k <= Math.min(available - 1, i + radius); k++) {
      if (k === i) continue;
      const o = smoothed[k % RING]!;
      if (k < i ? o >= s : o > s) isPeak = false;
    }
    if (isPeak && (Number.isNaN(median) || s >= median - below) && minSince <= s - minDip) {
      onNucleus(i, i * hopMs);
      minSince = s;
    } else if (s < minSince) {
      minSince = s;
    }
    decided = i + 1;
  };

  return {
    push(energyDbfs, voiced) {
      const i = received++;
      raw[i % RING] = energyDbfs;
      voicedRing[i % RING] = voiced ? 1 : 0;
      if (voiced) {
        level.add(energyDbfs);
        // The speaker's level moves slowly: refresh its median every 32 voiced frames.
        if (Number.isNaN(median) || (level.total & 31) === 0) median = level.median();
      }
      // Frame i - halfSmooth now has all its neighbours.
      while (smoothedCount <= i - halfSmooth) smoothAt(smoothedCount++);
      while (decided + radius < smoothedCount) decide(decided, smoothedCount);
    },
    flush() {
      while (smoothedCount < received) smoothAt(smoothedCount++);
      while (decided < received) decide(decided, received);
      received = 0;
      smoothedCount = 0;
      decided = 0;
      minSince = -Infinity;
      median = NaN;
      level.clear();
    },
    lagFrames: lag,
    get decidedFrames() {
      return decided;
    },
  };
}
