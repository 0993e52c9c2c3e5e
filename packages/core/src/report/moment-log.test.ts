// The story of a call says how a distressed customer felt, as their words said it: a
// customer whose mother has died is not "worried", and the death itself is a moment.
import { describe, expect, it } from 'vitest';
import { agent, customer, events, signal } from '../../test/transcript.js';
import { createCoach } from '../coach/create-coach.js';
import type { CoachOptions } from '../coach/coach-options.js';
import { fixedAnalyzer } from '../../test/fixed-analyzer.js';

async function story(...lines: readonly string[]): Promise<string[]> {
  return storyWith({}, ...lines);
}

async function storyWith(options: CoachOptions, ...lines: readonly string[]): Promise<string[]> {
  const coach = createCoach(options);
  for (const e of events(...lines)) coach.push(e);
  return (await coach.end()).moments.map((m) => m.text);
}

describe('the story of a distressed customer', () => {
  it('tells a death once, as the turn it caused', async () => {
    expect(
      await story(
        agent('Good afternoon, Harbor Energy, Tom speaking.', 0, 3),
        customer('Hi. My mother passed away last week and I need to close her account.', 4, 9),
        agent("Okay. I'll need the account number and a copy of the death certificate.", 10, 15),
        customer("I don't have the certificate yet. It's been a really hard week.", 16, 21),
        agent('You can email it when you get it.', 22, 24),
      ),
    ).toEqual(['At 0:09 the customer spoke of a death; it was not acknowledged.']);
  });

  it('tells a death said before the customer sounded sad, and the sadness after it', async () => {
    // An analyzer (as the on-device model may) reads the death calmly said as no feeling;
    // the state turns with the next words.
    const CALM = "I need to close my late husband's account, please.";
    const SAD = "Sorry. It's been a really hard week and I can't find it.";
    const analyzer = fixedAnalyzer({
      [SAD]: { states: { distressed: 0.9 }, sentiment: -0.8 },
    });
    expect(
      await storyWith(
        { analyzer },
        agent('Good afternoon, Harbor Energy, Tom speaking.', 0, 3),
        customer(CALM, 4, 8),
        agent('Can I take the account number?', 9, 11),
        customer(SAD, 12, 18),
        agent("I'm so sorry for your loss. Take your time.", 19, 22),
      ),
    ).toEqual([
      'At 0:08 the customer spoke of a death.',
      'At 0:18 the customer sounded upset; you acknowledged it within 4 s.',
    ]);
  });

  it('still says "worried" of a customer afraid of what will happen', async () => {
    const moments = await story(
      agent('I can see the payment bounced on the third.', 0, 4),
      customer("I'm scared I'm going to lose my apartment over this.", 5, 9),
      customer("I'm really worried, that was my rent money.", 10, 14),
      agent("I'm so sorry, that sounds stressful. Let's fix it now.", 15, 19),
    );
    expect(moments.join(' ')).toMatch(/the customer sounded worried; you acknowledged it within/);
  });
});

describe('the story of a response', () => {
  it('tells a response minutes later as late, not "within"', async () => {
    const moments = await story(
      agent('Unfortunately that table is out of stock until next month.', 0, 4),
      customer("So I have to send it back first? That's ridiculous. This is unacceptable.", 5, 9),
      agent('Can I place you on hold while I speak to my supervisor?', 10, 13),
      signal('hold-started', 14),
      signal('hold-ended', 134),
      agent("I understand, and I'm sorry you've been kept waiting.", 135, 139),
    );
    expect(moments.join(' ')).toMatch(
      /the customer's tone turned frustrated; you acknowledged it only 2 min 10 s later/,
    );
  });
});
