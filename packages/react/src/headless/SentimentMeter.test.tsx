import { Profiler } from 'react';
import { act, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { say, testCoach } from '../../test/coach-helpers.js';
import { TonvoProvider } from '../hooks/TonvoProvider.js';
import { DEFAULT_LABELS } from './labels.js';
import { SentimentMeter } from './SentimentMeter.js';

test('the meter follows the customer state, in data-* and in words, and re-renders only for it', () => {
  const coach = testCoach();
  let commits = 0;
  render(
    <TonvoProvider coach={coach}>
      <Profiler id="meter" onRender={() => commits++}>
        <SentimentMeter />
      </Profiler>
      <SentimentMeter speaker="agent" />
    </TonvoProvider>,
  );
  const meter = screen.getByRole('meter', { name: 'Customer mood' });
  expect(meter.getAttribute('data-state')).toBe('neutral');
  expect(meter.getAttribute('aria-valuetext')).toBe('Neutral, steady');
  const start = commits;
  act(() => say(coach, 'agent', 'Thanks for calling, how can I help?', 0, 2000));
  expect(commits).toBe(start);
  act(() =>
    say(
      coach,
      'customer',
      'This is ridiculous. It is the third time I call about this.',
      2500,
      5000,
    ),
  );
  expect(meter.getAttribute('data-state')).toBe('frustrated');
  expect(meter.getAttribute('data-level')).toBe('low');
  expect(Number(meter.getAttribute('aria-valuenow'))).toBeLessThan(0);
  expect(meter.getAttribute('aria-valuetext')).toMatch(/^Frustrated, /);
  expect(meter.textContent).toContain('Frustrated');
  expect(screen.getByRole('meter', { name: 'Agent mood' }).getAttribute('data-state')).toBe(
    'neutral',
  );
});

test('custom labels replace the words the meter shows and announces', () => {
  const coach = testCoach();
  const labels = {
    states: { ...DEFAULT_LABELS.states, frustrated: 'Frustré' },
    speakers: { ...DEFAULT_LABELS.speakers, customer: 'Client' },
    mood: (speaker: string) => `Humeur ${speaker}`,
  };
  render(
    <TonvoProvider coach={coach}>
      <SentimentMeter labels={labels} />
    </TonvoProvider>,
  );
  const meter = screen.getByRole('meter', { name: 'Humeur Client' });
  act(() =>
    say(
      coach,
      'customer',
      'This is ridiculous. It is the third time I call about this.',
      2500,
      5000,
    ),
  );
  expect(meter.getAttribute('data-state')).toBe('frustrated');
  expect(meter.textContent).toContain('Frustré');
  expect(meter.textContent).not.toContain('Frustrated');
  expect(meter.getAttribute('aria-valuetext')).toMatch(/^Frustré, /);
});
