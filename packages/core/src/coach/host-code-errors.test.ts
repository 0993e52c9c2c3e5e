// What the coach does when code the host plugs into it misbehaves: a text analyzer
// that gives something other than an analysis, a rule that returns a malformed match
// or whose wakeAtMs throws, a listener that throws. Each is reported as a typed error
// naming what was wrong; the event is processed whole and nothing accepted is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTonvoError, type TonvoError } from '../errors/tonvo-error.js';
import type { ConversationEvent } from '../events/types.js';
import type { TextAnalyzer } from '../perception/text-analyzer.js';
import { setLogHandler, setLogLevel } from '../logger.js';
import type { RuleDefinition } from '../rules/rule-types.js';
import { agent, customer } from '../../test/transcript.js';
import { createCoach, type Coach } from './create-coach.js';

/** A short call with a billing dispute, a transfer request and an agent reply. */
const CALL: ConversationEvent[] = [
  customer('I was charged twice for my plan this month', 0, 2, 'u1'),
  agent('Let me take a look at that for you.', 3, 5, 'u2'),
  customer('Can I speak to a manager please?', 6, 8, 'u3'),
].map((line) => JSON.parse(line) as ConversationEvent);

function watch(coach: Coach): { errors: TonvoError[]; nudges: string[] } {
  const errors: TonvoError[] = [];
  const nudges: string[] = [];
  coach.on('error', (e) => errors.push(e));
  coach.on('nudge', (n) => nudges.push(n.trigger));
  return { errors, nudges };
}

const analyzerGiving = (value: unknown): TextAnalyzer => ({
  id: 'custom@1',
  analyze: () => value as never,
});

describe('a text analyzer that gives a bad analysis', () => {
  it.each([
    ['nothing', undefined, 'analysis'],
    ['null', null, 'analysis'],
    ['a NaN sentiment', { sentiment: NaN, states: {}, cues: [] }, 'analysis.sentiment'],
    [
      'a state out of range',
      {
        sentiment: -0.5,
        states: { positive: 0, frustrated: 1.5, confused: 0, distressed: 0, relieved: 0 },
        cues: [],
      },
      'analysis.states.frustrated',
    ],
    [
      'cues that are not strings',
      {
        sentiment: 0,
        states: { positive: 0, frustrated: 0, confused: 0, distressed: 0, relieved: 0 },
        cues: [3],
      },
      'analysis.cues[0]',
    ],
  ])(
    '%s: an analyzer-error naming the field, and the utterance read by the built-in analyzer',
    async (_, value, field) => {
      const coach = createCoach({ analyzer: analyzerGiving(value) });
      const { errors, nudges } = watch(coach);
      for (const e of CALL) expect(coach.push(e)).toBe(true);
      const report = await coach.end();
      expect(errors.map((e) => [e.code, e.field])).toEqual(
        CALL.map(() => ['analyzer-error', field]),
      );
      expect(errors[0]!.message).toContain('"custom@1"');
      // The words still count: the transcript holds them, and phrase triggers fire on them.
      expect(coach.getSnapshot().transcript.map((l) => l.id)).toEqual(['u1', 'u2', 'u3']);
      expect(nudges).toEqual(['billing-discrepancy', 'transfer-request']);
      expect(report.trajectories[0]!.samples.every((s) => Number.isFinite(s.score))).toBe(true);
    },
  );

  it('is caught when an asynchronous analyzer resolves to it, and end() still reports', async () => {
    const coach = createCoach({
      analyzer: { id: 'async@1', analyze: () => Promise.resolve({ sentiment: 'bad' } as never) },
    });
    const { errors, nudges } = watch(coach);
    for (const e of CALL) coach.push(e);
    const report = await coach.end();
    expect(errors.map((e) => e.field)).toEqual(CALL.map(() => 'analysis.sentiment'));
    expect(nudges).toEqual(['billing-discrepancy', 'transfer-request']);
    expect(report.triggers.map((t) => t.trigger)).toContain('transfer-request');
  });

  it('never makes push throw, whatever the analyzer gives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const coach = createCoach({ analyzer: analyzerGiving(value) });
        coach.on('error', () => undefined);
        for (const e of CALL) expect(coach.push(e)).toBe(true);
        expect(coach.getSnapshot().transcript).toHaveLength(3);
      }),
    );
  });
});

