import { describe, expect, it } from 'vitest';
import { readGrudgingReply } from './grudging-reply.js';
import type { TextAnalysis } from './text-analyzer.js';

// How a model reads "Okay. I suppose that's fair. Thank you.": gratitude.
const thankful: TextAnalysis = {
  sentiment: 0.7,
  states: { positive: 0.5, frustrated: 0, confused: 0, distressed: 0, relieved: 0.9 },
  cues: ['model "gratitude" 1'],
};

describe('readGrudgingReply', () => {
  it.each([
    "Okay. I suppose that's fair. Thank you.",
    "Fine, that'll have to do, thanks.",
    "Well, it's better than nothing. Thank you.",
    'I guess so. Thanks.',
    "If that's the best you can do, okay, thank you.",
    "I don't have much choice, do I. Thanks.",
  ])('reads "%s" from a frustrated customer as accepting, not relieved', (text) => {
    const a = readGrudgingReply(text, thankful, 'frustrated')!;
    expect(a.states.relieved).toBeLessThanOrEqual(0.2);
    expect(a.states.positive).toBeLessThanOrEqual(0.2);
    expect(a.sentiment).toBeLessThanOrEqual(0.2);
    expect(a.cues[0]).toMatch(/ while frustrated: accepting, not relieved$/);
    expect(a.cues).toContain('model "gratitude" 1');
  });

  it('leaves real relief, and a customer who was not upset, alone', () => {
    expect(
      readGrudgingReply('Oh thank god, thank you so much.', thankful, 'frustrated'),
    ).toBeUndefined();
    expect(
      readGrudgingReply(
        "That's brilliant, thank you, I guess I was worried for nothing.",
        thankful,
        'distressed',
      ),
    ).toBeUndefined();
    expect(
      readGrudgingReply("Okay. I suppose that's fair. Thank you.", thankful, 'neutral'),
    ).toBeUndefined();
  });
});
