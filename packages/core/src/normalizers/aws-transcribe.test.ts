import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, fixture, run, runChecked } from '../../test/normalizer-helpers.js';
import { createAwsTranscribeNormalizer } from './aws-transcribe.js';

const result = (o: {
  id: string;
  partial: boolean;
  text: string;
  start?: number;
  end?: number;
  channel?: string;
}): unknown => ({
  TranscriptEvent: {
    Transcript: {
      Results: [
        {
          ResultId: o.id,
          IsPartial: o.partial,
          StartTime: o.start ?? 0,
          EndTime: o.end ?? 1,
          ...(o.channel === undefined ? {} : { ChannelId: o.channel }),
          Alternatives: [{ Transcript: o.text, Items: [] }],
        },
      ],
    },
  },
});

const utterance = (o: { id: string; partial: boolean; role: string; text: string }): unknown => ({
  UtteranceEvent: {
    UtteranceId: o.id,
    ParticipantRole: o.role,
    IsPartial: o.partial,
    Transcript: o.text,
    BeginOffsetMillis: 1000,
    EndOffsetMillis: 2000,
    Items: [],
  },
});

describe('createAwsTranscribeNormalizer on documented payloads', () => {
  it('reads a stabilized partial, attaching punctuation to the word before it', () => {
    const events = run(
      createAwsTranscribeNormalizer(),
      fixture('aws-transcribe', 'stabilization.json'),
    );
    expect(events.map(brief)).toEqual([
      { id: 'aws-1', rev: 0, final: false, speaker: 'customer', text: 'Welcome to Amazon.' },
    ]);
    expect(events[0]).toMatchObject({ startMs: 1650, endMs: 4165 });
    expect(events[0]?.words).toEqual([
      { text: 'Welcome', startMs: 1650, endMs: 2422.5 },
      { text: 'to', startMs: 2422.5, endMs: 2832.5 },
      { text: 'Amazon.', startMs: 2832.5, endMs: 3635 },
    ]);
  });

  it('keys segments by ResultId', () => {
    const events = run(
      createAwsTranscribeNormalizer(),
      fixture('aws-transcribe', 'partial-and-complete.json'),
    );
    expect(events.map(brief)).toEqual([
      {
        id: 'aws-1',
        rev: 0,
        final: false,
        speaker: 'customer',
        text: 'The Amazon is the largest rainforest.',
      },
      {
        id: 'aws-2',
        rev: 0,
        final: true,
        speaker: 'customer',
        text: 'The Amazon is the largest rainforest on the planet.',
      },
    ]);
    expect(events[1]).toMatchObject({ startMs: 25, endMs: 6025 });
  });

  it('reads camelCase output and maps ChannelId ch_0 through channels[0]', () => {
    const normalize = createAwsTranscribeNormalizer({ channels: { 0: 'agent', 1: 'customer' } });
    const events = run(normalize, fixture('aws-transcribe', 'channel-identification.json'));
    expect(events.map(brief)).toEqual([
      { id: 'aws-1', rev: 0, final: true, speaker: 'agent', text: 'Left.' },
    ]);
    expect(events[0]).toMatchObject({ startMs: 110, endMs: 660 });
    expect(events[0]?.words).toEqual([{ text: 'Left.', startMs: 110, endMs: 450 }]);
  });

  it('splits a diarized final at the speaker change', () => {
    const normalize = createAwsTranscribeNormalizer({ speakers: { 0: 'customer', 1: 'agent' } });
    const events = run(normalize, fixture('aws-transcribe', 'speaker-diarization.json'));
    expect(events.map(brief)).toEqual([
      {
        id: 'aws-1',
        rev: 0,
        final: true,
        speaker: 'customer',
        text: 'From the last chronic fatigue',
      },
      { id: 'aws-2', rev: 0, final: true, speaker: 'agent', text: 'True.' },
    ]);
    expect(events[0]).toMatchObject({ startMs: 18740, endMs: 24420 });
    expect(events[1]).toMatchObject({ startMs: 25220, endMs: 25630, confidence: 0.99 });
    expect(events[0]?.confidence).toBeCloseTo((0.97 + 1 + 1 + 1 + 1) / 5, 10);
  });

  it('maps Call Analytics ParticipantRole directly and survives inconsistent item offsets', () => {
    // Mappings cannot override a role AWS states outright.
    const normalize = createAwsTranscribeNormalizer({ defaultSpeaker: 'agent' });
    const events = run(normalize, fixture('aws-transcribe', 'call-analytics.json'));
    expect(events.map(brief)).toEqual([
      {
        id: 'aws-1',
        rev: 0,
        final: true,
        speaker: 'customer',
        text: "Wang Xiulan I'm tired of the network issues my phone is having.",
      },
    ]);
    expect(events[0]).toMatchObject({ startMs: 19010, endMs: 22690 });
    // "Wang" ends (299375) before it starts (379937) on the page: its end is clamped.
    expect(events[0]?.words?.[0]).toEqual({
      text: 'Wang',
      startMs: 379937,
      endMs: 379937,
      confidence: 0.9961,
    });
    expect(events[0]?.words).toHaveLength(6);
  });
});

