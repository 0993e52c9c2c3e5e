import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { fixedAnalyzer } from '../../test/fixed-analyzer.js';
import { agent, customer, jsonl } from '../../test/transcript.js';

// Perception is given (a fixed reading per text), so these tests are about the trigger:
// when a customer state change makes it fire, with what evidence, and how often.
const ANNOYED = 'This is the third time I have called about this.';
const ANGRY = 'Honestly this is ridiculous, nobody ever fixes anything!';
const CALM = 'Okay, thanks for checking.';
const analyzer = fixedAnalyzer({
  [ANNOYED]: { states: { frustrated: 0.55 }, sentiment: -0.4, cues: ['phrase "third time"'] },
  [ANGRY]: { states: { frustrated: 0.9 }, sentiment: -0.8, cues: ['phrase "this is ridiculous"'] },
  [CALM]: { states: { positive: 0.3 }, sentiment: 0.3 },
});
const fire = (transcript: string) => testRule('frustration-rising', transcript, { analyzer });

describe('frustration-rising', () => {
  it("fires when the customer's tone turns frustrated, with the evidence behind it", async () => {
    const { fired } = await fire(
      jsonl(
        customer('Hi, my internet keeps dropping.', 1, 3),
        agent('Sorry to hear that, let me take a look.', 4, 6),
        customer(ANGRY, 10, 13, 'c2'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:13',
      speaker: 'customer',
      evidence: {
        utteranceIds: ['c2'],
        cues: ['phrase "this is ridiculous"'],
        summary: "the customer's tone turned from neutral to frustrated",
      },
    });
    expect(fired[0]!.matched[0]).toMatch(
      /^customer state neutral -> frustrated \(score -0\.\d\d, confidence 0\.\d\d\)$/,
    );
    expect(fired[0]!.nudge).toBe(
      'Their tone just turned frustrated. Pause the script, name what you hear, then ask what outcome they want.',
    );
  });

  it('needs two annoyed utterances within a minute, not one (hysteresis)', async () => {
    const once = await fire(jsonl(customer(ANNOYED, 10, 13, 'c1')));
    expect(once.fired).toEqual([]);
    const twice = await fire(
      jsonl(customer(ANNOYED, 10, 13, 'c1'), customer(ANNOYED, 30, 33, 'c2')),
    );
    expect(twice.fired.map((f) => [f.clock, f.evidence.utteranceIds])).toEqual([
      ['0:33', ['c1', 'c2']],
    ]);
  });

  it('does not fire for a frustrated agent', async () => {
    const { fired } = await fire(jsonl(agent(ANGRY, 10, 13)));
    expect(fired).toEqual([]);
  });

  it('fires again when frustration returns after a minute, not while it lasts', async () => {
    const { fired } = await fire(
      jsonl(
        customer(ANGRY, 10, 13),
        customer(ANGRY, 20, 23), // still frustrated: no new state change
        customer(CALM, 200, 202), // the evidence has faded by now
        customer(ANGRY, 230, 233),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:13', '3:53']);
  });
});

describe('frustration-rising with the built-in baseline analyzer', () => {
  it('fires when a billing complaint turns into "the third time I have called"', async () => {
    const { fired } = await testRule(
      'frustration-rising',
      jsonl(
        customer('I was charged twice for my March bill.', 2, 5, 'c1'),
        agent('I am sorry about that, let me pull up the account.', 6, 9),
        customer('This is the third time I have called about this.', 12, 15, 'c2'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]!.clock).toBe('0:15');
    expect(fired[0]!.evidence.utteranceIds).toEqual(['c1', 'c2']);
    expect(fired[0]!.evidence.cues).toContain('phrase "third time I have called": frustrated');
  });

  it('does not fire for a polite, content customer', async () => {
    const { fired } = await testRule(
      'frustration-rising',
      jsonl(
        customer('Hi, I would like to check when my plan renews.', 2, 5),
        agent('Sure, it renews on the first of May.', 6, 9),
        customer('Not bad, actually. No problem at all.', 10, 12),
      ),
    );
    expect(fired).toEqual([]);
  });
});
