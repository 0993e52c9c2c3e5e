import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentimentState } from '../events/types.js';
import {
  EMOTIONAL_STATES,
  type EmotionalState,
  type TextAnalysis,
} from '../perception/text-analyzer.js';
import {
  initialSentimentState,
  isOrdinaryVoice,
  transition,
  type SentimentEffect,
  type SentimentInput,
  type SentimentMachineState,
} from './sentiment-machine.js';
import { getDefaultSentimentParams } from './sentiment-params.js';

const params = getDefaultSentimentParams();

const analysis = (
  states: Partial<Record<EmotionalState, number>>,
  sentiment = 0,
  cues: readonly string[] = [],
): TextAnalysis => ({
  sentiment,
  states: { positive: 0, frustrated: 0, confused: 0, distressed: 0, relieved: 0, ...states },
  cues,
});

/** A customer utterance read by an analyzer as `states`. */
const said = (
  atMs: number,
  utteranceId: string,
  states: Partial<Record<EmotionalState, number>>,
  sentiment = 0,
  cues: readonly string[] = [],
): SentimentInput => ({
  type: 'text',
  atMs,
  utteranceId,
  analysis: analysis(states, sentiment, cues),
});

const voice = (atMs: number, arousal: number, pace: number): SentimentInput => ({
  type: 'prosody',
  atMs,
  window: { startMs: atMs - 2000, endMs: atMs },
  arousal,
  pace,
});

const time = (atMs: number): SentimentInput => ({ type: 'time', atMs });

interface Run {
  readonly final: SentimentMachineState;
  /** The state after each input. */
  readonly states: SentimentState[];
  readonly effects: SentimentEffect[];
  readonly changes: Extract<SentimentEffect, { type: 'stateChange' }>[];
}

function run(inputs: readonly SentimentInput[], start = initialSentimentState()): Run {
  let s = start;
  const states: SentimentState[] = [];
  const effects: SentimentEffect[] = [];
  for (const input of inputs) {
    const [next, fx] = transition(s, input, params);
    s = next;
    states.push(s.state);
    effects.push(...fx);
  }
  const changes = effects.filter(
    (e): e is Extract<SentimentEffect, { type: 'stateChange' }> => e.type === 'stateChange',
  );
  return { final: s, states, effects, changes };
}

const ANGRY = { frustrated: 0.55 } as const; // "this is getting annoying": supports, doesn't decide
const FURIOUS = { frustrated: 0.85 } as const; // "this is absolutely ridiculous!!!"

describe('transition: hysteresis (what it takes to leave neutral)', () => {
  // Each row: the inputs and the state after each of them.
  const table: [string, SentimentInput[], SentimentState[]][] = [
    [
      'one mild negative word does not flip neutral',
      [said(10_000, 'u1', { frustrated: 0.3 }, -0.3)],
      ['neutral'],
    ],
    [
      'one moderate frustrated utterance is pending, not entered',
      [said(10_000, 'u1', ANGRY, -0.4)],
      ['neutral'],
    ],
    [
      'two supporting utterances within a minute flip it',
      [said(10_000, 'u1', ANGRY, -0.4), said(40_000, 'u2', ANGRY, -0.4)],
      ['neutral', 'frustrated'],
    ],
    [
      'two supporting utterances more than a minute apart do not',
      [said(10_000, 'u1', ANGRY, -0.4), said(200_000, 'u2', ANGRY, -0.4)],
      ['neutral', 'neutral'],
    ],
    [
      'one very strong utterance flips it at once',
      [said(10_000, 'u1', FURIOUS, -0.8)],
      ['frustrated'],
    ],
    [
      'two very weak utterances do not add up to a state',
      [said(10_000, 'u1', { frustrated: 0.2 }), said(20_000, 'u2', { frustrated: 0.2 })],
      ['neutral', 'neutral'],
    ],
    ['strong relief enters relieved', [said(10_000, 'u1', { relieved: 0.9 }, 0.8)], ['relieved']],
    [
      'worry twice enters distressed',
      [said(5_000, 'u1', { distressed: 0.6 }, -0.5), said(15_000, 'u2', { distressed: 0.6 }, -0.5)],
      ['neutral', 'distressed'],
    ],
  ];
  it.each(table)('%s', (_name, inputs, expected) => {
    expect(run(inputs).states).toEqual(expected);
  });

  it('remembers what the evidence points at while it waits (pending)', () => {
    const { final } = run([said(10_000, 'u1', ANGRY, -0.4)]);
    expect(final.pending).toEqual({ state: 'frustrated', count: 1 });
    expect(final.activation.frustrated).toBeCloseTo(0.55);
  });
});

