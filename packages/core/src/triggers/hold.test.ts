import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl, signal } from '../../test/transcript.js';

const opening = [
  customer("Hi, my internet's been down since this morning.", 2, 5),
  agent('Let me check the line for you. Can I put you on a brief hold?', 6, 10),
  customer('Sure.', 11, 12),
];

describe('hold', () => {
  it('fires when a hold starts, and says so', async () => {
    const { fired } = await testRule(
      'hold',
      jsonl(...opening, signal('hold-started', 13, 'agent')),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:13',
      speaker: 'customer',
      matched: ['hold started'],
      evidence: { summary: 'the customer was put on hold' },
    });
  });

  it('fires once per hold, for each hold of the call', async () => {
    const { fired } = await testRule(
      'hold',
      jsonl(
        ...opening,
        signal('hold-started', 13),
        signal('hold-ended', 40),
        agent('Thanks for waiting. One more check.', 41, 44),
        signal('hold-started', 90),
        signal('hold-ended', 120),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:13', '1:30']);
  });

  it('does not fire again when the platform repeats hold-started during one hold', async () => {
    const { fired } = await testRule(
      'hold',
      jsonl(
        ...opening,
        signal('hold-started', 13),
        signal('hold-started', 20),
        signal('hold-ended', 40),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:13']);
  });

  it('does not fire on hold-ended, mute or the word "hold"', async () => {
    const { fired } = await testRule(
      'hold',
      jsonl(
        agent('Could you hold the power button for ten seconds?', 2, 6),
        signal('mute', 10),
        signal('unmute', 15),
        signal('hold-ended', 20),
      ),
    );
    expect(fired).toEqual([]);
  });
});
