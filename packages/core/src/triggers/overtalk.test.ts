import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl, vad } from '../../test/transcript.js';

const fire = (transcript: string) => testRule('overtalk', transcript);

describe('overtalk', () => {
  it('fires when the agent comes in while the customer is still talking', async () => {
    const { fired } = await fire(
      jsonl(
        // Lines in the order they arrive: each final when it ends.
        agent('Okay so what I can do is', 12, 15),
        customer(
          "I've called three times about this and every time someone says it's fixed",
          10,
          16,
        ),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:16',
      speaker: 'agent',
      matched: ["agent started 2.0 s into the customer's turn and overlapped 3.0 s"],
      evidence: { summary: 'the agent talked over the customer' },
    });
  });

  it('does not fire when the customer comes in second (they interrupted the agent)', async () => {
    const { fired } = await fire(
      jsonl(
        customer('Wait, which fee?', 12, 15),
        agent('The fee on the second page of the statement is the one I mean', 10, 16),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('does not fire for a short overlap at the end of a turn', async () => {
    const { fired } = await fire(
      jsonl(
        customer('So that is why I am calling today', 10, 16),
        agent('Understood, let me look at that for you', 15.5, 20),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('does not fire when the agent waits for the customer to finish', async () => {
    const { fired } = await fire(
      jsonl(
        customer('It keeps dropping every evening', 10, 16),
        agent('That sounds annoying', 16.4, 18),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('stays quiet for 20 s after firing, then fires for a new overtalk', async () => {
    const { fired } = await fire(
      jsonl(
        agent('Right, right', 12, 15),
        customer('and then the bill came and it was double what I expected', 10, 16),
        agent('I see, so', 24, 27),
        customer('and nobody could tell me why, I have been on the phone for hours', 22, 28),
        agent('Okay let me', 44, 47),
        customer('I just want someone to explain it to me in plain words please', 42, 48),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:16', '0:48']);
  });

  it('uses voice activity when there is any, and fires as soon as the overlap shows', async () => {
    const { fired } = await fire(
      jsonl(
        vad('customer', 10, 16),
        vad('agent', 12, 15.5),
        agent('Okay so what I can do is', 12, 15.5),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:16']);
  });

  it('fires when the customer says they are being cut off, however short the overlaps', async () => {
    const { fired } = await fire(
      jsonl(
        customer('Hi, my internet keeps dropping out every evening and', 4, 9.5),
        agent('Okay, have you tried restarting the router?', 8.8, 11),
        customer("Yes, I've restarted it every night, that's not the", 11.3, 14.5),
        agent('And is it plugged in directly or are you on wifi?', 14, 16.5),
        customer('Can you please let me finish? It drops on the cable too.', 16.8, 20, 'c3'),
      ),
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '0:20',
      speaker: 'agent',
      matched: ['customer said they were cut off: "let me finish"'],
      evidence: {
        utteranceIds: ['c3'],
        summary: 'the customer said the agent talked over them',
      },
    });
    // Saying they have finished, or asking to speak to someone, is no complaint.
    for (const text of ["Sorry, I'm finished, go ahead.", 'Can I speak to a manager?']) {
      expect((await fire(jsonl(customer(text, 1, 3)))).fired, text).toEqual([]);
    }
  });
});
