import { describe, expect, it } from 'vitest';
import { CLOSING_ITEMS } from '../triggers/closing-cues.js';
import { closingItemNeeded } from './closing-needed.js';

describe('closingItemNeeded', () => {
  const none = { summary: false, nextSteps: false, anythingElse: false };

  it('needs every item of a close with something to sum up', () => {
    const c = { ...none, nothingToSum: false };
    expect(CLOSING_ITEMS.map((i) => closingItemNeeded(c, i))).toEqual([true, true, true]);
  });

  it('needs only "anything else?" where nothing went wrong and nothing was done', () => {
    const c = { ...none, nothingToSum: true };
    expect(CLOSING_ITEMS.map((i) => closingItemNeeded(c, i))).toEqual([false, false, true]);
    // An item said anyway is needed and done.
    expect(closingItemNeeded({ ...c, nextSteps: true }, 'nextSteps')).toBe(true);
  });
});
