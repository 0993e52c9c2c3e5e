import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl, signal } from '../../test/transcript.js';

// The agent asks for a hold without saying why or for how long.
const opening = [
  customer("Hi, my internet's been down since this morning.", 2, 5),
  agent('Okay. Can I put you on hold?', 6, 10),
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
      matched: ['hold started', 'not said: why', 'not said: for about how long'],
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

  it('stays quiet when the agent said why and for about how long before the hold', async () => {
    for (const setUp of [
      'Let me check the line for you. Can I put you on a brief hold?',
      "I need to run a line test, it takes about two minutes. I'll pop you on hold.",
      'Can I put you on hold for a minute while I check with my supervisor?',
    ]) {
      const { fired } = await testRule(
        'hold',
        jsonl(
          customer("Hi, my internet's been down since this morning.", 2, 5),
          agent(setUp, 6, 10),
          customer('Sure.', 11, 12),
          signal('hold-started', 13, 'agent'),
        ),
      );
      expect(fired, setUp).toEqual([]);
    }
  });

  it('says what was left out, and forgets a set-up more than 30 s old', async () => {
    const only = async (...lines: string[]) =>
      (await testRule('hold', jsonl(...lines, signal('hold-started', 80, 'agent')))).fired.map(
        (f) => f.matched.slice(1),
      );
    expect(await only(agent('Let me check that. Can I put you on hold?', 70, 74))).toEqual([
      ['not said: for about how long'],
    ]);
    expect(await only(agent('Can I put you on a quick hold?', 70, 74))).toEqual([
      ['not said: why'],
    ]);
    // Said a minute before, about something else: not a set-up for this hold.
    expect(
      await only(
        agent('Let me check that, it takes a minute.', 10, 14),
        customer('Okay.', 15, 16),
        agent('Can I put you on hold?', 70, 74),
      ),
    ).toEqual([['not said: why', 'not said: for about how long']]);
  });
});
