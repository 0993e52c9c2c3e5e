import { describe, expect, it } from 'vitest';
import type { UtteranceEvent } from '../events/types.js';
import { defineRule } from '../rules/define-rule.js';
import type { UtteranceView } from '../rules/rule-types.js';
import { createCoach } from './create-coach.js';

const partial = (text: string, startMs: number, endMs: number): UtteranceEvent => ({
  type: 'utterance',
  id: 'u1',
  speaker: 'agent',
  text,
  final: false,
  revision: 0,
  startMs,
  endMs,
});

/** What a custom rule on partials reads of each partial view, as plain values. */
function seenByRule(events: UtteranceEvent[]): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  const rule = defineRule({
    id: 'watch-partials',
    on: ['partial'],
    when(ctx) {
      const u = ctx.utterance as UtteranceView;
      seen.push({
        text: u.text,
        final: u.final,
        wordCount: u.wordCount,
        wordsPerMinute: u.wordsPerMinute,
        isQuestion: u.isQuestion,
        tokens: u.tokens.length,
        sentiment: u.analysis.sentiment,
      });
      return undefined;
    },
  });
  const coach = createCoach({ rules: [rule] });
  for (const e of events) coach.push(e);
  return seen;
}

describe('the view rules get of a partial', () => {
  it('counts its words and works out its pace when a rule asks', () => {
    const seen = seenByRule([
      partial('so the refund', 0, 1000),
      partial("so the refund you're asking about, is it", 0, 3000),
    ]);
    expect(seen).toEqual([
      // Under 1.5 s: too short to tell a pace.
      {
        text: 'so the refund',
        final: false,
        wordCount: 3,
        wordsPerMinute: undefined,
        isQuestion: false,
        tokens: 0,
        sentiment: 0,
      },
      // 8 words in 3 s: 160 words a minute.
      {
        text: "so the refund you're asking about, is it",
        final: false,
        wordCount: 8,
        wordsPerMinute: 160,
        isQuestion: false,
        tokens: 0,
        sentiment: 0,
      },
    ]);
  });

  it('takes the pace from word timings when the partial has them', () => {
    const e = {
      ...partial('one two three four five six', 0, 9000),
      words: [
        { text: 'one', startMs: 1000, endMs: 1200 },
        { text: 'six', startMs: 2600, endMs: 3000 },
      ],
    };
    // 6 words over the 2 s the timings span (not the 9 s of the utterance): 180 a minute.
    expect(seenByRule([e])[0]).toMatchObject({ wordCount: 6, wordsPerMinute: 180 });
  });

  it('says whether it asks by its question mark', () => {
    expect(seenByRule([partial('is that right?', 0, 2000)])[0]).toMatchObject({
      isQuestion: true,
      wordCount: 3,
    });
  });
});
