import { describe, expect, it } from 'vitest';
import { createCoach } from '../coach/create-coach.js';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, events, jsonl, signal } from '../../test/transcript.js';

const fire = (transcript: string) => testRule('closing-checklist', transcript);

// A billing call up to the point where the agent has fixed the problem.
const call = [
  agent('Thank you for calling Northwind, this is Sam. How can I help you today?', 0, 4),
  customer('Hi, I was charged twice for my March bill.', 5, 8),
  agent('I am sorry about that. Can I have the account number?', 9, 12),
  customer("Sure, it's 4471 2203.", 13, 15),
  agent('Thanks. I can see both payments, I am reversing the second one now.', 16, 22),
  customer('Okay.', 23, 24),
];

const SUMMARY = 'So to recap, I have refunded the duplicate payment of 42 dollars.';
const NEXT = "You'll see it back on your card within three to five business days.";
const ANYTHING = 'Is there anything else I can help you with today?';

describe('closing-checklist', () => {
  it('stays quiet when the close has a summary, next steps and "anything else?"', async () => {
    const { fired } = await fire(
      jsonl(
        ...call,
        agent(SUMMARY, 30, 34),
        agent(NEXT, 34, 38),
        agent(ANYTHING, 38, 40),
        customer("No, that's all. Thanks so much!", 41, 43),
        agent('Thanks for calling, have a great day.', 44, 46),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('nudges for everything missing when the customer starts to close', async () => {
    const { fired } = await fire(
      jsonl(...call, agent("Okay, you're all set.", 30, 32), customer('Great, thanks.', 33, 34)),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:34',
      speaker: 'customer',
      matched: [
        'customer started to close (“Great, thanks.”)',
        'missing: a summary of what was resolved',
        'missing: the next steps (or that nothing more is needed)',
        'missing: a genuine "anything else?"',
      ],
      evidence: {
        summary:
          'the call started to close without a summary of what was resolved, the next steps (or that nothing more is needed) and a genuine "anything else?"',
        cues: ['missing summary', 'missing nextSteps', 'missing anythingElse'],
      },
    });
    expect(fired[0]!.nudge).toBeDefined();
  });

  it('takes a report that says what was done as the summary of a short call', async () => {
    const close = (done: string, at: number) =>
      fire(
        jsonl(
          ...call,
          agent(`${done} ${NEXT} ${ANYTHING}`, at, at + 8),
          customer("No, that's all, thanks.", at + 9, at + 11),
        ),
      );
    // Under 3 minutes: "I've reversed it" says what was resolved.
    expect((await close("I've refunded the second payment.", 30)).fired).toEqual([]);
    expect((await close("Done, you're on the new card from today.", 30)).fired).toEqual([]);
    const bare = await close("Done. You'll see the new card from today.", 30);
    expect(bare.fired[0]!.matched).toContain('missing: a summary of what was resolved');
    // "You're all set" does not say what.
    const vague = await close("Okay, you're all set.", 30);
    expect(vague.fired[0]!.matched).toContain('missing: a summary of what was resolved');
    // In a longer call there is more to sum up: a recap is asked for.
    const long = await close("I've refunded the second payment.", 400);
    expect(long.fired[0]!.matched).toContain('missing: a summary of what was resolved');
    // The report's checklist reads the close the same way.
    const closing = async (at: number) => {
      const coach = createCoach();
      const lines = [
        ...call,
        agent(`I've refunded the second payment. ${NEXT} ${ANYTHING}`, at, at + 8),
        customer("No, that's all, thanks.", at + 9, at + 11),
      ];
      for (const e of events(...lines)) coach.push(e);
      return (await coach.end()).closing;
    };
    expect(await closing(30)).toMatchObject({ summary: true, nextSteps: true, anythingElse: true });
    expect(await closing(400)).toMatchObject({ summary: false, nextSteps: true });
  });

  it('takes the resolution stated in answer to the customer, just before the close, as the summary', async () => {
    // A long call: the customer pushed back, the agent said what was done and what happens
    // next, and the customer accepted it. A recap now would repeat it.
    const upTo = (...rest: string[]): string[] => [
      ...call,
      customer(
        'This is the second time I have called about this. Can I speak to a manager?',
        200,
        205,
      ),
      agent(
        "I'm sorry. We'll refund you today, and a courier will collect it on Monday.",
        206,
        211,
      ),
      customer("Okay, that's better, thanks.", 212, 214),
      ...rest,
    ];
    const resolved = [
      agent("And I've added a fifteen pound voucher. You'll get an email with the time.", 215, 220),
      customer('Thanks, I appreciate that.', 221, 223),
      agent(ANYTHING, 224, 226),
      customer("No, that's all. Bye.", 227, 229),
    ];
    expect((await fire(jsonl(...upTo(...resolved)))).fired).toEqual([]);
    const coach = createCoach();
    for (const e of events(...upTo(...resolved))) coach.push(e);
    expect((await coach.end()).closing).toMatchObject({ summary: true, nextSteps: true });
    // A question after it leaves the matter open: the close needs its recap again.
    const reopened = await fire(
      jsonl(
        ...upTo(
          resolved[0]!,
          customer("And what if the courier doesn't turn up?", 221, 224),
          agent('Then just give us a call.', 225, 227),
          agent(ANYTHING, 228, 230),
          customer("No, that's all. Bye.", 231, 233),
        ),
      ),
    );
    expect(reopened.fired.map((f) => f.matched.slice(1))).toEqual([
      ['missing: a summary of what was resolved'],
    ]);
  });

  it('suggests phrases for what is missing, not a recap the agent has given', async () => {
    const phrasesFor = async (...lines: string[]) => {
      const coach = createCoach({ builtInTriggers: ['closing-checklist'] });
      const shown: string[][] = [];
      coach.on('nudge', (n) => shown.push([n.situation, ...n.phrases]));
      for (const e of events(...call, ...lines)) coach.push(e);
      await coach.end();
      return shown;
    };
    const noAsk = await phrasesFor(
      agent(SUMMARY, 30, 34),
      agent(NEXT, 34, 38),
      agent('Thanks for calling, have a good one.', 39, 41),
    );
    expect(noAsk).toHaveLength(1);
    expect(noAsk[0]![0]).toBe('closing-anything-else');
    expect(noAsk[0]!.slice(1).every((p) => /anything else/i.test(p))).toBe(true);
    const noNext = await phrasesFor(
      agent(SUMMARY, 30, 34),
      agent('Thanks for calling, have a good one.', 39, 41),
    );
    expect(noNext[0]![0]).toBe('closing-next-steps');
    expect(noNext[0]!.slice(1).some((p) => /what happens next/i.test(p))).toBe(true);
    const noSummary = await phrasesFor(
      agent("Okay, you're all set.", 30, 32),
      customer('Great, thanks.', 33, 34),
    );
    expect(noSummary[0]![0]).toBe('closing-checklist');
    expect(noSummary[0]!.slice(1).some((p) => /go over what we did/i.test(p))).toBe(true);
  });

  it('nudges only for what is missing when the agent starts to close', async () => {
    const { fired } = await fire(
      jsonl(
        ...call,
        agent(SUMMARY, 30, 34),
        agent(NEXT, 34, 38),
        agent('Thanks for calling, have a good one.', 39, 41),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]!.speaker).toBe('agent');
    expect(fired[0]!.matched.slice(1)).toEqual(['missing: a genuine "anything else?"']);
    expect(fired[0]!.evidence.summary).toBe(
      'the call started to close without a genuine "anything else?"',
    );
  });

  it('nudges for an "anything else?" the agent closed before the customer could answer', async () => {
    const { fired } = await fire(
      jsonl(
        ...call,
        agent(SUMMARY, 30, 34),
        agent(NEXT, 34, 38),
        agent('Anything else? No? Great, thanks for calling, have a good one.', 39, 43),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]!.matched.slice(1)).toEqual([
      'missing: a genuine "anything else?"',
      'the agent asked "anything else?" and closed before the customer could answer',
    ]);
    // Asked and left open, the same close is complete.
    const open = await fire(
      jsonl(
        ...call,
        agent(SUMMARY, 30, 34),
        agent(NEXT, 34, 38),
        agent('Anything else I can help with today?', 39, 41),
        customer("No, that's all, thanks.", 43, 45),
      ),
    );
    expect(open.fired).toEqual([]);
  });

  it('does not count "thank you for calling" in the greeting as a close', async () => {
    const { fired } = await fire(
      jsonl(
        agent('Thank you for calling Northwind, this is Sam. How can I help?', 0, 4),
        customer('Hi, I have a question about my bill.', 5, 8),
        agent('Thanks for contacting us, happy to help. What is the question?', 9, 12),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('does not take a mid-call "okay, great" that goes on to ask something as a close', async () => {
    const { fired } = await fire(
      jsonl(
        ...call,
        agent('The reversal is done.', 25, 27),
        customer('Okay great, and when will I see the money?', 28, 31),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('only counts what the agent said in the last two minutes', async () => {
    const { fired } = await fire(
      jsonl(
        ...call,
        agent(SUMMARY, 30, 34),
        customer('Hmm, and the other card?', 40, 42),
        agent('Let me check that one too.', 43, 45),
        agent(NEXT, 200, 204),
        agent(ANYTHING, 205, 207),
        customer("No, that's it, thanks.", 208, 210),
      ),
    );
    expect(fired.map((f) => f.matched.slice(1))).toEqual([
      ['missing: a summary of what was resolved'],
    ]);
  });

  it('fires once per close, not again for the goodbyes that follow', async () => {
    const { fired } = await fire(
      jsonl(
        ...call,
        customer("Perfect, thanks, that's everything.", 30, 33),
        agent('Thanks for calling, take care.', 34, 36),
        customer('Bye.', 37, 38),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:33']);
  });

  it('does not take an "okay, great" to a step under way as a close', async () => {
    // Each "okay, great" answers the agent's next step, not a resolution; nothing fires
    // until the customer says they are done, and then only for what the agent left out.
    const { fired } = await fire(
      jsonl(
        ...call,
        agent('Let me pull up the March statement.', 25, 27),
        customer('Okay, great.', 28, 29),
        agent('I can see it. I can reverse the second payment for you right now.', 30, 35),
        customer('Great, thanks, that would be easy.', 36, 38),
        agent('You moved to the annual plan in February as well.', 39, 43),
        customer('Sounds good.', 44, 45),
        agent(SUMMARY, 50, 54),
        agent(ANYTHING, 55, 57),
        customer("No, that's all. Thanks.", 58, 60),
      ),
    );
    expect(fired.map((f) => [f.clock, ...f.matched.slice(1)])).toEqual([
      ['1:00', 'missing: the next steps (or that nothing more is needed)'],
    ]);
  });

  it.each([
    ['I have refunded the duplicate payment.'],
    ["Okay, that's done now."],
    ['The reversal is complete.'],
    ['Good news, I was able to cancel the second charge.'],
    ['The refund has been processed.'],
    ["I've gone ahead and credited your account."],
  ])('takes "okay, great" after "%s" as a close', async (done) => {
    const { fired } = await fire(
      jsonl(...call, agent(done, 30, 33), customer('Okay, great.', 34, 35)),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:35']);
  });

  it('does not take "that would be great" to an offer of what is still to come as a close', async () => {
    // "until it's fixed" says what is still to come: the customer accepted an offer, the
    // call goes on.
    const { fired } = await fire(
      jsonl(
        ...call,
        agent(
          "I can send you a backup hub tomorrow so you can stay online until it's fixed.",
          30,
          35,
        ),
        customer('That would be great, thank you.', 36, 38),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('takes "that\'s all" as a close whatever the agent said last', async () => {
    const { fired } = await fire(
      jsonl(
        ...call,
        agent('Let me check one more thing.', 30, 32),
        customer("That's all, bye.", 33, 35),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:35']);
  });

  it('asks for no summary where nothing went wrong and nothing was done', async () => {
    const compliment = [
      agent('Good afternoon, Litware support, this is Morgan.', 0, 3),
      customer('Hi! I just wanted to say the technician yesterday was fantastic.', 4, 8),
      agent("That's lovely to hear. I'll make sure his manager hears about it.", 9, 13),
      customer('Great. Quick question, can I move the router myself?', 14, 17),
      agent('Yes, you can, just keep it away from the microwave.', 18, 21),
      customer('Got it.', 22, 23),
    ];
    const closed = await fire(
      jsonl(
        ...compliment,
        agent('Is there anything else I can help with?', 24, 26),
        customer("No, that's it. Have a good day.", 27, 29),
      ),
    );
    expect(closed.fired).toEqual([]);
    // Something done is something to sum up, however calm the call.
    const done = await fire(
      jsonl(...compliment, agent('All done.', 24, 25), customer('Great, thanks.', 28, 29)),
    );
    expect(done.fired.map((f) => f.matched.slice(1))).toEqual([
      ['missing: a summary of what was resolved', 'missing: a genuine "anything else?"'],
    ]);
    const abrupt = await fire(jsonl(...compliment, customer("That's all, bye.", 24, 26)));
    expect(abrupt.fired.map((f) => f.matched.slice(1))).toEqual([
      ['missing: a genuine "anything else?"'],
    ]);
  });

  it('takes the next steps as the summary where nothing was done yet', async () => {
    // The bill can only be fixed once the customer sends a photo: the plan is what was
    // agreed, and saying it sums the call up.
    const pending = [
      agent('Good morning, Fabrikam Energy, this is Olivia.', 0, 3),
      customer('Hello. The bill, it is very high.', 4, 7),
      agent('The meter reading was estimated, so the bill is a guess.', 8, 12),
      customer("Estimated? I don't understand.", 13, 15),
      agent('We guessed your usage. Please send a photo of the meter.', 16, 20),
    ];
    const { fired } = await fire(
      jsonl(
        ...pending,
        agent('Send the photo to the email on your bill, and I will fix it in two days.', 21, 26),
        agent('Anything else?', 26, 27),
        customer('No. Thank you. Bye.', 28, 30),
      ),
    );
    expect(fired).toEqual([]);
    // Without the next steps, both are missing.
    const vague = await fire(
      jsonl(...pending, agent('Anything else?', 21, 22), customer('No. Thank you. Bye.', 23, 25)),
    );
    expect(vague.fired.map((f) => f.matched.slice(1))).toEqual([
      [
        'missing: a summary of what was resolved',
        'missing: the next steps (or that nothing more is needed)',
      ],
    ]);
  });

  it('asks for no next steps either where a quick question was answered', async () => {
    // Nothing was done and nothing is pending: there is nothing to follow up.
    const { fired } = await fire(
      jsonl(
        agent('Hi, Woodgrove Bank, this is Tom.', 0, 2),
        customer("Hi, I'd like to check whether my transfer to my sister went through.", 3, 7),
        agent('Let me check. Yes, the transfer of two hundred went through this morning.', 8, 13),
        customer('Great, thanks.', 14, 15),
        agent('Is there anything else?', 16, 17),
        customer("No, that's all, thank you.", 18, 20),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('does not judge the close of a call handed over to another team at its end', async () => {
    const closing = async (...end: string[]) => {
      const coach = createCoach();
      for (const e of events(...call, ...end)) coach.push(e);
      return (await coach.end()).closing;
    };
    const inWords = await closing(
      agent("I'm going to transfer you to the claims team, I'll stay with you.", 30, 35),
      customer('Okay. Thank you.', 36, 38),
      signal('call-ended', 40),
    );
    expect(inWords.evaluated).toBe(false);
    const bySignal = await closing(
      agent('Please hold while I connect you.', 30, 33),
      signal('transfer', 34),
      signal('call-ended', 36),
    );
    expect(bySignal.evaluated).toBe(false);
    // A transfer long before the end, or none, leaves the close to be judged.
    const later = await closing(
      agent("I'm going to transfer you to the claims team.", 30, 35),
      agent('Okay, I am back, they have fixed it. You will see it in two days.', 200, 205),
      customer("Great. That's all, thanks.", 206, 208),
      signal('call-ended', 210),
    );
    expect(later.evaluated).toBe(true);
    expect((await closing(signal('call-ended', 40))).evaluated).toBe(true);
  });
});
