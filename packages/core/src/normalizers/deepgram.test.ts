import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, fixture, run, runChecked } from '../../test/normalizer-helpers.js';
import { createDeepgramNormalizer } from './deepgram.js';

const results = (o: {
  start?: number;
  duration?: number;
  isFinal?: boolean;
  speechFinal?: boolean;
  channel?: number;
  transcript: string;
  words?: { word: string; start: number; end: number; speaker?: number; confidence?: number }[];
}): unknown => ({
  type: 'Results',
  channel_index: [o.channel ?? 0, 2],
  start: o.start ?? 0,
  duration: o.duration ?? 1,
  is_final: o.isFinal ?? false,
  speech_final: o.speechFinal ?? false,
  channel: { alternatives: [{ transcript: o.transcript, words: o.words ?? [] }] },
});

describe('createDeepgramNormalizer on documented payloads', () => {
  it('turns interim results into revisions of one partial utterance', () => {
    const events = run(createDeepgramNormalizer(), fixture('deepgram', 'interim-results.json'));
    expect(events.map(brief)).toEqual([
      { id: 'dg-1', rev: 0, final: false, speaker: 'customer', text: 'another big' },
      { id: 'dg-1', rev: 1, final: false, speaker: 'customer', text: 'another big problem' },
    ]);
    expect(events[0]).toMatchObject({ startMs: 297.115, endMs: 1039.875, confidence: 0.9600255 });
    expect(events[1]?.words).toEqual([
      { text: 'another', startMs: 298.529, endMs: 798.529, confidence: 0.9939844 },
      { text: 'big', startMs: 855.784, endMs: 1355.784, confidence: 0.98220366 },
      { text: 'problem', startMs: 1572.255, endMs: 2039.875, confidence: 0.9953441 },
    ]);
  });

  it('treats speech_final as final', () => {
    const [e] = run(createDeepgramNormalizer(), fixture('deepgram', 'endpointing.json'));
    expect(e).toMatchObject({ final: true, text: 'another big', revision: 0 });
  });

  it('uses punctuated words and keeps times in milliseconds', () => {
    const events = run(
      createDeepgramNormalizer(),
      fixture('deepgram', 'live-streaming-final.json'),
    );
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({ final: true, text: 'Tell me more about this.', id: 'dg-1' });
    expect(e.words?.map((w) => w.text)).toEqual(['Tell', 'me', 'more', 'about', 'this']);
    expect(e.startMs).toBeCloseTo(6070, 3);
    expect(e.endMs).toBeCloseTo(7270, 3);
    expect(e.words?.[2]).toEqual({
      text: 'more',
      startMs: 6630,
      endMs: 6790,
      confidence: 0.9995466,
    });
  });

  it('ignores SpeechStarted and UtteranceEnd and reads a Results message without start', () => {
    const events = run(createDeepgramNormalizer(), fixture('deepgram', 'utterance-end.json'));
    expect(events.map(brief)).toEqual([
      { id: 'dg-1', rev: 0, final: true, speaker: 'customer', text: 'Testing. 123.' },
    ]);
    expect(events[0]).toMatchObject({ startMs: 1070, endMs: 2395 });
  });

  it('maps diarization labels through speakers', () => {
    const normalize = createDeepgramNormalizer({ speakers: { 0: 'agent' } });
    const [e] = run(normalize, fixture('deepgram', 'diarization.json'));
    expect(e).toMatchObject({ speaker: 'agent', text: 'hello', startMs: 15259.043 });
  });
});

