// One utterance can fire triggers twice: on the state change it causes, then on its
// words. They are offered together, most urgent first, so the agent is not shown a
// nudge that is replaced the same instant (and the report does not count it as ignored).
import { describe, expect, it } from 'vitest';
import { agent, customer, events } from '../../test/transcript.js';
import { createCoach } from './create-coach.js';

describe('triggers fired by one utterance', () => {
  it('are offered most urgent first: the relieved thanks that starts the close', async () => {
    const coach = createCoach();
    const shown: string[] = [];
    coach.on('nudge', (n) => shown.push(`${n.trigger}@${n.atMs}`));
    for (const e of events(
      agent('Good morning, SkyFly Airlines, this is Omar. How can I help?', 0, 4.5),
      customer('My flight was cancelled and I want a refund, not a voucher.', 5, 10),
      agent('I am sorry about the cancellation. Let me see what I can do here.', 11, 16),
      customer("That's not fair. I didn't cancel, you did.", 17, 21),
      agent(
        "You're right, and I understand. What I can do is request a cash refund as an exception, given we cancelled the flight.",
        22,
        31,
      ),
      customer("Okay, thank you, I'd appreciate that.", 32, 34),
    ))
      coach.push(e);
    const report = await coach.end();
    // "Okay, thank you" turns the customer relieved (positive-moment, 40) and, right after
    // the agent says what they can do, starts the close (closing-checklist, 65): the
    // close is shown.
    const fired = report.triggers.filter((t) => t.atMs === 34_000).map((t) => t.trigger);
    expect(fired).toEqual(['positive-moment', 'closing-checklist']);
    expect(shown.filter((s) => s.endsWith('@34000'))).toEqual(['closing-checklist@34000']);
    expect(report.nudges.map((o) => o.nudge.trigger)).not.toContain('positive-moment');
  });
});