describe('transition: decay and recovery', () => {
  it('evidence decays with time and the state returns to neutral', () => {
    const entered = run([said(10_000, 'u1', FURIOUS, -0.8)]);
    expect(entered.final.state).toBe('frustrated');
    // Half-life 40 s: after 30 s the evidence is still well above the exit level.
    const soon = run([time(40_000)], entered.final);
    expect(soon.final.state).toBe('frustrated');
    expect(soon.final.activation.frustrated).toBeLessThan(entered.final.activation.frustrated);
    const later = run([time(130_000)], entered.final);
    expect(later.final.state).toBe('neutral');
    expect(later.changes).toHaveLength(1);
    expect(later.changes[0]).toMatchObject({ from: 'frustrated', to: 'neutral', atMs: 130_000 });
    expect(later.changes[0]!.evidence).toMatchObject({
      summary: 'no new signs of the earlier state: it faded with time',
      utteranceIds: [],
      prosodyWindows: [],
    });
    // The score relaxes towards 0 as well (slower half-life).
    expect(later.final.score).toBeGreaterThan(entered.final.score);
    expect(later.final.score).toBeLessThan(0);
  });

  it('the exit is by the evidence fading below the exit level, not by one quiet step', () => {
    const s = run([said(0, 'u1', FURIOUS, -0.8)]).final;
    // Find the time the activation falls below `exit`: 0.85 * 0.5^(t/40s) < 0.28.
    const t = Math.ceil(params.halfLifeMs * Math.log2(0.85 / params.exit));
    expect(run([time(t - 1000)], s).final.state).toBe('frustrated');
    expect(run([time(t + 1000)], s).final.state).toBe('neutral');
  });

  const eased: [string, Partial<Record<EmotionalState, number>>, SentimentState][] = [
    ['strong relief replaces frustration', { relieved: 0.85 }, 'relieved'],
    ['strong gratitude replaces frustration', { positive: 0.85 }, 'positive'],
  ];
  it.each(eased)('good news eases negative states: %s', (_name, good, to) => {
    const angry = run([said(0, 'u1', ANGRY, -0.5), said(20_000, 'u2', ANGRY, -0.5)]).final;
    expect(angry.state).toBe('frustrated');
    const [after] = transition(angry, said(30_000, 'u3', good, 0.8), params);
    expect(after.state).toBe(to);
    // The frustration evidence was cut, not merely outweighed.
    expect(after.activation.frustrated).toBeLessThan(angry.activation.frustrated * 0.5);
    expect(after.score).toBeGreaterThan(angry.score);
  });

  it('mild good news eases frustration sooner than time alone', () => {
    const angry = run([said(0, 'u1', ANGRY, -0.5), said(20_000, 'u2', ANGRY, -0.5)]).final;
    const withNews = run([said(30_000, 'u3', { positive: 0.4 }, 0.4), time(60_000)], angry);
    const withoutNews = run([said(30_000, 'u3', {}, 0), time(60_000)], angry);
    expect(withNews.final.activation.frustrated).toBeLessThan(
      withoutNews.final.activation.frustrated,
    );
    expect(withNews.final.state).toBe('neutral');
    expect(withoutNews.final.state).toBe('frustrated');
  });

  it('a state held only by hysteresis ends when the score has turned against it, or come back', () => {
    // Angry twice, then a plain thanks (relief 0.5: a thanks alone is not relief) and a
    // neutral "No. That's all.": frustration is still above the exit level, but the
    // smoothed score is clearly positive. The customer is no longer frustrated.
    const angry = run([said(0, 'u1', FURIOUS, -0.8), said(10_000, 'u2', ANGRY, -0.5)]).final;
    // (At the thanks itself, relief at the entering level holds the state: it leads
    // frustration by less than the margin.)
    const thanks = run([said(20_000, 'u3', { relieved: 0.5 }, 1)], angry).final;
    expect(thanks.state).toBe('frustrated');
    const done = run([said(31_000, 'u4', {}, 0)], thanks).final;
    expect(done.activation.frustrated).toBeGreaterThan(params.exit);
    expect(done.score).toBeGreaterThan(0.25);
    expect(done.state).toBe('neutral');
    // Without the turn in the score (a neutral "okay" instead of thanks), it holds.
    const held = run([said(20_000, 'u3', {}, 0), said(31_000, 'u4', {}, 0)], angry).final;
    expect(held.score).toBeLessThan(-0.1);
    expect(held.state).toBe('frustrated');
    // Frustration or worry ends once the score is back at about neutral (-0.1 or above):
    // "Friday? Okay. That would actually work." after a complaint.
    const eased = run([said(40_000, 'u3', { positive: 0.4 }, 0.4)], angry).final;
    expect(eased.activation.frustrated).toBeGreaterThan(params.exit);
    expect(eased.score).toBeGreaterThanOrEqual(-0.1);
    expect(eased.score).toBeLessThan(0.25);
    expect(eased.state).toBe('neutral');
    // The same for a glad state whose score turned clearly negative.
    const glad = run([said(0, 'u1', { relieved: 0.9 }, 0.8)]).final;
    const soured = run([said(30_000, 'u2', { frustrated: 0.3 }, -0.9)], glad).final;
    expect(soured.activation.relieved).toBeGreaterThan(params.exit);
    expect(soured.state).toBe('neutral');
  });

  it('confusion held only by hysteresis ends when the customer clearly understood', () => {
    // Confused once, then "Friday. Okay, thank you." (positive, no confusion): the
    // confusion is still above the exit level, but the score turned clearly positive.
    const lost = run([said(0, 'u1', { confused: 0.75 }, 0)]).final;
    expect(lost.state).toBe('confused');
    const understood = run([said(10_000, 'u2', { relieved: 0.3 }, 0.9)], lost).final;
    expect(understood.activation.confused).toBeGreaterThan(params.exit);
    expect(understood.score).toBeGreaterThanOrEqual(0.5);
    expect(understood.state).toBe('neutral');
    // A mildly positive "okay" is not enough: confusion has no lean, so it takes a clear one.
    const okay = run([said(10_000, 'u2', {}, 0.3)], lost).final;
    expect(okay.state).toBe('confused');
  });

  it('glad words that ask nothing ease confusion more than frustration: understanding', () => {
    // Clearly confused twice, then "Friday. Okay, thank you." (glad, relief 0.5, no
    // confusion): understood, not still confused.
    const lost = run([
      said(0, 'u1', { confused: 0.85 }),
      said(8_000, 'u2', { confused: 0.8 }),
    ]).final;
    expect(lost.activation.confused).toBeGreaterThan(0.9);
    // (At the thanks itself, relief at the entering level holds the state; at the glad
    // "Great." that follows, the confusion, now held only by hysteresis, ends.)
    const understood = run([said(14_000, 'u3', { relieved: 0.5 }, 1)], lost).final;
    expect(understood.activation.confused).toBeLessThan(params.enter);
    expect(run([said(20_000, 'u4', { positive: 0.3 }, 0.8)], understood).final.state).toBe(
      'neutral',
    );
    // The same words after anger ease it by 70% of their gladness, as before.
    const angry = run([said(0, 'u1', FURIOUS, -0.8), said(8_000, 'u2', ANGRY, -0.6)]).final;
    const eased = run([said(14_000, 'u3', { relieved: 0.5 }, 1)], angry).final;
    expect(eased.activation.frustrated).toBeGreaterThan(understood.activation.confused);
    // Glad words that still show confusion ("Thanks, but I'm still lost") ease it less.
    const still = run([said(14_000, 'u3', { relieved: 0.5, confused: 0.4 }, 0.5)], lost).final;
    expect(still.state).toBe('confused');
  });

  it('bad news eases the positive states the same way', () => {
    const glad = run([said(0, 'u1', { relieved: 0.9 }, 0.8)]).final;
    const [after] = transition(glad, said(5_000, 'u2', FURIOUS, -0.8), params);
    expect(after.state).toBe('frustrated');
    expect(after.activation.relieved).toBeLessThan(glad.activation.relieved * 0.5);
  });
});

