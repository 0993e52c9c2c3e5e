import { createCoach, type TextAnalyzer, type TonvoError } from '@tonvo/core';
import { createEmotionAnalyzer, toTranscriptForm } from '@tonvo/models';
import { readTextEmotionModel } from '@tonvo/models/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeModelRunner } from './node-model-runner.js';

// The shipped model on onnxruntime-node, judged on customer-service sentences whose
// state is obvious to a person. Each is also checked as a transcript would give it
// (lower case, no punctuation).
const OBVIOUS: [string, string][] = [
  ["This is the third time I'm calling about this.", 'frustrated'],
  ['This is ridiculous, I want to speak to a manager.', 'frustrated'],
  ["I'm so annoyed, nobody has fixed this in two weeks.", 'frustrated'],
  ['Sorry, what do you mean by that?', 'confused'],
  ["I don't understand, which account are you talking about?", 'confused'],
  ['Oh thank god, thank you so much!', 'relieved'],
  ["Thanks, that's a relief.", 'relieved'],
  ["I'm really worried I'm going to lose my house.", 'distressed'],
  ['That sounds great, I love it.', 'positive'],
];

/** Who says what, in order. */
type Lines = readonly (readonly ['agent' | 'customer', string])[];

/**
 * The nudges (`trigger at atMs`) a coach reading words with `analyzer` gives for `lines`,
 * said one every `stepMs` as finals of 4 s each.
 */
async function nudgesFor(analyzer: TextAnalyzer, lines: Lines, stepMs = 6000): Promise<string[]> {
  const coach = createCoach({ analyzer });
  const nudges: string[] = [];
  coach.on('nudge', (n) => nudges.push(`${n.trigger} at ${n.atMs}`));
  lines.forEach(([speaker, text], i) =>
    coach.push({
      type: 'utterance',
      id: `u${i}`,
      speaker,
      text,
      final: true,
      startMs: i * stepMs,
      endMs: i * stepMs + 4000,
    }),
  );
  await coach.end();
  return nudges;
}

