import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readJsonl, toJsonl } from '../events/jsonl.js';
import type { CoachOutputEvent, ConversationEvent } from '../events/types.js';
import { isTonvoError, type TonvoError } from '../errors/tonvo-error.js';
import type { TextAnalysis, TextAnalyzer } from '../perception/text-analyzer.js';
import { createCoach, type Coach } from './create-coach.js';

const SAMPLE = readFileSync(
  new URL('../../../audio-node/samples/sample-call.jsonl', import.meta.url),
  'utf8',
);
const sampleEvents = (): ConversationEvent[] =>
  [...readJsonl(SAMPLE)].map((r) => r.event as ConversationEvent);

async function run(
  events: Iterable<ConversationEvent>,
  coach: Coach = createCoach(),
): Promise<string[]> {
  const out: string[] = [];
  coach.on('output', (e: CoachOutputEvent) => out.push(toJsonl(e)));
  for (const e of events) coach.push(e);
  await coach.end();
  return out;
}

const utt = (
  id: string,
  speaker: 'agent' | 'customer',
  text: string,
  startMs: number,
  endMs: number,
): ConversationEvent => ({
  type: 'utterance',
  id,
  speaker,
  text,
  final: true,
  startMs,
  endMs,
});

describe('createCoach', () => {
  it('is deterministic: the same events give the same outputs, byte for byte', async () => {
    const a = await run(sampleEvents());
    const b = await run(sampleEvents());
    expect(a.length).toBeGreaterThan(10);
    expect(a.join('\n')).toBe(b.join('\n'));
  });

  it('gives the same outputs with a synchronous and an asynchronous analyzer', async () => {
    const sync: TextAnalyzer = {
      id: 'fixed',
      analyze: (text): TextAnalysis => ({
        sentiment: /ridiculous|manager/.test(text) ? -0.8 : 0,
        states: {
          positive: 0,
          frustrated: /ridiculous|manager/.test(text) ? 0.9 : 0,
          confused: 0,
          distressed: 0,
          relieved: 0,
        },
        cues: [],
      }),
    };
    const async: TextAnalyzer = {
      id: 'fixed',
      analyze: (text) =>
        new Promise((r) =>
          setTimeout(() => r(sync.analyze(text) as TextAnalysis), Math.random() * 3),
        ),
    };
    const a = await run(sampleEvents(), createCoach({ analyzer: sync }));
    const b = await run(sampleEvents(), createCoach({ analyzer: async }));
    expect(b).toEqual(a);
    expect(a.some((l) => l.includes('"to":"frustrated"'))).toBe(true);
  });

  it('refuses bad events with a typed error and keeps everything it had accepted', async () => {
    const coach = createCoach();
    const errors: TonvoError[] = [];
    coach.on('error', (e) => errors.push(e));
    expect(coach.push(utt('u1', 'customer', 'I was charged twice for my plan', 1000, 3000))).toBe(
      true,
    );
    expect(
      coach.push({
        type: 'utterance',
        id: 'u2',
        speaker: 'customer',
        text: '',
        final: true,
        startMs: 4000,
        endMs: 5000,
      }),
    ).toBe(false);
    expect(
      coach.push({
        type: 'utterance',
        id: 'u3',
        speaker: 'customer',
        text: 'x',
        final: true,
        startMs: Number.NaN,
        endMs: 5000,
      }),
    ).toBe(false);
    expect(coach.push({ type: 'nonsense' } as unknown as ConversationEvent)).toBe(false);
    expect(coach.push(utt('u4', 'customer', 'y'.repeat(50_000), 6000, 7000))).toBe(false);
    expect(coach.push(utt('u5', 'agent', 'Let me check that for you.', 60_000, 62_000))).toBe(true);
    // far behind the clock
    expect(coach.push(utt('u6', 'customer', 'old news', 1000, 2000))).toBe(true);
    const report = await coach.end();
    expect(errors.map((e) => e.code)).toEqual([
      'invalid-event',
      'invalid-time',
      'unknown-event-type',
      'text-too-long',
      'out-of-order',
    ]);
    expect(errors.every(isTonvoError)).toBe(true);
    expect(report.droppedEvents).toBe(5);
    expect(report.triggers.map((t) => t.trigger)).toContain('billing-discrepancy');
    expect(coach.getSnapshot().transcript.map((l) => l.id)).toEqual(['u1', 'u5']);
    expect(coach.getSnapshot().lastError?.code).toBe('out-of-order');
  });

  it('refuses end() at a bad time without ending the call', async () => {
    const coach = createCoach();
    coach.push(utt('u1', 'customer', 'I was charged twice', 0, 2000));
    await expect(coach.end(Number.NaN)).rejects.toMatchObject({ code: 'invalid-time' });
    expect(coach.push(utt('u2', 'agent', 'Let me check that for you.', 3000, 5000))).toBe(true);
    const report = await coach.end(6000);
    expect(report.endMs).toBe(6000);
    expect(coach.getSnapshot().transcript.map((l) => l.id)).toEqual(['u1', 'u2']);
  });

  it('accepts events a little late (within maxLatenessMs) without moving the clock back', async () => {
    const coach = createCoach({ maxLatenessMs: 3000 });
    const errors: TonvoError[] = [];
    coach.on('error', (e) => errors.push(e));
    coach.push(utt('a', 'agent', 'hello there', 0, 10_000));
    coach.push({
      type: 'prosody',
      speaker: 'customer',
      startMs: 7000,
      endMs: 8000,
      pitchMedianHz: 200,
      pitchRangeHz: 40,
      energyDbfs: -20,
      speakingRate: 4,
      voicedRatio: 0.6,
    });
    expect(errors).toEqual([]);
    expect(coach.getSnapshot().nowMs).toBe(10_000);
  });

  it('keeps to one conversation', () => {
    const coach = createCoach({ conversation: 'a' });
    const errors: TonvoError[] = [];
    coach.on('error', (e) => errors.push(e));
    expect(coach.push({ ...utt('u1', 'customer', 'hi', 0, 500), conversation: 'b' })).toBe(false);
    expect(errors[0]?.field).toBe('conversation');
  });

  it('redacts PII before storing, analysing or emitting it', async () => {
    const coach = createCoach();
    const seen: string[] = [];
    const analyzer: TextAnalyzer = {
      id: 'spy',
      analyze: (t) => (
        seen.push(t),
        {
          sentiment: 0,
          states: { positive: 0, frustrated: 0, confused: 0, distressed: 0, relieved: 0 },
          cues: [],
        }
      ),
    };
    const c2 = createCoach({ analyzer });
    const out: string[] = [];
    c2.on('output', (e) => out.push(toJsonl(e)));
    for (const c of [coach, c2]) {
      c.push(
        utt(
          'u1',
          'customer',
          'my card number is 4111 1111 1111 1111 and my email is dana@example.com',
          0,
          5000,
        ),
      );
    }
    const report = await c2.end();
    const all = JSON.stringify([coach.getSnapshot(), c2.getSnapshot(), report, seen, out]);
    expect(all).not.toContain('4111');
    expect(all).not.toContain('dana@example.com');
    expect(coach.getSnapshot().transcript[0]?.text).toBe(
      'my card number is [card] and my email is [email]',
    );
  });

  it('takes redaction options: only the kinds asked for, with their replacements', () => {
    const coach = createCoach({ redact: { kinds: ['card'], replacements: { card: '[CARD]' } } });
    coach.push(utt('u1', 'customer', 'card 4111 1111 1111 1111, mail dana@example.com', 0, 5000));
    expect(coach.getSnapshot().transcript[0]?.text).toBe('card [CARD], mail dana@example.com');
  });

  it('snapshots are immutable and stable until something changes', () => {
    const coach = createCoach();
    const initial = coach.getSnapshot();
    expect(coach.getSnapshot()).toBe(initial);
    expect(coach.getInitialSnapshot()).toBe(initial);
    let calls = 0;
    const off = coach.subscribe(() => calls++);
    coach.push(utt('u1', 'customer', 'hello', 0, 1000));
    const s1 = coach.getSnapshot();
    expect(s1).not.toBe(initial);
    expect(coach.getSnapshot()).toBe(s1);
    expect(calls).toBe(1);
    off();
    coach.push(utt('u2', 'customer', 'hello again', 2000, 3000));
    expect(calls).toBe(1);
    expect(Object.isFrozen(s1)).toBe(true);
  });

  it('runs state rules with the event that changed the state', () => {
    const seen: string[] = [];
    const coach = createCoach({
      rules: [
        {
          id: 'state-cause',
          on: ['state'],
          when: (ctx) => {
            if (ctx.stateChange?.speaker === 'customer') seen.push(ctx.event?.type ?? 'none');
            return false;
          },
        },
      ],
    });
    // A voice window of the agent's comes last before the customer's angry words.
    coach.push({
      type: 'prosody',
      speaker: 'agent',
      startMs: 0,
      endMs: 1000,
      pitchMedianHz: 120,
      pitchRangeHz: 30,
      energyDbfs: -20,
      speakingRate: 4,
      voicedRatio: 0.6,
    });
    coach.push(utt('u1', 'customer', 'This is ridiculous, I am absolutely furious!!', 1000, 4000));
    expect(seen).toEqual(['utterance']);
  });

  it('counts agent feedback on nudges and refuses feedback on unknown nudges', async () => {
    const coach = createCoach();
    const nudges: string[] = [];
    const errors: TonvoError[] = [];
    coach.on('nudge', (n) => nudges.push(n.id));
    coach.on('error', (e) => errors.push(e));
    coach.push(utt('u1', 'customer', 'I was charged twice this month', 0, 3000));
    expect(nudges).toHaveLength(1);
    coach.push({ type: 'feedback', nudgeId: nudges[0]!, action: 'used', atMs: 4000 });
    coach.push({ type: 'feedback', nudgeId: 'n999', action: 'dismissed', atMs: 4500 });
    const report = await coach.end();
    expect(report.nudges[0]).toMatchObject({ acted: true, feedback: 'used' });
    expect(errors.map((e) => e.field)).toEqual(['nudgeId']);
  });

  it('rejects invalid options, naming the option and the range', () => {
    expect(() => createCoach({ triggers: { longHoldMs: -5 } })).toThrow(
      /triggers.longHoldMs.*\[0, 86400000\]/,
    );
    expect(() => createCoach({ sentiment: { enter: 2 } })).toThrow(/sentiment.enter/);
    expect(() => createCoach({ nudges: { bogus: 1 } as never })).toThrow(/nudges.bogus/);
    expect(() => createCoach({ builtInTriggers: ['no-such-trigger'] })).toThrow(/builtInTriggers/);
    expect(() => createCoach({ redact: true as never })).toThrow(/redact/);
    // Redaction options are checked when the coach is made, not on the first utterance.
    expect(() => createCoach({ redact: { kinds: ['passport' as never] } })).toThrow(/kinds/);
    expect(() => createCoach({ redact: { replacements: { card: ' ' } } })).toThrow(
      /replacements.card/,
    );
  });

  it('checks a playbook given as an object like one read from JSON', () => {
    const junk = {
      name: 'x',
      locale: 'en',
      situations: { 'billing-discrepancy': { messages: 5 } },
    };
    expect(() => createCoach({ playbook: junk as never })).toThrow(
      /situations.billing-discrepancy.messages: is not a known field/,
    );
    expect(() => createCoach({ situations: { hold: 7 as never } })).toThrow(
      /situations.hold: must be an object/,
    );
    // A situation given in part keeps the rest of the playbook's situation.
    const coach = createCoach({
      situations: { 'billing-discrepancy': { message: 'Own it.' } as never },
    });
    const nudges: { message: string; phrases: readonly string[] }[] = [];
    coach.on('nudge', (n) => nudges.push(n));
    coach.push(utt('u1', 'customer', 'I was charged twice this month', 0, 3000));
    expect(nudges[0]?.message).toBe('Own it.');
    expect(nudges[0]?.phrases.length).toBeGreaterThan(0);
  });

  it('keeps memory bounded on an 8-hour conversation', async () => {
    const coach = createCoach();
    let t = 0;
    let n = 0;
    const lines = [
      ['customer', 'I was charged twice and this is ridiculous'],
      ['agent', 'I understand, let me look at the provisioning of your account'],
      ['customer', 'what do you mean, I do not understand'],
      ['agent', 'Unfortunately our policy is that I am not able to refund it today'],
      ['customer', 'oh thank you so much that is a relief'],
    ] as const;
    while (t < 8 * 3600_000) {
      const [speaker, text] = lines[n % lines.length]!;
      coach.push(utt(`u${n++}`, speaker, text, t, t + 2500));
      coach.push({
        type: 'prosody',
        speaker,
        startMs: t,
        endMs: t + 1000,
        pitchMedianHz: 180,
        pitchRangeHz: 30,
        energyDbfs: -22,
        speakingRate: 4,
        voicedRatio: 0.6,
      });
      t += 4000;
      if (n % 500 === 0) {
        coach.push({ type: 'signal', kind: 'hold-started', atMs: t++ });
        coach.push({ type: 'signal', kind: 'hold-ended', atMs: (t += 90_000) });
      }
    }
    const report = await coach.end();
    const snapshot = coach.getSnapshot();
    expect(n).toBeGreaterThan(6000);
    expect(report.trajectories[0]!.samples.length).toBeLessThanOrEqual(240);
    expect(report.triggers.length).toBeLessThanOrEqual(500);
    expect(report.nudges.length).toBeLessThanOrEqual(500);
    expect(report.moments.length).toBeLessThanOrEqual(250);
    expect(report.talk.silences.length).toBeLessThanOrEqual(100);
    expect(snapshot.transcript.length).toBeLessThanOrEqual(52);
    expect(JSON.stringify(report).length).toBeLessThan(1_000_000);
    expect(
      report.triggerCounts.find((c) => c.trigger === 'billing-discrepancy')!.count,
    ).toBeGreaterThan(100);
  }, 60_000);

  it('never throws from push, whatever it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 20 }), (values) => {
        const coach = createCoach();
        coach.on('error', () => undefined);
        for (const v of values) coach.push(v as ConversationEvent);
      }),
    );
  });
});
