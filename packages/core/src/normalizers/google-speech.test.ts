import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, fixture, run, runChecked } from '../../test/normalizer-helpers.js';
import { createGoogleSpeechNormalizer } from './google-speech.js';

describe('createGoogleSpeechNormalizer on documented payloads', () => {
  it('joins the interim results of a response and finalizes on isFinal', () => {
    const events = run(
      createGoogleSpeechNormalizer(),
      fixture('google-speech', 'streaming-recognize-responses.json'),
    );
    expect(events.map(brief)).toEqual([
      { id: 'gcp-1', rev: 0, final: false, speaker: 'customer', text: 'tube' },
      { id: 'gcp-1', rev: 1, final: false, speaker: 'customer', text: 'to be a' },
      { id: 'gcp-1', rev: 2, final: false, speaker: 'customer', text: 'to be or not to be' },
      { id: 'gcp-1', rev: 3, final: true, speaker: 'customer', text: 'to be or not to be' },
      { id: 'gcp-2', rev: 0, final: false, speaker: 'customer', text: "that's" },
      { id: 'gcp-2', rev: 1, final: false, speaker: 'customer', text: 'that is the question' },
      { id: 'gcp-2', rev: 2, final: true, speaker: 'customer', text: 'that is the question' },
    ]);
    expect(events[3]?.confidence).toBe(0.92);
    expect(events[6]?.confidence).toBe(0.98);
  });

  it('leaves unstable interim results out when minStability asks for it', () => {
    const events = run(
      createGoogleSpeechNormalizer({ minStability: 0.5 }),
      fixture('google-speech', 'streaming-recognize-responses.json'),
    );
    expect(events.map((e) => e.text)).toEqual([
      'to be',
      'to be or not to be',
      'that is',
      'that is the question',
    ]);
  });

  it('reads word time offsets as milliseconds', () => {
    const [e] = run(
      createGoogleSpeechNormalizer(),
      fixture('google-speech', 'word-time-offsets.json'),
    );
    expect(e).toMatchObject({
      final: true,
      text: 'Four score and twenty',
      startMs: 1300,
      endMs: 1900,
      confidence: 0.97186122,
    });
    expect(e?.words).toEqual([
      { text: 'Four', startMs: 1300, endMs: 1400 },
      { text: 'score', startMs: 1400, endMs: 1600 },
      { text: 'and', startMs: 1600, endMs: 1600 },
      { text: 'twenty', startMs: 1600, endMs: 1900 },
    ]);
  });

  it('maps channelTag through channels (v2 resultEndOffset)', () => {
    const normalize = createGoogleSpeechNormalizer({ channels: { 1: 'agent', 2: 'customer' } });
    const events = run(normalize, fixture('google-speech', 'v2-multichannel.json'));
    expect(events.map(brief)).toEqual([
      { id: 'gcp-1', rev: 0, final: false, speaker: 'customer', text: 'I was charged twice' },
      {
        id: 'gcp-1',
        rev: 1,
        final: true,
        speaker: 'customer',
        text: 'I was charged twice this month',
      },
      { id: 'gcp-2', rev: 0, final: false, speaker: 'agent', text: 'let me look into that' },
    ]);
    expect(events[0]).toMatchObject({ startMs: 0, endMs: 3500 });
    expect(events[1]).toMatchObject({ startMs: 2100, endMs: 4200 });
    // The agent's channel has no final yet: its speech starts at 0 on that channel.
    expect(events[2]).toMatchObject({ startMs: 0, endMs: 5800 });
  });
});