describe('the text emotion model on onnxruntime-node', () => {
  let analyzer: ReturnType<typeof createEmotionAnalyzer>;
  /** The model's words alone: without reading a call's language. */
  let bare: ReturnType<typeof createEmotionAnalyzer>;
  beforeAll(async () => {
    analyzer = createEmotionAnalyzer({
      runner: await createNodeModelRunner(await readTextEmotionModel()),
    });
    bare = createEmotionAnalyzer({
      runner: await createNodeModelRunner(await readTextEmotionModel()),
      callLanguage: false,
    });
  });
  afterAll(async () => {
    await analyzer.dispose();
    await bare.dispose();
  });

  it.each(OBVIOUS)('reads "%s" as %s', async (text, state) => {
    expect((await analyzer.analyze(text)).state).toBe(state);
    expect((await analyzer.analyze(toTranscriptForm(text))).state).toBe(state);
  });

  it("hears a support call's sarcasm, which the model alone reads as praise", async () => {
    const sarcastic = [
      'Great, just great.',
      "Oh perfect, that's just perfect.",
      'Great, so now I have to call back tomorrow.',
      'Fantastic, so the money is just gone?',
    ];
    for (const text of sarcastic) {
      for (const t of [text, toTranscriptForm(text)]) {
        const alone = await bare.analyze(t);
        const heard = await analyzer.analyze(t);
        // The model alone: praise. Its labels stay what it read.
        expect(alone.sentiment, t).toBeGreaterThan(0);
        expect(heard.predicted).toEqual(alone.predicted);
        // Read as a call hears it: frustration, the sarcasm named first.
        expect(heard.state, t).toBe('frustrated');
        expect(heard.sentimentLabel, t).toBe('negative');
        expect(heard.states.positive, t).toBeLessThan(0.25);
        expect(heard.cues[0], t).toMatch(/^sarcasm "/);
      }
    }
    // Praise with good news is praise.
    for (const text of ['Great, thanks, that works.', "Oh great, that's fixed it!"]) {
      const a = await analyzer.analyze(text);
      expect(a.sentimentLabel, text).toBe('positive');
      expect(a.cues.join(), text).not.toMatch(/sarcasm/);
    }
  });

  it('reads a plain yes, no or okay as an answer, which the model alone reads as feeling', async () => {
    for (const [text, alone] of [
      ['Okay.', 'positive'],
      ["Yes, that's right.", 'positive'],
      ['No.', 'negative'],
    ] as const) {
      expect((await bare.analyze(text)).sentimentLabel, text).toBe(alone);
      const heard = await analyzer.analyze(text);
      expect(heard.state, text).toBe('neutral');
      expect(heard.sentimentLabel, text).toBe('neutral');
      expect(heard.cues[0], text).toBe(`plain answer "${text}"`);
    }
    // Thanks is not a plain answer.
    expect((await analyzer.analyze('Okay, thank you.')).state).toBe('relieved');
    // A confirmation in a transcript without punctuation is one too: the model alone reads
    // approval, and a password call's customer turned "pleased" at it.
    const spoken = "yes that's the right email by the way";
    expect((await bare.analyze(spoken)).state).toBe('positive');
    expect((await analyzer.analyze(spoken)).state).toBe('neutral');
  });

  it('reads a negation and a courtesy as the built-in analyzer does, where the model alone misreads them', async () => {
    for (const [text, alone, heardAs] of [
      ['Not bad at all.', 'negative', 'positive'],
      ["That's not a problem.", 'negative', 'positive'],
      ["I'm not happy.", 'positive', 'negative'],
      ['Not great, to be honest.', 'positive', 'negative'],
      ['No worries, take your time.', 'positive', 'neutral'],
      ["That's fine.", 'positive', 'neutral'],
    ] as const) {
      expect((await bare.analyze(text)).sentimentLabel, text).toBe(alone);
      for (const t of [text, toTranscriptForm(text)]) {
        const heard = await analyzer.analyze(t);
        expect(heard.sentimentLabel, t).toBe(heardAs);
        expect(heard.cues[0], t).toMatch(/^(negation|plain answer) "/);
      }
    }
    // Where both read a negation the same way, the model's reading stands.
    const plain = await analyzer.analyze("This is not good, I'm really annoyed.");
    expect(plain.sentimentLabel).toBe('negative');
    expect(plain.cues[0]).not.toMatch(/^negation/);
  });

  it('hears a plain thank-you to condolences as courtesy, and relief when it comes', async () => {
    const polite = "Thank you. I'm not sure what you need from me.";
    expect((await bare.analyze(polite)).states.relieved).toBeGreaterThan(0.9);
    const heard = await analyzer.analyze(polite);
    expect(heard.states.relieved).toBeLessThanOrEqual(0.5);
    expect(heard.cues[0]).toBe('thanks "Thank"');

    // In a coach: no positive-moment nudge at a bereaved customer's thank-you, one at relief.
    const nudges = await nudgesFor(
      analyzer,
      [
        ['customer', 'My husband passed away last month and I need to close his account.'],
        ['agent', "I'm so sorry for your loss. I can help you with that today."],
        ['customer', polite],
        ['agent', 'I can pause the billing until the certificate arrives.'],
        ['customer', "Oh, thank you, that's a weight off my mind."],
      ],
      8000,
    );
    expect(nudges.filter((n) => n.startsWith('positive-moment'))).toEqual([
      'positive-moment at 36000',
    ]);
  });

  it('reads a polite "sorry" as no distress, which the model alone reads as remorse', async () => {
    for (const text of ["Oh sorry, it's 4 4 1 9.", 'Sorry to bother you.']) {
      const alone = await bare.analyze(text);
      expect(alone.state, text).toBe('distressed');
      const heard = await analyzer.analyze(text);
      expect(heard.state, text).toBe('neutral');
      expect(heard.states.distressed, text).toBeLessThan(0.5);
      expect(heard.cues[0], text).toMatch(/^apology "/);
      // At most mildly negative: still a negative label, as GoEmotions has it.
      expect(heard.sentiment, text).toBe(Math.max(alone.sentiment, -0.25));
      expect(heard.sentimentLabel, text).toBe('negative');
    }

    // A "sorry" in a text of another kind is polite too: confusion, not remorse.
    const lost = "Sorry, I didn't understand any of that.";
    expect((await bare.analyze(lost)).states.distressed).toBeGreaterThan(0.5);
    const heardLost = await analyzer.analyze(lost);
    expect(heardLost.state).toBe('confused');
    expect(heardLost.states.distressed).toBeLessThan(0.25);
    // ...and confusion as strong as the built-in analyzer reads it (0.8), which the coach
    // hears at once: the model alone read 0.67, and the customer turned distressed.
    expect(heardLost.states.confused).toBeGreaterThanOrEqual(0.8);
    const lostCall: Lines = [
      ['agent', 'Your IMAP session token expired after the OAuth migration, so re-provision it.'],
      ['customer', lost],
    ];
    expect(await nudgesFor(analyzer, lostCall)).toContain('confusion at 10000');
    expect(await nudgesFor(bare, lostCall)).not.toContain('confusion at 10000');

    // A "sorry" with worry in it is worry: the model alone read less of it after "Sorry,".
    const worried = "Sorry, I'm scared they'll cut us off.";
    expect((await bare.analyze(worried)).states.distressed).toBeLessThan(0.5);
    expect((await analyzer.analyze(worried)).state).toBe('distressed');

    // In a calm call, a polite "sorry" is no trouble to recover from: thanks later sets off
    // no positive-moment nudge (with the model alone: distress, then positive-moment).
    for (const [a, want] of [
      [analyzer, []],
      [bare, ['distress at 22000', 'positive-moment at 34000']],
    ] as const) {
      const nudges = await nudgesFor(a, [
        ['agent', 'Hi, this is Sam, how can I help?'],
        ['customer', 'Hi, I would like to add my son to my plan.'],
        ['agent', 'Sure, can I have your account number?'],
        ['customer', "Oh sorry, it's 4 4 1 9 0 2."],
        ['agent', "Thanks. Done, he's on the plan from today."],
        ['customer', "Brilliant, thanks so much, that's great."],
      ]);
      expect(nudges).toEqual(want);
    }
  });

  it('coaches a calm call without nudges at courtesy, "not bad" or a screen still loading', async () => {
    const lines: Lines = [
      ['agent', 'Hi, thanks for calling Northwind, this is Priya. How can I help?'],
      ['customer', "Hi Priya. I'm not angry, just a bit confused about my new plan."],
      ['agent', "No problem at all, let's look at it together. Can I take your account number?"],
      ['customer', "Sure, it's on my letter. Okay, it's 4 4 1 9 0 2."],
      [
        'agent',
        "Thanks. I'm not able to see the new plan yet, give me one second while the page loads.",
      ],
      ['customer', 'No worries, take your time.'],
      ['agent', 'Okay, I can see it now. You moved to the Unlimited Plus plan last week.'],
      ['customer', "Right. Unfortunately my bill went up by ten dollars and I didn't expect that."],
      [
        'agent',
        'I understand. The ten dollars is the first month of the device protection you added.',
      ],
      ['customer', 'Oh, I see. That makes sense. Can I speak to someone about removing it?'],
      ['agent', "I can remove it for you right now, you don't need to be transferred."],
      ['customer', "Oh great, thanks, that's easy then."],
      ['agent', "Done. It's removed and you'll get the ten dollars back on the next bill."],
      ['customer', 'Not bad at all. That was quick.'],
      [
        'agent',
        'So to recap, the protection is removed and the ten dollars comes back next month. Is there anything else I can help with today?',
      ],
      ['customer', "No, that's everything. Thanks Priya, have a good day."],
    ];
    const nudges = await nudgesFor(analyzer, lines);
    // "Oh great, thanks" answered an offer, not a close; the agent then closed fully.
    expect(nudges.filter((n) => n.startsWith('closing-checklist'))).toEqual([]);
    // With the model alone, "No worries, take your time." set off positive-moment and
    // "Not bad at all." frustration-rising; the screen loading set off policy-limitation.
    expect(nudges.filter((n) => /^(positive-moment|frustration-rising|policy)/.test(n))).toEqual([
      'positive-moment at 70000',
    ]);
    // The customer said they were confused: that is heard.
    expect(nudges[0]).toBe('confusion at 10000');
  });

  it('reads a request for help as no sign of confusion, which the model alone reads as confused', async () => {
    for (const text of [
      'Can you check my last payment?',
      'Could you send me the invoice by email?',
      'Where do I find my account number?',
      'Do you accept cash?',
      'How long should I wait for the card to arrive?',
    ]) {
      expect((await bare.analyze(text)).state, text).toBe('confused');
      const heard = await analyzer.analyze(text);
      expect(heard.states.confused, text).toBeLessThan(0.5);
      expect(heard.state, text).toBe('neutral');
      expect(heard.cues[0], text).toBe(`request "${text}"`);
    }
    // Weighing two options, or asking what something means, is how confusion asks: the
    // model's reading stands.
    expect((await analyzer.analyze('So do I pay now or later?')).state).toBe('confused');
    expect((await analyzer.analyze('What does pending payment mean?')).state).toBe('confused');
  });

  it('reads a question after a statement in an unpunctuated transcript as a request', async () => {
    // Written, the question is its own sentence; spoken, nothing marks where it starts.
    const text = "i don't have the certificate yet is that a problem";
    expect((await bare.analyze(text)).state).toBe('confused');
    const heard = await analyzer.analyze(text);
    expect(heard.state).toBe('neutral');
    expect(heard.cues[0]).toBe(`request "${text}"`);
  });

  it('reads "okay, but ..." as pushback, which the model alone reads as approval', async () => {
    for (const text of ['okay but when will it arrive', 'yeah but i already did that']) {
      expect((await bare.analyze(text)).state, text).toBe('positive');
      const heard = await analyzer.analyze(text);
      expect(heard.states.positive, text).toBeLessThan(0.5);
      expect(heard.sentiment, text).toBeLessThanOrEqual(0);
      expect(heard.cues[0], text).toMatch(/^pushback "(okay|yeah) but"$/);
    }
    // What else it says still counts: "i already did" is a complaint.
    expect((await analyzer.analyze('yeah but i already did that')).state).toBe('frustrated');
  });

  it('reads a request said with a negation as no sign of confusion either', async () => {
    const text = "I don't use it anymore. Can you please just cancel it?";
    expect((await bare.analyze(text)).states.confused).toBeGreaterThan(0.5);
    const heard = await analyzer.analyze(text);
    expect(heard.states.confused).toBeLessThan(0.25);
    expect(heard.cues[0]).toBe('negation "don\'t use it anymore"');
    // A negation that says it is lost stays confusion.
    const lost = await analyzer.analyze("I don't understand, can you explain it again?");
    expect(lost.state).toBe('confused');
    expect(lost.states.confused).toBeGreaterThanOrEqual(0.8);
  });

  it('reads a need stated as no sign of frustration, which the model alone reads as annoyance', async () => {
    // Turns of NatCS's insurance calls: routine asks that the model alone read frustrated.
    const asks = [
      'I need to file a property claim',
      'i would want to file a property claim',
      'April Mitchell here and I want a quote for condo insurance please.',
    ];
    for (const text of asks) {
      expect((await bare.analyze(text)).state, text).toBe('frustrated');
      expect((await analyzer.analyze(text)).state, text).toBe('neutral');
    }
    // Frustration said in words stays ("I'm very frustrated", "ridiculous").
    const upset = 'Hi! I need to report a billing issue. This is really ridiculous.';
    expect((await analyzer.analyze(upset)).state).toBe('frustrated');
    // So does asking past the agent ("someone who can actually fix it").
    const past = 'Just get me someone who can actually fix it. I want a supervisor.';
    expect((await analyzer.analyze(past)).states.frustrated).toBeGreaterThanOrEqual(0.6);
    // A claim call of such asks: the model alone turned the customer frustrated.
    const call: Lines = [
      ['agent', 'Thanks for calling Contoso Insurance, this is Ana. How can I help?'],
      ['customer', asks[0]!],
      ['agent', 'Of course. Is it for your home or another property?'],
      ['customer', asks[1]!],
      ['agent', 'Okay, let me open a claim for you.'],
      ['customer', 'I also need to check the balance of my account.'],
    ];
    expect((await nudgesFor(bare, call)).filter((n) => n.startsWith('frustration'))).not.toEqual(
      [],
    );
    expect((await nudgesFor(analyzer, call)).filter((n) => n.startsWith('frustration'))).toEqual(
      [],
    );
  });

  it("reads a call's complaints and thanks by their phrases, which the model alone misreads", async () => {
    for (const [text, heardAs, state] of [
      ['This is a joke.', 'negative', 'frustrated'],
      ["I'm done with this company.", 'negative', 'frustrated'],
      ['I want my money back.', 'negative', 'frustrated'],
      ["You're a lifesaver.", 'positive', 'relieved'],
      // The model reads curiosity, and so confusion; the coach had said "They sound
      // confused, not angry".
      ["Right. That's more like it. Why didn't anyone do that before?", 'negative', 'frustrated'],
    ] as const) {
      expect((await bare.analyze(text)).sentimentLabel, text).not.toBe(heardAs);
      for (const t of [text, toTranscriptForm(text)]) {
        const heard = await analyzer.analyze(t);
        expect(heard.sentimentLabel, t).toBe(heardAs);
        expect(heard.state, t).toBe(state);
        expect(heard.cues[0], t).toMatch(/^call phrase "/);
      }
    }
  });

  it('reads "I\'m lost" as not following, which the model alone reads as sadness', async () => {
    // The tech-support probe: the coach told the agent "They sound worried" at it.
    for (const text of ["I'm lost. I just want the internet back.", "I'm completely lost."]) {
      expect((await bare.analyze(text)).states.distressed, text).toBeGreaterThanOrEqual(0.6);
      for (const t of [text, toTranscriptForm(text)]) {
        const heard = await analyzer.analyze(t);
        expect(heard.state, t).toBe('confused');
        expect(heard.states.distressed, t).toBeLessThan(0.3);
        expect(heard.cues[0], t).toMatch(/^not following "/);
      }
    }
  });

  it('reads the worry of a call phrase as strongly as the phrase says it', async () => {
    // A collections probe: the model alone read 0.57, under the distress trigger's 0.6,
    // and the agent's next words were "The full balance is due immediately".
    const text =
      "I know. I lost my job in August and I've got nothing left until my benefits come through. I don't know what to do.";
    expect((await bare.analyze(text)).states.distressed).toBeLessThan(0.6);
    for (const t of [text, toTranscriptForm(text)]) {
      const heard = await analyzer.analyze(t);
      expect(heard.state, t).toBe('distressed');
      expect(heard.states.distressed, t).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('hears urgency and panic as worry, where the model alone reads care or little', async () => {
    // The model alone reads "please" as caring: a fraud call's "Please hurry." turned the
    // customer positive, and the coach nudged "They sound pleased".
    const hurry = 'Okay. Okay. Please hurry.';
    expect((await bare.analyze(hurry)).state).toBe('positive');
    expect((await analyzer.analyze(hurry)).state).toBe('distressed');
    const panic = "My flight was cancelled and I have a wedding tomorrow. I'm panicking a bit.";
    expect((await bare.analyze(panic)).states.distressed).toBeLessThan(0.5);
    expect((await analyzer.analyze(panic)).states.distressed).toBeGreaterThanOrEqual(0.8);
    expect((await analyzer.analyze('Can you hurry up? I have a meeting.')).state).toBe(
      'frustrated',
    );
  });

  it('gives negative sentiment to a complaint and positive to thanks', async () => {
    const [complaint, thanks] = await analyzer.analyzeBatch([
      'This is ridiculous, I was charged twice and nobody will help me.',
      'Thank you so much, you have been really helpful!',
    ]);
    expect(complaint?.sentiment).toBeLessThan(0);
    expect(complaint?.sentimentLabel).toBe('negative');
    expect(thanks?.sentiment).toBeGreaterThan(0);
    expect(thanks?.sentimentLabel).toBe('positive');
  });

  it('gives the same answer for a text alone and inside a batch', async () => {
    const texts = [
      'ok',
      'Sorry, what do you mean by that? I really do not follow any of this.',
      '',
    ];
    const batch = await analyzer.analyzeBatch(texts);
    for (const [i, t] of texts.entries()) {
      const one = await analyzer.analyze(t);
      for (const [label, p] of Object.entries(one.labels))
        expect(batch[i]?.labels[label]).toBeCloseTo(p, 5);
    }
  });

  it('splits a long batch into calls within maxBatchFeatures and keeps every answer in place', async () => {
    const texts = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? 'ok' : `I have been waiting ${i} days and nobody has called me back`,
    );
    const runner = await createNodeModelRunner(await readTextEmotionModel());
    let calls = 0;
    const small = createEmotionAnalyzer({
      runner: { ...runner, run: (feeds) => (calls++, runner.run(feeds)) },
      maxBatchFeatures: 2000,
    });
    const split = await small.analyzeBatch(texts);
    const whole = await analyzer.analyzeBatch(texts);
    expect(calls).toBeGreaterThan(1);
    for (const [i, a] of split.entries())
      for (const [label, p] of Object.entries(a.labels))
        expect(whole[i]?.labels[label]).toBeCloseTo(p, 5);
    await small.dispose();
  });

  it('groups texts sent in the same tick into one model call, each with its own answer', async () => {
    const texts = [
      "This is the third time I'm calling about this.",
      'Oh thank god, thank you so much!',
      '',
    ];
    const runner = await createNodeModelRunner(await readTextEmotionModel());
    let calls = 0;
    const counting = createEmotionAnalyzer({
      runner: { ...runner, run: (feeds) => (calls++, runner.run(feeds)) },
    });
    const together = await Promise.all(texts.map((t) => counting.analyze(t)));
    expect(calls).toBe(1);
    expect(together.map((a) => a.state)).toEqual(['frustrated', 'relieved', 'neutral']);
    for (const [i, t] of texts.entries()) {
      const alone = await analyzer.analyze(t);
      for (const [label, p] of Object.entries(alone.labels))
        expect(together[i]?.labels[label]).toBeCloseTo(p, 5);
    }
    expect(calls).toBe(1);
    await counting.dispose();
  });

  it("has the shape of core's TextAnalysis: states in [0, 1], sentiment in [-1, 1]", async () => {
    const a = await analyzer.analyze('I was charged twice!!!');
    expect(analyzer.id).toMatch(/^tonvo-text-emotion@/);
    expect(a.sentiment).toBeGreaterThanOrEqual(-1);
    expect(a.sentiment).toBeLessThanOrEqual(1);
    for (const v of Object.values(a.states)) expect(v >= 0 && v <= 1).toBe(true);
    expect(Object.keys(a.labels)).toHaveLength(28);
  });

  it('fails a model call that does not answer within timeoutMs, and a coach goes on without it', async () => {
    const runner = await createNodeModelRunner(await readTextEmotionModel());
    // The runtime stalls on the second call (as a wedged session or worker would).
    let calls = 0;
    const stalling = createEmotionAnalyzer({
      runner: {
        ...runner,
        run: (feeds) => (++calls === 2 ? new Promise(() => undefined) : runner.run(feeds)),
      },
      timeoutMs: 50,
    });
    const coach = createCoach({ analyzer: stalling });
    const errors: TonvoError[] = [];
    const states: string[] = [];
    coach.on('error', (e) => errors.push(e));
    coach.on('stateChange', (c) => states.push(`${c.to} at ${c.atMs}`));
    const say = (id: string, text: string, startMs: number): void => {
      coach.push({
        type: 'utterance',
        id,
        speaker: 'customer',
        text,
        final: true,
        startMs,
        endMs: startMs + 2000,
      });
    };
    say('u1', 'Hi, I have a question about my bill.', 0);
    await coach.whenIdle();
    say('u2', "This is ridiculous, it's the third time I'm calling about this!", 5000);
    const report = await coach.end();
    expect(calls).toBe(2);
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['analyzer-error', 'the text analyzer failed: the model gave no answer within 50 ms'],
    ]);
    // u2 was read by the coach's built-in analyzer instead.
    expect(states).toEqual(['frustrated at 7000']);
    expect(report.endMs).toBe(7000);
    expect(() => createEmotionAnalyzer({ runner, timeoutMs: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-option', field: 'timeoutMs' }),
    );
    expect(() =>
      createEmotionAnalyzer({ runner, callLanguage: 'yes' as unknown as boolean }),
    ).toThrow(expect.objectContaining({ code: 'invalid-option', field: 'callLanguage' }));
    await stalling.dispose();
  });
});
