import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { agentCuesIn, phraseOverlap } from './agent-cues.js';

describe('phraseOverlap', () => {
  it('is the share of the phrase words that are whole words of the text', () => {
    const tokens = tokenize('I can hear how frustrating this is, Dana.');
    expect(phraseOverlap(['hear', 'frustrating', 'outcome', 'focus'], tokens)).toBe(0.5);
    expect(phraseOverlap(['hear', 'frustrating'], tokens)).toBe(1);
    // A word inside another word does not count.
    expect(phraseOverlap(['frustrat'], tokens)).toBe(0);
    expect(phraseOverlap([], tokens)).toBe(0);
  });
});

describe('agentCuesIn', () => {
  it('finds what the agent did with words', () => {
    expect([...agentCuesIn("I understand, and I'm sorry about this.")]).toEqual(['acknowledge']);
    expect([...agentCuesIn('Does that make sense so far?')]).toEqual(['check-in']);
    expect(agentCuesIn('Your order ships on Monday.').size).toBe(0);
  });
});
