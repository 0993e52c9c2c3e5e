import { createContext } from 'react';
import type { Coach } from '@tonvo/core';

/** The coach the nearest {@link TonvoProvider} hands down. @internal */
export const CoachContext: React.Context<Coach | null> = createContext<Coach | null>(null);
CoachContext.displayName = 'TonvoCoach';
