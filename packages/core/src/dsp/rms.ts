/**
 * Root mean square level of a frame.
 *
 * @param frame - Samples in [-1, 1].
 * @returns The RMS, 0 for an empty frame.
 * @example
 * ```ts
 * rms(new Float32Array([0.5, -0.5])); // 0.5
 * ```
 * @public
 */
export function rms(frame: Float32Array): number {
  const n = frame.length;
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = frame[i]!;
    sum += v * v;
  }
  return Math.sqrt(sum / n);
}

/** The level reported for digital silence, dBFS. @public */
export const SILENCE_DBFS = -120;

/**
 * Converts an RMS value to dBFS (20·log10, so a full-scale square wave is 0 dBFS and a
 * full-scale sine -3.01 dBFS), floored at {@link SILENCE_DBFS}.
 *
 * @param value - An RMS level in [0, 1].
 * @returns The level in dBFS.
 * @example
 * ```ts
 * rmsToDbfs(0.5); // -6.02
 * ```
 * @public
 */
export function rmsToDbfs(value: number): number {
  if (!(value > 0)) return SILENCE_DBFS;
  return Math.max(SILENCE_DBFS, 20 * Math.log10(value));
}
