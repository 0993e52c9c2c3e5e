import { SILENCE_DBFS } from './rms.js';

/** Level and variability of a stretch of frames. @public */
export interface EnergyStats {
  /** Power-mean level, dBFS ({@link SILENCE_DBFS} for no frames). */
  readonly levelDbfs: number;
  /** Standard deviation of the frame levels, dB. */
  readonly stdDb: number;
}

/**
 * Summarises frame levels: the level of their mean power (so loud frames count as
 * loud) and how much they vary.
 *
 * @param framesDbfs - Per-frame levels, dBFS.
 * @returns The statistics.
 * @example
 * ```ts
 * energyStats([-20, -20]).levelDbfs; // -20
 * ```
 * @public
 */
export function energyStats(framesDbfs: ArrayLike<number>): EnergyStats {
  const n = framesDbfs.length;
  if (n === 0) return { levelDbfs: SILENCE_DBFS, stdDb: 0 };
  let power = 0;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const db = framesDbfs[i]!;
    power += 10 ** (db / 10);
    sum += db;
    sumSq += db * db;
  }
  const mean = sum / n;
  return {
    levelDbfs: Math.max(SILENCE_DBFS, 10 * Math.log10(power / n)),
    stdDb: Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
  };
}