describe('a custom rule that misbehaves', () => {
  const coachWith = (rule: RuleDefinition): Coach => createCoach({ rules: [rule] });

  it.each([
    ['a speaker no call has', { speaker: 'supervisor' }, 'bad-rule.when().speaker'],
    ['a NaN time', { atMs: NaN }, 'bad-rule.when().atMs'],
    ['a priority out of range', { priority: 500 }, 'bad-rule.when().priority'],
    ['cues as one string', { cues: 'refund' }, 'bad-rule.when().cues'],
    [
      'a placeholder value that is not text',
      { values: { issue: 42 } },
      'bad-rule.when().values.issue',
    ],
    [
      'a span without its utterance',
      { span: { start: 0, end: 4, text: 'abcd' } },
      'bad-rule.when().span.utteranceId',
    ],
    ['the second of two matches bad', [{}, { matched: [1] }], 'bad-rule.when()[1].matched[0]'],
    ['a number', 1, 'bad-rule.when()'],
    [
      'a situation id that is not kebab-case',
      { situation: 'My Advice' },
      'bad-rule.when().situation',
    ],
  ])(
    'returning %s: a rule-error naming the field, and the other rules still fire',
    async (_, result, field) => {
      const coach = coachWith({ id: 'bad-rule', when: () => result as never });
      const { errors, nudges } = watch(coach);
      for (const e of CALL) expect(coach.push(e)).toBe(true);
      const report = await coach.end();
      expect(errors.map((e) => [e.code, e.field])).toEqual(CALL.map(() => ['rule-error', field]));
      expect(nudges).toEqual(['billing-discrepancy', 'transfer-request']);
      expect(report.triggers.some((t) => t.trigger === 'bad-rule')).toBe(false);
    },
  );

  it('fires as before when its matches are well formed', async () => {
    const coach = coachWith({
      id: 'manager-ask',
      when: (ctx) =>
        /manager/.test(ctx.utterance?.text ?? '') && {
          matched: ['asked for a manager'],
          priority: 90,
        },
    });
    const { errors } = watch(coach);
    for (const e of CALL) coach.push(e);
    const report = await coach.end();
    expect(errors).toEqual([]);
    expect(report.triggers.find((t) => t.trigger === 'manager-ask')).toMatchObject({
      matched: ['asked for a manager'],
      priority: 90,
    });
  });

  it("may name its own playbook situation per match, or fall back to the rule's", async () => {
    const coach = createCoach({
      builtInTriggers: false,
      situations: {
        'vip-escalation': { title: 'VIP', message: 'A VIP asked for a manager.', phrases: [] },
        'vip-mention': { title: 'VIP', message: 'A VIP is on the line.', phrases: [] },
      },
      nudges: { minGapMs: 0 },
      rules: [
        {
          id: 'vip-mention',
          cooldownMs: 0,
          when: (ctx) =>
            /manager/.test(ctx.utterance?.text ?? '')
              ? { situation: 'vip-escalation' }
              : /charged/.test(ctx.utterance?.text ?? '')
                ? { situation: 'not-in-the-playbook' }
                : false,
        },
      ],
    });
    const messages: string[] = [];
    coach.on('nudge', (n) => messages.push(`${n.situation}: ${n.message}`));
    for (const e of CALL) coach.push(e);
    await coach.end();
    expect(messages).toEqual([
      'vip-mention: A VIP is on the line.',
      'vip-escalation: A VIP asked for a manager.',
    ]);
  });

  it('whose wakeAtMs throws: a rule-error, and the built-in timers still run', async () => {
    const coach = coachWith({
      id: 'sleepy',
      on: ['timer'],
      when: () => true,
      wakeAtMs: () => {
        throw new Error('no clock here');
      },
    });
    const { errors } = watch(coach);
    coach.push(CALL[0]!);
    expect(() => coach.push({ type: 'tick', atMs: 30_000 })).not.toThrow();
    const report = await coach.end();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.code === 'rule-error' && e.field === 'sleepy.wakeAtMs()')).toBe(
      true,
    );
    expect(errors[0]!.message).toContain('no clock here');
    expect(report.triggers.map((t) => t.trigger)).toContain('dead-air');
  });

  it('never makes push throw, whatever when() returns', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const coach = coachWith({ id: 'anything', when: () => value as never });
        coach.on('error', () => undefined);
        for (const e of CALL) expect(coach.push(e)).toBe(true);
      }),
    );
  });
});

