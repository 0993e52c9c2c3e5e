import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl } from '../../test/transcript.js';

// Run with the coach's built-in language checker.
const fire = (transcript: string) => testRule('over-formal', transcript);

describe('over-formal', () => {
  it('fires once per phrase in an utterance with two of them, each with its replacement', async () => {
    const text =
      'Please be advised that the technician will arrive at this point in time tomorrow.';
    const { fired } = await fire(jsonl(agent(text, 2, 7, 'a1')));
    expect(fired.map((f) => [f.span?.text, f.replacement, f.evidence.summary])).toEqual([
      [
        'Please be advised',
        'Just so you know',
        'the agent sounded over-formal: "Please be advised"',
      ],
      [
        'at this point in time',
        'right now',
        'the agent sounded over-formal: "at this point in time"',
      ],
    ]);
  });

  it('names three stiff phrases in one utterance as one, all of them', async () => {
    const text =
      'Please be advised that we require updated identification to remain compliant with regulatory requirements, otherwise the account may be subject to restrictions.';
    const { fired } = await fire(jsonl(agent(text, 2, 12, 'a1')));
    expect(fired).toHaveLength(1);
    expect(fired[0]!.evidence.summary).toBe(
      'the agent used 3 stiff phrases at once: "Please be advised", "remain compliant with regulatory requirements" and "be subject to"',
    );
    expect(fired[0]!.nudge).toMatch(/^That was 3 stiff phrases at once \(/);
  });

  it.each([
    ['We have to stay compliant.', 'stay compliant', 'follow the rules'],
    ['Late payments will be subject to a fee.', 'be subject to', 'get'],
  ])('reads "%s" as over-formal', async (text, span, replacement) => {
    const { fired } = await fire(jsonl(agent(text, 2, 6)));
    expect(fired[0]).toMatchObject({ span: { text: span }, replacement });
  });

  it('waits a minute before flagging the same phrase again', async () => {
    const { fired } = await fire(
      jsonl(
        agent('Please be advised the store closes at six.', 2, 5),
        agent('Please be advised the fee is waived.', 30, 33),
        agent('Please be advised your plan renews in May.', 65, 68),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:05', '1:08']);
  });

  it('does not fire on plain talk or on the customer', async () => {
    const { fired } = await fire(
      jsonl(
        customer('Please note I moved house.', 1, 3),
        agent('Just so you know, the fee is waived.', 4, 6),
      ),
    );
    expect(fired).toEqual([]);
  });
});
