import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Coach } from '@tonvo/core';
import { say, testCoach } from '../../test/coach-helpers.js';
import { TonvoProvider } from '../hooks/TonvoProvider.js';
import { NudgeFeed } from './NudgeFeed.js';

function setup(): { coach: Coach } {
  const coach = testCoach();
  render(
    <>
      <input aria-label="CRM notes" />
      <TonvoProvider coach={coach}>
        <NudgeFeed />
      </TonvoProvider>
    </>,
  );
  return { coach };
}

const charged = (coach: Coach): void =>
  act(() =>
    say(coach, 'customer', 'I was charged twice for my phone plan this month.', 1000, 6000),
  );

describe('NudgeFeed', () => {
  test('shows a nudge with its message, phrases and evidence', () => {
    const { coach } = setup();
    expect(screen.getByText('No suggestions right now.')).toBeTruthy();
    charged(coach);
    const card = screen.getByRole('article');
    expect(card.getAttribute('data-trigger')).toBe('billing-discrepancy');
    const nudge = coach.getSnapshot().nudges[0]!;
    expect(within(card).getByText(nudge.message)).toBeTruthy();
    for (const phrase of nudge.phrases) expect(within(card).getByText(phrase)).toBeTruthy();
    expect(within(card).getByText(nudge.evidence.summary).closest('details')).toBeTruthy();
  });

  test('announces each nudge once, through one persistent polite status region', () => {
    const { coach } = setup();
    const regions = screen.getAllByRole('status');
    expect(regions).toHaveLength(1);
    const region = regions[0]!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    const emitted: string[] = [];
    coach.on('nudge', (n) => emitted.push(`New suggestion: ${n.message}`));
    const heard: string[] = [];
    const step = (f: () => void): void => {
      act(f);
      const text = region.textContent ?? '';
      if (text !== heard[heard.length - 1]) heard.push(text);
    };
    step(() =>
      say(coach, 'customer', 'I was charged twice for my phone plan this month.', 1000, 6000),
    );
    step(() => say(coach, 'agent', 'Okay, let me take a look at that for you.', 7000, 9000));
    step(() => say(coach, 'agent', 'One moment.', 9500, 10000));
    expect(heard).toEqual(emitted);
    expect(emitted).toHaveLength(1);
    // The cards themselves are not a live region, so nothing is read twice.
    expect(screen.getByRole('article').closest('[aria-live]')).toBeNull();
    step(() => void coach.push({ type: 'tick', atMs: 40_000 }));
    step(() =>
      say(
        coach,
        'agent',
        // Fast (about 360 words a minute) as well as a limitation: a third nudge.
        "Unfortunately our policy is that I'm not able to refund it today, or any other day this month.",
        41000,
        45000,
      ),
    );
    expect(coach.getSnapshot().nudges.map((n) => n.trigger)).toContain('policy-limitation');
    expect(emitted.length).toBeGreaterThanOrEqual(2);
    // Every nudge is said exactly once (nudges of the same moment together).
    const said = heard.join(' ');
    for (const message of emitted) expect(said.split(message)).toHaveLength(2);
    expect(heard[heard.length - 1]).toContain(emitted[emitted.length - 1]);
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  test('never takes focus when a nudge arrives', () => {
    const { coach } = setup();
    const notes = screen.getByRole('textbox', { name: 'CRM notes' });
    notes.focus();
    charged(coach);
    expect(document.activeElement).toBe(notes);
  });

  test('shows at most maxVisible cards, the most urgent first', () => {
    const coach = testCoach({ nudges: { minGapMs: 0 } });
    render(
      <TonvoProvider coach={coach}>
        <NudgeFeed maxVisible={2} />
      </TonvoProvider>,
    );
    charged(coach);
    act(() =>
      say(
        coach,
        'agent',
        // Fast (about 360 words a minute) as well as a limitation: a third nudge.
        "Unfortunately our policy is that I'm not able to refund it today, or any other day this month.",
        7000,
        10000,
      ),
    );
    const nudges = coach.getSnapshot().nudges;
    expect(nudges.length).toBeGreaterThanOrEqual(3);
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => c.getAttribute('data-nudge-id'))).toEqual([
      nudges[0]!.id,
      nudges[1]!.id,
    ]);
    expect(within(cards[0]!).getByText(nudges[0]!.message)).toBeTruthy();
    expect(screen.queryByText(nudges[2]!.message)).toBeNull();
  });

  test('dismiss closes the card, keeps focus in the feed, and reaches the coach', async () => {
    const { coach } = setup();
    charged(coach);
    const id = coach.getSnapshot().nudges[0]!.id;
    const dismiss = screen.getByRole('button', { name: /^Dismiss/ });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(screen.queryByRole('article')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('region', { name: 'Coaching suggestions' }),
    );
    const report = await act(() => coach.end());
    expect(report.nudges.find((o) => o.nudge.id === id)?.feedback).toBe('dismissed');
  });

  test('copying a phrase counts as used; not helpful is recorded', async () => {
    const { coach } = setup();
    charged(coach);
    const first = coach.getSnapshot().nudges[0]!;
    fireEvent.click(screen.getByRole('button', { name: `Copy: ${first.phrases[0]!}` }));
    expect(
      screen.getByRole('button', { name: 'Marked as used' }).getAttribute('aria-pressed'),
    ).toBe('true');
    act(() => void coach.push({ type: 'tick', atMs: 40_000 })); // the first nudges expire
    act(() =>
      say(
        coach,
        'agent',
        "Unfortunately our policy is that I'm not able to refund it today.",
        41000,
        45000,
      ),
    );
    const second = coach.getSnapshot().nudges.find((n) => n.trigger === 'policy-limitation')!;
    const card = screen
      .getAllByRole('article')
      .find((a) => a.getAttribute('data-nudge-id') === second.id)!;
    fireEvent.click(within(card).getByRole('button', { name: 'Not helpful' }));
    const report = await act(() => coach.end());
    const outcome = (id: string) => report.nudges.find((o) => o.nudge.id === id)!;
    expect(outcome(first.id)).toMatchObject({ feedback: 'used', acted: true });
    expect(outcome(second.id).feedback).toBe('not-helpful');
  });
});
