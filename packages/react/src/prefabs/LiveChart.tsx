import type { ReactNode } from 'react';
import type { Coach, Speaker } from '@tonvo/core';
import { TrajectoryChart, type TrajectoryChartProps } from '../headless/TrajectoryChart.js';
import { useTrajectory } from '../hooks/useTrajectory.js';

/** Props of {@link LiveChart}. @internal */
export type LiveChartProps = Omit<TrajectoryChartProps, 'samples'> & {
  readonly coach?: Coach | undefined;
  readonly speaker: Speaker;
};

/** A trajectory chart fed live from the coach's trajectory of `speaker`. @internal */
export function LiveChart(props: LiveChartProps): ReactNode {
  const { coach, ...rest } = props;
  return <TrajectoryChart {...rest} samples={useTrajectory(props.speaker, coach)} />;
}
