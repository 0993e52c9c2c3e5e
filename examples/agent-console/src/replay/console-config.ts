import type { CoachOptions, TextAnalyzer } from '@tonvo/core';

/** Nudge cards the panel shows at once (the e2e test derives what should be on screen from it). */
export const MAX_NUDGES = 2;

/** The coach options of the console, for one conversation. */
export function consoleCoachOptions(
  conversation: string | undefined,
  analyzer: TextAnalyzer | undefined,
  values: Readonly<Record<string, string>>,
): CoachOptions {
  return {
    ...(conversation === undefined || conversation === '' ? {} : { conversation }),
    ...(analyzer === undefined ? {} : { analyzer }),
    values,
  };
}
