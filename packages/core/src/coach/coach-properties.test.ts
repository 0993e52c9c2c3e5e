// Properties of the whole coach on random conversations: utterances drawn from lines that
// set off the triggers, partials, prosody, holds, mutes, VAD, ticks and feedback, at
// random gaps. Whatever the conversation, the coach is deterministic, gives the same
// outputs with an analyzer that answers later, emits in time order, writes events the
// contract accepts, and never lets a card number through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecording, encodeRecording } from '../events/binary.js';
import type { CallReport, CoachOutputEvent, ConversationEvent } from '../events/types.js';
import { parseTonvoEvent } from '../events/validate.js';
import { createBaselineAnalyzer } from '../perception/baseline/baseline-analyzer.js';
import type { TextAnalysis, TextAnalyzer } from '../perception/text-analyzer.js';
import { createCoach } from './create-coach.js';

const LINES = [
  'I was charged twice for the same thing',
  'This is ridiculous, I have been waiting for weeks!',
  "I don't understand, what do you mean?",
  'Can I speak to a manager?',
  'Unfortunately our policy does not allow that.',
  'Thank you so much, that is a real relief.',
  "I'm really worried I'll lose my house",
  'Our system is experiencing intermittent degradation',
  'I think maybe possibly it could work',
  'Is there anything else I can help with today?',
  'To summarise, we refunded the charge and you will see it in 3 days.',
  'My card number is 4111 1111 1111 1111 and the cvv is 123',
  'ok',
  'Fine.',
  'What?',
  'Great, just great.',
  'Let me put you on hold for a moment.',
  'WHY IS THIS SO HARD!!!',
];
const CARD = /4111[\s-]*1111/;

