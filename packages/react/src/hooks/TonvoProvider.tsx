import type { ReactNode } from 'react';
import type { Coach } from '@tonvo/core';
import { CoachContext } from './coach-context.js';

/** Props of {@link TonvoProvider}. @public */
export interface TonvoProviderProps {
  /** The coach of the conversation on screen; the host creates (and destroys) it. */
  readonly coach: Coach;
  readonly children?: ReactNode;
}

/**
 * Hands a coach to the hooks and widgets below it. The provider never creates,
 * starts or destroys the coach: the host owns its lifecycle, so one coach can outlive
 * a remount and a new call is a new `coach` prop.
 *
 * @example
 * ```tsx
 * const coach = useMemo(() => createCoach({ conversation: callId }), [callId]);
 * return <TonvoProvider coach={coach}><AgentPanel /></TonvoProvider>;
 * ```
 * @public
 */
export function TonvoProvider({ coach, children }: TonvoProviderProps): ReactNode {
  return <CoachContext.Provider value={coach}>{children}</CoachContext.Provider>;
}
