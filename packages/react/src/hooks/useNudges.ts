import type { Coach, CoachSnapshot, NudgeEvent } from '@tonvo/core';
import { sameIds } from './equality.js';
import { useCoachSelector } from './useCoachSelector.js';

const selectNudges = (s: CoachSnapshot): readonly NudgeEvent[] => s.nudges;

/**
 * The nudges showing now, most urgent first. Re-renders only when a nudge appears or
 * leaves (expired, dismissed, superseded, or the call ended).
 *
 * @example
 * ```tsx
 * const nudges = useNudges();
 * return nudges.map((n) => <p key={n.id}>{n.message}</p>);
 * ```
 * @public
 */
export function useNudges(coach?: Coach): readonly NudgeEvent[] {
  return useCoachSelector(selectNudges, sameIds, coach);
}
