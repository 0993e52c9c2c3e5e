import type { HTMLAttributes, ReactNode } from 'react';
import type { Coach } from '@tonvo/core';
import { ClosingChecklist } from '../headless/ClosingChecklist.js';
import { withLabels, type TonvoLabels } from '../headless/labels.js';
import { NudgeFeed } from '../headless/NudgeFeed.js';
import { SentimentMeter } from '../headless/SentimentMeter.js';
import { LiveChart } from './LiveChart.js';
import { prefabRoot, type PrefabProps } from './prefab-props.js';

/** Props of {@link TonvoCoachPanel}. @public */
export interface TonvoCoachPanelProps
  extends PrefabProps, Omit<HTMLAttributes<HTMLElement>, 'children' | 'className'> {
  readonly coach?: Coach;
  readonly labels?: Partial<TonvoLabels>;
  /** Heading of the panel; default `labels.panelTitle` (`Live coaching`). */
  readonly title?: string;
  /** Most nudge cards at once; default 2. */
  readonly maxNudges?: number;
  /** Extra content at the end (e.g. your own controls). */
  readonly children?: ReactNode;
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
  const { theme, className, coach, labels, title, maxNudges = 2, children, ...rest } = props;
  const l = withLabels(labels);
  const c = coach === undefined ? {} : { coach };
  const heading = title ?? l.panelTitle;
  return (
    <aside aria-label={heading} {...rest} {...prefabRoot('tonvo-panel', theme, className)}>
      <h2 data-part="title">{heading}</h2>
      <SentimentMeter {...c} labels={l} className="tonvo-meter" />
      <LiveChart
        coach={coach}
        speaker="customer"
        labels={l}
        className="tonvo-chart"
        width={280}
        height={64}
      />
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
