import { createElement, type HTMLAttributes, type ReactNode } from 'react';
import { formatClock, formatDuration, type CallReport, type Coach } from '@tonvo/core';
import { useCallReport } from '../hooks/useCallReport.js';
import { ClosingChecklist } from './ClosingChecklist.js';
import { withLabels, type TonvoLabels } from './labels.js';
import { TrajectoryChart } from './TrajectoryChart.js';

/** Props of {@link CallReportView}. @public */
export interface CallReportViewProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The report to show; default: the coach's, once the call ended. */
  readonly report?: CallReport;
  readonly coach?: Coach;
  readonly labels?: Partial<TonvoLabels>;
  /** Level of the report's heading (sections use the next one); default 2. */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Size of the trajectory drawing in SVG units. */
  readonly chartWidth?: number;
  readonly chartHeight?: number;
  /** Class names for the nested chart and checklist (the prefab passes its own). */
  readonly classNames?: { readonly chart?: string; readonly checklist?: string };
}

function LiveReport(props: Omit<CallReportViewProps, 'report'>): ReactNode {
  const { coach, ...rest } = props;
  const report = useCallReport(coach);
  return report === undefined ? null : <ReportView {...rest} report={report} />;
}

function ReportView({
  report,
  labels,
  headingLevel = 2,
  chartWidth = 640,
  chartHeight = 140,
  classNames,
  ...rest
}: Omit<CallReportViewProps, 'coach' | 'report'> & { report: CallReport }): ReactNode {
  const l = withLabels(labels);
  const h = (level: number, text: string): ReactNode =>
    createElement(`h${Math.min(level, 6)}`, { 'data-part': 'heading' }, text);
  const customer = report.trajectories.find((t) => t.speaker === 'customer');
  const { adoption, talk } = report;
  const agentPct = Math.round(talk.agentTalkRatio * 100);
  return (
    <article
      {...rest}
      data-conversation={report.conversation}
      data-arc={customer?.arc}
      data-nudges={report.nudges.length}
    >
      <header data-part="header">
        {h(headingLevel, l.report)}
        <p data-part="duration">
          {report.conversation} · {formatDuration(report.endMs - report.startMs)}
        </p>
      </header>
      {customer === undefined ? null : (
        <section data-part="trajectory" aria-label={l.trajectory(l.speakers.customer)}>
          {h(headingLevel + 1, l.trajectory(l.speakers.customer))}
          <p data-part="arc" data-arc={customer.arc}>
            {l.arcs[customer.arc]}: {l.states[customer.startState]} → {l.states[customer.endState]}
          </p>
          <TrajectoryChart
            className={classNames?.chart}
            samples={customer.samples}
            speaker="customer"
            arc={customer.arc}
            startMs={report.startMs}
            endMs={report.endMs}
            width={chartWidth}
            height={chartHeight}
            labels={l}
            markers={report.nudges.map((o) => ({
              atMs: o.nudge.atMs,
              label: o.nudge.trigger,
              kind: 'nudge',
            }))}
          />
        </section>
      )}
      <section data-part="moments" aria-label={l.moments}>
        {h(headingLevel + 1, l.moments)}
        {report.moments.length === 0 ? (
          <p>{l.noMoments}</p>
        ) : (
          <ol>
            {report.moments.map((m) => (
              <li key={`${m.atMs}-${m.kind}`} data-kind={m.kind} data-at-ms={m.atMs}>
                {m.text}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section data-part="adoption" aria-label={l.nudgesTitle}>
        {h(headingLevel + 1, l.nudgesTitle)}
        <p data-part="adoption-rate">
          {l.adoption(adoption.acted, adoption.nudges, Math.round(adoption.rate * 100))}
        </p>
        <ol>
          {report.nudges.map((o) => (
            <li
              key={o.nudge.id}
              data-trigger={o.nudge.trigger}
              data-acted={o.acted}
              data-improved={o.improved}
              data-feedback={o.feedback}
            >
              <time data-part="time">{formatClock(o.nudge.atMs)}</time>{' '}
              <span data-part="trigger">{o.nudge.trigger}</span>{' '}
              <span data-part="outcome">
                {o.acted ? l.actedOn : l.notActedOn}
                {o.acted && o.actedEvidence !== '' ? `: ${o.actedEvidence}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section data-part="talk" aria-label={l.talk}>
        {h(headingLevel + 1, l.talk)}
        <p>
          <label>
            {l.talkRatio}: {agentPct}%{' '}
            <meter
              min={0}
              max={1}
              low={0.35}
              high={0.65}
              optimum={0.5}
              value={talk.agentTalkRatio}
            />
          </label>
        </p>
        <p data-part="talk-stats">
          {l.talkStats(
            Math.round(talk.agentWordsPerMinute),
            formatDuration(talk.longestMonologueMs),
            talk.silenceCount,
          )}
        </p>
      </section>
      <section data-part="closing" aria-label={l.closing}>
        {h(headingLevel + 1, l.closing)}
        <ClosingChecklist className={classNames?.checklist} checklist={report.closing} labels={l} />
      </section>
    </article>
  );
}

/**
 * Headless post-call report: the customer's trajectory with its arc and the nudges
 * marked, the key moments in words, nudges with what came of them (adoption), talk
 * ratio and the closing checklist. Renders nothing until there is a report.
 *
 * @example
 * ```tsx
 * <CallReportView className="my-report" />
 * ```
 * @public
 */
export function CallReportView({ report, ...rest }: CallReportViewProps): ReactNode {
  if (report !== undefined) {
    const { coach: _coach, ...view } = rest;
    return <ReportView {...view} report={report} />;
  }
  return <LiveReport {...rest} />;
}
