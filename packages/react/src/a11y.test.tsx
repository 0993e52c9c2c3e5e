import axe from 'axe-core';
import { act, render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { say, testCoach } from '../test/coach-helpers.js';
import { sampleCallEvents } from '../test/sample-call.js';
import { TonvoProvider } from './index.js';
import { TonvoCallReport, TonvoCoachPanel } from './prefabs/index.js';

async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

test('the live panel with nudges has no axe violations', async () => {
  const coach = testCoach();
  const { container } = render(
    <main>
      <TonvoProvider coach={coach}>
        <TonvoCoachPanel />
      </TonvoProvider>
    </main>,
  );
  expect(await violations(container)).toEqual([]);
  act(() => say(coach, 'customer', 'This is ridiculous, I was charged twice.', 0, 3000));
  act(() =>
    say(
      coach,
      'agent',
      'The provisioning workflow initiated a secondary authorization.',
      3500,
      6000,
    ),
  );
  expect(container.querySelectorAll('article').length).toBeGreaterThan(0);
  expect(await violations(container)).toEqual([]);
});

test('the call report has no axe violations', async () => {
  const coach = testCoach();
  for (const e of sampleCallEvents()) coach.push(e);
  const report = await coach.end();
  const { container } = render(
    <main>
      <TonvoCallReport report={report} />
    </main>,
  );
  expect(await violations(container)).toEqual([]);
});
