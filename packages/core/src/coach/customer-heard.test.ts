// Whether a nudge was followed by a better mood, and whether a hard moment ended (a
// de-escalation), are judged on what the customer said after it, not on their feelings
// fading with time: a frustrated customer who said nothing for a minute was not heard
// to calm down.
import { describe, expect, it } from 'vitest';
import type { ConversationEvent, NudgeOutcome } from '../events/types.js';
import { agent, customer, events, tick } from '../../test/transcript.js';
import { createCoach } from './create-coach.js';

const FRUSTRATED = events(
  customer('This is ridiculous, I have been waiting for weeks and nobody helps!', 0, 3, 'c1'),
  customer("It's the third time I'm calling about this, I'm so fed up.", 5, 8, 'c2'),
  agent('I understand how frustrating that is, let me look into it right now.', 9, 12, 'a1'),
);

/** A tick every 5 s from `fromS` to `toS`. */
const ticks = (fromS: number, toS: number): ConversationEvent[] =>
  events(...Array.from({ length: (toS - fromS) / 5 + 1 }, (_, k) => tick(fromS + 5 * k)));

async function run(after: ConversationEvent[]): Promise<{
  outcome: NudgeOutcome;
  customerState: string;
  deEscalations: number;
  story: string;
}> {
  const coach = createCoach();
  for (const e of [...FRUSTRATED, ...after]) coach.push(e);
  const customerState = coach.getSnapshot().speakers.customer.state;
  const report = await coach.end();
  // The line goes quiet after the agent's reply: a dead-air nudge at 22 s, while the
  // customer is still frustrated.
  const outcome = report.nudges.find((o) => o.nudge.trigger === 'dead-air');
  if (outcome === undefined) throw new Error('no dead-air nudge');
  const story = report.moments.find((m) => m.kind === 'turned-frustrated')?.text ?? '';
  return { outcome, customerState, deEscalations: report.deEscalations, story };
}

describe('a nudge followed by a better mood', () => {
  it('is not credited for a customer who then said nothing, though their feelings faded', async () => {
    const { outcome, customerState } = await run(ticks(15, 130));
    expect(outcome.nudge.atMs).toBe(22_000);
    expect(outcome.stateBefore).toBe('frustrated');
    // Within the minute after the nudge the frustration faded away (at 85 s)...
    expect(customerState).toBe('neutral');
    // ...but nobody heard the customer calm down.
    expect(outcome.improved).toBe(false);
    expect(outcome.stateAfter).toBe('frustrated');
  });

  it('is credited when the customer is heard to calm down within the minute', async () => {
    const { outcome } = await run([
      ...ticks(15, 45),
      ...events(customer('Okay, thank you, that really helps.', 50, 52, 'c3')),
      ...ticks(55, 130),
    ]);
    expect(outcome.improved).toBe(true);
  });

  it('is not credited for what the customer says after the minute', async () => {
    const { outcome } = await run([
      ...ticks(15, 85),
      ...events(customer('Okay, thank you, that really helps.', 90, 92, 'c3')),
      ...ticks(95, 130),
    ]);
    expect(outcome.improved).toBe(false);
    expect(outcome.stateAfter).toBe('frustrated');
  });

  it('is not credited when the customer is heard still frustrated', async () => {
    const { outcome } = await run([
      ...ticks(15, 45),
      ...events(customer('I am still waiting, this is ridiculous.', 50, 53, 'c3')),
      ...ticks(55, 130),
    ]);
    expect(outcome.improved).toBe(false);
    expect(outcome.stateAfter).toBe('frustrated');
  });
});

describe('a de-escalation', () => {
  it('is not counted when the frustration faded while the customer said nothing', async () => {
    const { customerState, deEscalations, story } = await run(ticks(15, 130));
    expect(customerState).toBe('neutral');
    expect(deEscalations).toBe(0);
    expect(story).toBe(
      "At 0:03 the customer's tone turned frustrated; you acknowledged it within 9 s.",
    );
  });

  it('is counted when the customer is next heard out of it, at that moment', async () => {
    const { deEscalations, story } = await run([
      ...ticks(15, 95),
      ...events(customer('Okay, thank you, that really helps.', 100, 102, 'c3')),
    ]);
    expect(deEscalations).toBe(1);
    expect(story).toMatch(/; by 1:42 they were (neutral|relieved|positive)\.$/);
  });

  it('is not counted when the customer is heard still frustrated after the fade', async () => {
    const { deEscalations } = await run([
      ...ticks(15, 95),
      ...events(customer('I am still waiting, this is ridiculous.', 100, 103, 'c3')),
    ]);
    expect(deEscalations).toBe(0);
  });
});