describe('transition: confusion is kept apart from frustration', () => {
  it('confusion words with slower speech go to confused, not frustrated', () => {
    const r = run([
      said(10_000, 'u1', { confused: 0.55 }, -0.1, ['phrase "what do you mean"']),
      voice(12_000, 0, -0.8),
    ]);
    expect(r.states).toEqual(['neutral', 'confused']);
    expect(r.final.activation.frustrated).toBe(0);
    expect(r.changes[0]!.evidence.prosodyWindows).toEqual([{ startMs: 10_000, endMs: 12_000 }]);
    expect(r.changes[0]!.evidence.cues).toContain('phrase "what do you mean"');
    expect(r.changes[0]!.evidence.cues.some((c) => c.startsWith('speaking slower'))).toBe(true);
  });

  it('anger words with a raised voice go to frustrated, not confused', () => {
    const r = run([said(10_000, 'u1', ANGRY, -0.5), voice(12_000, 0.9, 0.5)]);
    expect(r.states).toEqual(['neutral', 'frustrated']);
    expect(r.final.activation.confused).toBe(0);
    expect(r.changes[0]!.evidence.cues.some((c) => c.startsWith('voice louder'))).toBe(true);
  });

  it('a repeated question (context from the conversation) counts as confusion evidence', () => {
    const r = run([
      said(10_000, 'u1', { confused: 0.3 }),
      {
        type: 'text',
        atMs: 30_000,
        utteranceId: 'u2',
        analysis: analysis({}),
        context: { confused: 0.6, cues: ['asked the same question again'] },
      },
    ]);
    expect(r.states).toEqual(['neutral', 'confused']);
    expect(r.changes[0]!.evidence.cues).toContain('asked the same question again');
  });

  it('slower speech does not add confusion when nothing in the words suggests it', () => {
    const r = run([said(10_000, 'u1', {}), voice(12_000, 0, -0.9), voice(14_000, 0, -0.9)]);
    expect(r.final.activation.confused).toBe(0);
  });

  it('a raised voice does not support frustration while the words are happy', () => {
    const r = run([said(10_000, 'u1', { positive: 0.6 }, 0.7), voice(12_000, 0.9, 0.5)]);
    expect(r.final.activation.frustrated).toBe(0);
  });

  it('confusion then anger: a clear lead is needed to switch', () => {
    const confused = run([said(0, 'u1', { confused: 0.8 }, -0.1)]).final;
    expect(confused.state).toBe('confused');
    // Anger almost as strong as the confusion does not replace it...
    const [close] = transition(confused, said(1_000, 'u2', { frustrated: 0.8 }, -0.6), params);
    expect(close.state).toBe('confused');
    // ...anger that clearly leads does.
    const [clear] = transition(close, said(2_000, 'u3', { frustrated: 0.9 }, -0.8), params);
    expect(clear.state).toBe('frustrated');
  });
});

