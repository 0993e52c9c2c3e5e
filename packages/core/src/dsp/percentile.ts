/**
 * The q-quantile of values sorted ascending, linearly interpolated between neighbours.
 *
 * @param sorted - Values in ascending order.
 * @param q - Quantile in [0, 1].
 * @returns The quantile; NaN for no values.
 * @example
 * ```ts
 * percentile(Float32Array.of(1, 2, 3, 4), 0.5); // 2.5
 * ```
 * @public
 */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = Math.min(1, Math.max(0, q)) * (n - 1);
  const i = Math.floor(pos);
  const frac = pos - i;
  const a = sorted[i]!;
  return frac === 0 || i + 1 >= n ? a : a + (sorted[i + 1]! - a) * frac;
}
