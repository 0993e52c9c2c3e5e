import type { SentimentSample, SentimentState } from '@tonvo/core';

/** Options of {@link trajectoryGeometry}. @public */
export interface TrajectoryGeometryOptions {
  readonly width: number;
  readonly height: number;
  /** Left edge of the time axis; default the first sample. */
  readonly startMs?: number;
  /** Right edge of the time axis; default the last sample. */
  readonly endMs?: number;
}

/** A point of the chart, in SVG user units. @public */
export interface TrajectoryPoint {
  readonly x: number;
  readonly y: number;
  readonly atMs: number;
  readonly score: number;
  readonly state: SentimentState;
}

/** SVG geometry of a sentiment trajectory. @public */
export interface TrajectoryGeometry {
  /** The score line (`d` of a path); empty without samples. */
  readonly line: string;
  /** The area between the line and the neutral axis. */
  readonly area: string;
  /** y of score 0. */
  readonly zeroY: number;
  readonly points: readonly TrajectoryPoint[];
  /** Points where the state changed (the first sample counts as one). */
  readonly changes: readonly TrajectoryPoint[];
  /** The x of a time (clamped to the axis). */
  readonly xAt: (atMs: number) => number;
}

const r = (v: number): number => Math.round(v * 100) / 100;

/**
 * Maps samples (time, score in [-1, 1]) to SVG coordinates: time left to right,
 * score bottom (-1) to top (1). Pure, so the chart renders the same on the server.
 *
 * @example
 * ```ts
 * const g = trajectoryGeometry(samples, { width: 300, height: 80 });
 * <path d={g.line} />
 * ```
 * @public
 */
export function trajectoryGeometry(
  samples: readonly SentimentSample[],
  options: TrajectoryGeometryOptions,
): TrajectoryGeometry {
  const { width, height } = options;
  const zeroY = r(height / 2);
  const first = samples[0];
  const last = samples[samples.length - 1];
  const start = options.startMs ?? first?.atMs ?? 0;
  const end = Math.max(options.endMs ?? last?.atMs ?? 0, start + 1);
  const x = (t: number): number =>
    r(((Math.min(Math.max(t, start), end) - start) / (end - start)) * width);
  if (first === undefined) return { line: '', area: '', zeroY, points: [], changes: [], xAt: x };
  const y = (s: number): number => r(((1 - Math.max(-1, Math.min(1, s))) / 2) * height);
  const points = samples.map((s): TrajectoryPoint => ({
    x: x(s.atMs),
    y: y(s.score),
    atMs: s.atMs,
    score: s.score,
    state: s.state,
  }));
  let line = '';
  for (const [i, p] of points.entries()) line += `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`;
  // A single sample is drawn as a flat line to the right edge.
  const tail = points.length === 1 ? `L${r(width)} ${points[0]!.y}` : '';
  line += tail;
  const lastX = points.length === 1 ? r(width) : points[points.length - 1]!.x;
  const area = `${line}L${lastX} ${zeroY}L${points[0]!.x} ${zeroY}Z`;
  const changes = points.filter((p, i) => i === 0 || p.state !== points[i - 1]!.state);
  return { line, area, zeroY, points, changes, xAt: x };
}
