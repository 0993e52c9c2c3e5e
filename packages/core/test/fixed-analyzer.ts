/**
 * A text analyzer that returns a fixed reading per utterance text: it tests a trigger
 * given a perception, independently of how good any real analyzer is.
 */
import type {
  EmotionalState,
  TextAnalysis,
  TextAnalyzer,
} from '../src/perception/text-analyzer.js';
import { NEUTRAL_ANALYSIS } from '../src/perception/text-analyzer.js';

/** What the fixed analyzer reads in one text. */
export interface FixedReading {
  readonly states: Partial<Record<EmotionalState, number>>;
  readonly sentiment: number;
  readonly cues?: readonly string[];
}

/** An analyzer that reads `readings[text]` for each text and neutral for anything else. */
export function fixedAnalyzer(readings: Readonly<Record<string, FixedReading>>): TextAnalyzer {
  return {
    id: 'fixed@test',
    analyze(text: string): TextAnalysis {
      const r = readings[text];
      if (r === undefined) return NEUTRAL_ANALYSIS;
      return {
        sentiment: r.sentiment,
        states: {
          positive: 0,
          frustrated: 0,
          confused: 0,
          distressed: 0,
          relieved: 0,
          ...r.states,
        },
        cues: r.cues ?? [],
      };
    },
  };
}
