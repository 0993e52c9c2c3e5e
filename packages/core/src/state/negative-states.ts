import type { SentimentState } from '../events/types.js';

const NEGATIVE: ReadonlySet<SentimentState> = new Set(['frustrated', 'confused', 'distressed']);

/**
 * Whether a state is one to help a customer out of (frustrated, confused, distressed):
 * what a de-escalation, an improvement after a nudge, and a call that ended well are
 * judged by.
 * @internal
 */
export function isNegativeState(state: SentimentState): boolean {
  return NEGATIVE.has(state);
}