describe('createAwsTranscribeNormalizer rules', () => {
  it('revises partials of one ResultId and starts a new id after the final', () => {
    const events = run(createAwsTranscribeNormalizer(), [
      result({ id: 'r1', partial: true, text: 'The' }),
      result({ id: 'r1', partial: true, text: 'The Amazon.' }),
      result({ id: 'r1', partial: false, text: 'The Amazon is the largest rainforest.' }),
      result({ id: 'r1', partial: false, text: 'The Amazon is the largest rainforest.' }),
    ]);
    expect(events.map((e) => [e.id, e.revision, e.final])).toEqual([
      ['aws-1', 0, false],
      ['aws-1', 1, false],
      ['aws-1', 2, true],
      ['aws-2', 0, true],
    ]);
  });

  it('follows Call Analytics utterances of both participants', () => {
    const events = run(createAwsTranscribeNormalizer(), [
      utterance({ id: 'u1', partial: true, role: 'AGENT', text: 'How can' }),
      utterance({ id: 'u2', partial: true, role: 'CUSTOMER', text: 'I need' }),
      utterance({ id: 'u1', partial: false, role: 'AGENT', text: 'How can I help?' }),
      utterance({ id: 'u2', partial: false, role: 'CUSTOMER', text: 'I need a refund.' }),
    ]);
    expect(events.map(brief)).toEqual([
      { id: 'aws-1', rev: 0, final: false, speaker: 'agent', text: 'How can' },
      { id: 'aws-2', rev: 0, final: false, speaker: 'customer', text: 'I need' },
      { id: 'aws-1', rev: 1, final: true, speaker: 'agent', text: 'How can I help?' },
      { id: 'aws-2', rev: 1, final: true, speaker: 'customer', text: 'I need a refund.' },
    ]);
  });

  it('names the field of a malformed payload', () => {
    const normalize = createAwsTranscribeNormalizer();
    expect(() => normalize.push({ TranscriptEvent: { Transcript: { Results: {} } } })).toThrow(
      'TranscriptEvent.Transcript.Results: must be an array, got object',
    );
    expect(() =>
      normalize.push({ UtteranceEvent: { UtteranceId: 'u', ParticipantRole: 'BOT' } }),
    ).toThrow(/UtteranceEvent.ParticipantRole: must be "AGENT" or "CUSTOMER"/);
    expect(() =>
      normalize.push(
        result({ id: 'r', partial: true, text: 'x', start: -2 }) as Record<string, unknown>,
      ),
    ).toThrow(/Results\[0\]\.StartTime/);
    expect(normalize.push({ CategoryEvent: { MatchedCategories: [] } })).toEqual([]);
  });
});

const awsItem = fc.record({
  Content: fc.string({ maxLength: 8 }),
  StartTime: fc.double({ min: 0, max: 60, noNaN: true }),
  EndTime: fc.double({ min: 0, max: 60, noNaN: true }),
  Type: fc.constantFrom('pronunciation', 'punctuation', 'speaker-change'),
  Speaker: fc.constantFrom('0', '1', '2'),
  Confidence: fc.double({ min: 0, max: 1, noNaN: true }),
});
const awsPayload = fc.oneof(
  fc.record({
    TranscriptEvent: fc.record({
      Transcript: fc.record({
        Results: fc.array(
          fc.record({
            ResultId: fc.constantFrom('a', 'b', 'c'),
            IsPartial: fc.boolean(),
            StartTime: fc.double({ min: 0, max: 60, noNaN: true }),
            EndTime: fc.double({ min: 0, max: 60, noNaN: true }),
            ChannelId: fc.constantFrom('ch_0', 'ch_1'),
            Alternatives: fc.array(
              fc.record({
                Transcript: fc.string({ maxLength: 30 }),
                Items: fc.array(awsItem, { maxLength: 5 }),
              }),
              { maxLength: 1 },
            ),
          }),
          { maxLength: 2 },
        ),
      }),
    }),
  }),
  fc.record({
    UtteranceEvent: fc.record({
      UtteranceId: fc.constantFrom('u1', 'u2'),
      ParticipantRole: fc.constantFrom('AGENT', 'CUSTOMER', 'OTHER'),
      IsPartial: fc.boolean(),
      Transcript: fc.string({ maxLength: 30 }),
      BeginOffsetMillis: fc.nat(100_000),
      EndOffsetMillis: fc.nat(100_000),
    }),
  }),
  fc.anything(),
);

describe('createAwsTranscribeNormalizer properties', () => {
  it('never crashes on provider-shaped sequences and keeps the utterance contract', () => {
    fc.assert(
      fc.property(fc.array(awsPayload, { maxLength: 25 }), (payloads) => {
        runChecked(createAwsTranscribeNormalizer({ channels: { 1: 'agent' } }), payloads);
      }),
      { numRuns: 300 },
    );
  });
});