describe('transition: prosody only supports words', () => {
  const table: [string, SentimentInput[]][] = [
    ['a loud voice, many times', Array.from({ length: 20 }, (_, i) => voice(2000 * (i + 1), 1, 1))],
    [
      'a slow voice, many times',
      Array.from({ length: 20 }, (_, i) => voice(2000 * (i + 1), 0, -1)),
    ],
    [
      'a loud voice around neutral words',
      [
        said(1_000, 'u1', {}),
        ...Array.from({ length: 10 }, (_, i) => voice(2000 * (i + 1), 1, 1)),
        said(25_000, 'u2', {}),
        ...Array.from({ length: 10 }, (_, i) => voice(26_000 + 2000 * i, 1, 1)),
      ],
    ],
  ];
  it.each(table)('never enters a state from %s', (_name, inputs) => {
    const r = run(inputs);
    expect(new Set(r.states)).toEqual(new Set(['neutral']));
    for (const k of EMOTIONAL_STATES) expect(r.final.activation[k]).toBeLessThan(params.enter);
  });

  it('a loud voice plus words with barely a trace of anger does not enter frustrated', () => {
    // The voice supports words; it must not carry a state on a near-neutral utterance.
    const loud = Array.from({ length: 10 }, (_, i) => voice(2000 * (i + 1), 1, 1));
    const r = run([
      said(500, 'u0', { frustrated: 0.05 }, -0.05),
      ...loud,
      said(21_000, 'u1', { frustrated: 0.05 }, -0.05),
    ]);
    expect(r.final.state).toBe('neutral');
  });

  it('fast, raised speech is noted as evidence even after words that were not negative', () => {
    // Annoyed words with a positive score: the raised voice alone adds nothing (the words
    // were not negative), but speaking faster while frustration is building is a cue.
    const r = run([said(10_000, 'u1', { frustrated: 0.3 }, 0.6), voice(12_000, 0.8, 0.8)]);
    expect(r.final.score).toBeGreaterThanOrEqual(0.15);
    expect(r.final.evidence.at(-1)).toMatchObject({
      kind: 'prosody',
      cues: ['speaking faster than usual (pace 0.80)'],
    });
  });

  it('a loud voice turns one moderately angry utterance into frustration', () => {
    const alone = run([said(10_000, 'u1', ANGRY, -0.5)]);
    const withVoice = run([said(10_000, 'u1', ANGRY, -0.5), voice(12_000, 0.9, 0)]);
    expect(alone.final.state).toBe('neutral');
    expect(withVoice.final.state).toBe('frustrated');
  });
});

