import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { sampleLanguageChecker } from '../../test/fixed-language-checker.js';
import { agent, jsonl } from '../../test/transcript.js';

// The built-in language checker is not on main yet: these give the trigger a checker
// over a small fixed table and test what the trigger does with its findings.
const fire = (transcript: string) =>
  testRule('over-formal', transcript, { languageChecker: sampleLanguageChecker() });

describe('over-formal', () => {
  it('fires once per phrase in an utterance with two of them, each with its replacement', async () => {
    const text = 'Please be advised that you may return the device at your earliest convenience.';
    const { fired } = await fire(jsonl(agent(text, 2, 7, 'a1')));
    expect(fired.map((f) => [f.span?.text, f.replacement, f.evidence.summary])).toEqual([
      [
        'Please be advised',
        'just so you know',
        'the agent sounded over-formal: "Please be advised"',
      ],
      [
        'at your earliest convenience',
        'when it suits you',
        'the agent sounded over-formal: "at your earliest convenience"',
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
});
