import { StrictMode, type ReactNode } from 'react';
import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isTonvoError, type CoachSnapshot } from '@tonvo/core';
import { countingCoach, say, testCoach } from '../../test/coach-helpers.js';
import { TonvoProvider } from './TonvoProvider.js';
import { useCoach } from './useCoach.js';
import { useCoachEvent } from './useCoachEvent.js';
import { useCoachSelector } from './useCoachSelector.js';
import { useCustomerState } from './useSpeakerState.js';
import { useNudgeFeedback } from './useNudgeFeedback.js';
import { useNudges } from './useNudges.js';
import { useCallReport } from './useCallReport.js';
import { useTrajectory } from './useTrajectory.js';
import { sameItems } from './equality.js';

afterEach(() => vi.restoreAllMocks());

describe('useCoach', () => {
  test('outside a provider it throws a TonvoError that says how to fix it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // React 18 also reports the render error to window (jsdom prints it); it is expected here.
    const quiet = (e: ErrorEvent): void => e.preventDefault();
    window.addEventListener('error', quiet);
    let caught: unknown;
    try {
      renderHook(() => useCoach());
    } catch (e) {
      caught = e;
    } finally {
      window.removeEventListener('error', quiet);
    }
    expect(isTonvoError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/<TonvoProvider coach=\{coach\}>/);
  });

  test('an explicit coach wins over the provider', () => {
    const a = testCoach();
    const b = testCoach();
    const { result } = renderHook(() => useCoach(b), {
      wrapper: ({ children }) => <TonvoProvider coach={a}>{children}</TonvoProvider>,
    });
    expect(result.current).toBe(b);
  });
});

describe('useCoachSelector', () => {
  test('re-renders when the selected slice changes, not for other changes', () => {
    const coach = testCoach();
    let renders = 0;
    function Mood(): ReactNode {
      renders++;
      const { state } = useCustomerState();
      return <p data-testid="mood">{state}</p>;
    }
    render(
      <TonvoProvider coach={coach}>
        <Mood />
      </TonvoProvider>,
    );
    const before = renders;
    act(() => say(coach, 'agent', 'Thanks for calling, how can I help you today?', 0));
    act(() => say(coach, 'agent', 'Let me pull up the account.', 4000));
    expect(coach.getSnapshot().transcript).toHaveLength(2);
    expect(renders).toBe(before);
    act(() => say(coach, 'customer', 'This is ridiculous, it is the third time I call.', 9000));
    expect(screen.getByTestId('mood').textContent).toBe('frustrated');
    expect(renders).toBe(before + 1);
  });

  test('an inline selector that builds a fresh array does not loop and keeps its reference', () => {
    const coach = testCoach();
    const seen: (readonly string[])[] = [];
    function Triggers(): ReactNode {
      const triggers = useCoachSelector(
        (s: CoachSnapshot) => s.nudges.map((n) => n.trigger),
        sameItems,
      );
      seen.push(triggers);
      return <p data-testid="triggers">{triggers.join(',')}</p>;
    }
    const { rerender } = render(
      <TonvoProvider coach={coach}>
        <Triggers />
      </TonvoProvider>,
    );
    rerender(
      <TonvoProvider coach={coach}>
        <Triggers />
      </TonvoProvider>,
    );
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[seen.length - 1]).toBe(seen[0]);
    act(() => say(coach, 'customer', 'I was charged twice for my phone plan this month.', 1000));
    expect(screen.getByTestId('triggers').textContent).toBe('billing-discrepancy');
  });

  test('the server snapshot is the initial one', () => {
    const coach = testCoach();
    say(coach, 'customer', 'This is ridiculous.', 0);
    expect(coach.getSnapshot().speakers.customer.state).toBe('frustrated');
    expect(coach.getInitialSnapshot().speakers.customer.state).toBe('neutral');
  });
});

