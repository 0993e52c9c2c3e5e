// A confused customer's yes-or-no question answered first and plainly is an explanation
// put plainly: "Sorry, what does that mean? Do I get my money back?" "Yes. You'll get the
// nine hundred dollars back within two days..." The report had said "the explanation was
// not simplified".
import { describe, expect, it } from 'vitest';
import type { CallReport } from '../events/types.js';
import { agent, customer, events, tick } from '../../test/transcript.js';
import { createCoach } from './create-coach.js';

async function call(reply: string): Promise<CallReport> {
  const coach = createCoach();
  for (const e of events(
    agent('Thanks for calling Northwind Bank, this is Priya. How can I help?', 0, 4, 'a1'),
    customer("There are three purchases on my card that I didn't make.", 5, 9, 'c1'),
    agent('Thank you. The card is now frozen so no more payments can go through.', 10, 15, 'a2'),
    agent(
      "Per our chargeback protocol I'll initiate a provisional credit pending adjudication of the disputed transactions under Regulation E.",
      16,
      24,
      'a3',
    ),
    customer('Sorry, what does that mean? Do I get my money back?', 25, 29, 'c2'),
    agent(reply, 31, 39, 'a4'),
    customer('Oh thank goodness. Thank you so much.', 40, 43, 'c3'),
    tick(50),
  ))
    coach.push(e);
  return coach.end();
}

const confusion = (r: CallReport): string =>
  r.moments.find((m) => m.kind === 'turned-confused')?.text ?? '';

describe('a confused customer question answered plainly', () => {
  it('is told as answered, and acts on the confusion nudge', async () => {
    const r = await call(
      "Yes. You'll get the nine hundred dollars back on your account within two days while we investigate, and a new card will arrive by Friday.",
    );
    expect(confusion(r)).toMatch(/seemed confused; you answered plainly within/);
    expect(r.nudges.find((o) => o.nudge.trigger === 'confusion')).toMatchObject({
      acted: true,
      actedEvidence: expect.stringMatching(/^the agent answered the question plainly: "Yes\./),
    });
  });

  it('is not, when the answer is in jargon again', async () => {
    const r = await call(
      'Yes. The provisional credit is applied pending adjudication of the disputed transactions.',
    );
    expect(confusion(r)).toMatch(/the explanation was not simplified/);
  });
});
