import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl, signal, tick } from '../../test/transcript.js';

const opening = [
  customer("Hi, my internet's been down since this morning.", 2, 5),
  agent('Okay. Can I put you on hold?', 6, 10),
  customer('Sure.', 11, 12),
];

describe('long-hold', () => {
  it('a 30 s hold is a hold but not a long hold', async () => {
    const transcript = jsonl(
      ...opening,
      signal('hold-started', 13),
      signal('hold-ended', 43),
      agent("Thanks for holding, I've reset the line.", 44, 47),
      tick(300),
    );
    expect((await testRule('hold', transcript)).fired).toHaveLength(1);
    expect((await testRule('long-hold', transcript)).fired).toEqual([]);
  });

  it('fires at exactly holdStart + 60 s even when the next event comes much later', async () => {
    const { fired } = await testRule(
      'long-hold',
      jsonl(...opening, signal('hold-started', 13), signal('hold-ended', 400)),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      atMs: 73_000,
      clock: '1:13',
      speaker: 'customer',
      matched: ['on hold for 60 s'],
      evidence: { summary: 'the hold passed 60 s' },
    });
    // Critical: it is shown at once, whatever else was shown recently.
    expect(fired[0]!.nudge).toBeDefined();
  });

  it('fires once per hold however long it lasts, and again for the next long hold', async () => {
    const { fired } = await testRule(
      'long-hold',
      jsonl(
        ...opening,
        signal('hold-started', 13),
        tick(100),
        tick(200),
        signal('hold-ended', 250),
        agent('Sorry about the wait.', 251, 253),
        signal('hold-started', 300),
        tick(500),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['1:13', '6:00']);
  });

  it('does not fire when the hold ends a moment before the threshold', async () => {
    const { fired } = await testRule(
      'long-hold',
      jsonl(...opening, signal('hold-started', 13), signal('hold-ended', 72.9), tick(200)),
    );
    expect(fired).toEqual([]);
  });

  it('does not fire for a hold still running when the transcript stops short of the threshold', async () => {
    const { fired } = await testRule(
      'long-hold',
      jsonl(...opening, signal('hold-started', 13), tick(50)),
    );
    expect(fired).toEqual([]);
  });

  it('uses the longHoldMs option', async () => {
    const { fired } = await testRule(
      'long-hold',
      jsonl(...opening, signal('hold-started', 13), tick(60)),
      { triggers: { longHoldMs: 30_000 } },
    );
    expect(fired.map((f) => [f.clock, f.matched[0]])).toEqual([['0:43', 'on hold for 30 s']]);
  });
});
