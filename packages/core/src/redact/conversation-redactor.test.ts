import { describe, expect, it } from 'vitest';
import { createCoach } from '../coach/create-coach.js';
import type { UtteranceEvent } from '../events/types.js';
import { agent, customer, events } from '../../test/transcript.js';
import { createConversationRedactor } from './conversation-redactor.js';

/** The texts of `lines` as a conversation redactor stores them. */
function redacted(...lines: string[]): string[] {
  const redact = createConversationRedactor();
  return events(...lines).map((e) => (redact(e) as UtteranceEvent).text);
}

// Fails the Luhn check (a digit misheard): on its own it is not taken for a card.
const NUMBER = "It's 4929 1234 5678 9012.";

describe('createConversationRedactor', () => {
  it("reads the customer's answer as what the agent asked for", () => {
    expect(redacted(customer(NUMBER, 1, 3))).toEqual([NUMBER]);
    expect(
      redacted(agent('Can I take your card number please?', 1, 3), customer(NUMBER, 4, 7)),
    ).toEqual(['Can I take your card number please?', "It's [card]."]);
    expect(
      redacted(
        agent('Thanks. And the three digit code on the back?', 1, 3),
        customer("It's 7 3 1.", 4, 6),
        agent('And the expiry date?', 7, 8),
        customer('Oh four twenty seven.', 9, 11),
      ),
    ).toEqual([
      'Thanks. And the three digit code on the back?',
      "It's [cvv].",
      'And the expiry date?',
      '[expiry].',
    ]);
  });

  it('redacts partials of the answer too', () => {
    const redact = createConversationRedactor();
    redact(events(agent('Can I take your card number please?', 1, 3))[0]!);
    const partial = redact({
      type: 'utterance',
      id: 'c1',
      speaker: 'customer',
      text: "It's 4929 1234",
      final: false,
      startMs: 4000,
      endMs: 5500,
    });
    expect(partial.text).toBe("It's [card]");
  });

  it('carries the ask only to the answer, in its own conversation', () => {
    // The agent moved on, or gave a number themselves, or a minute passed.
    expect(
      redacted(
        agent('Can I take your card number?', 1, 3),
        agent('Actually, never mind, how many items was it?', 4, 6),
        customer('Forty two, and the total was 89.99.', 7, 9),
      ).at(-1),
    ).toBe('Forty two, and the total was 89.99.');
    expect(
      redacted(
        agent('Your card number ends 4242, is that right?', 1, 3),
        customer(NUMBER, 4, 7),
      ).at(-1),
    ).toBe(NUMBER);
    expect(
      redacted(agent('Can I take your card number please?', 1, 3), customer(NUMBER, 70, 73)).at(-1),
    ).toBe(NUMBER);
    const redact = createConversationRedactor();
    redact({ ...events(agent('Can I take your card number?', 1, 3))[0]!, conversation: 'a' });
    const other = redact({ ...events(customer(NUMBER, 4, 7))[0]!, conversation: 'b' });
    expect((other as UtteranceEvent).text).toBe(NUMBER);
  });

  it('is what the coach stores: the snapshot and report never hold the digits', async () => {
    const coach = createCoach();
    for (const e of events(
      agent('Can I take your card number please?', 1, 3),
      customer(NUMBER, 4, 7),
    ))
      coach.push(e);
    const shown = coach.getSnapshot().transcript.map((l) => l.text);
    expect(shown).toEqual(['Can I take your card number please?', "It's [card]."]);
    expect(JSON.stringify(await coach.end())).not.toContain('4929');
  });
});

describe('what an agent asks for', () => {
  it.each([
    ['What is the CVV2 on the back?', "It's 7 3 1.", "It's [cvv]."],
    ["And what's the best phone number to reach you on?", '07700 900 123', '[phone]'],
    ['Could you read me the long number on the front of the card?', NUMBER, "It's [card]."],
  ])('after "%s" reads "%s" as asked', (ask, answer, stored) => {
    expect(redacted(agent(ask, 1, 3), customer(answer, 4, 7)).at(-1)).toBe(stored);
  });
});
