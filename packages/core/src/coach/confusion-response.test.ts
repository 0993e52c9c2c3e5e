// Whether the agent simplified for a confused customer: said so ("in other words"),
// checked understanding, or put the explanation plainly (short sentences, no jargon).
import { describe, expect, it } from 'vitest';
import { agent, customer, events } from '../../test/transcript.js';
import { createCoach } from './create-coach.js';

const CONFUSED = events(
  agent('Thanks for calling, this is Sam.', 0, 2),
  customer("I got a letter about my card and I don't understand it.", 3, 6, 'c1'),
  agent('The card is replaced for the chip upgrade, activate it via the app or the IVR.', 7, 12),
  customer("Sorry, I'm confused. What does that mean? I don't understand.", 13, 17, 'c2'),
);

async function afterConfusion(reply: string): Promise<{ story: string; acted: boolean }> {
  const coach = createCoach();
  for (const e of [...CONFUSED, ...events(agent(reply, 18, 26))]) coach.push(e);
  const report = await coach.end();
  const story = report.moments.find((m) => m.kind === 'turned-confused')?.text ?? '';
  const outcome = report.nudges.find((o) => o.nudge.trigger === 'confusion');
  if (outcome === undefined) throw new Error('no confusion nudge');
  return { story, acted: outcome.acted };
}

describe('the answer to a confused customer', () => {
  it('counts as simplified when it is put plainly, in short sentences', async () => {
    const { story, acted } = await afterConfusion(
      "That's okay. You can activate it by phone instead. When the card arrives, just call the number on the sticker.",
    );
    expect(story).toMatch(/the customer seemed confused; you simplified within \d+ s/);
    expect(acted).toBe(true);
  });

  it('does not when it is the same jargon again, or no explanation at all', async () => {
    for (const reply of [
      'The IVR handles activation once the new card is provisioned on the account.',
      // "Basically" with more jargon simplifies nothing.
      'Basically the IVR handles activation, or you use the app once the card is provisioned.',
      "I understand, and I'm sorry about this. Let me see what I can do.",
    ]) {
      const { story, acted } = await afterConfusion(reply);
      expect(story, reply).toMatch(/the explanation was not simplified/);
      expect(acted, reply).toBe(false);
    }
  });
});
