import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { countWords } from '../text/tokenize.js';
import { agent, customer, jsonl, say } from '../../test/transcript.js';

const fire = (transcript: string) => testRule('pace-too-fast', transcript);

const STEPS =
  'Okay so first unplug the router, wait thirty seconds, plug it back in, then hold the reset button until the light blinks orange and release it.';

/** An agent line spoken at `wpm` words per minute, starting at `startS`. */
const agentAt = (text: string, wpm: number, startS: number, id?: string): string =>
  agent(text, startS, startS + (countWords(text) / wpm) * 60, id);

const question = 'How do I reset my router?';

describe('pace-too-fast', () => {
  it('fires when the agent speaks faster than 195 words/min to a calm customer', async () => {
    const { fired } = await fire(jsonl(customer(question, 1, 3), agentAt(STEPS, 220, 4, 'a1')));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      speaker: 'agent',
      matched: ['agent at 220 words/min, above 195 for a calm customer'],
      evidence: {
        summary: 'the agent spoke at 220 words per minute to a calm customer',
        utteranceIds: ['a1'],
      },
    });
    expect(fired[0]!.nudge).toBeDefined();
  });

  it('does not fire at a brisk but comfortable pace', async () => {
    expect((await fire(jsonl(customer(question, 1, 3), agentAt(STEPS, 180, 4)))).fired).toEqual([]);
  });

  it('judges the same pace stricter once the customer is confused', async () => {
    // Asking the very same question again is the coach's own sign of confusion (no text
    // analyzer needed); a rephrased repeat alone is only pending evidence.
    const { fired } = await fire(
      jsonl(
        customer(question, 1, 3),
        agentAt(STEPS, 180, 4),
        customer(question, 15, 17),
        agentAt(STEPS, 180, 18, 'a2'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]!.matched).toEqual([
      'agent at 180 words/min, above 155 for a confused customer',
    ]);
    expect(fired[0]!.evidence.utteranceIds).toEqual(['a2']);
  });

  it('judges it stricter for an agitated customer too (built-in analyzer)', async () => {
    const { fired } = await fire(
      jsonl(
        customer('This is the third time I have called about this.', 1, 4),
        agentAt(STEPS, 180, 5, 'a1'),
      ),
    );
    expect(fired.map((f) => f.matched[0])).toEqual([
      'agent at 180 words/min, above 170 for an agitated customer',
    ]);
  });

  it('ignores short utterances whose pace cannot be judged', async () => {
    const quick = 'Sure, one moment please.';
    expect((await fire(jsonl(agentAt(quick, 260, 2)))).fired).toEqual([]);
  });

  it('measures the words, not the pauses around them, when word timings are given', async () => {
    // The utterance spans 12 s, but its 27 words were said in the first 7 s (231 wpm).
    const line = JSON.parse(say('agent', STEPS, 4, 11, { timedWords: true, id: 'a1' })) as {
      endMs: number;
    };
    const padded = JSON.stringify({ ...line, endMs: line.endMs + 5000 });
    const { fired } = await fire(jsonl(customer(question, 1, 3), padded));
    expect(fired.map((f) => f.matched[0])).toEqual([
      `agent at ${Math.round((countWords(STEPS) / 7) * 60)} words/min, above 195 for a calm customer`,
    ]);
  });

  it('does not judge the customer, and waits 45 s before repeating itself', async () => {
    const { fired } = await fire(
      jsonl(
        say('customer', STEPS, 1, 1 + (countWords(STEPS) / 260) * 60),
        agentAt(STEPS, 220, 10),
        agentAt(STEPS, 220, 20),
        agentAt(STEPS, 220, 60),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:17', '1:07']);
  });

  it('judges pace over the last 30 s of speech, not one quick greeting', async () => {
    const greeting = 'Hi, this is Jamie at Proseware, how can I help?';
    // Ten words in 2.5 s (240 words/min): alone, no pace to judge.
    expect((await fire(jsonl(agentAt(greeting, 240, 0)))).fired).toEqual([]);
    // Then a slow, long answer: the agent's pace over both is comfortable.
    const slow = await fire(
      jsonl(agentAt(greeting, 240, 0), customer(question, 3, 5), agentAt(STEPS, 150, 6)),
    );
    expect(slow.fired).toEqual([]);
    // A fast line after a slow one within 30 s: judged over both (27 + 27 words), so
    // fast enough over both (240 after 170: 199) fires, and not enough (215 after
    // 170: 189.9) does not. The line's own pace is reported.
    const fast = await fire(
      jsonl(agentAt(STEPS, 170, 0), customer(question, 11, 13), agentAt(STEPS, 240, 14, 'a2')),
    );
    expect(fast.fired.map((f) => f.matched[0])).toEqual([
      'agent at 240 words/min, above 195 for a calm customer',
    ]);
    const brisk = await fire(
      jsonl(agentAt(STEPS, 170, 0), customer(question, 11, 13), agentAt(STEPS, 215, 14, 'a2')),
    );
    expect(brisk.fired).toEqual([]);
  });

  it('fires when the customer asks the agent to slow down, whatever the timings say', async () => {
    // The agent's line has no timing worth judging; the customer's ask is the evidence.
    const { fired } = await fire(
      jsonl(
        agentAt(STEPS, 150, 4, 'a1'),
        customer("Sorry, can you slow down a bit? I didn't catch that.", 15, 18, 'c1'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:18',
      speaker: 'agent',
      matched: ['the customer asked to slow down: "can you slow down"'],
      evidence: { summary: 'the customer asked the agent to slow down', utteranceIds: ['c1'] },
    });
    expect(fired[0]!.nudge).toBe(
      'They asked you to slow down. Say it again in short sentences, with pauses.',
    );
  });

  it.each(['Sorry, you say again slowly please?', 'Could you repeat that more slowly?'])(
    'hears "%s" as an ask to slow down',
    async (text) => {
      const { fired } = await fire(jsonl(agentAt(STEPS, 150, 4, 'a1'), customer(text, 15, 18)));
      expect(fired.map((f) => f.evidence.summary)).toEqual([
        'the customer asked the agent to slow down',
      ]);
    },
  );

  it('does not take a slow connection for an ask', async () => {
    const { fired } = await fire(
      jsonl(
        customer('My internet keeps slowing down in the evening.', 1, 4),
        customer('The app is slow down here in the basement.', 5, 8),
        customer('He explained it slowly, but the bill is still wrong.', 9, 13),
      ),
    );
    expect(fired).toEqual([]);
  });
});
