import { TonvoError } from '../errors/tonvo-error.js';

/**
 * Sample rates the resampler converts between. Any pair of these is a small rational
 * ratio, so the polyphase filter table stays small.
 * @public
 */
export const SUPPORTED_SAMPLE_RATES_HZ: readonly number[] = [
  4000, 8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 96000,
];

/** Options for {@link createResampler}. @public */
export interface ResamplerOptions {
  /** Input rate, one of {@link SUPPORTED_SAMPLE_RATES_HZ}. */
  readonly fromHz: number;
  /** Output rate, one of {@link SUPPORTED_SAMPLE_RATES_HZ}. */
  readonly toHz: number;
  /** Zero crossings of the sinc on each side (quality vs speed). Default 16. */
  readonly zeroCrossings?: number;
  /** Passband edge as a share of the lower Nyquist frequency, in (0.5, 1). Default 0.9. */
  readonly rolloff?: number;
}

/**
 * A streaming resampler. Output sample `k` is the band-limited value of the input at
 * time `k / toHz`, so chunking never shifts or drops samples: any split of the input
 * gives exactly the output of one call, and `ceil(n * toHz / fromHz)` samples in all
 * once {@link Resampler.flush} has run.
 * @public
 */
export interface Resampler {
  readonly fromHz: number;
  readonly toHz: number;
  /**
   * Feeds input and returns the output that is now complete. The returned array is a
   * view of an internal buffer, valid until the next call.
   */
  process(input: Float32Array): Float32Array;
  /** Returns the remaining output (the filter's lookahead, zero-padded). Ends the stream. */
  flush(): Float32Array;
  /** Starts a new stream. */
  reset(): void;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Modified Bessel function of the first kind, order 0 (for the Kaiser window). */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const q = (x * x) / 4;
  for (let k = 1; k < 50; k++) {
    term *= q / (k * k);
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return sum;
}

const KAISER_BETA = 8.6;

/**
 * Creates an anti-aliased polyphase resampler (Kaiser-windowed sinc, one filter phase
 * per output position, taps normalised to unit DC gain). Allocation happens only when a
 * chunk is larger than any before it.
 *
 * @param options - Rates and filter quality.
 * @returns A {@link Resampler}; when the rates are equal it copies samples through.
 * @example
 * ```ts
 * const r = createResampler({ fromHz: 48000, toHz: 16000 });
 * const out = r.process(chunk); // copy it if you keep it
 * const tail = r.flush();
 * ```
 * @public
 */
export function createResampler(options: ResamplerOptions): Resampler {
  const { fromHz, toHz } = options;
  for (const [name, v] of [
    ['fromHz', fromHz],
    ['toHz', toHz],
  ] as const) {
    if (!SUPPORTED_SAMPLE_RATES_HZ.includes(v))
      throw TonvoError.invalidOption(
        name,
        `must be one of ${SUPPORTED_SAMPLE_RATES_HZ.join(', ')}, got ${v}`,
      );
  }
  const zeroCrossings = options.zeroCrossings ?? 16;
  if (!Number.isInteger(zeroCrossings) || zeroCrossings < 2 || zeroCrossings > 64)
    throw TonvoError.invalidOption(
      'zeroCrossings',
      `must be an integer in [2, 64], got ${zeroCrossings}`,
    );
  const rolloff = options.rolloff ?? 0.9;
  if (!(rolloff > 0.5 && rolloff < 1))
    throw TonvoError.invalidOption('rolloff', `must be in (0.5, 1), got ${rolloff}`);

  const g = gcd(fromHz, toHz);
  const up = toHz / g; // L: filter phases
  const down = fromHz / g; // M: input samples per L outputs
  const identity = up === down;
  // Cutoff as a share of the input Nyquist frequency.
  const cutoff = Math.min(1, up / down) * rolloff;
  const half = identity ? 0 : 2 * Math.ceil(zeroCrossings / cutoff / 2); // taps each side
  const taps = 2 * half; // a multiple of 4: half is rounded up to even below
  const table = new Float32Array(identity ? 0 : up * taps);
  const i0Beta = besselI0(KAISER_BETA);
  for (let p = 0; p < up && !identity; p++) {
    const frac = p / up;
    let sum = 0;
    for (let j = 0; j < taps; j++) {
      const d = j - (half - 1) - frac; // distance from the output position, input samples
      const x = cutoff * d;
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
      const r = d / half;
      const w = Math.abs(r) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / i0Beta;
      const h = cutoff * sinc * w;
      table[p * taps + j] = h;
      sum += h;
    }
    for (let j = 0; j < taps; j++) table[p * taps + j]! /= sum;
  }

  // buf holds input samples with absolute indices [bufStart, bufStart + bufLen).
  let buf = new Float32Array(4096);
  let bufStart = 0;
  let bufLen = 0;
  let out = new Float32Array(4096);
  let nextN = 0; // input index at or before the next output
  let phase = 0; // (k * down) mod up for the next output k
  let totalIn = 0;
  let produced = 0;

  const reset = (): void => {
    // Indices below zero are silence: start with `half` zeros of history.
    bufStart = -half;
    bufLen = half;
    buf.fill(0, 0, half);
    nextN = 0;
    phase = 0;
    totalIn = 0;
    produced = 0;
  };
  reset();

  const append = (input: Float32Array): void => {
    if (bufLen + input.length > buf.length) {
      const grown = new Float32Array(Math.max(buf.length * 2, bufLen + input.length));
      grown.set(buf.subarray(0, bufLen));
      buf = grown;
    }
    buf.set(input, bufLen);
    bufLen += input.length;
  };

  const run = (limit: number): Float32Array => {
    // Outputs whose taps are all inside the buffer, and no more than `limit` in total.
    const end = bufStart + bufLen;
    const maxOut = Math.ceil(((bufLen + 1) * up) / down) + 2;
    if (out.length < maxOut) out = new Float32Array(Math.max(out.length * 2, maxOut));
    let count = 0;
    let n = nextN;
    let p = phase;
    // Locals, not the closure's variables: V8 keeps them in registers in the hot loop.
    const b = buf;
    const tb = table;
    const o = out;
    const start = bufStart;
    const room = limit - produced;
    while (count < room && n + half < end) {
      const base = n - (half - 1) - start;
      const t = p * taps;
      // Four accumulators: V8 does not vectorise, and this halves the loop overhead.
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let j = 0; j < taps; j += 4) {
        a0 += b[base + j]! * tb[t + j]!;
        a1 += b[base + j + 1]! * tb[t + j + 1]!;
        a2 += b[base + j + 2]! * tb[t + j + 2]!;
        a3 += b[base + j + 3]! * tb[t + j + 3]!;
      }
      o[count++] = a0 + a1 + a2 + a3;
      p += down;
      if (p >= up) {
        n += Math.floor(p / up);
        p %= up;
      }
    }
    nextN = n;
    phase = p;
    produced += count;
    // Keep only the history the next output needs.
    const keepFrom = n - (half - 1) - bufStart;
    if (keepFrom > 0) {
      const drop = Math.min(keepFrom, bufLen);
      buf.copyWithin(0, drop, bufLen);
      bufLen -= drop;
      bufStart += drop;
    }
    return out.subarray(0, count);
  };

