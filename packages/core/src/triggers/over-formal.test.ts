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