describe('useCoachEvent', () => {
  test('calls the latest handler without subscribing again on re-render', () => {
    const { coach, listeners } = countingCoach(testCoach());
    const calls: string[] = [];
    function Listener({ tag }: { tag: string }): ReactNode {
      useCoachEvent('nudge', (n) => calls.push(`${tag}:${n.trigger}`));
      return null;
    }
    const { rerender } = render(
      <TonvoProvider coach={coach}>
        <Listener tag="first" />
      </TonvoProvider>,
    );
    rerender(
      <TonvoProvider coach={coach}>
        <Listener tag="second" />
      </TonvoProvider>,
    );
    expect(listeners()).toBe(1);
    act(() => say(coach, 'customer', 'I was charged twice this month.', 1000));
    expect(calls).toEqual(['second:billing-discrepancy']);
  });
});

function Everything(): ReactNode {
  useCustomerState();
  useNudges();
  useTrajectory();
  useCallReport();
  useCoachEvent('nudge', () => {});
  useCoachEvent('stateChange', () => {});
  return null;
}

describe('StrictMode', () => {
  test('double mounting leaves no duplicate subscriptions, and unmount removes them all', () => {
    const plain = countingCoach(testCoach());
    render(
      <TonvoProvider coach={plain.coach}>
        <Everything />
      </TonvoProvider>,
    ).unmount();
    const strict = countingCoach(testCoach());
    const { unmount } = render(
      <StrictMode>
        <TonvoProvider coach={strict.coach}>
          <Everything />
        </TonvoProvider>
      </StrictMode>,
    );
    expect(strict.subscriptions()).toBe(4);
    expect(strict.listeners()).toBe(2);
    unmount();
    expect(strict.subscriptions()).toBe(0);
    expect(strict.listeners()).toBe(0);
    expect(plain.subscriptions()).toBe(0);
  });
});

describe('a new coach (the next call)', () => {
  test('moves every subscription to the new coach and shows its state', () => {
    const a = countingCoach(testCoach());
    const b = countingCoach(testCoach());
    say(b.coach, 'customer', 'This is ridiculous.', 0, 2000);
    function Mood(): ReactNode {
      return <p data-testid="mood">{useCustomerState().state}</p>;
    }
    const view = (coach: typeof a.coach): ReactNode => (
      <TonvoProvider coach={coach}>
        <Mood />
        <Everything />
      </TonvoProvider>
    );
    const { rerender, unmount } = render(view(a.coach));
    expect(screen.getByTestId('mood').textContent).toBe('neutral');
    const subscribed = a.subscriptions();
    rerender(view(b.coach));
    expect(screen.getByTestId('mood').textContent).toBe('frustrated');
    expect(a.subscriptions() + a.listeners()).toBe(0);
    expect(b.subscriptions()).toBe(subscribed);
    unmount();
    expect(b.subscriptions() + b.listeners()).toBe(0);
  });
});

describe('useNudgeFeedback', () => {
  test('feedback reaches the coach, stamped with the conversation clock, and counts for adoption', async () => {
    const coach = testCoach();
    const { result } = renderHook(() => ({ feedback: useNudgeFeedback(), nudges: useNudges() }), {
      wrapper: ({ children }) => <TonvoProvider coach={coach}>{children}</TonvoProvider>,
    });
    act(() => say(coach, 'customer', 'I was charged twice for my plan.', 1000, 4000));
    const nudge = result.current.nudges[0]!;
    expect(nudge.trigger).toBe('billing-discrepancy');
    act(() => say(coach, 'agent', 'Okay.', 5000, 6000));
    let accepted = false;
    act(() => {
      accepted = result.current.feedback.used(nudge.id);
    });
    expect(accepted).toBe(true);
    expect(coach.getSnapshot().counts.errors).toBe(0);
    const report = await act(() => coach.end());
    const outcome = report.nudges.find((o) => o.nudge.id === nudge.id)!;
    expect(outcome.feedback).toBe('used');
    expect(outcome.acted).toBe(true);
    expect(outcome.actedAtMs).toBe(6000);
  });

  test('feedback for an unknown nudge is refused', () => {
    const coach = testCoach();
    const { result } = renderHook(() => useNudgeFeedback(), {
      wrapper: ({ children }) => <TonvoProvider coach={coach}>{children}</TonvoProvider>,
    });
    act(() => {
      result.current.dismiss('nope');
    });
    expect(coach.getSnapshot().lastError?.code).toBe('invalid-event');
  });
});
