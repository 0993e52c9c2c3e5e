import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { agentCuesIn, answersPlainly, explainsPlainly, phraseOverlap } from './agent-cues.js';
import { countWords } from '../text/tokenize.js';

describe('phraseOverlap', () => {
  it('is the share of the phrase words that are whole words of the text', () => {
    const tokens = tokenize('I can hear how frustrating this is, Dana.');
    expect(phraseOverlap(['hear', 'frustrating', 'outcome', 'focus'], tokens)).toBe(0.5);
    expect(phraseOverlap(['hear', 'frustrating'], tokens)).toBe(1);
    // A word inside another word does not count.
    expect(phraseOverlap(['frustrat'], tokens)).toBe(0);
    expect(phraseOverlap([], tokens)).toBe(0);
  });
});

describe('agentCuesIn', () => {
  it('finds what the agent did with words', () => {
    expect([...agentCuesIn("I understand, and I'm sorry about this.")]).toEqual(['acknowledge']);
    expect([...agentCuesIn('Does that make sense so far?')]).toEqual(['check-in']);
    expect(agentCuesIn('Your order ships on Monday.').size).toBe(0);
  });

  it.each([
    "Please don't apologise, you're doing everything right.",
    "There's no need to be sorry, it's completely understandable.",
    'Anyone would feel the same with a newborn in the cold.',
  ])('reads the reassurance in "%s" as acknowledging', (text) => {
    expect(agentCuesIn(text).has('acknowledge')).toBe(true);
  });

  it('does not read instructions with the same words as acknowledging', () => {
    expect(agentCuesIn("Don't unplug the router while it updates.").has('acknowledge')).toBe(false);
    expect(agentCuesIn('The fee is normal for this plan.').has('acknowledge')).toBe(false);
  });
});

describe('explainsPlainly', () => {
  const plainly = (text: string, plainWords = true): boolean =>
    explainsPlainly(text, countWords(text), () => !plainWords);

  it('takes three or more short sentences in plain words as an explanation put plainly', () => {
    expect(
      plainly(
        "That's okay. You can activate it by phone instead. When the card arrives, just call the number on the sticker.",
      ),
    ).toBe(true);
    // Jargon or stiff wording in it (as the language checker reads it): not plain.
    expect(
      plainly('Okay. The IVR handles activation. Call it when the card arrives, please.', false),
    ).toBe(false);
  });

  it.each([
    // An acknowledgement, a greeting, one long sentence, a short answer.
    "I understand, and I'm sorry about this. Let me see what I can do.",
    'Thank you for calling, this is Sam. How can I help today?',
    'It looks like the duplicate transaction was caused by a provisioning error during the plan migration, which the team is looking at now.',
    'Yes. Okay. Done.',
  ])('explains nothing plainly in %j', (text) => {
    expect(plainly(text)).toBe(false);
  });
});

describe('answersPlainly', () => {
  const MONEY = 'Sorry, what does that mean? Do I get my money back?';
  const YES = "Yes. You'll get the nine hundred dollars back on your account within two days.";

  it('takes a direct answer to a yes-or-no question in plain words as an answer put plainly', () => {
    expect(answersPlainly(YES, MONEY, () => false)).toBe(true);
    expect(
      answersPlainly("No, it won't cost you anything.", 'So is there a fee?', () => false),
    ).toBe(true);
  });

  it('takes a short plain statement after a question of what, where or when as an answer', () => {
    const WHERE = "I'm sorry, I didn't follow that. A code from where?";
    expect(
      answersPlainly("It's a text message, sent to your mobile phone.", WHERE, () => false),
    ).toBe(true);
    expect(
      answersPlainly(
        'It means setting up your new line.',
        'What does provisioning mean?',
        () => false,
      ),
    ).toBe(true);
    // Not a stall, an apology, a question back, a long explanation or jargon.
    expect(answersPlainly('Let me check that for you.', WHERE, () => false)).toBe(false);
    expect(answersPlainly("I'm sorry, I understand it's confusing.", WHERE, () => false)).toBe(
      false,
    );
    expect(answersPlainly('Do you have your phone with you?', WHERE, () => false)).toBe(false);
    expect(
      answersPlainly(
        'It is sent by our messaging platform to the number we hold on file for your account when you log in.',
        WHERE,
        () => false,
      ),
    ).toBe(false);
    expect(
      answersPlainly('It comes by SMS to your registered device.', WHERE, (k) => k === 'jargon'),
    ).toBe(false);
  });

  it('does not take it for a question that is not yes or no, a reply that does not answer first, or stiff words', () => {
    expect(answersPlainly('Yes, of course.', 'What does provisioning mean?', () => false)).toBe(
      false,
    );
    expect(answersPlainly('Let me check that for you.', MONEY, () => false)).toBe(false);
    expect(answersPlainly(YES, undefined, () => false)).toBe(false);
    // A request is not a question "of course" answers.
    expect(
      answersPlainly('Of course, sorry.', 'Sorry, can you slow down a bit?', () => false),
    ).toBe(false);
    // "Yes, a provisional credit is pending adjudication" answers in jargon.
    expect(answersPlainly(YES, MONEY, (kind) => kind === 'jargon')).toBe(false);
  });
});

describe('agentCuesIn: a warm transfer', () => {
  it.each([
    "I hear you. I'll stay on the line and explain everything to them, so you won't need to repeat yourself.",
    "I'll pass on all the details, so you won't have to repeat it.",
    "They're the right team for this, and I'll stay with you until you're connected.",
  ])('reads "%s" as making the transfer warm', (text) => {
    expect(agentCuesIn(text).has('warm-transfer')).toBe(true);
  });

  it.each(["I'm putting you through now.", 'Let me transfer you to claims.'])(
    'does not read "%s" as warm',
    (text) => {
      expect(agentCuesIn(text).has('warm-transfer')).toBe(false);
    },
  );
});
