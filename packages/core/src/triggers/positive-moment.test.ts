import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { fixedAnalyzer } from '../../test/fixed-analyzer.js';
import { agent, customer, jsonl } from '../../test/transcript.js';

// Perception is given (a fixed reading per text): these test the trigger.
const RELIEF = 'Oh thank goodness, what a relief. Thank you so much!';
const PLEASED = 'That is great, I love the new plan.';
const FURIOUS = 'This is absolutely unacceptable.';
const analyzer = fixedAnalyzer({
  [RELIEF]: {
    states: { relieved: 0.9, positive: 0.5 },
    sentiment: 0.8,
    cues: ['phrase "what a relief"'],
  },
  [PLEASED]: { states: { positive: 0.85 }, sentiment: 0.7 },
  [FURIOUS]: { states: { frustrated: 0.9 }, sentiment: -0.9 },
});
const fire = (transcript: string) => testRule('positive-moment', transcript, { analyzer });

describe('positive-moment', () => {
  it('fires on relief worth reinforcing, after a frustrated stretch', async () => {
    const { fired } = await fire(
      jsonl(
        customer(FURIOUS, 1, 3),
        agent("I've reversed the charge, you'll see it tomorrow.", 10, 14),
        customer(RELIEF, 15, 18, 'c2'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:18',
      speaker: 'customer',
      evidence: { utteranceIds: ['c2'], summary: 'the customer expressed relief' },
    });
    expect(fired[0]!.matched[0]).toMatch(/^customer state frustrated -> relieved /);
    expect(fired[0]!.nudge).toBe(
      'They sound relieved. Share the moment, and where we got something wrong, own it.',
    );
  });

  it('fires when the customer is pleased after a problem, with its own summary', async () => {
    const { fired } = await fire(jsonl(customer(FURIOUS, 1, 3), customer(PLEASED, 95, 98)));
    expect(fired.map((f) => f.evidence.summary)).toEqual(['the customer sounded pleased']);
    // The nudge says how they sound: pleased is not relief.
    expect(fired[0]!.nudge).toBe(
      'They sound pleased. Share the moment, and where we got something wrong, own it.',
    );
  });

  it('stays quiet when the customer is simply pleased in a call with no problem', async () => {
    const { fired } = await fire(jsonl(customer(PLEASED, 5, 8), customer(RELIEF, 20, 23)));
    expect(fired).toEqual([]);
  });

  it('counts a hold as a problem worth recovering from', async () => {
    const transcript = [
      JSON.stringify({ type: 'signal', kind: 'hold-started', atMs: 1000 }),
      JSON.stringify({ type: 'signal', kind: 'hold-ended', atMs: 40_000 }),
      jsonl(customer(RELIEF, 42, 45)),
    ].join('\n');
    expect((await fire(transcript)).fired.map((f) => f.clock)).toEqual(['0:45']);
  });

  it('fires once per 90 s even when relief turns into delight', async () => {
    const { fired } = await fire(
      jsonl(
        customer(FURIOUS, 1, 3),
        customer(RELIEF, 5, 8),
        customer(PLEASED, 20, 23),
        customer(PLEASED, 40, 43),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:08']);
  });

  it('does not fire for a pleased agent, or for frustration', async () => {
    const { fired } = await fire(jsonl(agent(PLEASED, 1, 3), customer(FURIOUS, 5, 7)));
    expect(fired).toEqual([]);
  });
});

describe('positive-moment with the built-in baseline analyzer', () => {
  it('fires on relief after the problem is fixed', async () => {
    const { fired } = await testRule(
      'positive-moment',
      jsonl(
        customer('This is the third time I have called about this.', 1, 4),
        agent("I've reversed the second charge, you'll see it tomorrow.", 10, 14),
        customer('Oh thank goodness, what a relief. Thank you so much!', 15, 18, 'c2'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:18',
      evidence: { utteranceIds: ['c2'], summary: 'the customer expressed relief' },
    });
  });

  it('does not fire on a polite "no problem"', async () => {
    const { fired } = await testRule(
      'positive-moment',
      jsonl(customer('No problem at all.', 1, 3)),
    );
    expect(fired).toEqual([]);
  });
});
