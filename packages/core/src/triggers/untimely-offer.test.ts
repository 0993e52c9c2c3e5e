import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl } from '../../test/transcript.js';

const fire = (transcript: string) => testRule('untimely-offer', transcript);

const PITCH =
  "I'm sorry about that. While I have you, did you know we have a premium sports package for just ten pounds more?";

describe('untimely-offer', () => {
  it('fires when the agent pitches an offer to a frustrated customer', async () => {
    const { fired } = await fire(
      jsonl(
        agent('Thanks for calling Lumen TV, this is Grace. How can I help?', 0, 4),
        customer(
          "My TV box keeps freezing every evening. It's ridiculous, I'm so fed up with it.",
          5,
          10,
          'c1',
        ),
        agent(PITCH, 11, 18, 'a2'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:18',
      speaker: 'agent',
      span: { utteranceId: 'a2', text: 'While I have you' },
      evidence: { summary: 'the agent pitched an offer while the customer was frustrated' },
    });
    expect(fired[0]!.nudge).toBe(
      'They are still upset and the problem is not fixed. Leave the offer for now and get back to what they called about.',
    );
  });

  it('does not fire for an offer to a calm customer, or for help that is no pitch', async () => {
    const calm = await fire(
      jsonl(
        customer("Hi, I'd like to check when my contract ends.", 1, 4),
        agent('It ends in March. Would you like to hear about our premium package as well?', 5, 10),
      ),
    );
    expect(calm.fired).toEqual([]);
    const help = await fire(
      jsonl(
        customer("This is ridiculous, the box keeps freezing and I'm fed up.", 1, 5),
        agent("I'm sorry. Let me send a reset signal to the box now.", 6, 10),
      ),
    );
    expect(help.fired).toEqual([]);
  });
});
