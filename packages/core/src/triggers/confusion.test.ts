import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { fixedAnalyzer } from '../../test/fixed-analyzer.js';
import { agent, customer, jsonl } from '../../test/transcript.js';

// Perception of the words is given (a fixed reading per text); the repeated question
// below needs no analyzer at all: the coach reads it from the conversation.
const LOST = "Sorry, I don't understand what you mean by a prorated credit.";
const ANGRY = 'This is ridiculous, just fix it!';
const LOST_AT_SEA = "Sorry, I don't really understand.";
const analyzer = fixedAnalyzer({
  [LOST]: { states: { confused: 0.85 }, sentiment: -0.2, cues: ['phrase "I don\'t understand"'] },
  [ANGRY]: { states: { frustrated: 0.9 }, sentiment: -0.8 },
  [LOST_AT_SEA]: {
    states: { confused: 0.85 },
    sentiment: -0.2,
    cues: ['phrase "I don\'t really understand"'],
  },
});
const fire = (transcript: string) => testRule('confusion', transcript, { analyzer });

describe('confusion', () => {
  it('fires when the customer says they do not understand', async () => {
    const { fired } = await fire(
      jsonl(
        agent("You'll get a prorated credit applied against the next billing cycle.", 1, 5),
        customer(LOST, 6, 9, 'c1'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:09',
      speaker: 'customer',
      evidence: {
        utteranceIds: ['c1'],
        cues: ['phrase "I don\'t understand"'],
        summary: 'the customer seems confused rather than angry',
      },
    });
    expect(fired[0]!.matched[0]).toMatch(/^customer state neutral -> confused /);
    // What confused them was the agent's term: the nudge names it.
    expect(fired[0]!.span).toMatchObject({ text: 'prorated credit' });
    expect(fired[0]!.nudge).toBe(
      'They are confused, not angry: they asked what "prorated credit" means. Say it in everyday words and check it landed.',
    );
  });

  it("asks for plain words in general when no term of the agent's is asked about", async () => {
    const { fired } = await fire(
      jsonl(
        agent('It should come off the one after next, once it goes through.', 1, 5),
        customer(LOST, 6, 9, 'c1'),
      ),
    );
    expect(fired[0]!.span).toBeUndefined();
    expect(fired[0]!.nudge).toBe(
      'They sound confused, not angry. Put it in plain words, one step at a time, and check it landed.',
    );
  });

  it("puts confusion right after the agent's jargon down to it, with its plain words", async () => {
    // The jargon nudge may be held back by the spacing, then replaced by this one: the
    // confusion nudge says what the jargon nudge would have.
    const { fired } = await fire(
      jsonl(
        agent(
          'The line test shows congestion on the cabinet, so I will raise a fault.',
          1,
          6,
          'a1',
        ),
        customer(LOST_AT_SEA, 7, 9, 'c1'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]!.span).toMatchObject({ utteranceId: 'a1', text: 'congestion on the cabinet' });
    expect(fired[0]!.matched).toContain('the agent had just said "congestion on the cabinet"');
    expect(fired[0]!.nudge).toBe(
      'They sound confused, not angry, maybe by "congestion on the cabinet". Try "too many people online in your street at busy times", one step at a time, and check it landed.',
    );
    // Not jargon the customer used first, and not long after.
    const theirs = await fire(
      jsonl(
        customer('Is it congestion on the cabinet again?', 0, 2),
        agent('Yes, congestion on the cabinet, so I will raise a fault.', 3, 6),
        customer(LOST_AT_SEA, 7, 9, 'c1'),
      ),
    );
    expect(theirs.fired[0]!.span).toBeUndefined();
    const later = await fire(
      jsonl(
        agent('The line test shows congestion on the cabinet, so I will raise a fault.', 1, 6),
        customer(LOST_AT_SEA, 50, 52, 'c1'),
      ),
    );
    expect(later.fired[0]!.span).toBeUndefined();
  });

  it('fires when the customer asks the very same question again (no analyzer needed)', async () => {
    const { fired } = await testRule(
      'confusion',
      jsonl(
        customer('When will the credit show up on my bill?', 1, 4, 'c1'),
        agent('It applies against the next cycle after the adjustment posts.', 5, 9),
        customer('When will the credit show up on my bill?', 10, 13, 'c2'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]!.evidence.cues).toContain('asked the same question again');
    expect(fired[0]!.evidence.utteranceIds).toEqual(['c2']);
  });

  it('fires when the customer asks the same again in fewer words (no analyzer needed)', async () => {
    const answer = 'The card was dispatched on Monday with standard delivery.';
    for (const [first, again] of [
      ['When will my new card arrive?', 'Okay, but when will it arrive?'],
      // A transcript without punctuation, opening with a greeting.
      ['hi when will my new card arrive', 'okay but when will it arrive'],
    ] as const) {
      const { fired } = await testRule(
        'confusion',
        jsonl(customer(first, 1, 4, 'c1'), agent(answer, 5, 9), customer(again, 10, 12, 'c2')),
      );
      expect(
        fired.map((f) => f.evidence.cues),
        again,
      ).toEqual([['asked the same question again']]);
    }
    // Asking about something else the same way is no repeat.
    const other = await testRule(
      'confusion',
      jsonl(
        customer('When will my new card arrive?', 1, 4),
        agent(answer, 5, 9),
        customer('Okay, and when will the refund arrive?', 10, 12),
      ),
    );
    expect(other.fired).toEqual([]);
  });

  it('does not fire for anger: that is frustration, kept apart', async () => {
    const { fired } = await fire(jsonl(customer(ANGRY, 5, 7)));
    expect(fired).toEqual([]);
    const frustration = await testRule('frustration-rising', jsonl(customer(ANGRY, 5, 7)), {
      analyzer,
    });
    expect(frustration.fired).toHaveLength(1);
  });

  it('does not fire for a confused agent, nor again while the customer stays confused', async () => {
    const { fired } = await fire(
      jsonl(
        agent(LOST, 1, 4),
        customer(LOST, 10, 13),
        customer('Okay.', 20, 21),
        customer(LOST, 40, 43),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:13']);
  });

  it('fires again for a new episode once the first has faded', async () => {
    const { fired } = await fire(
      jsonl(customer(LOST, 10, 13), customer('Okay.', 100, 101), customer(LOST, 110, 113)),
    );
    // By 1:41 the confusion evidence has decayed back to neutral; 1:53 is a new episode.
    expect(fired.map((f) => f.clock)).toEqual(['0:13', '1:53']);
  });
});

describe('confusion with the built-in baseline analyzer', () => {
  const transcript = jsonl(
    agent('The credit is prorated against the next billing cycle.', 1, 5),
    customer("Wait, what do you mean? I'm confused, which bill?", 6, 9, 'c1'),
  );

  it('fires when the customer says they are lost, and frustration-rising does not', async () => {
    const { fired } = await testRule('confusion', transcript);
    expect(fired.map((f) => [f.clock, f.evidence.utteranceIds])).toEqual([['0:09', ['c1']]]);
    expect(fired[0]!.evidence.cues).toContain('phrase "I\'m confused": confused');
    expect((await testRule('frustration-rising', transcript)).fired).toEqual([]);
  });

  it('does not fire when the customer follows along', async () => {
    const { fired } = await testRule(
      'confusion',
      jsonl(
        agent('The credit is prorated against the next billing cycle.', 1, 5),
        customer('Okay, I understand, thanks.', 6, 8),
      ),
    );
    expect(fired).toEqual([]);
  });
});
