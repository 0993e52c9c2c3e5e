import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { sampleLanguageChecker } from '../../test/fixed-language-checker.js';
import { agent, customer, jsonl, say } from '../../test/transcript.js';

// The built-in language checker is not on main yet: these give the trigger a checker
// over a small fixed table and test what the trigger does with its findings.
const fire = (transcript: string) =>
  testRule('jargon', transcript, { languageChecker: sampleLanguageChecker() });

const SLOW = 'Our system is experiencing intermittent degradation in your area.';

describe('jargon', () => {
  it('fires on agent jargon with the offending span and a plain replacement', async () => {
    const { fired } = await fire(jsonl(agent(SLOW, 2, 6, 'a1')));
    expect(fired).toHaveLength(1);
    const start = SLOW.indexOf('experiencing');
    expect(fired[0]).toMatchObject({
      clock: '0:06',
      speaker: 'agent',
      span: {
        utteranceId: 'a1',
        start,
        end: start + 37,
        text: 'experiencing intermittent degradation',
      },
      replacement: 'running slower than normal',
      matched: ['jargon: "experiencing intermittent degradation" -> "running slower than normal"'],
      evidence: { summary: 'the agent used jargon: "experiencing intermittent degradation"' },
    });
    expect(fired[0]!.nudge).toBeDefined();
  });

  it('fires for each different term, but the same term only once a minute', async () => {
    const { fired } = await fire(
      jsonl(
        agent(SLOW, 2, 6),
        agent("I'll provision a new ONT for you.", 10, 13),
        agent(SLOW, 20, 24),
        agent(SLOW, 70, 74),
      ),
    );
    expect(fired.map((f) => `${f.clock} ${f.span?.text}`)).toEqual([
      '0:06 experiencing intermittent degradation',
      '0:13 provision a new ONT',
      '1:14 experiencing intermittent degradation',
    ]);
  });

  it('does not fire for the customer, on partial transcripts, or on plain words', async () => {
    const partial = say('agent', SLOW, 2, 5, { final: false, id: 'a1' });
    const { fired } = await fire(
      jsonl(
        customer(SLOW, 1, 2),
        partial,
        agent('Some features are running slower than normal.', 6, 9),
      ),
    );
    expect(fired).toEqual([]);
  });
});
