import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { testCoach } from '../../test/coach-helpers.js';
import { TonvoProvider } from '../hooks/TonvoProvider.js';
import { TonvoCoachPanel } from './TonvoCoachPanel.js';

test('the panel heading comes from title, else from the labels, else Live coaching', () => {
  const coach = testCoach();
  render(
    <TonvoProvider coach={coach}>
      <TonvoCoachPanel />
      <TonvoCoachPanel labels={{ panelTitle: 'Coaching en direct' }} />
      <TonvoCoachPanel labels={{ panelTitle: 'Coaching en direct' }} title="My coach" />
    </TonvoProvider>,
  );
  const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(headings).toEqual(['Live coaching', 'Coaching en direct', 'My coach']);
  expect(screen.getByRole('complementary', { name: 'Coaching en direct' })).toBeTruthy();
  // The customer's live trajectory is in the panel.
  expect(screen.getAllByRole('img', { name: /^Customer mood over the call/ })).toHaveLength(3);
});
