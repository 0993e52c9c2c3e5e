import { useEffect, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { Coach, NudgeEvent } from '@tonvo/core';
import { useCoachEvent } from '../hooks/useCoachEvent.js';
import { VISUALLY_HIDDEN, withLabels, type TonvoLabels } from './labels.js';

/** Props of {@link NudgeAnnouncer}. @public */
export interface NudgeAnnouncerProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'role'
> {
  readonly coach?: Coach;
  readonly labels?: Partial<TonvoLabels>;
  /** What to say for a new nudge; default `New suggestion: <message>`. */
  readonly format?: (nudge: NudgeEvent) => string;
}

/**
 * One persistent, visually hidden `role="status"` region (polite) that says each new
 * nudge once, when the coach emits it. It never takes focus, and re-renders or
 * remounts of the cards do not repeat an announcement. Mount it once per screen.
 *
 * @example
 * ```tsx
 * <NudgeAnnouncer />
 * ```
 * @public
 */
export function NudgeAnnouncer({
  coach,
  labels,
  format,
  style,
  ...rest
}: NudgeAnnouncerProps): ReactNode {
  const [text, setText] = useState('');
  // Nudges that arrive before the next commit are said together, none dropped.
  const pending = useRef<string[]>([]);
  const l = withLabels(labels);
  useCoachEvent(
    'nudge',
    (nudge) => {
      pending.current.push(
        format === undefined ? `${l.newNudge}: ${nudge.message}` : format(nudge),
      );
      const message = pending.current.join(' ');
      // The same words twice in a row would not be read again: vary them invisibly.
      setText((previous) => (previous === message ? `${message}\u00a0` : message));
    },
    coach,
  );
  useEffect(() => {
    pending.current = [];
  }, [text]);
  return (
    <div
      {...rest}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-part="announcer"
      style={{ ...VISUALLY_HIDDEN, ...style }}
    >
      {text}
    </div>
  );
}
