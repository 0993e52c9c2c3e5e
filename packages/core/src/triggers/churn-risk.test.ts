import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl } from '../../test/transcript.js';

const fire = (transcript: string) => testRule('churn-risk', transcript);
const said = async (text: string) =>
  (await fire(jsonl(agent('How can I help today?', 0, 2), customer(text, 3, 8, 'c1')))).fired;

describe('churn-risk', () => {
  it('fires when the customer says they will leave unless the problem is fixed', async () => {
    const { fired } = await fire(
      jsonl(
        agent('Good afternoon, Northway Energy, Chris speaking.', 0, 3),
        customer(
          "I'm not using any more than last year. If this isn't sorted today I'm switching to another supplier.",
          4,
          11,
          'c1',
        ),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:11',
      speaker: 'customer',
      span: { utteranceId: 'c1', text: 'switching to another supplier' },
      evidence: { summary: 'the customer said they are thinking of leaving' },
    });
    expect(fired[0]!.nudge).toBe(
      'They are thinking of leaving. Do not defend the policy: say what went wrong for them, then what you can do today.',
    );
  });

  it.each([
    "I'll take my business elsewhere.",
    "Honestly, I'm looking at a cheaper provider.",
    "I'm going to switch providers, this is hopeless.",
    "Right, I'm done with you people.",
    "You're going to lose a customer over this.",
    "So you're just going to let me leave? I've been with you eleven years.",
    "If this isn't sorted out by the end of the week, I'm cancelling my contract.",
    "If it's not here by Friday I'm leaving.",
    'Sort it out or else I will close my account.',
    "I'm seriously thinking of going to one of your competitors.",
  ])('hears "%s"', async (text) => {
    expect(await said(text)).toHaveLength(1);
  });

  it.each([
    // A plain cancellation is a request, not a threat.
    "Hi, I'd like to cancel my subscription please.",
    // Negated, someone else's, or the past.
    "I don't want to switch providers, I just want it to work.",
    'My neighbour is switching to another provider next month.',
    'I was going to a different bank before I joined you.',
    // Conditions about something else.
    "If the engineer can't come on Monday, I'll cancel the appointment.",
    "If it helps I'll leave the router on overnight.",
    "If you need me to, I'll switch the router off and on again.",
  ])('does not fire for "%s"', async (text) => {
    expect(await said(text)).toEqual([]);
  });

  it('fires once in five minutes however often the customer says it', async () => {
    const { fired } = await fire(
      jsonl(
        customer("I'll take my business elsewhere.", 1, 3),
        agent("I'm sorry, let me look at what I can do.", 4, 6),
        customer("I mean it, I'm switching to another provider.", 30, 33),
        customer("I'm switching to another provider.", 330, 333),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:03', '5:33']);
  });
});
