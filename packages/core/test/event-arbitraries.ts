/**
 * fast-check arbitraries for every event of the tonvo.v1 contract, in canonical
 * form: exactly what `parseTonvoEvent` returns for them, so a lossless codec must
 * give them back deep-equal (no `-0`, no empty optional lists, no lone surrogates).
 */
import fc from 'fast-check';
import {
  FEEDBACK_ACTIONS,
  SENTIMENT_STATES,
  SIGNAL_KINDS,
  SPEAKERS,
  type CallReportEvent,
  type ConversationEvent,
  type Evidence,
  type NudgeEvent,
  type TextSpan,
  type TonvoEvent,
  type TrajectoryArc,
  type TriggerFiredEvent,
} from '../src/events/types.js';

/** Records with an ordinary prototype, as JSON.parse and protobuf give back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rec: typeof fc.record = ((model: any, constraints?: any) =>
  fc.record(model, { ...constraints, noNullPrototype: true })) as typeof fc.record;

/** -0 becomes 0: JSON cannot carry the sign of zero. */
const noNegZero = (x: number): number => x + 0;

export const ms = (max = 3_600_000 * 8): fc.Arbitrary<number> =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map(noNegZero);

const real = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegZero);

const anyReal = real(-1e12, 1e12);
const unit = real(0, 1);
const uint32 = fc.integer({ min: 0, max: 0xffffffff });

/** Non-empty, not-blank text of well-formed Unicode. */
export const text = (maxLength = 60): fc.Arbitrary<string> =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength }).filter((s) => s.trim().length > 0);

const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });
const anyString = fc.string({ unit: 'grapheme', maxLength: 40 });

export const speaker = fc.constantFrom(...SPEAKERS);

const span = fc
  .tuple(ms(), ms(60_000))
  .map(([startMs, d]) => ({ startMs, endMs: noNegZero(startMs + d) }));

const conversation = fc.option(id, { nil: undefined });

function withConversation<T extends object>(
  arb: fc.Arbitrary<T>,
): fc.Arbitrary<T & { conversation?: string }> {
  return fc
    .tuple(arb, conversation)
    .map(([e, c]) => (c === undefined ? e : { ...e, conversation: c }));
}

const word = fc
  .record({ text: text(12), span, confidence: unit }, { requiredKeys: ['text', 'span'] })
  .map(({ text: t, span: s, confidence }) => ({
    text: t,
    ...s,
    ...(confidence === undefined ? {} : { confidence }),
  }));

export const utterance = withConversation(
  fc
    .record(
      {
        id,
        speaker,
        text: text(),
        final: fc.boolean(),
        revision: fc.integer({ min: 0, max: 2 ** 31 }),
        span,
        words: fc.array(word, { minLength: 1, maxLength: 5 }),
        confidence: unit,
      },
      { requiredKeys: ['id', 'speaker', 'text', 'final', 'span'] },
    )
    .map(({ span: s, ...rest }) => ({ type: 'utterance' as const, ...rest, ...s })),
);

const prosody = withConversation(
  fc
    .record(
      {
        speaker,
        span,
        pitchMedianHz: real(0, 2000),
        pitchRangeHz: real(0, 2000),
        energyDbfs: real(-200, 10),
        speakingRate: real(0, 50),
        voicedRatio: unit,
        arousal: real(-1, 1),
        pace: real(-1, 1),
      },
      {
        requiredKeys: [
          'speaker',
          'span',
          'pitchMedianHz',
          'pitchRangeHz',
          'energyDbfs',
          'speakingRate',
          'voicedRatio',
        ],
      },
    )
    .map(({ span: s, ...rest }) => ({ type: 'prosody' as const, ...rest, ...s })),
);

const vad = withConversation(
  fc
    .record({ speaker, span, probability: unit }, { requiredKeys: ['speaker', 'span'] })
    .map(({ span: s, ...rest }) => ({ type: 'vad' as const, ...rest, ...s })),
);

const signal = withConversation(
  fc
    .record(
      { kind: fc.constantFrom(...SIGNAL_KINDS), atMs: ms(), by: speaker, note: text(30) },
      { requiredKeys: ['kind', 'atMs'] },
    )
    .map((r) => ({ type: 'signal' as const, ...r })),
);

const tick = withConversation(rec({ atMs: ms() }).map((r) => ({ type: 'tick' as const, ...r })));

const feedback = withConversation(
  fc
    .record({ nudgeId: id, action: fc.constantFrom(...FEEDBACK_ACTIONS), atMs: ms() })
    .map((r) => ({ type: 'feedback' as const, ...r })),
);

/** Any valid input event. */
export const conversationEvent: fc.Arbitrary<ConversationEvent> = fc.oneof(
  utterance,
  prosody,
  vad,
  signal,
  tick,
  feedback,
);

// ------------------------------------------------------------------ outputs

const state = fc.constantFrom(...SENTIMENT_STATES);

const evidence: fc.Arbitrary<Evidence> = rec({
  utteranceIds: fc.array(id, { maxLength: 3 }),
  prosodyWindows: fc.array(span, { maxLength: 3 }),
  cues: fc.array(anyString, { maxLength: 3 }),
  summary: anyString,
});

