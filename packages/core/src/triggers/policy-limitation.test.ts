import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, agentSays, customer, customerSays, jsonl } from '../../test/transcript.js';

const fire = (transcript: string) => testRule('policy-limitation', transcript);

describe('policy-limitation', () => {
  const limits: [string, string, string][] = [
    [
      "Unfortunately that promotion ended last month, so I can't apply it.",
      'Unfortunately',
      'unfortunately',
    ],
    ["I'm afraid we can't refund a plan after thirty days.", "I'm afraid we", 'unfortunately'],
    ['Our policy is that returns need the original receipt.', 'Our policy', 'policy'],
    ['Per our terms the deposit is non-refundable.', 'Per our terms', 'policy'],
    [
      'Under our returns policy, opened items are non-refundable.',
      'Under our returns policy',
      'policy',
    ],
    ["I'm not able to change the due date on this account.", "I'm not able to", 'cannot'],
    // A limit that only sounds like a wait is still a limit.
    ["I'm not able to see refunds older than a year, sorry.", "I'm not able to", 'cannot'],
    ['We cannot waive the late fee, sorry.', 'We cannot waive', 'cannot'],
    ["We don't offer refunds on digital purchases.", "We don't offer refunds", 'cannot'],
    ["There's nothing I can do about the exchange rate.", "There's nothing I can do", 'cannot'],
    ["That's out of my hands, it's set by the bank.", "That's out of my hands", 'cannot'],
    [
      "That's not something we can offer on this plan.",
      "That's not something we can offer",
      'cannot',
    ],
  ];
  it.each(limits)('fires when the agent says: "%s"', async (text, span, label) => {
    const { fired } = await fire(agentSays(text));
    expect(fired).toHaveLength(1);
    const f = fired[0]!;
    expect(f.clock).toBe('0:08');
    expect(f.speaker).toBe('agent');
    expect(f.span).toEqual({
      utteranceId: 'a1',
      start: text.indexOf(span),
      end: text.indexOf(span) + span.length,
      text: span,
    });
    expect(f.matched[0]).toBe(`agent stated a limitation (${label}): "${span}"`);
    expect(f.evidence.summary).toBe('the agent told the customer what cannot be done');
    expect(f.nudge).toBeDefined();
  });

  it('fires for a demand with a threat, to a customer who may not be able to pay', async () => {
    const text =
      'The full balance is due immediately, otherwise it will be passed to our recoveries team.';
    const { fired } = await fire(agentSays(text));
    expect(fired).toHaveLength(1);
    expect(fired[0]!.span?.text).toBe('The full balance is due immediately');
    expect(fired[0]!.matched).toEqual([
      'agent stated a limitation (demand): "The full balance is due immediately"',
      'agent stated a limitation (demand): "otherwise it will be passed to our recoveries"',
    ]);
    expect(fired[0]!.evidence.summary).toBe('the agent demanded payment, with nothing they can do');
    // With a way to pay offered, nothing to nudge.
    const plan = await fire(
      agentSays('The full balance is due now, but I can set up a payment plan if that would help.'),
    );
    expect(plan.fired).toEqual([]);
  });

  it('lists every limitation in one utterance, once each', async () => {
    const text = "Unfortunately our policy says I'm not able to refund it.";
    const { fired } = await fire(agentSays(text));
    expect(fired[0]!.matched).toEqual([
      'agent stated a limitation (unfortunately): "Unfortunately"',
      // "our policy" and "policy says" overlap: one phrase, reported once.
      'agent stated a limitation (policy): "our policy"',
      'agent stated a limitation (cannot): "I\'m not able to"',
    ]);
  });

  it('stays quiet for 45 s after firing, whatever limitation comes next', async () => {
    const { fired } = await fire(
      jsonl(
        agent("Unfortunately I can't waive that fee.", 10, 13),
        customer('Why not?', 14, 15),
        agent('Our policy is to charge it on every late payment.', 16, 20),
        customer('That seems unfair.', 21, 23),
        agent("I'm afraid there's nothing else I can offer.", 60, 64),
      ),
    );
    // 0:13 fires; 0:20 is within the cooldown; 1:04 is 51 s later and fires.
    expect(fired.map((f) => f.clock)).toEqual(['0:13', '1:04']);
  });

  const nearMisses: [string, string][] = [
    // The customer's own bad luck is not the agent stating a limit.
    [
      'the customer saying "unfortunately the weather..."',
      customerSays('Unfortunately the weather knocked out my internet.'),
    ],
    [
      'the customer quoting a policy',
      customerSays('Your policy says I can return it within 30 days.'),
    ],
    [
      'the customer saying they cannot do something',
      customerSays("I'm not able to log in to the app."),
    ],
    ['the agent saying what they can do', agentSays('I can refund that for you right now.')],
    [
      'the agent saying they cannot see a problem',
      agentSays("I can't see any problem on the line."),
    ],
    [
      'the agent describing a policy that helps',
      agentSays('Good news, the price match is available on this plan.'),
    ],
    ['the agent reassuring', agentSays("That's not something you need to worry about.")],
    [
      'the agent who cannot hear the customer',
      agentSays("I'm not able to hear you very well, could you repeat that?"),
    ],
    ['the agent apologising for the line', agentSays('Unfortunately the line is a bit noisy.')],
    [
      'the agent waiting for a screen to load',
      agentSays("I'm not able to see the new plan yet, give me one second while the page loads."),
    ],
    [
      'the agent describing a policy that refunds',
      agentSays("Our policy is to refund double charges right away, so I've done that."),
    ],
  ];
  it.each(nearMisses)('does not fire for %s', async (_name, transcript) => {
    expect((await fire(transcript)).fired).toEqual([]);
  });

  // The nudge asks the agent to follow a limit with what they can do: when they already
  // did, in the same breath, there is nothing to nudge.
  it.each([
    'Unfortunately Thursday is the first slot available. I can add a mobile data boost for free until then.',
    "I'm afraid we can't refund it, but what I can do is credit your next bill.",
    "Our policy doesn't allow a refund after thirty days. Instead, I could move you to the cheaper plan today.",
    "I'm not able to waive the fee, but let me see if my supervisor can.",
    "Unfortunately I can't change the due date. I'll set up a payment plan for you instead.",
    "We don't offer refunds on digital purchases. The good news is you can swap it for another title.",
  ])('stays quiet when the agent offers what they can do: "%s"', async (text) => {
    const { fired } = await fire(agentSays(text));
    expect(fired).toEqual([]);
  });

  it.each([
    "I can see the charge, but unfortunately I can't refund it.",
    "I can only tell you that, unfortunately, there's nothing else I can offer.",
    "I understand. Unfortunately we can't, I can't do anything about it.",
    "Unfortunately the engineer can't come before Thursday, nothing moves until then.",
  ])('still fires when the "I can" offers nothing: "%s"', async (text) => {
    const { fired } = await fire(agentSays(text));
    expect(fired).toHaveLength(1);
  });
});
