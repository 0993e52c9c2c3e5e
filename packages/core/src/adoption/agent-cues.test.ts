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
    "That makes sense, it's frustrating when it cuts out in the middle of work.",
    'It must be really stressful not to know when it will be back.',
  ])('reads the reassurance in "%s" as acknowledging', (text) => {
    expect(agentCuesIn(text).has('acknowledge')).toBe(true);
  });

  it('does not read instructions with the same words as acknowledging', () => {
    expect(agentCuesIn("Don't unplug the router while it updates.").has('acknowledge')).toBe(false);
    expect(agentCuesIn('The fee is normal for this plan.').has('acknowledge')).toBe(false);
  });
});

describe('explainsPlainly', () => {
  const plainly = (text: string): boolean => explainsPlainly(text, countWords(text));

  it('takes three or more short sentences in plain words as an explanation put plainly', () => {
    expect(
      plainly(
        "That's okay. You can activate it by phone instead. When the card arrives, just call the number on the sticker.",
      ),
    ).toBe(true);
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
    expect(answersPlainly(YES, MONEY)).toBe(true);
    expect(answersPlainly("No, it won't cost you anything.", 'So is there a fee?')).toBe(true);
  });

  it('takes a short plain statement after a question of what, where or when as an answer', () => {
    const WHERE = "I'm sorry, I didn't follow that. A code from where?";
    expect(answersPlainly("It's a text message, sent to your mobile phone.", WHERE)).toBe(true);
    expect(
      answersPlainly('It means setting up your new line.', 'What does provisioning mean?'),
    ).toBe(true);
    // Not a stall, an apology, a question back or a long explanation.
    expect(answersPlainly('Let me check that for you.', WHERE)).toBe(false);
    expect(answersPlainly("I'm sorry, I understand it's confusing.", WHERE)).toBe(false);
    expect(answersPlainly('Do you have your phone with you?', WHERE)).toBe(false);
    expect(
      answersPlainly(
        'It is sent by our messaging platform to the number we hold on file for your account when you log in.',
        WHERE,
      ),
    ).toBe(false);
  });

  it('does not take it for a question that is not yes or no, a reply that does not answer first, ', () => {
    expect(answersPlainly('Yes, of course.', 'What does provisioning mean?')).toBe(false);
    expect(answersPlainly('Let me check that for you.', MONEY)).toBe(false);
    expect(answersPlainly(YES, undefined)).toBe(false);
    // A request is not a question "of course" answers.
    expect(answersPlainly('Of course, sorry.', 'Sorry, can you slow down a bit?')).toBe(false);
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
