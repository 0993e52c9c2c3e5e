/**
 * A share of cases with its 95% confidence interval (Wilson score interval): honest for
 * the small counts a team sees per week or per agent, where `count / of` alone says
 * nothing about how much to trust it.
 * @public
 */
export interface Rate {
  readonly count: number;
  readonly of: number;
  /** count / of; NaN when `of` is 0. */
  readonly rate: number;
  /** The 95% interval's ends, in [0, 1]; NaN when `of` is 0. */
  readonly low: number;
  readonly high: number;
}

/** A difference between two rates (a - b) with its 95% interval (Newcombe's method 10). @public */
export interface RateDifference {
  readonly difference: number;
  readonly low: number;
  readonly high: number;
}

/** z for a two-sided 95% interval. */
const Z = 1.959963984540054;

/**
 * `count` of `of` as a {@link Rate} with its Wilson 95% interval.
 *
 * @example
 * ```ts
 * rateOf(8, 10); // { count: 8, of: 10, rate: 0.8, low: 0.49, high: 0.94 }
 * ```
 * @public
 */
export function rateOf(count: number, of: number): Rate {
  if (of === 0) return { count, of, rate: NaN, low: NaN, high: NaN };
  const p = count / of;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * of)) / (1 + z2 / of);
  const half = (Z / (1 + z2 / of)) * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of));
  return {
    count,
    of,
    rate: p,
    low: Math.max(0, centre - half),
    high: Math.min(1, centre + half),
  };
}

/**
 * The difference `a - b` of two independent rates with the 95% interval of Newcombe's
 * hybrid score method (built from each rate's Wilson interval); NaN when either is empty.
 * @public
 */
export function rateDifference(a: Rate, b: Rate): RateDifference {
  if (a.of === 0 || b.of === 0) return { difference: NaN, low: NaN, high: NaN };
  const d = a.rate - b.rate;
  const low = d - Math.sqrt((a.rate - a.low) ** 2 + (b.high - b.rate) ** 2);
  const high = d + Math.sqrt((a.high - a.rate) ** 2 + (b.rate - b.low) ** 2);
  return { difference: d, low: Math.max(-1, low), high: Math.min(1, high) };
}

/** A correlation (Pearson's r) with its 95% interval (Fisher's z) and how many pairs. @public */
export interface Correlation {
  readonly n: number;
  /** NaN with fewer than 3 pairs or when either side does not vary. */
  readonly r: number;
  /** The 95% interval's ends; NaN with fewer than 4 pairs. */
  readonly low: number;
  readonly high: number;
}

/**
 * Running sums of paired values, from which their correlation is worked out: what a
 * stream of calls keeps instead of every pair.
 * @internal
 */
export interface PairSums {
  n: number;
  x: number;
  y: number;
  xx: number;
  yy: number;
  xy: number;
}

/** Empty {@link PairSums}. @internal */
export const pairSums = (): PairSums => ({ n: 0, x: 0, y: 0, xx: 0, yy: 0, xy: 0 });

/** Adds the pair (x, y) to `s`. @internal */
export function addPair(s: PairSums, x: number, y: number): void {
  s.n++;
  s.x += x;
  s.y += y;
  s.xx += x * x;
  s.yy += y * y;
  s.xy += x * y;
}

/**
 * Pearson's correlation of paired values, with the 95% interval from Fisher's z.
 * @public
 */
export function correlationOf(xs: readonly number[], ys: readonly number[]): Correlation {
  const s = pairSums();
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) addPair(s, xs[i]!, ys[i]!);
  return correlationOfSums(s);
}

/** {@link correlationOf} from running sums. @internal */
export function correlationOfSums(s: PairSums): Correlation {
  const { n } = s;
  if (n < 3) return { n, r: NaN, low: NaN, high: NaN };
  const sxx = s.xx - (s.x * s.x) / n;
  const syy = s.yy - (s.y * s.y) / n;
  const sxy = s.xy - (s.x * s.y) / n;
  // (Spreads this small relative to the sums are rounding, not variation.)
  if (!(sxx > 1e-12 * Math.max(1, s.xx)) || !(syy > 1e-12 * Math.max(1, s.yy)))
    return { n, r: NaN, low: NaN, high: NaN };
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  if (n < 4 || Math.abs(r) === 1) return { n, r, low: n < 4 ? NaN : r, high: n < 4 ? NaN : r };
  const z = Math.atanh(r);
  const se = 1 / Math.sqrt(n - 3);
  return { n, r, low: Math.tanh(z - Z * se), high: Math.tanh(z + Z * se) };
}
