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

/**
 * Whether a state is an upset one (frustrated, distressed): where a curt "Fine." or a
 * grudging "I suppose that's fair" is not read as pleased or relieved.
 * @internal
 */
export function isUpsetState(state: SentimentState): boolean {
  return state === 'frustrated' || state === 'distressed';
}
