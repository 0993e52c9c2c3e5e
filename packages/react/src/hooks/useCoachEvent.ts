import { useEffect, useInsertionEffect, useRef } from 'react';
import type { Coach, CoachEventMap } from '@tonvo/core';
import { useCoach } from './useCoach.js';

/**
 * Listens to one kind of discrete coach happening (`nudge`, `stateChange`, `trigger`,
 * `report`, `error`, ...) while the component is mounted. The handler is kept in a ref:
 * passing a new function each render does not resubscribe, and the latest one is
 * called.
 *
 * @example
 * ```tsx
 * useCoachEvent('nudge', (n) => playChime(n.priority));
 * ```
 * @public
 */
export function useCoachEvent<K extends keyof CoachEventMap>(
  type: K,
  handler: (event: CoachEventMap[K]) => void,
  coach?: Coach,
): void {
  const c = useCoach(coach);
  const latest = useRef(handler);
  // Insertion effects run before any other effect, so a listener firing from an
  // effect of this commit already sees the new handler (and none of this runs on the server).
  useInsertionEffect(() => {
    latest.current = handler;
  });
  useEffect(() => c.on(type, (event) => latest.current(event)), [c, type]);
}