describe('a language checker that fails', () => {
  it.each([
    [
      'throwing',
      () => {
        throw new Error('dictionary missing');
      },
    ],
    ['giving something other than a list', () => null],
    [
      'giving findings outside the text',
      () => [
        {
          id: 'x',
          kind: 'jargon',
          start: 5,
          end: 500,
          text: 'x',
          replacement: 'y',
          note: 'n',
        },
      ],
    ],
  ])('%s: an analyzer-error once per text, and the other triggers still fire', async (_, check) => {
    const coach = createCoach({ languageChecker: { check: check as never } });
    const { errors, nudges } = watch(coach);
    for (const e of CALL) expect(coach.push(e)).toBe(true);
    await coach.end();
    expect(errors.map((e) => [e.code, e.field])).toEqual([['analyzer-error', 'languageChecker']]);
    expect(nudges).toEqual(['billing-discrepancy', 'transfer-request']);
  });
});

describe('a log handler that throws', () => {
  it('loses its record, and push goes on', () => {
    setLogLevel('warn');
    setLogHandler(() => {
      throw new Error('log sink down');
    });
    try {
      const coach = createCoach();
      const codes: string[] = [];
      coach.on('error', (e) => codes.push(e.code));
      expect(coach.push({ type: 'tick', atMs: Number.NaN })).toBe(false);
      expect(coach.push(CALL[0]!)).toBe(true);
      expect(codes).toEqual(['invalid-time']);
      expect(coach.getSnapshot().transcript).toHaveLength(1);
    } finally {
      setLogHandler(undefined);
      setLogLevel('silent');
    }
  });
});

describe('a listener that throws', () => {
  it('is reported as a listener-error, and the event it interrupted is processed whole', async () => {
    const coach = createCoach();
    const errors: TonvoError[] = [];
    coach.on('error', (e) => errors.push(e));
    coach.on('trigger', () => {
      throw new Error('dashboard offline');
    });
    const nudges: string[] = [];
    coach.on('nudge', (n) => nudges.push(n.trigger));
    for (const e of CALL) expect(coach.push(e)).toBe(true);
    const report = await coach.end();
    // Each trigger's nudge still came, after the listener of the trigger threw.
    expect(nudges).toEqual(['billing-discrepancy', 'transfer-request']);
    expect(report.nudges.map((n) => n.nudge.trigger)).toEqual(nudges);
    expect(errors.length).toBe(report.triggers.length);
    expect(errors.every(isTonvoError)).toBe(true);
    expect(errors[0]).toMatchObject({ code: 'listener-error' });
    expect(errors[0]!.message).toContain('"trigger" listener threw: dashboard offline');
  });

  it('in subscribe is reported the same way', () => {
    const coach = createCoach();
    const codes: string[] = [];
    coach.on('error', (e) => codes.push(e.code));
    coach.subscribe(() => {
      throw new Error('render failed');
    });
    expect(coach.push(CALL[0]!)).toBe(true);
    expect(codes).toEqual(['listener-error']);
  });

  it('on error is not called again for its own throw', () => {
    const coach = createCoach({ analyzer: analyzerGiving(null) });
    let calls = 0;
    coach.on('error', () => {
      calls++;
      throw new Error('logger down');
    });
    expect(coach.push(CALL[0]!)).toBe(true);
    expect(coach.push(CALL[1]!)).toBe(true);
    expect(calls).toBe(2);
    expect(coach.getSnapshot().transcript).toHaveLength(2);
  });

  it('stops being called once unsubscribed', () => {
    const coach = createCoach();
    let calls = 0;
    const off = coach.on('trigger', () => calls++);
    coach.push(CALL[0]!);
    off();
    coach.push(CALL[2]!);
    expect(calls).toBe(1);
  });
});