describe('createGoogleSpeechNormalizer rules', () => {
  it('reads durations from the Node client ({ seconds, nanos }) and snake_case fields', () => {
    const [e] = run(createGoogleSpeechNormalizer(), [
      {
        results: [
          {
            alternatives: [
              {
                transcript: 'hello',
                words: [
                  {
                    word: 'hello',
                    start_time: { seconds: '12', nanos: 500_000_000 },
                    end_time: { seconds: { low: 13, high: 0 }, nanos: 0 },
                  },
                ],
              },
            ],
            is_final: true,
            result_end_time: { seconds: 13, nanos: 100_000_000 },
          },
        ],
      },
    ]);
    expect(e).toMatchObject({ startMs: 12500, endMs: 13100, final: true });
    expect(e?.words?.[0]).toMatchObject({ startMs: 12500, endMs: 13000 });
  });

  it('keeps only the words after the previous final when diarization repeats them', () => {
    const w = (word: string, s: number, e: number, tag: number): unknown => ({
      word,
      startOffset: `${s}s`,
      endOffset: `${e}s`,
      speakerTag: tag,
    });
    const normalize = createGoogleSpeechNormalizer({ speakers: { 1: 'agent', 2: 'customer' } });
    const events = run(normalize, [
      {
        results: [
          {
            alternatives: [
              { transcript: 'hi there', words: [w('hi', 0, 0.4, 1), w('there', 0.4, 0.8, 1)] },
            ],
            isFinal: true,
            resultEndOffset: '1s',
          },
        ],
      },
      {
        results: [
          {
            alternatives: [
              {
                transcript: 'charged twice',
                words: [
                  w('hi', 0, 0.4, 1),
                  w('there', 0.4, 0.8, 1),
                  w('charged', 1.2, 1.6, 2),
                  w('twice', 1.6, 2, 2),
                ],
              },
            ],
            isFinal: true,
            resultEndOffset: '2.1s',
          },
        ],
      },
    ]);
    expect(events.map(brief)).toEqual([
      { id: 'gcp-1', rev: 0, final: true, speaker: 'agent', text: 'hi there' },
      { id: 'gcp-2', rev: 0, final: true, speaker: 'customer', text: 'charged twice' },
    ]);
    expect(events[1]?.words?.map((x) => x.text)).toEqual(['charged', 'twice']);
    expect(events[1]).toMatchObject({ startMs: 1200, endMs: 2100 });
  });

  it('names the field of a malformed payload', () => {
    const normalize = createGoogleSpeechNormalizer();
    expect(() => normalize.push({ results: [{ resultEndOffset: 'soon' }] })).toThrow(
      'results[0].resultEndOffset: must be a duration like "1.5s", got "soon"',
    );
    expect(() => normalize.push({ results: [{ isFinal: 'yes' }] })).toThrow(
      /results\[0\]\.isFinal/,
    );
    expect(() => normalize.push({ results: [{ channelTag: 1.5 }] })).toThrow(/channelTag/);
    expect(normalize.push({ speechEventType: 'END_OF_SINGLE_UTTERANCE' })).toEqual([]);
    expect(() => createGoogleSpeechNormalizer({ minStability: 2 })).toThrow(/option minStability/);
  });
});

const duration = fc.oneof(
  fc.double({ min: 0, max: 60, noNaN: true }).map((s) => `${s.toFixed(3)}s`),
  fc.record({ seconds: fc.nat(60), nanos: fc.nat(999_999_999) }),
  fc.constant('bad'),
);
const gWord = fc.record(
  {
    word: fc.string({ maxLength: 8 }),
    startOffset: duration,
    endOffset: duration,
    speakerTag: fc.nat(3),
    speakerLabel: fc.constantFrom('', '1', '2'),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ['word'] },
);
const gPayload = fc.oneof(
  fc.record({
    results: fc.array(
      fc.record(
        {
          alternatives: fc.array(
            fc.record(
              {
                transcript: fc.string({ maxLength: 30 }),
                confidence: fc.double({ min: 0, max: 1, noNaN: true }),
                words: fc.array(gWord, { maxLength: 4 }),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 2 },
          ),
          isFinal: fc.boolean(),
          stability: fc.double({ min: 0, max: 1, noNaN: true }),
          resultEndOffset: duration,
          channelTag: fc.nat(2),
        },
        { requiredKeys: ['alternatives'] },
      ),
      { maxLength: 3 },
    ),
  }),
  fc.anything(),
);

describe('createGoogleSpeechNormalizer properties', () => {
  it('never crashes on provider-shaped sequences and keeps the utterance contract', () => {
    fc.assert(
      fc.property(
        fc.array(gPayload, { maxLength: 25 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (payloads, minStability) => {
          runChecked(
            createGoogleSpeechNormalizer({ minStability, channels: { 1: 'agent' } }),
            payloads,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
