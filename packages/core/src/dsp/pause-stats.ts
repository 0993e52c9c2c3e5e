import type { TimeSpan } from '../events/types.js';

/** Pauses and silences between speech segments. @public */
export interface PauseStats {
  /** Pauses of at least `minPauseMs` between segments (leading and trailing silence excluded). */
  readonly count: number;
  readonly totalMs: number;
  readonly longestMs: number;
  readonly meanMs: number;
  /** Share of the span covered by speech, in [0, 1]. */
  readonly speechRatio: number;
}

/**
 * Pause statistics of speech segments over a span: the gaps between consecutive
 * segments that last at least `minPauseMs`. Overlapping or unsorted segments are fine.
 *
 * @param segments - Speech segments, ms.
 * @param span - The stretch judged, ms.
 * @param minPauseMs - Shortest gap that counts as a pause. Default 200.
 * @returns The statistics.
 * @example
 * ```ts
 * pauseStats([{ startMs: 0, endMs: 1000 }, { startMs: 1500, endMs: 2000 }], { startMs: 0, endMs: 2000 });
 * // { count: 1, totalMs: 500, longestMs: 500, meanMs: 500, speechRatio: 0.75 }
 * ```
 * @public
 */
export function pauseStats(
  segments: readonly TimeSpan[],
  span: TimeSpan,
  minPauseMs = 200,
): PauseStats {
  const sorted = segments
    .map((s) => ({
      startMs: Math.max(span.startMs, s.startMs),
      endMs: Math.min(span.endMs, s.endMs),
    }))
    .filter((s) => s.endMs > s.startMs)
    .sort((a, b) => a.startMs - b.startMs);
  let speech = 0;
  let count = 0;
  let total = 0;
  let longest = 0;
  let coveredTo = -Infinity;
  for (const s of sorted) {
    if (coveredTo > -Infinity && s.startMs - coveredTo >= minPauseMs) {
      const gap = s.startMs - coveredTo;
      count++;
      total += gap;
      longest = Math.max(longest, gap);
    }
    const from = Math.max(s.startMs, coveredTo);
    if (s.endMs > from) speech += s.endMs - from;
    coveredTo = Math.max(coveredTo, s.endMs);
  }
  const length = span.endMs - span.startMs;
  return {
    count,
    totalMs: total,
    longestMs: longest,
    meanMs: count === 0 ? 0 : total / count,
    speechRatio: length > 0 ? Math.min(1, speech / length) : 0,
  };
}