const speaker = fc.constantFrom('agent' as const, 'customer' as const);
const step = fc.oneof(
  fc.record({
    k: fc.constant('utterance' as const),
    speaker,
    text: fc.constantFrom(...LINES),
    dur: fc.integer({ min: 0, max: 20_000 }),
    gap: fc.integer({ min: 0, max: 30_000 }),
    partials: fc.integer({ min: 0, max: 3 }),
    words: fc.boolean(),
  }),
  fc.record({
    k: fc.constant('prosody' as const),
    speaker,
    gap: fc.integer({ min: 0, max: 3000 }),
    pitch: fc.double({ min: 0, max: 400, noNaN: true }),
    energy: fc.double({ min: -90, max: 0, noNaN: true }),
    rate: fc.double({ min: 0, max: 12, noNaN: true }),
    voiced: fc.double({ min: 0, max: 1, noNaN: true }),
    arousal: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
  }),
  fc.record({
    k: fc.constant('signal' as const),
    kind: fc.constantFrom(
      'hold-started' as const,
      'hold-ended' as const,
      'mute' as const,
      'unmute' as const,
      'transfer' as const,
      'call-ended' as const,
    ),
    gap: fc.integer({ min: 0, max: 90_000 }),
  }),
  fc.record({ k: fc.constant('tick' as const), gap: fc.integer({ min: 0, max: 120_000 }) }),
  fc.record({
    k: fc.constant('vad' as const),
    speaker,
    gap: fc.integer({ min: 0, max: 5000 }),
    dur: fc.integer({ min: 0, max: 8000 }),
  }),
  fc.record({
    k: fc.constant('feedback' as const),
    action: fc.constantFrom('used' as const, 'dismissed' as const, 'not-helpful' as const),
    gap: fc.integer({ min: 0, max: 5000 }),
    nudge: fc.integer({ min: 1, max: 5 }),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** The events of a conversation made of `steps`, in time order. */
function conversation(steps: readonly Step[]): ConversationEvent[] {
  let t = 0;
  let n = 0;
  const out: ConversationEvent[] = [];
  for (const s of steps) {
    t += s.gap;
    switch (s.k) {
      case 'utterance': {
        const id = `u${n++}`;
        const words = s.text.split(' ');
        for (let p = 1; p <= s.partials; p++) {
          const share = p / (s.partials + 1);
          out.push({
            type: 'utterance',
            id,
            speaker: s.speaker,
            text: words.slice(0, Math.max(1, Math.round(words.length * share))).join(' '),
            final: false,
            revision: p - 1,
            startMs: t,
            endMs: t + Math.round(s.dur * share),
          });
        }
        out.push({
          type: 'utterance',
          id,
          speaker: s.speaker,
          text: s.text,
          final: true,
          startMs: t,
          endMs: t + s.dur,
          ...(s.words
            ? {
                words: words.map((w, i) => ({
                  text: w,
                  startMs: t + Math.floor((s.dur * i) / words.length),
                  endMs: t + Math.floor((s.dur * (i + 1)) / words.length),
                })),
              }
            : {}),
        });
        t += s.dur;
        break;
      }
      case 'prosody':
        out.push({
          type: 'prosody',
          speaker: s.speaker,
          startMs: t,
          endMs: t + 1000,
          pitchMedianHz: s.pitch,
          pitchRangeHz: s.pitch / 4,
          energyDbfs: s.energy,
          speakingRate: s.rate,
          voicedRatio: s.voiced,
          ...(s.arousal === undefined ? {} : { arousal: s.arousal, pace: -s.arousal }),
        });
        t += 1000;
        break;
      case 'signal':
        out.push({ type: 'signal', kind: s.kind, atMs: t });
        break;
      case 'tick':
        out.push({ type: 'tick', atMs: t });
        break;
      case 'vad':
        out.push({ type: 'vad', speaker: s.speaker, startMs: t, endMs: t + s.dur });
        t += s.dur;
        break;
      case 'feedback':
        out.push({ type: 'feedback', nudgeId: `n${s.nudge}`, action: s.action, atMs: t });
        break;
    }
  }
  return out;
}

const baseline = createBaselineAnalyzer();
/** The built-in reading, given back a microtask later. */
const later: TextAnalyzer = {
  id: 'later',
  analyze: (text) => Promise.resolve(baseline.analyze(text) as TextAnalysis),
};
/** The built-in reading, given back after a timer of 0-2 ms. */
const muchLater: TextAnalyzer = {
  id: 'much-later',
  analyze: (text) =>
    new Promise((resolve) =>
      setTimeout(() => resolve(baseline.analyze(text) as TextAnalysis), text.length % 3),
    ),
};

async function run(
  events: readonly ConversationEvent[],
  analyzer?: TextAnalyzer,
): Promise<{
  outputs: CoachOutputEvent[];
  errors: string[];
  report: CallReport;
  transcript: string;
}> {
  const coach = createCoach(analyzer === undefined ? {} : { analyzer });
  const outputs: CoachOutputEvent[] = [];
  const errors: string[] = [];
  coach.on('output', (o) => outputs.push(o));
  coach.on('error', (e) => errors.push(`${e.code}: ${e.message}`));
  for (const e of events) {
    coach.push(e);
    coach.getSnapshot();
    // Let a slow analyzer answer between some of the pushes.
    if (analyzer === muchLater && e.type === 'utterance' && e.final && e.text.length % 2 === 0)
      await new Promise((r) => setTimeout(r, 1));
  }
  const transcript = JSON.stringify(coach.getSnapshot().transcript);
  return { outputs, errors, report: await coach.end(), transcript };
}

describe('the coach on random conversations', () => {
  it('is deterministic, answers alike with a late analyzer, emits in order, and keeps to the contract', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 50 }), async (steps) => {
        const events = conversation(steps);
        const first = await run(events);
        const seen = JSON.stringify([first.outputs, first.report]);
        const again = await run(events);
        expect(JSON.stringify([again.outputs, again.report])).toBe(seen);
        for (const analyzer of [later, muchLater]) {
          const other = await run(events, analyzer);
          expect(JSON.stringify([other.outputs, other.report])).toBe(seen);
        }
        // The only errors: feedback on a nudge that was never shown.
        for (const e of first.errors) expect(e).toMatch(/^invalid-event: nudgeId: no nudge/);
        let last = -Infinity;
        for (const o of first.outputs) {
          parseTonvoEvent(o);
          // (The report, emitted by `end()`, comes last and has no time of its own.)
          if (o.type === 'report') continue;
          expect(o.atMs).toBeGreaterThanOrEqual(last);
          last = o.atMs;
        }
        const report = { type: 'report' as const, ...first.report };
        expect(decodeRecording(encodeRecording([report]))[0]?.event).toEqual(
          parseTonvoEvent(report),
        );
        expect(seen).not.toMatch(CARD);
        expect(first.transcript).not.toMatch(CARD);
        // (Not for want of cards: each one said is in the transcript, redacted.)
        const said = events.some((e) => e.type === 'utterance' && CARD.test(e.text));
        const shown = first.transcript.includes('[card]');
        if (said && events.filter((e) => e.type === 'utterance' && e.final).length <= 20)
          expect(shown).toBe(true);
        const { adoption } = first.report;
        expect(adoption.acted).toBeLessThanOrEqual(adoption.nudges);
        expect(adoption.improved).toBeLessThanOrEqual(adoption.nudges);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
