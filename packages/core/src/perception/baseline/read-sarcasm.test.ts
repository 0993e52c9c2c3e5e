import { describe, expect, it } from 'vitest';
import { readSarcasm } from './read-sarcasm.js';

describe('readSarcasm', () => {
  it.each([
    ['Great, just great.', 'sarcasm "Great, just great"'],
    ['Oh great, another hold.', 'sarcasm "Oh great, another hold"'],
    ['Thanks for nothing.', 'sarcasm "Thanks for nothing"'],
    ['Fantastic, so the money is just gone?', 'sarcasm "Fantastic"'],
    ["Yeah, that's really helpful. Not.", 'sarcasm "really helpful. Not"'],
  ])('hears %j as frustration', (text, cue) => {
    const heard = readSarcasm(text);
    expect(heard?.cues).toEqual([cue]);
    expect(heard?.analysis.states.frustrated).toBeGreaterThan(0.5);
    expect(heard?.analysis.sentiment).toBeLessThan(0);
  });

  it.each([
    'Great, thanks, that works.',
    "Oh great, that's fixed it!",
    'Perfect, let me check that for you.',
    'This is ridiculous, I was charged twice.',
    '',
  ])('hears none in %j', (text) => {
    expect(readSarcasm(text)).toBeUndefined();
  });

  it('refuses a text that is not a string', () => {
    expect(() => readSarcasm(42 as unknown as string)).toThrow(/text: must be a string/);
  });
});
