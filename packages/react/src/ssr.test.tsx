// @vitest-environment node
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import type { CallReport, Coach } from '@tonvo/core';
import { say, testCoach } from '../test/coach-helpers.js';
import { sampleCallEvents } from '../test/sample-call.js';
import {
  CallReportView,
  ClosingChecklist,
  NudgeAnnouncer,
  NudgeCard,
  NudgeFeed,
  SentimentMeter,
  TonvoProvider,
  TrajectoryChart,
} from './index.js';
import {
  TonvoCallReport,
  TonvoClosingChecklist,
  TonvoCoachPanel,
  TonvoNudgeFeed,
  TonvoSentimentMeter,
  TonvoTrajectoryChart,
} from './prefabs/index.js';

let errors: MockInstance;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(errors).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

async function endedCall(): Promise<{ coach: Coach; report: CallReport }> {
  const coach = testCoach();
  for (const e of sampleCallEvents()) coach.push(e);
  return { coach, report: await coach.end() };
}

const html = (coach: Coach, node: ReactNode): string =>
  renderToString(<TonvoProvider coach={coach}>{node}</TonvoProvider>);

describe('renderToString (no DOM)', () => {
  test('live widgets render the initial snapshot on the server, whatever the coach saw', () => {
    expect(typeof document).toBe('undefined');
    const coach = testCoach();
    say(coach, 'customer', 'This is ridiculous, I was charged twice.', 0, 3000);
    expect(coach.getSnapshot().nudges.length).toBeGreaterThan(0);
    const meter = html(coach, <SentimentMeter />);
    expect(meter).toContain('role="meter"');
    expect(meter).toContain('data-state="neutral"');
    const feed = html(coach, <NudgeFeed />);
    expect(feed).toContain('role="status"');
    expect(feed).toContain('No suggestions right now.');
    expect(html(coach, <NudgeAnnouncer />)).toContain('aria-live="polite"');
    expect(html(coach, <ClosingChecklist />)).toContain('data-item="anythingElse"');
    expect(html(coach, <CallReportView />)).toBe('');
    for (const node of [
      <TonvoSentimentMeter key="m" theme="dark" />,
      <TonvoNudgeFeed key="f" />,
      <TonvoTrajectoryChart key="t" />,
      <TonvoClosingChecklist key="c" />,
      <TonvoCoachPanel key="p" />,
      <TonvoCallReport key="r" />,
    ]) {
      const out = html(coach, node);
      if (node.key !== 'r') expect(out).toMatch(/class="tonvo tonvo-[a-z]+"/);
    }
    expect(html(coach, <TonvoSentimentMeter theme="dark" />)).toContain('data-tonvo-theme="dark"');
  });

  test('widgets given data render it on the server', async () => {
    const { coach, report } = await endedCall();
    const customer = report.trajectories.find((t) => t.speaker === 'customer')!;
    const out = html(coach, <TonvoCallReport report={report} />);
    expect(out).toContain('Call report');
    expect(out).toContain(`data-arc="${customer.arc}"`);
    const escaped = (t: string): string =>
      t.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');
    for (const m of report.moments) expect(out).toContain(escaped(m.text));
    const chart = html(coach, <TrajectoryChart samples={customer.samples} arc={customer.arc} />);
    expect(chart).toContain('data-part="line"');
    expect(html(coach, <ClosingChecklist checklist={report.closing} />)).toContain(
      `data-evaluated="${String(report.closing.evaluated)}"`,
    );
    // A summary and next steps where there was nothing to sum up are not needed, not
    // missing; "anything else?" always is.
    const nothing = {
      ...report.closing,
      summary: false,
      nextSteps: false,
      anythingElse: false,
      nothingToSum: true,
      evaluated: true,
    };
    const list = html(coach, <ClosingChecklist checklist={nothing} />);
    expect(list).toMatch(/data-item="summary" data-done="false" data-needed="false"/);
    expect(list).toContain('not needed');
    expect(list).toMatch(/data-item="nextSteps" data-done="false" data-needed="false"/);
    expect(list).toMatch(/data-item="anythingElse" data-done="false" data-needed="true"/);
    const nudge = report.nudges[0]!.nudge;
    const card = html(
      coach,
      <NudgeCard
        nudge={{ type: 'nudge', ...nudge }}
        feedback={{
          send: () => true,
          used: () => true,
          dismiss: () => true,
          notHelpful: () => true,
        }}
      />,
    );
    expect(card).toContain(`data-trigger="${nudge.trigger}"`);
  });
});
