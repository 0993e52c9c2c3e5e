import { describe, expect, it } from 'vitest';
import { createCoach } from '../coach/create-coach.js';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, events, jsonl } from '../../test/transcript.js';
import { askIn } from './repeated-request.js';
import { stemOf } from '../text/word-stem.js';

const fire = (...lines: string[]) => testRule('repeated-request', jsonl(...lines));

// A retention script run past a customer who asked to cancel.
const RETENTION = [
  agent('Thanks for calling Tailspin, this is Alex. How can I help today?', 0, 4),
  customer('Hi, I want to cancel my subscription.', 5, 8, 'c1'),
  agent('Before we do that, did you know we have a new plan at four ninety nine a month?', 9, 15),
  customer('No thanks, I just want to cancel.', 16, 18, 'c2'),
];

describe('repeated-request', () => {
  it('fires when the customer insists on what they asked for and the agent went on', async () => {
    const { fired, errors } = await fire(...RETENTION);
    expect(errors).toEqual([]);
    expect(fired).toHaveLength(1);
    const f = fired[0]!;
    expect(f.clock).toBe('0:18');
    expect(f.speaker).toBe('customer');
    expect(f.span).toMatchObject({ utteranceId: 'c2', text: 'I just want to cancel' });
    expect(f.evidence.utteranceIds).toEqual(['c1', 'c2']);
    expect(f.evidence.summary).toBe('the customer asked twice for the same thing');
    expect(f.matched).toEqual([
      'asked before: "Hi, I want to cancel my subscription."',
      'asked again, insisting: "No thanks, I just want to cancel."',
    ]);
    expect(f.nudge).toBe(
      'They have asked for this twice: “I just want to cancel”. Do it now, or say plainly what has to happen first.',
    );
  });

  it('reads the same ask in other words and forms', async () => {
    for (const again of [
      'Can you please just cancel it?',
      'Like I said, I want it cancelled.',
      "I've already asked for the cancellation.",
    ]) {
      const { fired } = await fire(...RETENTION.slice(0, 3), customer(again, 16, 19, 'c2'));
      expect(fired, again).toHaveLength(1);
    }
  });

  it('fires at a third ask, insisting or not', async () => {
    const { fired } = await fire(
      customer("I'd like a refund for the second charge.", 5, 8, 'c1'),
      agent('Can I take your account number first?', 9, 11),
      customer("Sure, it's 4471. I'd like a refund for it.", 12, 15, 'c2'),
      agent('Thanks. I can see the account has been with us for six years.', 16, 20),
      customer('Okay. Can you refund the charge?', 21, 23, 'c3'),
    );
    expect(fired.map((f) => [f.clock, f.evidence.summary])).toEqual([
      ['0:23', 'the customer asked 3 times for the same thing'],
    ]);
    expect(fired[0]!.evidence.utteranceIds).toEqual(['c1', 'c2', 'c3']);
  });

  it('stays quiet when the agent did it or said they would', async () => {
    for (const reply of [
      "I've cancelled it, and you won't be charged again.",
      "Of course, I'll cancel that for you right now.",
      'I can process the cancellation, I just need your account number.',
    ]) {
      const { fired } = await fire(
        ...RETENTION.slice(0, 2),
        agent(reply, 9, 15),
        customer('No thanks, I just want to cancel.', 16, 18, 'c2'),
      );
      expect(fired, reply).toEqual([]);
    }
  });

  it('stays quiet for a second ask that does not insist, for asks said back to back, and for other asks', async () => {
    const plain = await fire(
      ...RETENTION.slice(0, 3),
      customer("No, that's okay. I want to cancel.", 16, 18, 'c2'),
    );
    expect(plain.fired).toEqual([]);
    // Nobody answered in between: the customer said it twice in one turn.
    const backToBack = await fire(
      customer('I want to cancel my subscription.', 5, 8, 'c1'),
      customer('I just want to cancel, really.', 8.5, 10, 'c2'),
    );
    expect(backToBack.fired).toEqual([]);
    const other = await fire(
      ...RETENTION.slice(0, 3),
      customer('I just want a refund for this month.', 16, 18, 'c2'),
    );
    expect(other.fired).toEqual([]);
  });

  it('leaves asks for someone else to transfer-request, and forgets asks after 10 minutes', async () => {
    const transfer = await fire(
      customer('Can I speak to a manager?', 5, 7, 'c1'),
      agent('Let me see what I can do first.', 8, 10),
      customer('I just want to speak to a manager.', 11, 13, 'c2'),
    );
    expect(transfer.fired).toEqual([]);
    const later = await fire(
      ...RETENTION.slice(0, 3),
      customer('No thanks, I just want to cancel.', 700, 702, 'c2'),
    );
    expect(later.fired).toEqual([]);
  });

  it('fires once per thing asked for within its cooldown', async () => {
    const { fired } = await fire(
      ...RETENTION,
      agent('We could also give you three months at half price.', 19, 23),
      customer('I really just want to cancel please.', 24, 27, 'c3'),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:18']);
  });

  it('counts as acted on when the agent then does it', async () => {
    const outcome = async (reply: string) => {
      const coach = createCoach();
      for (const e of events(...RETENTION, agent(reply, 19, 24))) coach.push(e);
      const report = await coach.end();
      return report.nudges.find((o) => o.nudge.trigger === 'repeated-request');
    };
    const done = await outcome("Understood. I've cancelled it, effective today.");
    expect(done).toMatchObject({ acted: true });
    expect(done!.actedEvidence).toMatch(/^the agent did what was asked/);
    const again = await outcome('May I ask why you want to leave us today?');
    expect(again).toMatchObject({ acted: false });
  });
});

describe('askIn', () => {
  it('finds what is asked for after the words that open an ask', () => {
    const asked = (text: string) => askIn(text)?.word;
    expect(asked('Hi, I want to cancel my subscription.')).toBe('cancel');
    expect(asked("I'd like a refund for the second charge.")).toBe('refund');
    expect(asked('I just want my money back.')).toBe('money');
    expect(asked('Could you send me a copy of the invoice?')).toBe('send');
    expect(asked('Please stop the direct debit.')).toBe('stop');
    // Not asks this rule compares: no ask, courtesy, a check, a transfer, a question for
    // information.
    for (const text of [
      'The app keeps crashing.',
      'I just want to say thank you.',
      'Just to confirm, is that the blue one?',
      'Can I speak to a manager please?',
      'Please just put me through to billing.',
      'I want to know why my bill went up.',
      'Yes please, put me on that one.',
    ])
      expect(askIn(text), text).toBeUndefined();
  });

  it('compares words by stem', () => {
    expect(
      new Set(['cancel', 'cancelled', 'cancelling', 'cancellation', 'cancels'].map(stemOf)),
    ).toEqual(new Set(['cancel']));
    expect(stemOf('closed')).toBe(stemOf('close'));
    expect(stemOf('bills')).toBe(stemOf('bill'));
    expect(stemOf('refund')).not.toBe(stemOf('money'));
  });
});
