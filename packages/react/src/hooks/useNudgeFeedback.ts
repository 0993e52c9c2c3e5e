import { useMemo } from 'react';
import type { Coach, FeedbackAction } from '@tonvo/core';
import { useCoach } from './useCoach.js';

/** Sends the agent's reaction to a nudge back into the coach. @public */
export interface NudgeFeedback {
  /** Sends any feedback action; returns whether the coach accepted it. */
  send(nudgeId: string, action: FeedbackAction): boolean;
  /** The agent used the suggestion (counts as acted on in the report). */
  used(nudgeId: string): boolean;
  /** The agent closed the suggestion. */
  dismiss(nudgeId: string): boolean;
  /** The agent found the suggestion unhelpful (closes it). */
  notHelpful(nudgeId: string): boolean;
}

/**
 * Feedback functions for nudges. Each pushes a `feedback` event stamped with the
 * conversation clock (`snapshot.nowMs`, never the wall clock), so replays stay
 * deterministic and the report counts the feedback for adoption.
 *
 * @example
 * ```tsx
 * const feedback = useNudgeFeedback();
 * <button onClick={() => feedback.dismiss(nudge.id)}>Dismiss</button>
 * ```
 * @public
 */
export function useNudgeFeedback(coach?: Coach): NudgeFeedback {
  const c = useCoach(coach);
  return useMemo(() => {
    const send = (nudgeId: string, action: FeedbackAction): boolean =>
      c.push({ type: 'feedback', nudgeId, action, atMs: c.getSnapshot().nowMs });
    return {
      send,
      used: (id) => send(id, 'used'),
      dismiss: (id) => send(id, 'dismissed'),
      notHelpful: (id) => send(id, 'not-helpful'),
    };
  }, [c]);
}
