import { useRef, type HTMLAttributes, type ReactNode } from 'react';
import type { Coach, NudgeEvent } from '@tonvo/core';
import { useNudgeFeedback } from '../hooks/useNudgeFeedback.js';
import { useNudges } from '../hooks/useNudges.js';
import { withLabels, type TonvoLabels } from './labels.js';
import { NudgeAnnouncer } from './NudgeAnnouncer.js';
import { NudgeCard } from './NudgeCard.js';

/** Props of {@link NudgeFeed}. @public */
export interface NudgeFeedProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  readonly coach?: Coach;
  readonly labels?: Partial<TonvoLabels>;
  /** At most this many cards at once (most urgent first); default 3. */
  readonly maxVisible?: number;
  /** Props for each card's root (e.g. a class name). */
  readonly cardProps?: Omit<HTMLAttributes<HTMLElement>, 'children'>;
  /** Whether the feed includes its own announcer (default true); turn off if you mount one yourself. */
  readonly announce?: boolean;
}

/**
 * Headless feed of the nudges showing now, most urgent first, with one persistent
 * polite status region that announces each new nudge once. It never moves focus when
 * a nudge arrives; when the agent closes the card that holds focus, focus goes to the
 * feed itself instead of being lost.
 *
 * @example
 * ```tsx
 * <NudgeFeed className="my-feed" maxVisible={2} />
 * ```
 * @public
 */
export function NudgeFeed({
  coach,
  labels,
  maxVisible = 3,
  cardProps,
  announce = true,
  ...rest
}: NudgeFeedProps): ReactNode {
  const l = withLabels(labels);
  const nudges = useNudges(coach);
  const feedback = useNudgeFeedback(coach);
  const root = useRef<HTMLElement>(null);
  const visible = nudges.slice(0, Math.max(0, maxVisible));
  const onClose = (_: NudgeEvent): void => {
    const el = root.current;
    if (el !== null && el.contains(el.ownerDocument.activeElement)) el.focus();
  };
  return (
    <section aria-label={l.feed} tabIndex={-1} {...rest} ref={root} data-count={nudges.length}>
      {announce ? <NudgeAnnouncer {...(coach === undefined ? {} : { coach })} labels={l} /> : null}
      {visible.length === 0 ? (
        <p data-part="empty">{l.noNudges}</p>
      ) : (
        <ul data-part="list">
          {visible.map((n) => (
            <li key={n.id} data-part="item">
              <NudgeCard
                {...cardProps}
                nudge={n}
                feedback={feedback}
                labels={l}
                onClose={onClose}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
