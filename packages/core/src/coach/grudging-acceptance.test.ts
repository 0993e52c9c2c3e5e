// "Okay. I suppose that's fair. Thank you." after a refused refund is acceptance, not
// relief: the coach had turned the customer relieved and nudged the agent to "share the
// moment".
import { describe, expect, it } from 'vitest';
import type { CallReport } from '../events/types.js';
import { agent, customer, events, tick } from '../../test/transcript.js';
import { fixedAnalyzer } from '../../test/fixed-analyzer.js';
import { createCoach } from './create-coach.js';

const ANGRY = 'This is ridiculous. I never agreed to that. I want those charges taken off.';
const GRUDGING = "Okay. I suppose that's fair. Thank you.";
const RELIEVED = 'Oh thank goodness, thank you so much, that really helps.';
const GOODBYE = "No, that's everything. Thanks Jordan.";
const PRAISE = "No, that's all. Thanks, you've been really helpful.";
// Read as the emotion model reads them: the "thank you" in both is gratitude.
const analyzer = fixedAnalyzer({
  [ANGRY]: { sentiment: -0.8, states: { frustrated: 0.9 }, cues: ['model "annoyance" 0.9'] },
  [GRUDGING]: {
    sentiment: 0.7,
    states: { relieved: 0.9, positive: 0.5 },
    cues: ['model "gratitude" 1'],
  },
  [RELIEVED]: {
    sentiment: 0.8,
    states: { relieved: 0.95, positive: 0.5 },
    cues: ['model "relief" 1'],
  },
  [GOODBYE]: {
    sentiment: 0.7,
    states: { relieved: 0.9, positive: 0.5 },
    cues: ['model "gratitude" 1'],
  },
  [PRAISE]: {
    sentiment: 0.9,
    states: { relieved: 0.95, positive: 0.6 },
    cues: ['model "gratitude" 1', 'model "admiration" 0.8'],
  },
});

async function call(reply: string, ...after: string[]): Promise<CallReport> {
  const coach = createCoach({ analyzer });
  for (const e of events(
    agent('Good afternoon, Skyline Mobile, this is Jordan. How can I help?', 0, 4),
    customer("There's a hundred and forty pounds of roaming charges on my bill.", 5, 9),
    agent('I can see them. Your plan was changed in March and roaming was removed.', 10, 15),
    customer(ANGRY, 16, 21),
    agent(
      "I hear you. I'm not able to refund all of it, but I can refund a hundred pounds and add a roaming pass for free.",
      22,
      30,
    ),
    customer(reply, 31, 34),
    ...after,
    tick(after.length > 0 ? 66 : 36),
  ))
    coach.push(e);
  return coach.end();
}

const afterReply = (r: CallReport) =>
  r.trajectories
    .find((t) => t.speaker === 'customer')!
    .samples.filter((s) => s.atMs >= 34_000)
    .map((s) => s.state);

describe('a frustrated customer who accepts grudgingly', () => {
  it('is not read as relieved, and gets no nudge to share the moment', async () => {
    const r = await call(GRUDGING);
    expect(afterReply(r)).not.toContain('relieved');
    expect(r.triggers.map((t) => t.trigger)).not.toContain('positive-moment');
  });

  it('while real relief still is', async () => {
    const r = await call(RELIEVED);
    expect(afterReply(r)).toContain('relieved');
    expect(r.triggers.map((t) => t.trigger)).toContain('positive-moment');
  });
});

describe('the goodbye of a customer who accepted grudgingly', () => {
  const close = (goodbye: string) =>
    call(
      GRUDGING,
      agent(
        "So to recap, I've refunded a hundred pounds and added the roaming pass from today.",
        42,
        48,
      ),
      agent('Is there anything else I can help with?', 55, 57),
      customer(goodbye, 58, 61),
    );
  const atGoodbye = (r: CallReport) =>
    r.trajectories
      .find((t) => t.speaker === 'customer')!
      .samples.filter((s) => s.atMs >= 61_000)
      .map((s) => s.state);

  it('is the politeness of a close: no relief, no nudge to share the moment', async () => {
    const r = await close(GOODBYE);
    expect(atGoodbye(r)).not.toContain('relieved');
    expect(r.triggers.map((t) => t.trigger)).not.toContain('positive-moment');
  });

  it('while praise said with it still reads as relief', async () => {
    const r = await close(PRAISE);
    expect(atGoodbye(r)).toContain('relieved');
    expect(r.triggers.map((t) => t.trigger)).toContain('positive-moment');
  });
});

describe('a grudging reply just after the customer settled back to neutral', () => {
  const EASED = 'Friday? Okay. That would work.';
  const BETTER = "Okay. That's a bit better. Can you send me something in writing?";
  const read = fixedAnalyzer({
    [ANGRY]: { sentiment: -0.8, states: { frustrated: 0.9 }, cues: ['model "annoyance" 0.9'] },
    [EASED]: { sentiment: 0.4, states: { positive: 0.3 }, cues: ['model "approval" 0.3'] },
    [BETTER]: { sentiment: 0.8, states: { positive: 0.9 }, cues: ['model "admiration" 0.9'] },
  });

  it('is still read as grudging, not pleased', async () => {
    const coach = createCoach({ analyzer: read });
    for (const e of events(
      customer(ANGRY, 1, 6),
      agent("I'm sorry. I can send a replacement by express, so it arrives Friday.", 7, 12),
      customer(EASED, 50, 53),
      agent("Great. I've ordered it, and I've taken the delivery charge off.", 54, 58),
      customer(BETTER, 59, 63),
      tick(70),
    ))
      coach.push(e);
    const r = await coach.end();
    const states = r.trajectories
      .find((t) => t.speaker === 'customer')!
      .samples.map((s) => `${s.atMs / 1000} ${s.state}`);
    // Settled back to neutral at the eased reply (the score came back near neutral) ...
    expect(states).toContain('53 neutral');
    // ... and the grudging "a bit better" did not make them pleased.
    expect(states.filter((s) => s.startsWith('63 '))).toEqual(['63 neutral']);
    expect(r.triggers.map((t) => t.trigger)).not.toContain('positive-moment');
  });
});
