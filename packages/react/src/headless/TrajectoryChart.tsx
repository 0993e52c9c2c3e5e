import type { ReactNode, SVGAttributes } from 'react';
import { formatClock, type SentimentSample, type Speaker, type TrajectoryArc } from '@tonvo/core';
import { withLabels, type TonvoLabels } from './labels.js';
import { trajectoryGeometry } from './trajectory-geometry.js';

/** A time to mark on the chart (e.g. a nudge). @public */
export interface TrajectoryMarker {
  readonly atMs: number;
  readonly label: string;
  /** Written to the marker's `data-kind`. */
  readonly kind?: string;
}

/** Props of {@link TrajectoryChart}. @public */
export interface TrajectoryChartProps extends Omit<SVGAttributes<SVGSVGElement>, 'children'> {
  readonly samples: readonly SentimentSample[];
  readonly speaker?: Speaker;
  /** Width and height of the drawing in SVG units (the SVG scales to its box). */
  readonly width?: number;
  readonly height?: number;
  readonly startMs?: number;
  readonly endMs?: number;
  /** The overall arc, when known (from a report); lands on `data-arc` and in the label. */
  readonly arc?: TrajectoryArc;
  readonly markers?: readonly TrajectoryMarker[];
  readonly labels?: Partial<TonvoLabels>;
}

/**
 * Headless SVG chart of a sentiment trajectory (no chart library): a line and area
 * around the neutral axis, a dot where the state changed (`data-state`), optional
 * markers, and a text description as its accessible name.
 *
 * @example
 * ```tsx
 * <TrajectoryChart samples={useTrajectory()} className="my-chart" />
 * ```
 * @public
 */
export function TrajectoryChart({
  samples,
  speaker = 'customer',
  width = 320,
  height = 96,
  startMs,
  endMs,
  arc,
  markers = [],
  labels,
  ...rest
}: TrajectoryChartProps): ReactNode {
  const l = withLabels(labels);
  const g = trajectoryGeometry(samples, {
    width,
    height,
    ...(startMs === undefined ? {} : { startMs }),
    ...(endMs === undefined ? {} : { endMs }),
  });
  const describe = (): string => {
    const title = l.trajectory(l.speakers[speaker]);
    const first = samples[0];
    const last = samples[samples.length - 1];
    if (first === undefined || last === undefined) return `${title}: no samples yet.`;
    let low = first;
    for (const s of samples) if (s.score < low.score) low = s;
    const arcText = arc === undefined ? '' : ` (${l.arcs[arc]})`;
    return (
      `${title}${arcText}: started ${l.states[first.state].toLowerCase()}, ` +
      `lowest at ${formatClock(low.atMs)} (${l.states[low.state].toLowerCase()}), ` +
      `now ${l.states[last.state].toLowerCase()}.`
    );
  };
  return (
    <svg
      role="img"
      aria-label={describe()}
      viewBox={`0 0 ${width} ${height}`}
      {...rest}
      data-speaker={speaker}
      data-arc={arc}
      data-samples={samples.length}
    >
      <line
        data-part="zero"
        x1={0}
        x2={width}
        y1={g.zeroY}
        y2={g.zeroY}
        stroke="currentColor"
        strokeOpacity={0.3}
        vectorEffect="non-scaling-stroke"
      />
      {g.line === '' ? null : (
        <>
          <path data-part="area" d={g.area} fill="currentColor" fillOpacity={0.12} stroke="none" />
          <path
            data-part="line"
            d={g.line}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        </>
      )}
      {markers.map((m) => (
        <line
          key={`${m.atMs}-${m.label}`}
          data-part="marker"
          data-kind={m.kind}
          x1={g.xAt(m.atMs)}
          x2={g.xAt(m.atMs)}
          y1={0}
          y2={height}
          stroke="currentColor"
          strokeOpacity={0.4}
          strokeDasharray="2 3"
          vectorEffect="non-scaling-stroke"
        >
          <title>{m.label}</title>
        </line>
      ))}
      {g.changes.map((p) => (
        <circle
          key={p.atMs}
          data-part="change"
          data-state={p.state}
          cx={p.x}
          cy={p.y}
          r={3}
          fill="currentColor"
        >
          <title>{`${formatClock(p.atMs)} ${l.states[p.state]}`}</title>
        </circle>
      ))}
    </svg>
  );
}
