import type { ReactNode } from 'react';
import { CallReportView, type CallReportViewProps } from '../headless/CallReportView.js';
import { ClosingChecklist, type ClosingChecklistProps } from '../headless/ClosingChecklist.js';
import { NudgeFeed, type NudgeFeedProps } from '../headless/NudgeFeed.js';
import { SentimentMeter, type SentimentMeterProps } from '../headless/SentimentMeter.js';
import { TrajectoryChart, type TrajectoryChartProps } from '../headless/TrajectoryChart.js';
import type { Coach } from '@tonvo/core';
import { LiveChart } from './LiveChart.js';
import { prefabRoot, type PrefabProps } from './prefab-props.js';

/**
 * Styled mood meter (state in words, trend arrow, coloured bar). Needs
 * `@tonvo/react/prefabs.css`.
 *
 * @example
 * ```tsx
 * <TonvoSentimentMeter theme="dark" />
 * ```
 * @public
 */
export function TonvoSentimentMeter(props: SentimentMeterProps & PrefabProps): ReactNode {
  const { theme, className, ...rest } = props;
  return <SentimentMeter {...rest} {...prefabRoot('tonvo-meter', theme, className)} />;
}

/**
 * Styled nudge feed: cards that enter gently (no motion when reduced motion is asked
 * for), copyable phrases, "Why?" on demand, feedback buttons.
 *
 * @example
 * ```tsx
 * <TonvoNudgeFeed maxVisible={2} />
 * ```
 * @public
 */
export function TonvoNudgeFeed(props: NudgeFeedProps & PrefabProps): ReactNode {
  const { theme, className, cardProps, ...rest } = props;
  return (
    <NudgeFeed
      {...rest}
      cardProps={{ ...cardProps, className: `tonvo-nudge ${cardProps?.className ?? ''}`.trim() }}
      {...prefabRoot('tonvo-feed', theme, className)}
    />
  );
}

/** Props of {@link TonvoTrajectoryChart}. @public */
export type TonvoTrajectoryChartProps = Omit<TrajectoryChartProps, 'samples'> &
  PrefabProps & {
    /** Samples to draw; default the live trajectory of `speaker` from the coach. */
    readonly samples?: TrajectoryChartProps['samples'];
    readonly coach?: Coach;
  };

/**
 * Styled trajectory chart, coloured by state; live from the coach unless `samples`
 * are given.
 *
 * @example
 * ```tsx
 * <TonvoTrajectoryChart speaker="customer" />
 * ```
 * @public
 */
export function TonvoTrajectoryChart(props: TonvoTrajectoryChartProps): ReactNode {
  const { theme, className, samples, coach, speaker = 'customer', ...rest } = props;
  const root = prefabRoot('tonvo-chart', theme, className);
  if (samples !== undefined)
    return <TrajectoryChart {...rest} speaker={speaker} samples={samples} {...root} />;
  return (
    <LiveChart {...rest} speaker={speaker} {...(coach === undefined ? {} : { coach })} {...root} />
  );
}

/**
 * Styled closing checklist.
 *
 * @example
 * ```tsx
 * <TonvoClosingChecklist />
 * ```
 * @public
 */
export function TonvoClosingChecklist(props: ClosingChecklistProps & PrefabProps): ReactNode {
  const { theme, className, ...rest } = props;
  return <ClosingChecklist {...rest} {...prefabRoot('tonvo-checklist', theme, className)} />;
}

/**
 * Styled post-call report: trajectory with nudge markers, moments, adoption, talk
 * ratio and closing checklist.
 *
 * @example
 * ```tsx
 * <TonvoCallReport />
 * ```
 * @public
 */
export function TonvoCallReport(props: CallReportViewProps & PrefabProps): ReactNode {
  const { theme, className, ...rest } = props;
  return (
    <CallReportView
      classNames={{ chart: 'tonvo-chart', checklist: 'tonvo-checklist' }}
      {...rest}
      {...prefabRoot('tonvo-report', theme, className)}
    />
  );
}
