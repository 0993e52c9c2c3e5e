import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl } from '../../test/transcript.js';

// Run with the coach's built-in language checker.
const fire = (transcript: string) => testRule('hedging', transcript);

describe('hedging', () => {
  it('fires with the span, the replacement and what to say instead', async () => {
    const text = 'I think maybe the refund goes out on Monday.';
    const { fired } = await fire(jsonl(agent(text, 2, 5, 'a1')));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:05',
      speaker: 'agent',
      span: { utteranceId: 'a1', start: 0, end: 'I think maybe'.length, text: 'I think maybe' },
      replacement: '',
      matched: [
        'hedging: "I think maybe" -> "" (State it plainly, or say you will check and when you will come back.)',
      ],
      evidence: { summary: 'the agent hedged: "I think maybe"' },
    });
  });

  it('nudges to leave words out, or to say other words, as the entry says', async () => {
    const { fired } = await fire(
      jsonl(
        agent("It's kind of fixed now.", 2, 4, 'a1'),
        agent('I think it should work.', 70, 72, 'a2'),
      ),
    );
    expect(fired.map((f) => f.nudge)).toEqual([
      'Leave out "kind of" and say the rest plainly.',
      'Try "It will" instead of "I think it should".',
    ]);
  });

  it('names hedges piled up in one utterance as one habit, all of them', async () => {
    const text =
      "Okay, so I think it's probably maybe stuck, I'm not entirely sure, it might possibly clear today.";
    const { fired } = await fire(jsonl(agent(text, 2, 9, 'a1')));
    expect(fired).toHaveLength(1);
    expect(fired[0]!.matched.length).toBeGreaterThan(1);
    expect(fired[0]!.span).toMatchObject({
      utteranceId: 'a1',
      text: fired[0]!.matched[0]!.split('"')[1],
    });
    expect(fired[0]!.nudge).toMatch(
      /^You hedged \d times \(".+", .*".+"\)\. Say what you know, and when you will confirm the rest\.$/,
    );
    expect(fired[0]!.nudge).toContain('"I\'m not entirely sure"');
    expect(fired[0]!.evidence.summary).toMatch(/^the agent hedged \d times: /);
  });

  it('does not fire for a customer who hedges, or for an agent who commits', async () => {
    const { fired } = await fire(
      jsonl(
        customer('I think maybe it was last Tuesday.', 1, 3),
        agent('The refund goes out on Monday, you will have it by Wednesday.', 4, 7),
      ),
    );
    expect(fired).toEqual([]);
  });
});
