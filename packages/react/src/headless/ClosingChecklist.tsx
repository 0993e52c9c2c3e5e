import type { HTMLAttributes, ReactNode } from 'react';
import {
  CLOSING_ITEMS,
  closingItemNeeded,
  type ClosingChecklist as Checklist,
  type Coach,
} from '@tonvo/core';
import { useClosingChecklist } from '../hooks/useClosingChecklist.js';
import { VISUALLY_HIDDEN, withLabels, type TonvoLabels } from './labels.js';

/** Props of {@link ClosingChecklist}. @public */
export interface ClosingChecklistProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  readonly coach?: Coach;
  /** A finished checklist (e.g. `report.closing`); default: the live one of the coach. */
  readonly checklist?: Checklist;
  readonly labels?: Partial<TonvoLabels>;
}

function LiveChecklist(props: Omit<ClosingChecklistProps, 'checklist'>): ReactNode {
  const { coach, ...rest } = props;
  return <ChecklistView {...rest} checklist={useClosingChecklist(coach)} />;
}

function ChecklistView({
  checklist,
  labels,
  ...rest
}: Omit<ClosingChecklistProps, 'coach' | 'checklist'> & { checklist: Checklist }): ReactNode {
  const l = withLabels(labels);
  return (
    <div role="group" aria-label={l.closing} {...rest} data-evaluated={checklist.evaluated}>
      <ul data-part="items">
        {CLOSING_ITEMS.map((item) => {
          const done = checklist[item];
          // A summary or next steps where nothing went wrong and nothing was done are not
          // needed.
          const needed = closingItemNeeded(checklist, item);
          return (
            <li key={item} data-item={item} data-done={done} data-needed={needed}>
              <span data-part="mark" aria-hidden="true">
                {done ? '✓' : needed ? '○' : '–'}
              </span>
              <span data-part="text">{l.closingItems[item]}</span>
              <span style={VISUALLY_HIDDEN}>
                : {done ? l.done : needed ? l.notYet : l.notNeeded}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Headless closing checklist: summary of what was resolved, confirmed next steps, a
 * genuine "anything else?"; each item carries `data-done` and `data-needed` (false for a
 * summary where there was nothing to sum up), the list `data-evaluated` (whether the call
 * reached its close). Live from the coach, or from a report.
 *
 * @example
 * ```tsx
 * <ClosingChecklist />
 * <ClosingChecklist checklist={report.closing} />
 * ```
 * @public
 */
export function ClosingChecklist({ checklist, ...rest }: ClosingChecklistProps): ReactNode {
  if (checklist !== undefined) {
    const { coach: _coach, ...view } = rest;
    return <ChecklistView {...view} checklist={checklist} />;
  }
  return <LiveChecklist {...rest} />;
}
