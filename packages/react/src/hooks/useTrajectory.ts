import type { Coach, CoachSnapshot, SentimentSample, Speaker } from '@tonvo/core';
import { sameItems } from './equality.js';
import { useCoachSelector } from './useCoachSelector.js';

const selectors: Record<Speaker, (s: CoachSnapshot) => readonly SentimentSample[]> = {
  agent: (s) => s.trajectory.agent,
  customer: (s) => s.trajectory.customer,
};

/**
 * The recent sentiment samples of one speaker (customer by default), oldest first:
 * what a live trajectory chart draws. Re-renders only when a sample is added.
 *
 * @example
 * ```tsx
 * const samples = useTrajectory();
 * ```
 * @public
 */
export function useTrajectory(
  speaker: Speaker = 'customer',
  coach?: Coach,
): readonly SentimentSample[] {
  return useCoachSelector(selectors[speaker], sameItems, coach);
}
