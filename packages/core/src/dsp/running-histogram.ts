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
  return new BinnedHistogram(min, max, binWidth, bins);
}

/**
 * The histogram behind {@link createRunningHistogram}: a class, so its state lives in
 * object fields (a number kept in a closure is boxed anew on every write, and each
 * speaker baseline adds to four histograms per prosody window).
 */
class BinnedHistogram implements RunningHistogram {
  readonly #min: number;
  readonly #max: number;
  readonly #binWidth: number;
  readonly #bins: number;
  readonly #counts: Float64Array;
  #total = 0;
  // The first and last bins with a count: the bins outside hold nothing, so reading
  // them (a baseline fills a few dozen of hundreds of bins) changes no sum.
  #first: number;
  #last = -1;
  // The median as last read, until the next value comes in (`mad` reads it too).
  #medianValue = NaN;
  #medianFresh = false;

  constructor(min: number, max: number, binWidth: number, bins: number) {
    this.#min = min;
    this.#max = max;
    this.#binWidth = binWidth;
    this.#bins = bins;
    this.#counts = new Float64Array(bins);
    this.#first = bins;
  }

  get total(): number {
    return this.#total;
  }

  #binOf(v: number): number {
    const b = Math.floor((v - this.#min) / this.#binWidth);
    return b < 0 ? 0 : b >= this.#bins ? this.#bins - 1 : b;
  }

  add(value: number, weight = 1): void {
    if (!Number.isFinite(value) || !(weight > 0) || !Number.isFinite(weight)) return;
    const b = this.#binOf(value);
    this.#counts[b]! += weight;
    this.#total += weight;
    if (b < this.#first) this.#first = b;
    if (b > this.#last) this.#last = b;
    this.#medianFresh = false;
  }

  quantile(q: number): number {
    const total = this.#total;
    if (total <= 0) return NaN;
    const target = Math.min(1, Math.max(0, q)) * total;
    const counts = this.#counts;
    let acc = 0;
    for (let b = this.#first; b <= this.#last; b++) {
      const c = counts[b]!;
      if (c > 0 && acc + c >= target) {
        const within = (target - acc) / c;
        return this.#min + (b + within) * this.#binWidth;
      }
      acc += c;
    }
    return this.#max;
  }

  median(): number {
    if (!this.#medianFresh) {
      this.#medianValue = this.quantile(0.5);
      this.#medianFresh = true;
    }
    return this.#medianValue;
  }

  mad(): number {
    const total = this.#total;
    if (total <= 0) return NaN;
    const med = this.median();
    const min = this.#min;
    const binWidth = this.#binWidth;
    const counts = this.#counts;
    const first = this.#first;
    const last = this.#last;
    // Bins ordered by distance from the median: walk outwards from the median's bin,
    // the nearer side first (the lower on a tie).
    const centre = this.#binOf(med);
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
  }

  clear(): void {
    this.#counts.fill(0);
    this.#total = 0;
    this.#first = this.#bins;
    this.#last = -1;
    this.#medianFresh = false;
  }
}
