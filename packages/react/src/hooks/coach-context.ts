import { createContext, type Context } from 'react';
import type { Coach } from '@tonvo/core';

/** The coach the nearest {@link TonvoProvider} hands down. @internal */
export const CoachContext: Context<Coach | null> = createContext<Coach | null>(null);
CoachContext.displayName = 'TonvoCoach';
