import type { ClosingChecklist } from '../events/types.js';
import type { ClosingItem } from '../triggers/closing-cues.js';

/**
 * Whether a report's closing checklist needs `item`: an item said is needed (and done), a
 * genuine "anything else?" always is, and a summary and next steps are not where nothing
 * went wrong and nothing was done (`nothingToSum`: a compliment, a quick question
 * answered). The CLI, the React checklist and team metrics read the checklist this way,
 * as the `closing-checklist` trigger does.
 *
 * @example
 * ```ts
 * const missing = CLOSING_ITEMS.filter((i) => closingItemNeeded(report.closing, i) && !report.closing[i]);
 * ```
 * @public
 */
export function closingItemNeeded(
  checklist: Pick<ClosingChecklist, ClosingItem | 'nothingToSum'>,
  item: ClosingItem,
): boolean {
  return checklist[item] || item === 'anythingElse' || !checklist.nothingToSum;
}
