/**
 * Share of adjacent sample pairs whose sign differs: high for noise and fricatives,
 * low for vowels.
 *
 * @param frame - Samples.
 * @returns The rate in [0, 1], 0 for frames shorter than two samples.
 * @example
 * ```ts
 * zeroCrossingRate(new Float32Array([1, -1, 1, -1])); // 1
 * ```
 * @public
 */
export function zeroCrossingRate(frame: Float32Array): number {
  const n = frame.length;
  if (n < 2) return 0;
  let crossings = 0;
  let prev = frame[0]! >= 0;
  for (let i = 1; i < n; i++) {
    const cur = frame[i]! >= 0;
    if (cur !== prev) crossings++;
    prev = cur;
  }
  return crossings / (n - 1);
}
