import { describe, expect, it } from 'vitest';
import { createCoach } from '../coach/create-coach.js';
import { createLanguageChecker } from '../language/language-checker.js';

describe('the language triggers (jargon, hedging, over-formal)', () => {
  it('check each agent utterance once for all three kinds', async () => {
    const builtIn = createLanguageChecker();
    let calls = 0;
    const coach = createCoach({
      builtInTriggers: ['jargon', 'hedging', 'over-formal'],
      languageChecker: {
        check: (text) => {
          calls++;
          return builtIn.check(text);
        },
      },
    });
    const kinds: string[] = [];
    coach.on('trigger', (t) => kinds.push(t.trigger));
    coach.push({
      type: 'utterance',
      id: 'a1',
      speaker: 'agent',
      text: 'Please be advised, I think maybe the system is experiencing intermittent degradation.',
      final: true,
      startMs: 1000,
      endMs: 6000,
    });
    await coach.end();
    expect(kinds.sort()).toEqual(['hedging', 'jargon', 'over-formal']);
    expect(calls).toBe(1);
  });
});
