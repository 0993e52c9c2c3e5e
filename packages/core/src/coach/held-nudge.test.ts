// A nudge held back by the spacing (one non-critical nudge per 12 s) comes up late. If
// the agent has done what it asks in the meantime, it is not shown: "acknowledge how
// this affects them" after the agent said "I'm sorry, that's frightening" tells the
// agent to do what they just did.
import { describe, expect, it } from 'vitest';
import type { CallReport } from '../events/types.js';
import { agent, customer, events, tick } from '../../test/transcript.js';
import { createCoach } from './create-coach.js';

/** A billing nudge at 8 s; worry at 12 s waits for the 20 s slot; `reply` comes at 13-18 s. */
async function call(reply: string): Promise<CallReport> {
  const coach = createCoach();
  for (const e of events(
    agent('Thanks for calling Northwind Bank, this is Priya. How can I help?', 0, 4, 'a1'),
    customer('There are three purchases on my card that I did not make.', 4.5, 8, 'c1'),
    customer("I'm really scared, there's about nine hundred dollars gone.", 8.5, 12, 'c2'),
    agent(reply, 13, 18, 'a2'),
    customer("Okay. It's 4421.", 19, 20.5, 'c3'),
    tick(22),
  ))
    coach.push(e);
  return coach.end();
}

const shown = (r: CallReport): string[] => r.nudges.map((o) => o.nudge.trigger);

describe('a nudge held back by the spacing', () => {
  it('is not shown once the agent has done what it asks', async () => {
    const r = await call(
      "I'm sorry, that's frightening. Let's get your card locked straight away.",
    );
    expect(shown(r)).toEqual(['billing-discrepancy']);
    // The worry still fired, and the report says the agent responded to it.
    expect(r.triggers.map((t) => t.trigger)).toContain('distress');
    expect(r.moments.map((m) => m.text).join(' ')).toMatch(/you acknowledged it within/);
  });

  it('is shown in its turn when the agent has not', async () => {
    const r = await call('Can you confirm the last four digits of the card for me, please?');
    expect(shown(r)).toEqual(['billing-discrepancy', 'distress']);
    const distress = r.nudges[1]!.nudge;
    expect(distress.atMs).toBe(r.nudges[0]!.nudge.atMs + 12_000);
  });
});