describe('transition: effects', () => {
  it('every state change carries the utterance ids and prosody windows behind it, and a summary', () => {
    const r = run([
      said(10_000, 'u1', ANGRY, -0.5, ['phrase "this is ridiculous"']),
      voice(12_000, 0.9, 0.2),
      said(30_000, 'u2', { relieved: 0.9 }, 0.8, ['phrase "thank goodness"']),
      time(400_000),
    ]);
    expect(r.changes.map((c) => `${c.from}->${c.to}`)).toEqual([
      'neutral->frustrated',
      'frustrated->relieved',
      'relieved->neutral',
    ]);
    expect(r.changes[0]!.evidence).toEqual({
      utteranceIds: ['u1'],
      prosodyWindows: [{ startMs: 10_000, endMs: 12_000 }],
      cues: ['phrase "this is ridiculous"', 'voice louder/higher than usual (arousal 0.90)'],
      summary: '1 utterance and 1 stretch of voice pointed to frustrated',
    });
    expect(r.changes[1]!.evidence.utteranceIds).toEqual(['u2']);
    expect(r.changes[1]!.evidence.summary).toBe('1 utterance pointed to relieved');
    for (const c of r.changes) expect(c.evidence.summary.length).toBeGreaterThan(0);
    // Entering a state always names what was said or heard; a fade with time names nothing.
    for (const c of r.changes.slice(0, 2)) {
      expect(c.evidence.utteranceIds.length + c.evidence.prosodyWindows.length).toBeGreaterThan(0);
    }
    expect(r.changes[2]!.evidence).toMatchObject({ utteranceIds: [], prosodyWindows: [] });
  });

  it('two utterances that entered a state are both named', () => {
    const r = run([said(10_000, 'u1', ANGRY, -0.4), said(40_000, 'u2', ANGRY, -0.4)]);
    expect(r.changes[0]!.evidence.utteranceIds).toEqual(['u1', 'u2']);
    expect(r.changes[0]!.evidence.summary).toBe('2 utterances pointed to frustrated');
  });

  it('emits a trajectory sample for every utterance and every change, none for quiet time', () => {
    const r = run([said(1_000, 'u1', {}), time(5_000), said(9_000, 'u2', FURIOUS, -0.9)]);
    expect(r.effects.map((e) => e.type)).toEqual(['sample', 'stateChange', 'sample']);
    expect(r.effects[2]).toMatchObject({ type: 'sample', atMs: 9_000, state: 'frustrated' });
  });

  it('never moves its clock backwards on a late input', () => {
    const s = run([said(10_000, 'u1', FURIOUS, -0.8)]).final;
    const [next, fx] = transition(s, said(9_000, 'u2', {}), params);
    expect(next.updatedAtMs).toBe(10_000);
    expect(fx.every((e) => e.atMs === 10_000)).toBe(true);
  });

  it('keeps at most 8 pieces of evidence, newest last', () => {
    const inputs = Array.from({ length: 20 }, (_, i) => said(1000 * i, `u${i}`, { confused: 0.2 }));
    const { final } = run(inputs);
    expect(final.evidence.map((e) => (e.kind === 'utterance' ? e.utteranceId : ''))).toEqual(
      Array.from({ length: 8 }, (_, i) => `u${12 + i}`),
    );
  });

  it('is deterministic: the same inputs give deep-equal states and effects', () => {
    const inputs = [
      said(10_000, 'u1', ANGRY, -0.5),
      voice(12_000, 0.9, 0.2),
      said(30_000, 'u2', { confused: 0.7 }, -0.1),
      time(300_000),
    ];
    expect(run(inputs)).toEqual(run(inputs));
  });
});