  const expected = (): number => Math.ceil((totalIn * up) / down);

  if (identity) {
    return {
      fromHz,
      toHz,
      process(input) {
        if (out.length < input.length) out = new Float32Array(input.length);
        out.set(input);
        return out.subarray(0, input.length);
      },
      flush() {
        return out.subarray(0, 0);
      },
      reset() {},
    };
  }

  return {
    fromHz,
    toHz,
    process(input) {
      totalIn += input.length;
      append(input);
      return run(Infinity);
    },
    flush() {
      // Zero-pad the lookahead so every output up to the end of the input is produced.
      const padding = new Float32Array(half + 1);
      append(padding);
      const result = run(expected());
      const copy = result.slice();
      reset();
      if (out.length < copy.length) out = new Float32Array(copy.length);
      out.set(copy);
      return out.subarray(0, copy.length);
    },
    reset,
  };
}

/**
 * Resamples a whole signal in one call.
 *
 * @param input - The samples at `fromHz`.
 * @param fromHz - Input rate.
 * @param toHz - Output rate.
 * @returns A new array of `ceil(input.length * toHz / fromHz)` samples.
 * @example
 * ```ts
 * const narrow = resample(wideband, 16000, 8000);
 * ```
 * @public
 */
export function resample(input: Float32Array, fromHz: number, toHz: number): Float32Array {
  const r = createResampler({ fromHz, toHz });
  const a = r.process(input).slice();
  const b = r.flush();
  const result = new Float32Array(a.length + b.length);
  result.set(a);
  result.set(b, a.length);
  return result;
}
