import type { TextAnalyzer } from '@tonvo/core';

/** A text analyzer the console can run the coach with. */
export interface AnalyzerChoice {
  readonly id: string;
  readonly label: string;
  /** Loads it; `undefined` means the coach's built-in analyzer. */
  readonly load: () => Promise<TextAnalyzer | undefined>;
}

/**
 * The analyzers on offer, best first. The coach takes any `TextAnalyzer`; the
 * console uses the first that loads and says which one runs.
 */
export const ANALYZERS: readonly AnalyzerChoice[] = [
  {
    id: 'builtin',
    label: 'Built-in text analyzer',
    load: () => Promise.resolve(undefined),
  },
];

/** The analyzer picked by `?analyzer=<id>`, else the first on offer. */
export function pickAnalyzer(id: string | null): AnalyzerChoice {
  return ANALYZERS.find((a) => a.id === id) ?? ANALYZERS[0]!;
}