const textSpan: fc.Arbitrary<TextSpan> = rec({
  utteranceId: anyString,
  start: uint32,
  end: uint32,
  text: anyString,
});

const triggerBody: fc.Arbitrary<Omit<TriggerFiredEvent, 'type' | 'conversation'>> = rec(
  {
    atMs: ms(),
    trigger: id,
    speaker,
    priority: uint32,
    span: textSpan,
    replacement: anyString,
    matched: fc.array(anyString, { maxLength: 3 }),
    evidence,
  },
  { requiredKeys: ['atMs', 'trigger', 'priority', 'matched', 'evidence'] },
);

const nudgeBody: fc.Arbitrary<Omit<NudgeEvent, 'type' | 'conversation'>> = rec(
  {
    id,
    atMs: ms(),
    trigger: id,
    situation: anyString,
    message: anyString,
    phrases: fc.array(anyString, { maxLength: 3 }),
    priority: uint32,
    critical: fc.boolean(),
    expiresAtMs: ms(),
    evidence,
    span: textSpan,
    replacement: anyString,
  },
  {
    requiredKeys: [
      'id',
      'atMs',
      'trigger',
      'situation',
      'message',
      'phrases',
      'priority',
      'critical',
      'expiresAtMs',
      'evidence',
    ],
  },
);

const sample = rec({ atMs: ms(), speaker, score: real(-1, 1), state, confidence: unit });

const arcs: TrajectoryArc[] = ['recovered', 'improved', 'declined', 'steady', 'volatile'];

const report: fc.Arbitrary<CallReportEvent> = fc
  .record({
    conversation: anyString,
    startMs: ms(),
    endMs: ms(),
    trajectories: fc.array(
      rec({
        speaker,
        samples: fc.array(sample, { maxLength: 3 }),
        startScore: anyReal,
        endScore: anyReal,
        minScore: anyReal,
        minAtMs: ms(),
        maxScore: anyReal,
        arc: fc.constantFrom(...arcs),
        startState: state,
        endState: state,
      }),
      { maxLength: 2 },
    ),
    moments: fc.array(rec({ atMs: ms(), kind: anyString, text: anyString, evidence }), {
      maxLength: 2,
    }),
    triggers: fc.array(triggerBody, { maxLength: 2 }),
    triggerCounts: fc.array(rec({ trigger: anyString, count: uint32 }), { maxLength: 2 }),
    nudges: fc.array(
      rec(
        {
          nudge: nudgeBody,
          acted: fc.boolean(),
          actedAtMs: ms(),
          actedEvidence: anyString,
          improved: fc.boolean(),
          stateBefore: state,
          stateAfter: state,
          feedback: fc.constantFrom(...FEEDBACK_ACTIONS),
        },
        {
          requiredKeys: [
            'nudge',
            'acted',
            'actedEvidence',
            'improved',
            'stateBefore',
            'stateAfter',
          ],
        },
      ),
      { maxLength: 2 },
    ),
    adoption: rec({ nudges: uint32, acted: uint32, improved: uint32, rate: unit }),
    talk: rec(
      {
        agentTalkMs: ms(),
        customerTalkMs: ms(),
        agentTalkRatio: unit,
        longestMonologueMs: ms(),
        longestMonologueSpeaker: speaker,
        longestMonologueStartMs: ms(),
        silenceCount: uint32,
        silenceTotalMs: ms(),
        longestSilenceMs: ms(),
        overtalkMs: ms(),
        agentWordsPerMinute: real(0, 1000),
        silences: fc.array(span, { maxLength: 3 }),
      },
      {
        requiredKeys: [
          'agentTalkMs',
          'customerTalkMs',
          'agentTalkRatio',
          'longestMonologueMs',
          'longestMonologueStartMs',
          'silenceCount',
          'silenceTotalMs',
          'longestSilenceMs',
          'overtalkMs',
          'agentWordsPerMinute',
          'silences',
        ],
      },
    ),
    closing: rec({
      summary: fc.boolean(),
      nextSteps: fc.boolean(),
      anythingElse: fc.boolean(),
      evaluated: fc.boolean(),
      nothingToSum: fc.boolean(),
    }),
    deEscalations: uint32,
    droppedEvents: uint32,
  })
  .map((r) => ({ type: 'report' as const, ...r }));

/** Any output event of a coach. */
const coachOutputEvent: fc.Arbitrary<TonvoEvent> = fc.oneof(
  withConversation(
    fc
      .record({
        atMs: ms(),
        speaker,
        from: state,
        to: state,
        score: real(-1, 1),
        confidence: unit,
        evidence,
      })
      .map((r) => ({ type: 'state' as const, ...r })),
  ),
  withConversation(triggerBody.map((r) => ({ type: 'trigger' as const, ...r }))),
  withConversation(nudgeBody.map((r) => ({ type: 'nudge' as const, ...r }))),
  withConversation(sample.map((r) => ({ type: 'sentiment' as const, ...r }))),
  report,
);

/** Any event of the contract, input or output. */
export const tonvoEvent: fc.Arbitrary<TonvoEvent> = fc.oneof(conversationEvent, coachOutputEvent);
