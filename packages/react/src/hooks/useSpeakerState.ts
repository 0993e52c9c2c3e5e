import type { Coach, CoachSnapshot, Speaker, SpeakerSnapshot } from '@tonvo/core';
import { shallowEqual } from './equality.js';
import { useCoachSelector } from './useCoachSelector.js';

const selectors: Record<Speaker, (s: CoachSnapshot) => SpeakerSnapshot> = {
  agent: (s) => s.speakers.agent,
  customer: (s) => s.speakers.customer,
};

/**
 * How one speaker feels now: state, score in [-1, 1], confidence, since when and the
 * trend. Re-renders only when one of those changes.
 *
 * @example
 * ```tsx
 * const { state, trend } = useSpeakerState('agent');
 * ```
 * @public
 */
export function useSpeakerState(speaker: Speaker, coach?: Coach): SpeakerSnapshot {
  return useCoachSelector(selectors[speaker], shallowEqual, coach);
}

/**
 * How the customer feels now (see {@link useSpeakerState}).
 *
 * @example
 * ```tsx
 * const { state, score, trend } = useCustomerState();
 * ```
 * @public
 */
export function useCustomerState(coach?: Coach): SpeakerSnapshot {
  return useSpeakerState('customer', coach);
}
