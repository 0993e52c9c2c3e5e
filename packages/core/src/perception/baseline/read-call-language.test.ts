import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize.js';
import { BASELINE_PHRASES } from './baseline-analyzer.js';
import { readCallLanguage } from './read-call-language.js';
import { SARCASM_KEYS, mayBeSarcastic } from './sarcasm.js';

describe('readCallLanguage', () => {
  it.each([
    ['Great, just great.', 'sarcasm "Great, just great"'],
    ['Oh great, another hold.', 'sarcasm "Oh great, another hold"'],
    ['Thanks for nothing.', 'sarcasm "Thanks for nothing"'],
    ['Just what I needed, another fee.', 'sarcasm "Just what I needed, another fee"'],
    ['Fantastic, so the money is just gone?', 'sarcasm "Fantastic"'],
    ['Oh great, a real person. Only took forty minutes on hold.', 'sarcasm "great"'],
    [
      "My bag didn't arrive in Denver. Fantastic start to the holiday.",
      'sarcasm "Fantastic start to the holiday"',
    ],
    ["Yeah, that's really helpful. Not.", 'sarcasm "really helpful. Not"'],
  ])('hears %j as sarcasm, read as frustration', (text, cue) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('sarcasm');
    expect(heard?.cues).toEqual([cue]);
    expect(heard?.analysis.states.frustrated).toBeGreaterThan(0.5);
    expect(heard?.analysis.sentiment).toBeLessThan(0);
  });

  it.each([
    'Okay.',
    "Yes, that's right.",
    'No.',
    'Yep, that is correct.',
    'Right, okay then',
    'mhm',
    // Courtesy while the agent works, or accepting what was said.
    'No worries, take your time.',
    'No problem at all.',
    "That's fine.",
    'Sure, go ahead.',
    "I don't mind waiting.",
    // Confirming or correcting a detail, with nothing felt in the rest.
    "Yes, that's the right email by the way.",
    "That's right, the blue one.",
    "Sure, it's on my letter.",
    'Correct, the account is in my name.',
    "No, it's the other card.",
    "Oh yes, I'm the account holder.",
    // Told apart from "no" as a word of the sentence ("No complaints here." is a negation).
    'No. It was the other card.',
    // A transcript without punctuation sets nothing apart: the rest decides.
    "yes that's the right email by the way",
    "no it's the other card",
  ])('hears %j as a plain answer, which says nothing of feelings', (text) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('plain-answer');
    expect(heard?.analysis.sentiment).toBe(0);
    expect(Math.max(...Object.values(heard!.analysis.states))).toBe(0);
  });

  it.each([
    // A feeling after the "yes" or "no".
    "Yes, that's great news.",
    'Yes, I was charged twice.',
    'No, and I am furious about it.',
    // A question.
    'Yes, but when will it arrive?',
    // Longer than a confirmation.
    'Yes, it is the card that I used for the order I placed on the website last week.',
    // Unpunctuated, the rest still decides; and "yes please" accepts gladly.
    'no complaints here',
    "yes that's great news",
    'Yes please, put me on that one.',
    "oh yes please that's much easier",
  ])('does not hear %j as a plain answer', (text) => {
    expect(readCallLanguage(text)?.kind).not.toBe('plain-answer');
  });

  it.each([
    ['Not bad at all.', 'positive', 'negation "Not bad at all"'],
    ["That's not a problem.", 'positive', 'negation "not a problem"'],
    ['No complaints here.', 'positive', 'negation "No complaints"'],
    ["I'm not happy.", 'negative', 'negation "not happy"'],
    ['Not great, to be honest.', 'negative', 'negation "Not great"'],
    ["It's not working.", 'negative', 'negation "not working"'],
    ['No, that is not what I asked for.', 'negative', 'negation "that is not what I asked"'],
  ])('hears %j as a negation, read as %s', (text, way, cue) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('negation');
    expect(heard?.cues).toEqual([cue]);
    const s = heard!.analysis.sentiment;
    expect(way === 'negative' ? -s : s).toBeGreaterThan(0.25);
  });

  it('marks a negation that also asks for something', () => {
    const heard = readCallLanguage("I don't use it anymore. Can you please just cancel it?");
    expect(heard).toMatchObject({ kind: 'negation', asks: true });
    expect(readCallLanguage("I'm not happy.")?.asks).toBeUndefined();
  });

  it.each([
    // "No" as an answer negates nothing; nor does a negator with no feeling word in reach.
    "No, I'm happy with that.",
    "I can't find the email.",
    'Not yet.',
  ])('hears no negation in %j', (text) => {
    expect(readCallLanguage(text)?.kind).not.toBe('negation');
  });

  it.each([
    ['Thank you.', ['thanks "Thank"']],
    ['Okay, thanks.', ['thanks "thanks"']],
    ["Thank you. I'm not sure what you need from me.", ['thanks "Thank"']],
  ])('hears %j as a plain thanks', (text, cues) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('thanks');
    expect(heard?.cues).toEqual(cues);
    // Relief, but not so strong that once is enough.
    expect(heard!.analysis.states.relieved).toBeLessThanOrEqual(0.5);
  });

  it.each([
    'Thank you so much!',
    "Thanks, that's a relief.",
    "Thanks, that's great.",
    "Thanks, but I'm not happy.",
  ])('hears more than a plain thanks in %j', (text) => {
    expect(readCallLanguage(text)?.kind).not.toBe('thanks');
  });

  it.each([
    ["Oh sorry, it's 4 4 1 9.", 'apology "sorry"'],
    ['Sorry to bother you.', 'apology "Sorry"'],
    ['Excuse me, one second.', 'apology "Excuse"'],
  ])('hears %j as an apology in passing', (text, cue) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('apology');
    expect(heard?.cues).toEqual([cue]);
    expect(heard!.analysis.states.distressed).toBeLessThan(0.5);
  });

  it('keeps the "sorry" of a text it reads as another kind', () => {
    const heard = readCallLanguage("Sorry, I didn't understand any of that.");
    expect(heard?.kind).toBe('negation');
    expect(heard?.apology).toBe('Sorry');
    expect(readCallLanguage("I didn't understand any of that.")?.apology).toBeUndefined();
    expect(readCallLanguage('Sorry to bother you.')?.apology).toBeUndefined();
  });

  it('hears more than politeness in a "sorry" with worry in it', () => {
    const heard = readCallLanguage("Sorry, I'm just so worried about this.");
    expect(heard?.kind).toBe('apology');
    expect(heard!.analysis.states.distressed).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'Can you check my last payment?',
    'Hi, could you send me the invoice by email?',
    'Where do I find my account number?',
    'When will the engineer arrive?',
    'Is my refund through yet?',
    'can i change my address',
    // A question after what the caller says first.
    "Thursday? That's three more days. Is there nothing sooner?",
    "I don't have the certificate yet. Is that a problem?",
    'Oh, okay. I paid my bill on the third, is that related?',
    'I work from home, I really need this fixed. When can they come?',
    // A need, stated (NatCS and Bitext turns).
    'I need to file a property claim',
    "I'd like to update the address on my policy.",
    'i would want to file a property claim',
    'April Mitchell here and I want a quote for condo insurance please.',
    'how to track the card you sent',
    // Questions for information (Banking77 asks).
    'What are your opening hours?',
    "What's the fee for an international transfer?",
    'What happens if the ATM gives me the wrong amount?',
    'Do you accept cash?',
    'How long will the refund take?',
    // A question after a statement in a transcript without punctuation.
    "i don't have the certificate yet is that a problem",
    'i paid it on the third when will it show up',
    'my card was declined can you check it',
    'the app keeps crashing how long does it take to fix',
  ])('hears %j as a request, no sign of confusion by itself', (text) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('request');
    expect(heard?.analysis.states.confused).toBeLessThan(0.5);
  });

  it.each([
    // Weighing two things, or checking what was said, is how confusion asks.
    'So do I pay now or later?',
    'Is it going to cost me more or not?',
    'Wait, which one do I click?',
    'Sorry, what does that mean?',
    // Asking what something means is how confusion asks.
    'What do you mean?',
    'What does pending payment mean?',
    "What's a mandate?",
    'What is an IBAN?',
    'What are you talking about?',
    // A request that says it is lost.
    "Can you explain that again? I'm lost.",
    "I'm lost. Can you explain that again?",
    // A question that checks what was said, after a statement.
    'I paid on the third. So do I pay now or later?',
    // Unpunctuated: a clause of its own, or one question from the start.
    'the reason is that it broke',
    'the main problem is it keeps crashing',
    "i don't know how to do it",
    "what kind of answer is that it's so bad",
    'my account is new why can i not top up',
  ])('does not hear %j as a mere request', (text) => {
    expect(readCallLanguage(text)?.kind).not.toBe('request');
  });

  it.each([
    ['This is a joke.', 'negative', ['call phrase "This is a joke"']],
    ["I'm done with this company.", 'negative', ['call phrase "done with this"']],
    ['Nobody ever calls me back.', 'negative', ['call phrase "Nobody ever calls me back"']],
    ['I want my money back.', 'negative', ['call phrase "I want my money back"']],
    ["I'll be reporting this.", 'negative', ['call phrase "I\'ll be reporting this"']],
    ['This is really stressing me out.', 'negative', ['call phrase "really stressing me out"']],
    ['This is ridiculous, I was charged twice.', 'negative', ['call phrase "This is ridiculous"']],
    ["You're a lifesaver.", 'positive', ['call phrase "You\'re a lifesaver"']],
    ['You made my day.', 'positive', ['call phrase "You made my day"']],
  ])('hears %j as a call phrase, read as %s', (text, way, cues) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('call-phrase');
    expect(heard?.cues).toEqual(cues);
    const s = heard!.analysis.sentiment;
    expect(way === 'negative' ? -s : s).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    // Phrases that pull both ways, a negated one, or a mild one: left to the model.
    "You're a lifesaver, but this is a joke.",
    "This isn't a joke.",
    'I have been waiting.',
    "I'm cancelling my account.",
  ])('hears no call phrase in %j', (text) => {
    expect(readCallLanguage(text)?.kind).not.toBe('call-phrase');
  });

  it.each([
    ["I'm lost. I just want the internet back.", 'not following "I\'m lost"'],
    ["You've lost me.", 'not following "You\'ve lost me"'],
    ["Can you explain that again? I'm completely lost.", 'not following "I\'m completely lost"'],
  ])('hears %j as not following', (text, cue) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('not-following');
    expect(heard?.cues).toEqual([cue]);
    expect(heard?.analysis.states.confused).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    // Lost something, or confusion that is not the strongest reading.
    'I lost my card yesterday.',
    "I'm not lost, I know exactly what you mean.",
  ])('hears no "not following" in %j', (text) => {
    expect(readCallLanguage(text)?.kind).not.toBe('not-following');
  });

  it.each([
    ['Okay, but when will it arrive?', 'pushback "Okay, but"'],
    ['okay but when will it arrive', 'pushback "okay but"'],
    ['Oh yeah but I already did that.', 'pushback "Oh yeah but"'],
    ['Sure, but the fee is still on my bill.', 'pushback "Sure, but"'],
  ])('hears %j as pushback: no approval', (text, cue) => {
    const heard = readCallLanguage(text);
    expect(heard?.kind).toBe('pushback');
    expect(heard?.cues).toEqual([cue]);
    expect(heard?.analysis.states.positive).toBeLessThan(0.5);
  });

  it.each(['But okay, fine.', 'Okay, I see, but when?'])(
    'hears no pushback in %j (no okay taken back at once)',
    (text) => {
      expect(readCallLanguage(text)?.kind).not.toBe('pushback');
    },
  );

  it.each([
    'Great, thanks, that works.',
    "Oh great, that's fixed it!",
    'Perfect, let me check that for you.',
    "That's it?",
    '',
  ])('hears nothing of the kind in %j', (text) => {
    expect(readCallLanguage(text)).toBeUndefined();
  });

  it('scans every text that a sarcasm phrase of the table could match', () => {
    // Texts without a praise word, "nothing", "needed" or a closing "not" are not
    // scanned for sarcasm: each sarcasm phrase must name one of them.
    const phrases = BASELINE_PHRASES.filter((p) => SARCASM_KEYS.has(p.id));
    expect(phrases.map((p) => p.id).sort()).toEqual([
      'great-just-great',
      'sarcastic-another',
      'sarcastic-start',
      'thanks-for-nothing',
    ]);
    for (const p of phrases) expect(mayBeSarcastic(tokenize(p.pattern)), p.id).toBe(true);
    expect(mayBeSarcastic(tokenize('(thanks|thank you) for (zilch|squat)'))).toBe(false);
  });

  it('reads any text as one of its kinds or nothing, with a reading in range', () => {
    // Words from every kind, in any order with any punctuation, and arbitrary text.
    const word = fc.constantFrom(
      'great',
      'just',
      'not',
      'no',
      "don't",
      'bad',
      'happy',
      'thanks',
      'thank',
      'you',
      'sorry',
      'okay',
      'yes',
      'fine',
      'worries',
      'can',
      'is',
      'my',
      'refund',
      'this',
      'a',
      'joke',
      'lifesaver',
      'never',
      'again',
      'worried',
      'confused',
      'what',
      'or',
      'lost',
    );
    const sep = fc.constantFrom(' ', ', ', '. ', '? ', '! ', '');
    const text = fc
      .array(fc.tuple(word, sep), { maxLength: 12 })
      .map((parts) => parts.map(([w, s]) => w + s).join(' '));
    const kinds = ['sarcasm', 'plain-answer', 'negation', 'thanks', 'apology', 'request'];
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), (t) => {
        const heard = readCallLanguage(t);
        if (heard === undefined) return;
        seen.add(heard.kind);
        expect([...kinds, 'call-phrase']).toContain(heard.kind);
        expect(heard.cues.length).toBeGreaterThan(0);
        const { sentiment, states } = heard.analysis;
        expect(sentiment >= -1 && sentiment <= 1).toBe(true);
        for (const v of Object.values(states)) expect(v >= 0 && v <= 1).toBe(true);
        // The same text, read again, is read the same way.
        expect(readCallLanguage(t)).toEqual(heard);
      }),
      { numRuns: 2000, seed: 7 },
    );
    // The generated texts reach each of these kinds.
    for (const k of kinds) expect(seen, k).toContain(k);
  });

  it('refuses a text that is not a string', () => {
    expect(() => readCallLanguage(42 as unknown as string)).toThrow(/text: must be a string/);
  });
});
