import type { ClosingChecklist, Coach, CoachSnapshot } from '@tonvo/core';
import { shallowEqual } from './equality.js';
import { useCoachSelector } from './useCoachSelector.js';

const selectClosing = (s: CoachSnapshot): ClosingChecklist => s.closing;

/**
 * Which parts of a good close happened so far (summary, next steps, "anything
 * else?"), and whether the call has reached its close.
 *
 * @example
 * ```tsx
 * const { summary, nextSteps, anythingElse } = useClosingChecklist();
 * ```
 * @public
 */
export function useClosingChecklist(coach?: Coach): ClosingChecklist {
  return useCoachSelector(selectClosing, shallowEqual, coach);
}
