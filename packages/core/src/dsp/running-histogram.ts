import { TonvoError } from '../errors/tonvo-error.js';

/** Options for {@link createRunningHistogram}. @public */
export interface RunningHistogramOptions {
  /** Lower edge of the first bin; smaller values count in the first bin. */
  readonly min: number;
  /** Upper edge of the last bin; larger values count in the last bin. */
  readonly max: number;
  /** Width of one bin. The quantiles are exact to half a bin. */
  readonly binWidth: number;
}

/**
 * Robust running statistics in constant memory: a fixed-bin histogram that answers
 * quantiles, the median and the median absolute deviation of everything added so far,
 * however long the stream.
 * @public
 */
export interface RunningHistogram {
  /** Adds a value with a weight (default 1). Non-finite values and weights are ignored. */
  add(value: number, weight?: number): void;
  /** Sum of the weights added. */
  readonly total: number;
  /** The q-quantile (q in [0, 1]), interpolated within its bin; NaN when empty. */
  quantile(q: number): number;
  /** The median; NaN when empty. */
  median(): number;
  /** Median absolute deviation from the median; NaN when empty. */
  mad(): number;
  /** Forgets everything. */
  clear(): void;
}

/**
 * Creates a {@link RunningHistogram}.
 *
 * @param options - Range and bin width.
 * @returns The histogram.
 * @example
 * ```ts
 * const h = createRunningHistogram({ min: -120, max: 0, binWidth: 0.5 });
 * h.add(-23);
 * h.median(); // about -23
 * ```
 * @public
 */
export function createRunningHistogram(options: RunningHistogramOptions): RunningHistogram {
  const { min, max, binWidth } = options;
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min))
    throw TonvoError.invalidOption('max', `must be a finite number above min, got ${max}`);
  const bins = Math.ceil((max - min) / binWidth);
  if (!(binWidth > 0) || bins > 100_000)
    throw TonvoError.invalidOption('binWidth', `must be positive and give at most 100000 bins`);
  const counts = new Float64Array(bins);
  let total = 0;
  // The first and last bins with a count: the bins outside hold nothing, so reading
  // them (a baseline fills a few dozen of hundreds of bins) changes no sum.
  let first = bins;
  let last = -1;

  const binOf = (v: number): number => {
    const b = Math.floor((v - min) / binWidth);
    return b < 0 ? 0 : b >= bins ? bins - 1 : b;
  };
  const quantile = (q: number): number => {
    if (total <= 0) return NaN;
    const target = Math.min(1, Math.max(0, q)) * total;
    let acc = 0;
    for (let b = first; b <= last; b++) {
      const c = counts[b]!;
      if (c > 0 && acc + c >= target) {
        const within = (target - acc) / c;
        return min + (b + within) * binWidth;
      }
      acc += c;
    }
    return max;
  };

  // The median as last read, until the next value comes in (`mad` reads it too).
  let medianValue = NaN;
  let medianFresh = false;
  const median = (): number => {
    if (!medianFresh) {
      medianValue = quantile(0.5);
      medianFresh = true;
    }
    return medianValue;
  };

  return {
    add(value, weight = 1) {
      if (!Number.isFinite(value) || !(weight > 0) || !Number.isFinite(weight)) return;
      const b = binOf(value);
      counts[b]! += weight;
      total += weight;
      if (b < first) first = b;
      if (b > last) last = b;
      medianFresh = false;
    },
    get total() {
      return total;
    },
    quantile,
    median,
    mad() {
      if (total <= 0) return NaN;
      const med = median();
      // Bins ordered by distance from the median: walk outwards from the median's bin,
      // the nearer side first (the lower on a tie).
      const centre = binOf(med);
      let lo = centre;
      let hi = centre + 1;
      let acc = 0;
      const half = total / 2;
      let dLo = Math.abs(min + (lo + 0.5) * binWidth - med);
      let dHi = Math.abs(min + (hi + 0.5) * binWidth - med);
      // Bins outside [first, last] are empty: the walk never needs to step past them.
      while (lo >= first || hi <= last) {
        if (hi > last || (lo >= first && dLo <= dHi)) {
          acc += counts[lo]!;
          if (acc >= half) return dLo;
          lo--;
          dLo = Math.abs(min + (lo + 0.5) * binWidth - med);
        } else {
          acc += counts[hi]!;
          if (acc >= half) return dHi;
          hi++;
          dHi = Math.abs(min + (hi + 0.5) * binWidth - med);
        }
      }
      return 0;
    },
    clear() {
      counts.fill(0);
      total = 0;
      first = bins;
      last = -1;
      medianFresh = false;
    },
  };
}
