import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { sampleLanguageChecker } from '../../test/fixed-language-checker.js';
import { agent, customer, jsonl } from '../../test/transcript.js';

// The built-in language checker is not on main yet: these give the trigger a checker
// over a small fixed table and test what the trigger does with its findings.
const fire = (transcript: string) =>
  testRule('hedging', transcript, { languageChecker: sampleLanguageChecker() });

describe('hedging', () => {
  it('fires with the span, the replacement and the note', async () => {
    const text = 'I think maybe the refund goes out Monday.';
    const { fired } = await fire(jsonl(agent(text, 2, 5, 'a1')));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:05',
      speaker: 'agent',
      span: { utteranceId: 'a1', start: 0, end: 13, text: 'I think maybe' },
      replacement: 'I will',
      matched: ['hedging: "I think maybe" -> "I will" (say what you will do)'],
      evidence: { summary: 'the agent hedged: "I think maybe"' },
    });
  });

  it('does not fire for a customer who hedges, or for an agent who commits', async () => {
    const { fired } = await fire(
      jsonl(
        customer('I think maybe it was last Tuesday.', 1, 3),
        agent('The refund goes out Monday.', 4, 6),
      ),
    );
    expect(fired).toEqual([]);
  });
});
