import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl, say, signal, vad } from '../../test/transcript.js';

const fire = (transcript: string) => testRule('monologue', transcript);

// An agent explaining a bill change in one long run of talk. The first line opens like a
// question ("So what happened is...") but is a statement: it must not count as a check-in.
const explanation = [
  agent('So what happened is your plan renewed on the first at the new rate.', 10, 22, 'a1'),
  agent(
    'The promotional discount you had ran for twelve months and it ended in March.',
    22,
    34,
    'a2',
  ),
  agent(
    'Because of that the base price went up, and the equipment fee was added back.',
    34,
    46,
    'a3',
  ),
  agent(
    'On top of that there is a one-time charge for the technician visit last month.',
    46,
    58,
    'a4',
  ),
];

describe('monologue', () => {
  it('fires when the agent has talked for 45 s without a check-in, naming the utterances', async () => {
    const { fired } = await fire(jsonl(customer('Why did my bill go up?', 5, 8), ...explanation));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:58',
      speaker: 'agent',
      matched: ['agent talking for 48 s without a check-in'],
      evidence: {
        summary: 'the agent talked for 48 s without checking in',
        utteranceIds: ['a1', 'a2', 'a3', 'a4'],
      },
    });
  });

  it('fires once per run of talk, however long it goes on', async () => {
    const more = [
      agent(
        'And then the taxes are calculated on the new total, which is why those went up.',
        58,
        70,
      ),
      agent('So overall that is about twelve dollars more than your last three bills.', 70, 82),
    ];
    const { fired } = await fire(jsonl(...explanation, ...more));
    expect(fired.map((f) => f.clock)).toEqual(['0:58']);
  });

  it('resets when the customer speaks', async () => {
    const { fired } = await fire(
      jsonl(
        ...explanation.slice(0, 2),
        customer('Oh, okay.', 34.5, 35.5),
        ...explanation.slice(2).map((l) => l),
      ),
    );
    // 22 s before the customer spoke, then 46 - 58: no run reaches 45 s.
    expect(fired).toEqual([]);
  });

  it('resets when the agent asks a check-in question', async () => {
    const { fired } = await fire(
      jsonl(
        ...explanation.slice(0, 2),
        agent('Does that make sense so far?', 34, 36),
        agent(
          'Because of that the base price went up, and the equipment fee was added back.',
          36,
          48,
        ),
        agent(
          'On top of that there is a one-time charge for the technician visit last month.',
          48,
          60,
        ),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('does not nudge a check-in when the utterance that crosses 45 s is itself the check-in', async () => {
    const { fired } = await fire(
      jsonl(...explanation.slice(0, 3), agent('Does that all make sense so far?', 46, 49)),
    );
    expect(fired).toEqual([]);
  });

  it('counts a customer backchannel heard only by voice activity as a turn', async () => {
    const { fired } = await fire(
      jsonl(...explanation.slice(0, 2), vad('customer', 30, 31), ...explanation.slice(2)),
    );
    expect(fired).toEqual([]);
  });

  it('fires from partial transcripts while the agent is still talking', async () => {
    const partial = say('agent', 'On top of that there is a one-time charge', 46, 56, {
      final: false,
      id: 'a4',
    });
    const { fired } = await fire(jsonl(...explanation.slice(0, 3), partial));
    expect(fired.map((f) => f.clock)).toEqual(['0:56']);
  });

  it('a new run after the customer speaks can fire again', async () => {
    const { fired } = await fire(
      jsonl(
        ...explanation,
        customer('I see.', 59, 60),
        ...explanation.map((l) => {
          const e = JSON.parse(l) as { startMs: number; endMs: number; id: string };
          return JSON.stringify({
            ...e,
            id: `${e.id}b`,
            startMs: e.startMs + 52_000,
            endMs: e.endMs + 52_000,
          });
        }),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:58', '1:50']);
  });

  it('does not count a hold or a long silence as talk', async () => {
    // "One moment", a hold of two and a half minutes, then the answer: not 165 s of talk.
    const held = await fire(
      jsonl(
        customer('My direct debit was taken twice this month.', 0, 4),
        agent("I'm sorry about that. Let me check with billing. One moment.", 5, 10),
        signal('hold-started', 10),
        signal('hold-ended', 160),
        agent('Thanks for waiting. Billing confirmed the second payment was an error.', 165, 172),
      ),
    );
    expect(held.fired).toEqual([]);
    // The same with no hold signal, only 30 s of quiet while the agent looks it up.
    const quiet = await fire(
      jsonl(
        customer('My direct debit was taken twice this month.', 0, 4),
        agent("I'm sorry about that. Let me check with billing. One moment.", 5, 10),
        agent('Thanks for waiting. Billing confirmed the second payment was an error.', 40, 47),
        agent("I've refunded it and it will be back in three to five working days.", 47, 55),
      ),
    );
    expect(quiet.fired).toEqual([]);
  });
});