describe('createDeepgramNormalizer rules', () => {
  it('maps channel_index[0] through channels and keeps channels apart', () => {
    const normalize = createDeepgramNormalizer({ channels: { 0: 'agent', 1: 'customer' } });
    const events = run(normalize, [
      results({ channel: 0, transcript: 'thanks for calling' }),
      results({ channel: 1, transcript: 'I was charged' }),
      results({ channel: 0, transcript: 'thanks for calling acme', isFinal: true }),
      results({ channel: 1, transcript: 'I was charged twice', isFinal: true }),
    ]);
    expect(events.map(brief)).toEqual([
      { id: 'dg-1', rev: 0, final: false, speaker: 'agent', text: 'thanks for calling' },
      { id: 'dg-2', rev: 0, final: false, speaker: 'customer', text: 'I was charged' },
      { id: 'dg-1', rev: 1, final: true, speaker: 'agent', text: 'thanks for calling acme' },
      { id: 'dg-2', rev: 1, final: true, speaker: 'customer', text: 'I was charged twice' },
    ]);
  });

  it('never retracts a final: a later payload for the same stretch starts a new id', () => {
    const events = run(createDeepgramNormalizer({ idPrefix: 'call7', conversation: 'c7' }), [
      results({ start: 0, transcript: 'hello', isFinal: true }),
      results({ start: 0, transcript: 'hello there' }),
      results({ start: 1, transcript: 'next bit' }),
    ]);
    expect(events.map((e) => [e.id, e.revision, e.final, e.conversation])).toEqual([
      ['call7-1', 0, true, 'c7'],
      ['call7-2', 0, false, 'c7'],
      ['call7-3', 0, false, 'c7'],
    ]);
  });

  it('produces nothing for empty transcripts and repeated identical interims', () => {
    const events = run(createDeepgramNormalizer(), [
      results({ transcript: '' }),
      results({ transcript: 'ok' }),
      results({ transcript: 'ok' }),
      results({ transcript: '   ', isFinal: true }),
      results({ transcript: 'new' }),
    ]);
    expect(events.map(brief)).toEqual([
      { id: 'dg-1', rev: 0, final: false, speaker: 'customer', text: 'ok' },
      // The empty final closed dg-1; the next speech is a new utterance.
      { id: 'dg-2', rev: 0, final: false, speaker: 'customer', text: 'new' },
    ]);
  });

  it('splits a final spoken by two diarized speakers, and gives a partial to the main speaker', () => {
    const words = [
      { word: 'can', start: 1, end: 1.2, speaker: 0 },
      { word: 'I', start: 1.2, end: 1.3, speaker: 0 },
      { word: 'help', start: 1.3, end: 1.6, speaker: 0 },
      { word: 'yes', start: 2, end: 2.3, speaker: 1 },
    ];
    const normalize = createDeepgramNormalizer({ speakers: { 0: 'agent', 1: 'customer' } });
    const events = run(normalize, [
      results({ transcript: 'can I help yes', words }),
      results({ transcript: 'can I help yes', words, isFinal: true }),
    ]);
    expect(events.map(brief)).toEqual([
      { id: 'dg-1', rev: 0, final: false, speaker: 'agent', text: 'can I help yes' },
      { id: 'dg-1', rev: 1, final: true, speaker: 'agent', text: 'can I help' },
      { id: 'dg-2', rev: 0, final: true, speaker: 'customer', text: 'yes' },
    ]);
    expect(events[2]).toMatchObject({ startMs: 2000, endMs: 2300 });
  });

  it('names the field of a malformed payload', () => {
    const normalize = createDeepgramNormalizer();
    const error = (p: unknown): unknown => {
      try {
        normalize.push(p);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    expect(error('Results')).toMatchObject({ code: 'invalid-payload', field: 'payload' });
    expect(error({ type: 'Results' })).toMatchObject({ field: 'channel' });
    expect(error({ type: 'Results', channel: {} })).toMatchObject({
      field: 'channel.alternatives',
      message: 'channel.alternatives: is missing',
    });
    expect(
      error(results({ transcript: 'x', words: [{ word: 'x', start: -1, end: 0 }] })),
    ).toMatchObject({ field: 'channel.alternatives[0].words[0].start' });
    expect(
      error({ ...(results({ transcript: 'x' }) as object), channel_index: ['a'] }),
    ).toMatchObject({
      field: 'channel_index[0]',
    });
    // Still usable afterwards.
    expect(normalize.push(results({ transcript: 'fine' }))).toHaveLength(1);
  });

  it('rejects bad options', () => {
    expect(() => createDeepgramNormalizer({ channels: { 0: 'bot' as 'agent' } })).toThrow(
      /option channels\.0/,
    );
    expect(() => createDeepgramNormalizer({ idPrefix: '' })).toThrow(/option idPrefix/);
  });
});

// Provider-shaped payloads: plausible fields with arbitrary (sometimes wrong) values.
const dgWord = fc.record({
  word: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('yes')),
  start: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(-1)),
  end: fc.double({ min: 0, max: 100, noNaN: true }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  speaker: fc.nat(3),
});
const dgPayload = fc.oneof(
  fc.record({
    type: fc.constantFrom('Results', 'Results', 'Metadata', 'UtteranceEnd'),
    channel_index: fc.tuple(fc.nat(2), fc.constant(2)),
    start: fc.constantFrom(0, 1.5, 3),
    duration: fc.double({ min: 0, max: 5, noNaN: true }),
    is_final: fc.boolean(),
    speech_final: fc.boolean(),
    channel: fc.record({
      alternatives: fc.array(
        fc.record({
          transcript: fc.string({ maxLength: 30 }),
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
          words: fc.array(dgWord, { maxLength: 5 }),
        }),
        { maxLength: 2 },
      ),
    }),
  }),
  fc.anything(),
);

describe('createDeepgramNormalizer properties', () => {
  it('never crashes on provider-shaped sequences and keeps the utterance contract', () => {
    fc.assert(
      fc.property(fc.array(dgPayload, { maxLength: 25 }), fc.boolean(), (payloads, mapped) => {
        const normalize = createDeepgramNormalizer(
          mapped ? { channels: { 0: 'agent' }, speakers: { 1: 'customer' } } : {},
        );
        runChecked(normalize, payloads);
      }),
      { numRuns: 300 },
    );
  });
});
