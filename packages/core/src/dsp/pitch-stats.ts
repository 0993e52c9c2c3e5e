import { percentile } from './percentile.js';

/** Pitch level, range and variability over a stretch of speech. @public */
export interface PitchStats {
  /** Number of voiced frames. */
  readonly voicedFrames: number;
  readonly medianHz: number;
  /** 10th percentile, Hz. */
  readonly p10Hz: number;
  /** 90th percentile, Hz. */
  readonly p90Hz: number;
  /** p90 minus p10, Hz. */
  readonly rangeHz: number;
  /** Standard deviation of F0 in semitones: variability independent of voice height. */
  readonly stdSemitones: number;
}

/**
 * Summarises the F0 of voiced frames. Zero entries (unvoiced frames) are ignored.
 *
 * @param f0Hz - Per-frame F0, 0 for unvoiced frames.
 * @returns The statistics; zeros when nothing was voiced.
 * @example
 * ```ts
 * pitchStats(Float32Array.of(0, 100, 110, 120, 0)).medianHz; // 110
 * ```
 * @public
 */
export function pitchStats(f0Hz: ArrayLike<number>): PitchStats {
  const voiced: number[] = [];
  for (let i = 0; i < f0Hz.length; i++) if (f0Hz[i]! > 0) voiced.push(f0Hz[i]!);
  if (voiced.length === 0)
    return { voicedFrames: 0, medianHz: 0, p10Hz: 0, p90Hz: 0, rangeHz: 0, stdSemitones: 0 };
  voiced.sort((a, b) => a - b);
  const medianHz = percentile(voiced, 0.5);
  const p10Hz = percentile(voiced, 0.1);
  const p90Hz = percentile(voiced, 0.9);
  let sum = 0;
  let sumSq = 0;
  for (const f of voiced) {
    const st = 12 * Math.log2(f / medianHz);
    sum += st;
    sumSq += st * st;
  }
  const mean = sum / voiced.length;
  const stdSemitones = Math.sqrt(Math.max(0, sumSq / voiced.length - mean * mean));
  return {
    voicedFrames: voiced.length,
    medianHz,
    p10Hz,
    p90Hz,
    rangeHz: p90Hz - p10Hz,
    stdSemitones,
  };
}
