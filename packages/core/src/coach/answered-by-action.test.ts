// A frustrated customer who asked for something is answered when the agent does it: "I
// just want to cancel." ... "I've cancelled your subscription now." The report had said
// the frustration "was not acknowledged" and the nudge was not acted on.
import { describe, expect, it } from 'vitest';
import type { CallReport } from '../events/types.js';
import { agent, customer, events, tick } from '../../test/transcript.js';
import { createCoach } from './create-coach.js';

/** A customer asks to cancel, is offered a discount, and turns frustrated at 25 s. */
async function call(ask: string, reply: string): Promise<CallReport> {
  const coach = createCoach();
  for (const e of events(
    agent('Thanks for calling Streamly, this is Sam. How can I help?', 0, 4, 'a1'),
    customer('Hi, I want to cancel my subscription.', 5, 8, 'c1'),
    agent(
      "I can help with that. Before I do, can I tell you about our discount offer? It's half price for three months.",
      9,
      18,
      'a2',
    ),
    customer(ask, 19, 25, 'c2'),
    agent(reply, 26, 29, 'a3'),
    customer('Right. Thank you.', 30, 32, 'c3'),
    tick(40),
  ))
    coach.push(e);
  return coach.end();
}

const FRUSTRATED =
  "No thanks, I just want to cancel. This is ridiculous, I've asked three times now.";
const moments = (r: CallReport): string => r.moments.map((m) => m.text).join(' ');
const frustrationNudge = (r: CallReport) =>
  r.nudges.find((o) => o.nudge.trigger === 'frustration-rising');

describe('frustration answered by doing what was asked', () => {
  it('counts as the response and acts on the frustration nudge', async () => {
    const r = await call(
      FRUSTRATED,
      "Okay. I've cancelled your subscription now, effective today.",
    );
    expect(moments(r)).toMatch(/turned frustrated; you did what they asked within 4 s/);
    expect(frustrationNudge(r)).toMatchObject({
      acted: true,
      actedEvidence: expect.stringMatching(/^the agent did what was asked: "Okay. I've cancelled/),
    });
  });

  it('does not count something else done', async () => {
    const r = await call(FRUSTRATED, "Okay. I've updated your address on the account now.");
    expect(moments(r)).toMatch(/turned frustrated; it was not acknowledged/);
    expect(frustrationNudge(r)?.acted).toBe(false);
  });

  it('does not count for worry, which needs the words', async () => {
    const r = await call(
      "I'm really worried, I just want to cancel before it takes more money, I can't afford it.",
      "Okay. I've cancelled your subscription now, effective today.",
    );
    expect(r.moments.map((m) => m.kind)).toContain('turned-distressed');
    expect(moments(r)).not.toMatch(/did what they asked/);
  });
});
