import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readJsonl,
  type ConversationEvent,
  type TextAnalysis,
  type TextAnalyzer,
} from '@tonvo/core';

/** The shipped sample call (packages/audio-node/samples), as input events. */
export function sampleCallEvents(): ConversationEvent[] {
  const file = join(import.meta.dirname, '../../audio-node/samples/sample-call.jsonl');
  const out: ConversationEvent[] = [];
  for (const r of readJsonl(readFileSync(file, 'utf8'))) {
    if (r.error !== undefined) throw r.error;
    out.push(r.event as ConversationEvent);
  }
  return out;
}

const none = { positive: 0, frustrated: 0, confused: 0, distressed: 0, relieved: 0 };

/**
 * A small, explicit word-list analyzer for these tests: they check that the React layer
 * follows the coach's state, whatever analyzer the coach is given, so they need states
 * that change on known words rather than a particular model's judgement.
 */
export function keywordAnalyzer(): TextAnalyzer {
  const rules: [RegExp, keyof typeof none, number][] = [
    [/ridiculous|third time|unacceptable/i, 'frustrated', -0.8],
    [/don't (really )?(understand|get it)|what do you mean/i, 'confused', -0.3],
    [/worried|rent/i, 'distressed', -0.6],
    [/thank god|relief|thank you so much/i, 'relieved', 0.8],
  ];
  return {
    id: 'test-keywords@1',
    analyze(text): TextAnalysis {
      const states = { ...none };
      let sentiment = 0;
      const cues: string[] = [];
      for (const [re, state, valence] of rules) {
        const m = re.exec(text);
        if (m === null) continue;
        states[state] = 0.95;
        sentiment = valence;
        cues.push(`phrase "${m[0]}"`);
      }
      return { sentiment, states, cues };
    },
  };
}