// ------------------------------------------------------------------ properties

// fc.double spreads over the bit patterns (most draws are tiny), so scale integers instead.
const unit = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const signed = fc.integer({ min: -1000, max: 1000 }).map((n) => n / 1000);
/** Values an analyzer or DSP might hand over, including ones out of range and not finite. */
const wild = fc.oneof(
  { weight: 6, arbitrary: unit },
  { weight: 2, arbitrary: signed },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, 1.5, -3, 1e300) },
);
const statesArb = fc.record({
  positive: wild,
  frustrated: wild,
  confused: wild,
  distressed: wild,
  relieved: wild,
});

const inputArb = (atMs: number): fc.Arbitrary<SentimentInput> =>
  fc.oneof(
    fc.record({
      type: fc.constant('text' as const),
      atMs: fc.constant(atMs),
      utteranceId: fc.string({ minLength: 1, maxLength: 6 }),
      analysis: fc.record({
        sentiment: wild,
        states: statesArb,
        cues: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
      }),
    }),
    fc.record({
      type: fc.constant('prosody' as const),
      atMs: fc.constant(atMs),
      window: fc.constant({ startMs: Math.max(0, atMs - 2000), endMs: atMs }),
      arousal: wild,
      pace: wild,
    }),
    fc.constant({ type: 'time' as const, atMs }),
  );

/** Input sequences with times that mostly move forward, sometimes repeat or step back. */
const sequenceArb: fc.Arbitrary<SentimentInput[]> = fc
  .array(fc.integer({ min: -3_000, max: 90_000 }), { minLength: 1, maxLength: 40 })
  .chain((steps) => {
    let t = 0;
    const times = steps.map((d) => (t = Math.max(0, t + d)));
    return fc.tuple(...times.map((at) => inputArb(at)));
  });

