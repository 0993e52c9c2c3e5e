import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { readCurtReply } from './curt-reply.js';
import type { TextAnalysis } from './text-analyzer.js';

const pleased: TextAnalysis = {
  sentiment: 0.6,
  states: { positive: 0.8, frustrated: 0, confused: 0, distressed: 0, relieved: 0.2 },
  cues: ['word "Fine": positive'],
};
const read = (text: string, state: Parameters<typeof readCurtReply>[3], arousal?: number) =>
  readCurtReply(tokenize(text), text, pleased, state, arousal);

describe('readCurtReply', () => {
  it('reads a clipped "Fine." from a frustrated customer as curt, not pleased', () => {
    const a = read('Fine.', 'frustrated')!;
    expect(a.states.positive).toBe(0);
    expect(a.states.relieved).toBe(0);
    expect(a.sentiment).toBeLessThanOrEqual(0);
    expect(a.cues).toEqual(['"Fine." while frustrated: curt, not pleased']);
  });

  it('counts a raised voice toward frustration', () => {
    const a = read('Okay, whatever.', 'distressed', 0.7)!;
    expect(a.states.frustrated).toBeGreaterThanOrEqual(0.3);
    expect(a.sentiment).toBeLessThan(0);
    expect(a.cues[0]).toContain('raised voice');
  });

  it('leaves a relieved or calm customer, and longer replies, alone', () => {
    expect(read('Fine.', 'neutral')).toBeUndefined();
    expect(read('Fine.', 'relieved')).toBeUndefined();
    expect(read('That is fine, thank you so much.', 'frustrated')).toBeUndefined();
    expect(read('No.', 'frustrated')).toBeUndefined();
  });
});
