import type { HTMLAttributes, ReactNode } from 'react';
import type { Coach } from '@tonvo/core';
import { ClosingChecklist } from '../headless/ClosingChecklist.js';
import { withLabels, type TonvoLabels } from '../headless/labels.js';
import { NudgeFeed } from '../headless/NudgeFeed.js';
import { SentimentMeter } from '../headless/SentimentMeter.js';
import { TrajectoryChart } from '../headless/TrajectoryChart.js';
import { useTrajectory } from '../hooks/useTrajectory.js';
import { prefabRoot, type PrefabProps } from './prefab-props.js';

/** Props of {@link TonvoCoachPanel}. @public */
export interface TonvoCoachPanelProps
  extends PrefabProps, Omit<HTMLAttributes<HTMLElement>, 'children' | 'className'> {
  readonly coach?: Coach;
  readonly labels?: Partial<TonvoLabels>;
  /** Heading of the panel; default `Live coaching`. */
  readonly title?: string;
  /** Most nudge cards at once; default 2. */
  readonly maxNudges?: number;
  /** Extra content at the end (e.g. your own controls). */
  readonly children?: ReactNode;
}

function LiveTrajectory({
  coach,
  labels,
}: {
  coach: Coach | undefined;
  labels: TonvoLabels;
}): ReactNode {
  const samples = useTrajectory('customer', coach);
  return (
    <TrajectoryChart
      className="tonvo-chart"
      samples={samples}
      labels={labels}
      width={280}
      height={64}
    />
  );
}

/**
 * The whole live side panel in one piece: the customer's mood meter and recent
 * trajectory, the nudge feed and the closing checklist.
 *
 * @example
 * ```tsx
 * <TonvoProvider coach={coach}><TonvoCoachPanel theme="auto" /></TonvoProvider>
 * ```
 * @public
 */
export function TonvoCoachPanel(props: TonvoCoachPanelProps): ReactNode {
  const {
    theme,
    className,
    coach,
    labels,
    title = 'Live coaching',
    maxNudges = 2,
    children,
    ...rest
  } = props;
  const l = withLabels(labels);
  const c = coach === undefined ? {} : { coach };
  return (
    <aside aria-label={title} {...rest} {...prefabRoot('tonvo-panel', theme, className)}>
      <h2 data-part="title">{title}</h2>
      <SentimentMeter {...c} labels={l} className="tonvo-meter" />
      <LiveTrajectory coach={coach} labels={l} />
      <NudgeFeed
        {...c}
        labels={l}
        maxVisible={maxNudges}
        className="tonvo-feed"
        cardProps={{ className: 'tonvo-nudge' }}
      />
      <ClosingChecklist {...c} labels={l} className="tonvo-checklist" />
      {children}
    </aside>
  );
}
