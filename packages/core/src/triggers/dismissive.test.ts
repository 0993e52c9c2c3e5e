import { describe, expect, it } from 'vitest';
import { createCoach } from '../coach/create-coach.js';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, events, jsonl } from '../../test/transcript.js';

// Run with the coach's built-in language checker.
const fire = (transcript: string) => testRule('dismissive', transcript);

describe('dismissive', () => {
  it.each([
    ['Calm down, sir.', 'Calm down', 'I can hear this is frustrating'],
    ['You need to calm down, sir.', 'You need to calm down', 'I can hear this is frustrating'],
    ["There's no need to shout.", "There's no need to shout", "I understand you're upset"],
    ["That's the process, I'm afraid.", "That's the process", "Here's what I can do"],
    ["Well, that's just how it works.", "that's just how it works", "here's what I can do"],
    [
      "That's not my department, sorry.",
      "That's not my department",
      'Let me find who can sort this',
    ],
    ['What do you want me to do about it?', 'What do you want me to do', "Here's what I can do"],
    [
      'You have to understand that the card is new.',
      'You have to understand that',
      'Let me explain',
    ],
    [
      'You should have read the terms and conditions.',
      'You should have read',
      "Let's sort it out from here",
    ],
    ["Ma'am, listen to me, the fee is fixed.", "Ma'am, listen to me", 'Let me explain'],
    [
      'It is what it is, the fee stays.',
      'It is what it is',
      "I know that's not what you hoped for",
    ],
    // Passing the problem on to someone else.
    [
      "That's the courier's responsibility, not ours.",
      "That's the courier's responsibility",
      'Let me chase that for you',
    ],
    [
      "You'll need to contact the manufacturer directly.",
      "You'll need to contact the manufacturer directly",
      "I'll contact them for you",
    ],
  ])('fires on "%s" with a kinder wording', async (text, span, replacement) => {
    const { fired, errors } = await fire(jsonl(agent(text, 2, 6, 'a1')));
    expect(errors).toEqual([]);
    expect(fired[0]).toMatchObject({
      speaker: 'agent',
      span: { utteranceId: 'a1', text: span },
      replacement,
      evidence: { summary: `the agent sounded dismissive: "${span}"` },
    });
    expect(fired[0]!.nudge).toBe(
      `That can sound dismissive. Try "${replacement}" instead of "${span}".`,
    );
  });

  it('names two dismissive phrases in one utterance as one, both of them', async () => {
    const text =
      "Okay. That's the courier's responsibility, not ours, so you'd need to contact them.";
    const { fired } = await fire(jsonl(agent(text, 2, 7, 'a1')));
    expect(fired).toHaveLength(1);
    expect(fired[0]!.span?.text).toBe("That's the courier's responsibility");
    expect(fired[0]!.nudge).toBe(
      'That came across as dismissive, 2 times in one go ("That\'s the courier\'s responsibility" and "you\'d need to contact them"). Acknowledge what they feel, then say what you will do for them.',
    );
  });

  it.each([
    "I'll contact the courier for you and call you back.",
    "It's the courier's van that broke down, so I've booked a new slot.",
    'You can also call them if you prefer.',
  ])('does not fire for the agent taking it on: "%s"', async (text) => {
    expect((await fire(jsonl(agent(text, 2, 6)))).fired).toEqual([]);
  });

  it('asks to leave out "as I said" and say it again', async () => {
    for (const [text, span] of [
      ['Like I said, three to five working days.', 'Like I said'],
      ["As I've already explained, the fee is fixed.", "As I've already explained"],
      ['As I already explained, the fee stands.', 'As I already explained'],
      ['I already told you, it ships on Friday.', 'I already told you'],
      ['With all due respect, the form was incomplete.', 'With all due respect'],
    ]) {
      const { fired } = await fire(jsonl(agent(text!, 2, 6, 'a1')));
      expect(fired[0]?.span?.text, text).toBe(span);
      expect(fired[0]!.nudge, text).toBe(
        `"${span}" can sound dismissive. Leave it out and say it again, as if for the first time.`,
      );
    }
  });

  it('nudges a second dismissive line a few seconds on, one nudge per line', async () => {
    const coach = createCoach({ builtInTriggers: ['dismissive'] });
    const shown: string[] = [];
    coach.on('nudge', (n) => shown.push(`${n.atMs / 1000} ${n.span?.text ?? ''}`));
    for (const e of events(
      customer('My internet has been down since yesterday.', 1, 4),
      agent("Well, you should have checked the status page, there's an outage.", 5, 9),
      customer('How was I supposed to check a web page with no internet?', 11, 16),
      agent('Sir, you need to calm down. It is what it is.', 19, 23),
    ))
      coach.push(e);
    await coach.end();
    expect(shown).toEqual(['9 you should have checked', '23 you need to calm down']);
  });

  it('does not fire on kind or ordinary words, or on the customer', async () => {
    const { fired } = await fire(
      jsonl(
        agent("As I said I would, I've called the courier and it's booked.", 2, 6),
        agent("Let's wait for the network to settle, that's how we'll know it's fixed.", 7, 11),
        agent("I understand, that's not what you were told.", 12, 15),
        agent('What would you like me to do first, the refund or the new order?', 16, 20),
        agent('You should have received an email with the link by now.', 16, 20),
        agent('If you listen to the message, it gives the code.', 16, 20),
        customer('Calm down? Like I said, I want a refund.', 21, 24),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('is a moment of the report, and acted on when the agent then speaks kindly', async () => {
    const coach = createCoach();
    for (const e of events(
      customer('The sofa is the wrong colour and I want it fixed today.', 1, 5),
      agent("Calm down, there's no need to be rude.", 6, 9),
      agent("Sorry, that came out wrong. I'll book the collection for you right now.", 10, 15),
    ))
      coach.push(e);
    const report = await coach.end();
    expect(report.moments.map((m) => m.text)).toContain(
      'At 0:09 the agent sounded dismissive 2 times at once: "Calm down" and "there\'s no need to be rude".',
    );
    const outcome = report.nudges.find((o) => o.nudge.trigger === 'dismissive');
    expect(outcome).toMatchObject({ acted: true });
  });
});
