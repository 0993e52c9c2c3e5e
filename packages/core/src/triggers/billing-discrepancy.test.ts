import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, agentSays, customer, customerSays, jsonl } from '../../test/transcript.js';

const fire = (transcript: string) => testRule('billing-discrepancy', transcript);

describe('billing-discrepancy', () => {
  const disputes: [string, string, string][] = [
    ['I was charged twice for my subscription this month.', 'charged twice', 'the double charge'],
    [
      'Hi, my direct debit was taken twice this month.',
      'direct debit was taken twice',
      'the double charge',
    ],
    ['The payment came out twice.', 'payment came out twice', 'the double charge'],
    ['There are two payments of 49.99 on my card.', 'two payments of', 'the double charge'],
    ['You guys double charged me for the same order.', 'double charged', 'the double charge'],
    ['I think I was overcharged on my last bill.', 'overcharged', 'the overcharge'],
    ["There's an extra fee on my statement I didn't expect.", 'extra fee', 'the overcharge'],
    [
      'My bill is way higher than it should be, the amount is wrong.',
      'amount is wrong',
      'the overcharge',
    ],
    [
      "I don't recognize this charge from last Tuesday.",
      "don't recognize this charge",
      'the unrecognised charge',
    ],
    [
      "There's a charge on my card for eighty nine pounds from a company called Zentra and I don't recognise it.",
      "charge on my card for eighty nine pounds from a company called Zentra and I don't recognise it",
      'the unrecognised charge',
    ],
    [
      'There is an unauthorized transaction on my account.',
      'unauthorized transaction',
      'the unrecognised charge',
    ],
    ['I never signed up for this premium plan.', 'never signed up for', 'the unrecognised charge'],
    ["My refund still hasn't shown up.", "refund still hasn't shown up", 'the missing refund'],
    [
      "I've been waiting on my refund for two weeks.",
      'been waiting on my refund',
      'the missing refund',
    ],
    ['Why was I charged $1 on my statement?', 'Why was I charged', 'the overcharge'],
    // "Never ... before" is surprise at a charge now, not a denial.
    ['I was never charged twice before this month.', 'charged twice', 'the double charge'],
    [
      'There is a payment on my card that I do not recognize.',
      'payment on my card that I do not recognize',
      'the unrecognised charge',
    ],
    [
      'Someone withdrew money from my account, and it was not me.',
      'Someone withdrew',
      'the unrecognised charge',
    ],
    ['How can I dispute this direct debit?', 'How can I dispute', 'the unrecognised charge'],
    ['Hi, I want to report a billing issue on my account.', 'billing issue', 'the billing problem'],
    // A charge for what the customer did not do.
    [
      "Two things. My bill has a roaming charge, but I wasn't abroad.",
      "roaming charge, but I wasn't",
      'the unrecognised charge',
    ],
    [
      'They charged me for international calls but I never made any.',
      'charged me for international calls but I never',
      'the unrecognised charge',
    ],
  ];
  it.each(disputes)('fires when the customer says: "%s"', async (text, span, issue) => {
    const { fired } = await fire(customerSays(text));
    expect(fired).toHaveLength(1);
    const f = fired[0]!;
    expect(f.clock).toBe('0:08');
    expect(f.speaker).toBe('customer');
    expect(f.span).toEqual({
      utteranceId: 'c1',
      start: text.indexOf(span),
      end: text.indexOf(span) + span.length,
      text: span,
    });
    expect(f.matched[0]).toBe(`customer reported ${issue}: "${span}"`);
    expect(f.evidence.summary).toBe(`the customer reported ${issue}`);
    // The playbook fills {issue} from the match.
    expect(f.nudge).toBe(
      'A billing problem: acknowledge it before investigating, and say what you will check and how long it takes.',
    );
  });

  it('puts the issue into the suggested phrases', async () => {
    const { createCoach } = await import('../coach/create-coach.js');
    const coach = createCoach({ builtInTriggers: ['billing-discrepancy'] });
    const phrases: string[] = [];
    coach.on('nudge', (n) => phrases.push(...n.phrases));
    coach.push({
      type: 'utterance',
      id: 'c1',
      speaker: 'customer',
      text: 'I was charged twice for the same order.',
      final: true,
      startMs: 1000,
      endMs: 3000,
    });
    await coach.end();
    expect(phrases.some((p) => p.includes('the double charge'))).toBe(true);
  });

  it('cools down per issue: the same issue once a minute, a new issue at once', async () => {
    const { fired } = await fire(
      jsonl(
        customer('I was charged twice for my order.', 10, 13),
        agent('I am sorry, let me look.', 14, 16),
        customer('Yes, charged twice, both on the 3rd.', 30, 33),
        customer("And the refund from March still hasn't come through either.", 40, 45),
        customer('Like I said, I was billed twice.', 80, 83),
      ),
    );
    // 0:13 double charge; 0:33 same issue in cooldown; 0:45 a new issue; 1:23 a minute on.
    expect(fired.map((f) => `${f.clock} ${f.evidence.summary}`)).toEqual([
      '0:13 the customer reported the double charge',
      '0:45 the customer reported the missing refund',
      '1:23 the customer reported the double charge',
    ]);
  });

  const nearMisses: [string, string][] = [
    // A charge the customer accepts.
    ['a fee the customer does not mind', customerSays("There's a delivery fee, but I don't mind.")],
    [
      'a late fee the customer owns',
      customerSays('I got a late fee because I paid late, that was my fault.'),
    ],
    // The agent explaining a charge is not the customer disputing one.
    [
      'the agent explaining a double charge',
      agentSays('You were charged twice because the first payment was a hold.'),
    ],
    [
      'the agent saying there was no overcharge',
      agentSays("I checked and you weren't overcharged."),
    ],
    // Billing frequency, not a double charge.
    // The customer saying it did not happen.
    [
      'a customer saying they were not charged twice',
      customerSays("I wasn't charged twice, it was fine."),
    ],
    [
      'a customer saying they have not been overcharged',
      customerSays("I haven't been overcharged, I just want to understand the bill."),
    ],
    [
      'a customer asking to be billed twice a year',
      customerSays('Can I be billed twice a year instead of monthly?'),
    ],
    [
      'a customer who wants to pay twice a month',
      customerSays("I'd like to be charged twice a month, on the 1st and the 15th."),
    ],
    ['a customer paying a bill', customerSays('I want to pay my latest bill please.')],
    ['a customer checking a payment went through', customerSays('Did my last payment go through?')],
    [
      'a customer asking about the refund policy',
      customerSays('What is your refund policy for annual plans?'),
    ],
    [
      'a customer changing their billing frequency',
      customerSays('I need to change my billing frequency to yearly.'),
    ],
    [
      'a problem with the billing frequency (a setting)',
      customerSays("There's a problem with my billing frequency, I want yearly."),
    ],
    [
      'a customer making a payment on their account',
      customerSays('I want to make a payment on my account.'),
    ],
    [
      'a customer whose card was stolen, no charge mentioned',
      customerSays('Someone stole my card, please block it.'),
    ],
    [
      'a customer asking about a fee in general',
      customerSays('Is there a fee for sending money abroad?'),
    ],
    ['the app not showing a balance', customerSays("The app isn't showing my balance.")],
  ];
  it.each(nearMisses)('does not fire for %s', async (_name, transcript) => {
    expect((await fire(transcript)).fired).toEqual([]);
  });
});
