import { describe, expect, it } from 'vitest';
import { createCoach } from '../coach/create-coach.js';
import { sampleLanguageChecker } from '../../test/fixed-language-checker.js';

describe('the language triggers (jargon, hedging, over-formal)', () => {
  it('check each agent utterance once for all three kinds', async () => {
    const checker = sampleLanguageChecker();
    const coach = createCoach({
      builtInTriggers: ['jargon', 'hedging', 'over-formal'],
      languageChecker: checker,
    });
    const kinds: string[] = [];
    coach.on('trigger', (t) => kinds.push(t.trigger));
    coach.push({
      type: 'utterance',
      id: 'a1',
      speaker: 'agent',
      text: 'Please be advised, I think the system is experiencing intermittent degradation.',
      final: true,
      startMs: 1000,
      endMs: 6000,
    });
    await coach.end();
    expect(kinds.sort()).toEqual(['hedging', 'jargon', 'over-formal']);
    expect(checker.calls).toBe(1);
  });
});
