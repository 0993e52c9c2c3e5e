/** A pitch estimate for one frame. @public */
export interface PitchEstimate {
  /** Fundamental frequency of the best period, Hz (0 when no period fits the range). */
  f0Hz: number;
  /**
   * How periodic the frame is at that period, in [0, 1]: 1 minus YIN's cumulative mean
   * normalised difference. Voiced speech is typically above 0.7, noise below 0.5.
   */
  periodicity: number;
}

/** Options for {@link yinPitch}. @public */
export interface YinOptions {
  /** Lowest F0 searched, Hz. The frame must hold at least two periods of it. */
  readonly minHz: number;
  /** Highest F0 searched, Hz. */
  readonly maxHz: number;
  /** Absolute threshold on the normalised difference (YIN's step 4). Default 0.15. */
  readonly threshold?: number;
}

/**
 * Estimates F0 with YIN (de Cheveigné and Kawahara, 2002): difference function,
 * cumulative mean normalisation, absolute threshold, parabolic interpolation. The
 * integration window is the frame minus the longest lag, so a 40 ms frame with a
 * 75 Hz floor integrates over about 27 ms. DC offsets cancel in the difference function.
 *
 * @param frame - Samples; at least twice the longest period.
 * @param sampleRateHz - Sample rate of `frame`.
 * @param options - Search range and threshold.
 * @param scratch - Working memory of at least `floor(sampleRateHz / minHz) + 2` floats;
 *   pass one to avoid an allocation per call.
 * @param out - Where to write the estimate; pass one to avoid an allocation per call.
 * @returns The estimate (`out` when given).
 * @example
 * ```ts
 * const est = yinPitch(frame, 8000, { minHz: 75, maxHz: 600 });
 * if (est.periodicity > 0.7) use(est.f0Hz);
 * ```
 * @public
 */
export function yinPitch(
  frame: Float32Array,
  sampleRateHz: number,
  options: YinOptions,
  scratch?: Float32Array,
  out?: PitchEstimate,
): PitchEstimate {
  const result = out ?? { f0Hz: 0, periodicity: 0 };
  const n = frame.length;
  const maxLag = Math.min(Math.floor(sampleRateHz / options.minHz), Math.floor(n / 2));
  const minLag = Math.max(2, Math.floor(sampleRateHz / options.maxHz));
  const threshold = options.threshold ?? 0.15;
  result.f0Hz = 0;
  result.periodicity = 0;
  if (maxLag <= minLag + 1) return result;
  const w = n - maxLag;
  const d =
    scratch !== undefined && scratch.length >= maxLag + 2 ? scratch : new Float32Array(maxLag + 2);

  // d(tau) = e(0) + e(tau) - 2 r(tau), with e(tau) the energy of x[tau .. tau + w).
  let e0 = 0;
  for (let j = 0; j < w; j++) e0 += frame[j]! * frame[j]!;
  if (e0 <= 1e-12) return result;
  let eTau = e0;
  d[0] = 1;
  let running = 0;
  for (let tau = 1; tau <= maxLag; tau++) {
    const leaving = frame[tau - 1]!;
    const entering = frame[tau + w - 1]!;
    eTau += entering * entering - leaving * leaving;
    let r0 = 0;
    let r1 = 0;
    let r2 = 0;
    let r3 = 0;
    let j = 0;
    for (; j + 3 < w; j += 4) {
      r0 += frame[j]! * frame[j + tau]!;
      r1 += frame[j + 1]! * frame[j + 1 + tau]!;
      r2 += frame[j + 2]! * frame[j + 2 + tau]!;
      r3 += frame[j + 3]! * frame[j + 3 + tau]!;
    }
    for (; j < w; j++) r0 += frame[j]! * frame[j + tau]!;
    const r = r0 + r1 + r2 + r3;
    const diff = Math.max(0, e0 + eTau - 2 * r);
    running += diff;
    d[tau] = running > 0 ? (diff * tau) / running : 1;
  }

  // First dip under the threshold, followed down to its local minimum; else the global minimum.
  let best = -1;
  for (let tau = minLag; tau <= maxLag; tau++) {
    if (d[tau]! < threshold) {
      while (tau + 1 <= maxLag && d[tau + 1]! < d[tau]!) tau++;
      best = tau;
      break;
    }
  }
  if (best < 0) {
    best = minLag;
    for (let tau = minLag + 1; tau <= maxLag; tau++) if (d[tau]! < d[best]!) best = tau;
  }
  // A minimum at the longest lag is the edge of the range, not a dip: the period lies
  // outside it, so the frame counts as aperiodic.
  if (best === maxLag) {
    result.periodicity = Math.max(0, Math.min(0.5, 1 - d[best]!));
    return result;
  }
  let period = best;
  if (best > 1 && best < maxLag) {
    const a = d[best - 1]!;
    const b = d[best]!;
    const c = d[best + 1]!;
    const denom = a - 2 * b + c;
    if (denom > 0) period = best + (0.5 * (a - c)) / denom;
  }
  result.f0Hz = sampleRateHz / period;
  result.periodicity = Math.max(0, Math.min(1, 1 - d[best]!));
  return result;
}
