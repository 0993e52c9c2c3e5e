// What answers a limitation, and what a limitation answers. "I understand. Unfortunately
// the direct debit is calculated automatically, so I'm not able to change it." had counted
// as acknowledging a frustrated customer; and "What I can do is check the meter readings"
// in the agent's next turn had not counted as acting on "follow it with what you can do".
import { describe, expect, it } from 'vitest';
import type { CallReport } from '../events/types.js';
import { agent, customer, events, tick } from '../../test/transcript.js';
import { createCoach } from './create-coach.js';

/** A customer turns frustrated at 0:09; the agent replies at 0:12, then again at 0:26. */
async function call(reply: string, next: string): Promise<CallReport> {
  const coach = createCoach();
  for (const e of events(
    agent('Good afternoon, Northway Energy, Chris speaking.', 0, 3, 'a1'),
    customer(
      "This is ridiculous. My direct debit went up to two hundred pounds and nobody asked me. I'm fed up.",
      4,
      9,
      'c1',
    ),
    agent(reply, 12, 18, 'a2'),
    customer("So that's it? You can't do anything?", 19, 22, 'c2'),
    agent(next, 26, 32, 'a3'),
    tick(80),
  ))
    coach.push(e);
  return coach.end();
}

const NO =
  "I understand. Unfortunately the direct debit is calculated automatically, so I'm not able to change it.";
const CAN =
  'What I can do is check the meter readings, because if we estimated them, the payment could be wrong.';
const nudgeFor = (r: CallReport, trigger: string) =>
  r.nudges.find((o) => o.nudge.trigger === trigger);

describe('a limitation in answer to frustration', () => {
  it('does not acknowledge the frustration when it leads into a no', async () => {
    const r = await call(NO, 'Let me pull up the account.');
    expect(nudgeFor(r, 'frustration-rising')?.acted).toBe(false);
    expect(r.moments.map((m) => m.text).join(' ')).toMatch(
      /turned frustrated; it was not acknowledged/,
    );
  });

  it('still acknowledges when the words offer something instead', async () => {
    const r = await call(
      "I understand, and I'm sorry. I'm not able to change the amount myself, but I can check your meter readings now.",
      CAN,
    );
    expect(nudgeFor(r, 'frustration-rising')).toMatchObject({
      acted: true,
      actedEvidence: expect.stringMatching(/^the agent acknowledged/),
    });
  });

  it('counts what the agent can do, said in the next turn, as acting on the limitation nudge', async () => {
    const r = await call(NO, CAN);
    expect(nudgeFor(r, 'policy-limitation')).toMatchObject({
      acted: true,
      actedEvidence: expect.stringMatching(/^the agent said what they can do: "What I can do is/),
    });
    const stalled = await call(NO, 'The direct debit is set by the system, I am afraid.');
    expect(nudgeFor(stalled, 'policy-limitation')?.acted).toBe(false);
  });
});
