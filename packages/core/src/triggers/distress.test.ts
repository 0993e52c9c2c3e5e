import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { fixedAnalyzer } from '../../test/fixed-analyzer.js';
import { agent, customer, events, jsonl } from '../../test/transcript.js';
import { createCoach } from '../coach/create-coach.js';

// Perception is given (a fixed reading per text): these test the trigger.
const WORRIED = "I'm really worried, that was my rent money and it's due on Friday.";
const UPSET = 'I just feel awful about this.';
const ANGRY = 'This is a joke, you people never get anything right!';
const analyzer = fixedAnalyzer({
  [WORRIED]: { states: { distressed: 0.85 }, sentiment: -0.7, cues: ['phrase "really worried"'] },
  [UPSET]: { states: { distressed: 0.5 }, sentiment: -0.5 },
  [ANGRY]: { states: { frustrated: 0.9 }, sentiment: -0.8 },
});
const fire = (transcript: string) => testRule('distress', transcript, { analyzer });

describe('distress', () => {
  it('fires when the customer sounds worried, so the agent leads with empathy', async () => {
    const { fired } = await fire(
      jsonl(agent('I can see the payment was taken twice.', 1, 4), customer(WORRIED, 5, 9, 'c1')),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:09',
      speaker: 'customer',
      evidence: {
        utteranceIds: ['c1'],
        cues: ['phrase "really worried"'],
        summary: 'the customer sounds worried',
      },
    });
    expect(fired[0]!.nudge).toBe(
      'They sound worried. Acknowledge how this affects them before the next step.',
    );
  });

  it('needs a second sad utterance when the first is only mildly sad', async () => {
    expect((await fire(jsonl(customer(UPSET, 5, 7)))).fired).toEqual([]);
    const { fired } = await fire(jsonl(customer(UPSET, 5, 7, 'c1'), customer(UPSET, 20, 22, 'c2')));
    expect(fired.map((f) => f.evidence.utteranceIds)).toEqual([['c1', 'c2']]);
  });

  it('fires on clearly worried words while frustration still leads, once a minute', async () => {
    const { fired } = await fire(
      jsonl(customer(ANGRY, 1, 4), customer(WORRIED, 10, 14, 'c2'), customer(WORRIED, 30, 34)),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:14',
      matched: ["worry in the customer's words (0.85) while they are frustrated"],
      evidence: { utteranceIds: ['c2'], cues: ['phrase "really worried"'] },
    });
  });

  it('does not fire for the agent, or for a neutral customer', async () => {
    const { fired } = await fire(
      jsonl(agent(WORRIED, 1, 4), customer('Can you check my balance please?', 5, 7)),
    );
    expect(fired).toEqual([]);
  });
});

describe('distress: worried or upset', () => {
  it('says "upset", not "worried", when the customer sounds sad', async () => {
    const { fired } = await fire(jsonl(customer(UPSET, 5, 7, 'c1'), customer(UPSET, 20, 22, 'c2')));
    expect(fired[0]!.evidence.summary).toBe('the customer sounds upset');
    expect(fired[0]!.nudge).toBe(
      'They sound upset. Acknowledge how this affects them before the next step.',
    );
  });

  it('leads with condolence when the customer speaks of a death', async () => {
    // The death was said a turn before the words that set the trigger off.
    const { fired } = await testRule(
      'distress',
      jsonl(
        customer('Hi. My mother passed away last week and I need to close her account.', 5, 9),
        agent('Okay. I will need the account number and a copy of the certificate.', 10, 14),
        customer("I don't have it yet. It's been a really hard week and I'm so upset.", 15, 20),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:09']);
    expect(fired[0]!.evidence.summary).toBe('the customer spoke of a death');
    expect(fired[0]!.nudge).toBe(
      'They have lost someone. Say you are sorry for their loss, slow down, and make each step easy.',
    );
  });
});

describe('distress on a death spoken of', () => {
  it('fires however calmly it is said, and not for a flat battery', async () => {
    // The fixed analyzer reads no feeling in either text.
    const { fired } = await fire(
      jsonl(
        customer('My phone just died on me earlier, sorry about that.', 1, 4),
        customer("I'm calling to close my late husband's account.", 5, 9, 'c2'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:09',
      matched: ['the customer spoke of a death: "my late husband" while they are neutral'],
      evidence: { utteranceIds: ['c2'], summary: 'the customer spoke of a death' },
    });
  });
});

describe('distress with the built-in baseline analyzer', () => {
  it('fires when the customer is scared of the consequences', async () => {
    const { fired } = await testRule(
      'distress',
      jsonl(
        agent('I can see the payment bounced on the third.', 1, 4),
        customer("I'm scared I'm going to lose my apartment over this.", 5, 9, 'c1'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]!.evidence.utteranceIds).toEqual(['c1']);
    expect(fired[0]!.evidence.cues).toContain('word "scared": distressed');
  });

  it('does not fire for a matter-of-fact customer', async () => {
    const { fired } = await testRule(
      'distress',
      jsonl(customer('I need to update the address on my account.', 1, 4), customer('Okay.', 8, 9)),
    );
    expect(fired).toEqual([]);
  });

  it.each([
    "My flight is tomorrow morning and the booking isn't showing.",
    "I've got a baby at home and the heating's off.",
    'I rely on it for my work calls.',
    "My phone's been cut off and my mum is in hospital, I need to be reachable.",
  ])('reads what is at stake in "%s"', async (text) => {
    const { fired } = await fire(jsonl(customer(text, 1, 4)));
    expect(fired.map((f) => f.evidence.summary)).toEqual([
      expect.stringMatching(/^the customer said what is at stake for them: /),
    ]);
  });

  it('fires when the customer says what is at stake for them, however calmly', async () => {
    const { fired } = await fire(
      jsonl(
        agent('An engineer will look at it within three working days.', 1, 5),
        customer(
          "Three days? I work from home, I can't be without internet for three days.",
          6,
          11,
          'c1',
        ),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:11',
      span: { utteranceId: 'c1', text: 'I work from home' },
      evidence: { summary: 'the customer said what is at stake for them: "I work from home"' },
    });
    // Its own playbook situation: acknowledge what the problem costs them.
    const coach = createCoach();
    const nudges: string[] = [];
    coach.on('nudge', (n) => nudges.push(n.message));
    for (const e of events(
      agent('An engineer will look at it within three working days.', 1, 5),
      customer("Three days? I work from home, I can't be without internet for three days.", 6, 11),
    ))
      coach.push(e);
    expect(nudges).toEqual([
      'They told you what this costs them ("I work from home"). Acknowledge that before the next step.',
    ]);
  });

  it('leaves what is at stake to the frustration nudge while the customer is frustrated', async () => {
    const { fired } = await fire(
      jsonl(
        customer(ANGRY, 1, 4),
        customer('I work from home and I have lost two days of work because of this.', 5, 9),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('does not fire for the same words that stake nothing', async () => {
    for (const text of [
      'Do you work from home as well?',
      'I used to work from home, now I go into the office.',
      "I can't go without saying thanks, that was quick.",
      "My holiday was in Spain, that's where the charges are from.",
      'Is my mum in hospital records as next of kin?',
    ]) {
      const { fired } = await fire(jsonl(customer(text, 1, 4)));
      expect(fired, text).toEqual([]);
    }
  });
});
