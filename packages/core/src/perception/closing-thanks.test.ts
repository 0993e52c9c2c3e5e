import { describe, expect, it } from 'vitest';
import { readText } from '../text/text-reading.js';
import { readClosingThanks } from './closing-thanks.js';
import type { TextAnalysis } from './text-analyzer.js';

// How a model reads "No, that's everything. Thanks Jordan.": gratitude.
const thankful: TextAnalysis = {
  sentiment: 0.7,
  states: { positive: 0.5, frustrated: 0, confused: 0, distressed: 0, relieved: 0.9 },
  cues: ['model "gratitude" 1'],
};

const read = (text: string, analysis = thankful) =>
  readClosingThanks(readText(text).tokens, text, analysis);

describe('readClosingThanks', () => {
  it.each([
    "No, that's everything. Thanks Jordan.",
    "That's all, thank you, bye.",
    'No, nothing else, thanks.',
    "Okay, that's it for today. Thanks again, bye.",
    'Thank you, bye bye.',
    'No thanks, that is all.',
    "That's all, thanks mate.",
  ])('reads "%s" as the politeness of a close, not relief', (text) => {
    const a = read(text)!;
    expect(a.states.relieved).toBeLessThanOrEqual(0.2);
    expect(a.states.positive).toBeLessThanOrEqual(0.2);
    expect(a.sentiment).toBeLessThanOrEqual(0.2);
    expect(a.cues).toEqual(['closing thanks: politeness, not relief', 'model "gratitude" 1']);
  });

  it.each([
    // Praise or relief said with it is more than the formula.
    "No, that's all. Thanks, you've been really helpful.",
    "That's everything, thank you so much, what a relief.",
    "No that's all, great, thanks.",
    // Thanks without a close, and a close without thanks.
    'Thanks so much.',
    "No, that's everything.",
    // A second word that is not the formula's is not a name.
    "That's all, thanks Jordan Smith.",
    // Lower case after the thanks is not a name.
    "That's all, thanks, loved it.",
  ])('leaves "%s" alone', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('leaves a reading that was not positive alone', () => {
    const flat: TextAnalysis = {
      ...thankful,
      sentiment: 0.1,
      states: { ...thankful.states, positive: 0.1, relieved: 0.2 },
    };
    expect(read("That's all, thanks.", flat)).toBeUndefined();
  });
});
