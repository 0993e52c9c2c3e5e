// A customer put on hold is not heard: how they felt is taken up after the hold where
// it was left, not faded over minutes nobody listened to. The same minutes of an open
// line do fade it (the customer is there, and says nothing more).
import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../events/types.js';
import { agent, customer, events, signal, tick } from '../../test/transcript.js';
import { createCoach } from './create-coach.js';

const FRUSTRATED = events(
  customer('This is ridiculous, I have been waiting for weeks and nobody helps!', 0, 3, 'c1'),
  customer("It's the third time I'm calling about this, I'm so fed up.", 5, 8, 'c2'),
  agent('I understand, let me look into it right now.', 9, 11, 'a1'),
);

function run(middle: ConversationEvent[]): { states: string[]; state: string; score: number } {
  const coach = createCoach();
  const states: string[] = [];
  coach.on('stateChange', (c) => {
    if (c.speaker === 'customer') states.push(`${c.to} at ${c.atMs / 1000}`);
  });
  for (const e of [...FRUSTRATED, ...middle]) coach.push(e);
  const { state, score } = coach.getSnapshot().speakers.customer;
  return { states, state, score };
}

/** A tick every 5 s from `fromS` to `toS`. */
const ticks = (fromS: number, toS: number): ConversationEvent[] =>
  events(...Array.from({ length: (toS - fromS) / 5 + 1 }, (_, k) => tick(fromS + 5 * k)));

describe("the customer's feelings over a hold", () => {
  it('are as the hold found them when it ends, two minutes later', () => {
    const before = run([]);
    expect(before.state).toBe('frustrated');
    const held = run([
      ...events(signal('hold-started', 12)),
      ...ticks(15, 130),
      ...events(signal('hold-ended', 132)),
    ]);
    expect(held.states).toEqual(['frustrated at 3']);
    expect(held.state).toBe('frustrated');
    // The score faded only over the second between the agent's reply and the hold.
    expect(held.score).toBeLessThan(-0.5);
  });

  it('fade over the same two minutes of an open line', () => {
    const open = run(ticks(15, 130));
    expect(open.states[0]).toBe('frustrated at 3');
    expect(open.states.at(-1)).toMatch(/^neutral at /);
    expect(open.state).toBe('neutral');
  });

  it('fade after the hold as they would have before it', () => {
    const held = run([
      ...events(signal('hold-started', 12)),
      ...ticks(15, 130),
      ...events(signal('hold-ended', 132)),
      ...ticks(135, 250),
    ]);
    const open = run(ticks(15, 130));
    // The fade after the hold takes as long as the fade on the open line did.
    const fadedAt = (states: string[]): number => Number(states.at(-1)!.split(' at ')[1]);
    expect(held.state).toBe('neutral');
    expect(fadedAt(held.states) - 132).toBeCloseTo(fadedAt(open.states) - 12, -1);
  });

  it('take up what the customer says during the hold, without fading what came before', () => {
    const held = run([
      ...events(signal('hold-started', 12)),
      ...ticks(15, 100),
      ...events(customer('Hello? Is anyone there? This is unbelievable.', 101, 104, 'c3')),
    ]);
    expect(held.state).toBe('frustrated');
    expect(held.score).toBeLessThan(-0.6);
  });
});
