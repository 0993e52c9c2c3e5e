import { act, render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { sampleCallEvents } from '../../test/sample-call.js';
import { testCoach } from '../../test/coach-helpers.js';
import { TonvoProvider } from '../hooks/TonvoProvider.js';
import { CallReportView } from './CallReportView.js';

test('the report appears when the call ends, with trajectory, moments, adoption and talk', async () => {
  const coach = testCoach();
  render(
    <TonvoProvider coach={coach}>
      <CallReportView />
    </TonvoProvider>,
  );
  act(() => {
    for (const e of sampleCallEvents()) coach.push(e);
  });
  expect(screen.queryByRole('article')).toBeNull();
  const report = await act(() => coach.end());
  const view = screen.getByRole('article');
  expect(within(view).getByRole('heading', { level: 2, name: 'Call report' })).toBeTruthy();
  const customer = report.trajectories.find((t) => t.speaker === 'customer')!;
  expect(view.getAttribute('data-arc')).toBe(customer.arc);
  const chart = within(view).getByRole('img');
  expect(Number(chart.getAttribute('data-samples'))).toBe(customer.samples.length);
  expect(chart.querySelectorAll('[data-part="marker"]')).toHaveLength(report.nudges.length);
  const moments = within(
    within(view).getByRole('region', { name: 'Moments that mattered' }),
  ).getAllByRole('listitem');
  expect(moments.map((li) => li.textContent)).toEqual(
    report.moments.map((m) => expect.stringContaining(m.text) as unknown as string),
  );
  const adoption = within(view).getByRole('region', { name: 'Suggestions and what came of them' });
  expect(
    within(adoption)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-trigger')),
  ).toEqual(report.nudges.map((o) => o.nudge.trigger));
  expect(adoption.textContent).toContain(
    `${report.adoption.acted} of ${report.adoption.nudges} suggestions acted on`,
  );
  const talk = within(view).getByRole('meter');
  expect(Number(talk.getAttribute('value'))).toBeCloseTo(report.talk.agentTalkRatio, 5);
  expect(
    within(view).getByRole('group', { name: 'Closing checklist' }).getAttribute('data-evaluated'),
  ).toBe(String(report.closing.evaluated));
});
