import { useContext } from 'react';
import { TonvoError, type Coach } from '@tonvo/core';
import { CoachContext } from './coach-context.js';

/**
 * The coach to read from: the argument when given, otherwise the one of the nearest
 * {@link TonvoProvider}. Throws a {@link TonvoError} (`invalid-option`) when there is
 * neither, naming the fix.
 *
 * @example
 * ```tsx
 * const coach = useCoach();
 * ```
 * @public
 */
export function useCoach(coach?: Coach): Coach {
  const fromContext = useContext(CoachContext);
  const found = coach ?? fromContext;
  if (found === null) {
    throw new TonvoError(
      'invalid-option',
      'Tonvo hooks need a coach: wrap the component in <TonvoProvider coach={coach}> or pass the coach to the hook',
      { field: 'coach' },
    );
  }
  return found;
}