describe('transition: properties', () => {
  it('keeps the score in [-1, 1], confidence and activations in [0, 1], and never throws', () => {
    const inRange = (v: number, lo: number, hi: number): boolean => v >= lo && v <= hi;
    fc.assert(
      fc.property(sequenceArb, (inputs) => {
        let s = initialSentimentState();
        for (const input of inputs) {
          const [next, effects] = transition(s, input, params);
          s = next;
          // Plain checks (not expect) keep 300 runs of 40 steps fast.
          const ok =
            inRange(s.score, -1, 1) &&
            inRange(s.confidence, 0, 1) &&
            EMOTIONAL_STATES.every((k) => inRange(s.activation[k], 0, 1)) &&
            effects.every((e) => inRange(e.score, -1, 1) && inRange(e.confidence, 0, 1)) &&
            s.evidence.length <= 8;
          if (!ok)
            throw new Error(`out of range after ${JSON.stringify(input)}: ${JSON.stringify(s)}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is pure: inputs and the previous state are not mutated, and a replay is deep-equal', () => {
    fc.assert(
      fc.property(sequenceArb, (inputs) => {
        const frozen = structuredClone(inputs);
        let s = initialSentimentState();
        const outputs: unknown[] = [];
        for (const input of inputs) {
          const before = structuredClone(s);
          const out = transition(s, input, params);
          expect(s).toEqual(before);
          outputs.push(out);
          s = out[0];
        }
        expect(inputs).toEqual(frozen);
        let again = initialSentimentState();
        const replay: unknown[] = [];
        for (const input of inputs) {
          const out = transition(again, input, params);
          replay.push(out);
          again = out[0];
        }
        expect(replay).toEqual(outputs);
      }),
      { numRuns: 100 },
    );
  });

  it('voice with words that point nowhere (every state under 0.15) never leaves neutral', () => {
    const faint = fc.double({ min: 0, max: 0.15, noNaN: true });
    // Faint words for one state at a time, so the voice has something to lean on.
    const faintStates = fc
      .tuple(fc.constantFrom(...EMOTIONAL_STATES), faint)
      .map(([k, v]) => ({ ...analysis({}).states, [k]: v }));
    const step = fc.oneof(
      {
        weight: 1,
        arbitrary: fc.record({
          type: fc.constant('text' as const),
          utteranceId: fc.constant('u'),
          analysis: fc.record({
            sentiment: signed.map((v) => v * 0.3),
            states: faintStates,
            cues: fc.constant([] as string[]),
          }),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          type: fc.constant('prosody' as const),
          arousal: signed,
          pace: signed,
        }),
      },
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let s = initialSentimentState();
        steps.forEach((x, i) => {
          const atMs = 1000 * (i + 1);
          const input: SentimentInput =
            x.type === 'text'
              ? { ...x, atMs }
              : { ...x, atMs, window: { startMs: atMs - 1000, endMs: atMs } };
          s = transition(s, input, params)[0];
          if (s.state !== 'neutral') throw new Error(`entered ${s.state} at step ${i}`);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never enters a state without words behind it, and every change names its evidence', () => {
    fc.assert(
      fc.property(sequenceArb, (inputs) => {
        let s = initialSentimentState();
        for (const input of inputs) {
          const [next, effects] = transition(s, input, params);
          for (const e of effects) {
            if (e.type !== 'stateChange') continue;
            expect(e.evidence.summary.length).toBeGreaterThan(0);
            if (e.to === 'neutral') continue;
            // Some utterance in the last minute must have pointed at the new state.
            const words = next.evidence.filter(
              (x) =>
                x.kind === 'utterance' &&
                e.atMs - x.atMs <= 60_000 &&
                x.contribution[e.to as EmotionalState] > 0.15,
            );
            expect(words.length).toBeGreaterThan(0);
            expect(e.evidence.utteranceIds.length).toBeGreaterThan(0);
          }
          s = next;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('isOrdinaryVoice', () => {
  it('is true only for windows that transition leaves unchanged, in any state (property)', () => {
    // The coach skips these windows without calling transition: that must lose nothing.
    const texts = fc.array(
      fc.record({
        state: fc.constantFrom(...EMOTIONAL_STATES),
        weight: fc.double({ min: 0, max: 1, noNaN: true }),
        sentiment: fc.double({ min: -1, max: 1, noNaN: true }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(
        texts,
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (said_, arousal, pace) => {
          let s = initialSentimentState();
          said_.forEach((t, k) => {
            s = transition(
              s,
              said(k * 2000, `u${k}`, { [t.state]: t.weight }, t.sentiment),
              params,
            )[0];
          });
          const window = { startMs: 20_000, endMs: 21_000 };
          const input: SentimentInput = { type: 'prosody', atMs: 21_000, window, arousal, pace };
          const [next, effects] = transition(s, input, params);
          if (isOrdinaryVoice(arousal, pace, params)) {
            expect(next).toBe(s);
            expect(effects).toEqual([]);
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(isOrdinaryVoice(0, 0, params)).toBe(true);
    expect(isOrdinaryVoice(0.95, 0, params)).toBe(false);
    expect(isOrdinaryVoice(0, -0.95, params)).toBe(false);
  });
});
