import { describe, expect, it } from 'vitest';
import { closingItemsIn, isWindDown, reportsDone } from './closing-cues.js';

describe('closingItemsIn', () => {
  it.each([
    ['So to recap, I have refunded the duplicate payment.', ['summary']],
    ["So I've paused the billing.", ['summary']],
    ["So that's done: the new direct debit starts next month.", ['summary', 'nextSteps']],
    ["Once we get the certificate we'll close the account.", ['nextSteps']],
    ["You'll see it back within three to five business days.", ['nextSteps']],
    ['Is there anything else I can help you with today?', ['anythingElse']],
    [
      'Great. If it happens again, do the same steps. Anything else?',
      ['nextSteps', 'anythingElse'],
    ],
    ["Wonderful, I'll make sure Dev and his manager hear about it.", ['nextSteps']],
    [
      "I've cancelled it. Your access continues until the end of the billing period, and you won't be charged again.",
      ['nextSteps'],
    ],
    ["The bill is on hold, so you don't need to pay anything right now.", ['nextSteps']],
    [
      'So the lock is cleared and your password is reset. If it happens again, use the forgot password link.',
      ['summary', 'nextSteps'],
    ],
    [
      "So I've paused the billing, and once we get the certificate we'll close the account. Is there anything else I can do for you?",
      ['summary', 'nextSteps', 'anythingElse'],
    ],
    // Work promised for after the call, and a recap of it.
    [
      "So, I'll chase the garage for the estimate today and call you by five.",
      ['summary', 'nextSteps'],
    ],
    ['Send the photo to the email on your bill, and I will fix it in two days.', ['nextSteps']],
    // What the customer can do now.
    ["Right, I've unlocked it. You can log in now.", ['nextSteps']],
    ['You can email it to us when you get it.', ['nextSteps']],
    // The outcome restated, from when it holds and what stays; what went wrong, named.
    [
      'So your new payment is one hundred and thirty five pounds from next month, and the credit stays on the account. Anything else I can do?',
      ['summary', 'nextSteps', 'anythingElse'],
    ],
    ['It was all down to the estimated readings.', ['summary']],
    ['Okay, so the balance comes down to forty pounds.', ['summary']],
    [
      'Upload the two papers in the app or bring them to a branch within thirty days.',
      ['nextSteps'],
    ],
    [
      "Usually ten working days. I'll put a note on the file today and email you the address for the photos.",
      ['nextSteps'],
    ],
    // A transcript without punctuation: a bare "anything else" at the end asks it.
    [
      "glad that helped i'll still email you when the eu fix is out anything else",
      ['anythingElse'],
    ],
  ])('finds what "%s" covers', (text, items) => {
    expect(closingItemsIn(text)).toEqual(items);
  });

  it.each([
    'Let me pull up your account.',
    'Once I have this information, I will be able to check the details.',
    'I can reverse the second payment for you right now.',
    'Your plan changed last week.',
    "I can't do anything else about the fee.",
    "You don't need to read out the whole card number.",
    'Your plan ends in March, is that right?',
    "we can't really do anything else",
    "I'll check your account now.",
    'you can pay by card or anything else',
    'Your payment is one hundred and ten pounds at the moment.',
    'Your new payment went up because of the estimates.',
    'The meter reading was estimated, so the bill is a guess.',
  ])('finds nothing of a close in the mid-call "%s"', (text) => {
    expect(closingItemsIn(text)).toEqual([]);
  });

  // The customer gets no chance to answer: the agent answers for them or says goodbye.
  it.each([
    'Anything else? No? Great, have a good day.',
    'Is there anything else I can help you with? Thanks for calling, bye now.',
    'Anything else today? If not, take care.',
    "Is there anything else? Nope? Alright, you're all set.",
    'anything else no okay thanks for calling',
  ])('does not count an "anything else?" closed in the same breath: "%s"', (text) => {
    expect(closingItemsIn(text)).not.toContain('anythingElse');
  });

  it.each([
    'Anything else?',
    'Is there anything else I can help you with today? Take your time.',
    'Thanks for bearing with me. Is there anything else I can do for you?',
  ])('counts an "anything else?" left open: "%s"', (text) => {
    expect(closingItemsIn(text)).toContain('anythingElse');
  });
});

describe('isWindDown', () => {
  it('counts closing words by who says them', () => {
    expect(isWindDown('agent', 'Thanks for calling, have a great day.')).toBe(true);
    expect(isWindDown('customer', "No, that's all, thanks.")).toBe(true);
    // An acknowledgement holds closing words; the coach counts it as a close only after
    // the agent reports something done (see the closing-checklist tests).
    expect(isWindDown('customer', 'Okay, great.')).toBe(true);
    expect(isWindDown('agent', 'Okay, great.')).toBe(false);
    expect(isWindDown('customer', 'I was charged twice.')).toBe(false);
  });
});

describe('reportsDone', () => {
  it.each([
    "I've refunded the second payment.",
    "It's all sorted now.",
    'The refund has been processed.',
    "Done, you're on the new plan.",
    // A clause of time elsewhere does not undo the report.
    "I've reset it, so once you restart the router it should work.",
  ])('reads "%s" as something done', (text) => {
    expect(reportsDone(text)).toBe(true);
  });

  it.each([
    "I can send you a backup hub tomorrow so you can stay online until it's fixed.",
    "Once it's processed you'll get an email.",
    "When the refund has been processed, you'll see it on your card.",
    "If it's not sorted by Friday, call us back.",
    "We'll keep the case open till it's resolved.",
  ])('reads "%s" as still to come', (text) => {
    expect(reportsDone(text)).toBe(false);
  });
});
