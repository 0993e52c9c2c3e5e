import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, fixture, run, runChecked } from '../../test/normalizer-helpers.js';
import { createAssemblyAiNormalizer } from './assemblyai.js';

const sequence = fixture('assemblyai', 'message-sequence.json');

const turn = (order: number, endOfTurn: boolean, transcript: string, extra = {}): unknown => ({
  type: 'Turn',
  turn_order: order,
  end_of_turn: endOfTurn,
  turn_is_formatted: false,
  transcript,
  words: [],
  ...extra,
});

describe('createAssemblyAiNormalizer on the documented message sequence', () => {
  it('shows every word heard in partials and finalizes on end_of_turn', () => {
    const events = run(createAssemblyAiNormalizer(), sequence);
    expect(events.map((e) => [e.id, e.revision, e.final, e.text])).toEqual([
      ['aai-1', 0, false, 'hi'],
      ['aai-1', 1, false, 'hi my'],
      ['aai-1', 2, false, 'hi my name'],
      ['aai-1', 3, false, 'hi my name is'],
      ['aai-1', 4, false, 'hi my name is son'],
      ['aai-1', 5, false, 'hi my name is sonny'],
      ['aai-1', 6, true, 'hi my name is sonny'],
      // the formatted copy of turn 0 says nothing new and is dropped
      ['aai-2', 0, false, 'i'],
      ['aai-2', 1, false, 'i am'],
      ['aai-2', 2, false, 'i am a'],
      ['aai-2', 3, false, 'i am a voice'],
      ['aai-2', 4, false, 'i am a voice agen'],
      ['aai-2', 5, false, 'i am a voice agent'],
      // the message that only fills `utterance` changes nothing visible
      ['aai-2', 6, true, 'i am a voice agent'],
    ]);
    const final0 = events[6]!;
    expect(final0).toMatchObject({ startMs: 1920, endMs: 3840, speaker: 'customer' });
    expect(final0.words?.map((w) => w.text)).toEqual(['hi', 'my', 'name', 'is', 'sonny']);
    expect(final0.words?.[4]).toEqual({
      text: 'sonny',
      startMs: 3600,
      endMs: 3840,
      confidence: 0.822963,
    });
  });

  it('waits for the formatted turn with formatTurns', () => {
    const events = run(createAssemblyAiNormalizer({ formatTurns: true }), sequence);
    const finals = events.filter((e) => e.final).map(brief);
    expect(finals).toEqual([
      { id: 'aai-1', rev: 6, final: true, speaker: 'customer', text: 'Hi, my name is Sonny.' },
      { id: 'aai-2', rev: 6, final: true, speaker: 'customer', text: 'I am a voice agent.' },
    ]);
    // The unformatted end of turn repeated the last partial, so it added no revision.
    expect(events.filter((e) => e.id === 'aai-1')).toHaveLength(7);
  });

  it('maps speaker_label through speakers and ignores non-Turn messages', () => {
    const normalize = createAssemblyAiNormalizer({ speakers: { A: 'agent', B: 'customer' } });
    expect(normalize.push({ type: 'Begin', id: 'x', expires_at: 1 })).toEqual([]);
    expect(normalize.push({ type: 'SpeechStarted', timestamp: 1200 })).toEqual([]);
    const [a] = normalize.push(turn(0, true, 'Thanks for calling.', { speaker_label: 'A' }));
    const [b] = normalize.push(turn(1, true, 'Hi, I was charged twice.', { speaker_label: 'B' }));
    expect([a?.speaker, b?.speaker]).toEqual(['agent', 'customer']);
    expect(normalize.push({ type: 'Termination', audio_duration_seconds: 3 })).toEqual([]);
  });

  it('names the field of a malformed payload', () => {
    const normalize = createAssemblyAiNormalizer();
    expect(() => normalize.push({ type: 'Turn', transcript: 'x' })).toThrow(
      'turn_order: is missing',
    );
    expect(() =>
      normalize.push(turn(0, false, 'x', { words: [{ text: 'x', start: -5 }] })),
    ).toThrow('words[0].start: must be in [0, Infinity], got -5');
    expect(() => normalize.push(turn(1.5, false, 'x'))).toThrow(/turn_order: must be an integer/);
    expect(() => createAssemblyAiNormalizer({ formatTurns: 'yes' as unknown as boolean })).toThrow(
      /option formatTurns/,
    );
  });
});

const aWord = fc.record({
  start: fc.nat(20_000),
  end: fc.nat(20_000),
  text: fc.string({ maxLength: 8 }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  word_is_final: fc.boolean(),
  speaker: fc.constantFrom('A', 'B'),
});
const aPayload = fc.oneof(
  fc.record({
    type: fc.constantFrom('Turn', 'Turn', 'Begin', 'Termination'),
    turn_order: fc.nat(4),
    end_of_turn: fc.boolean(),
    turn_is_formatted: fc.boolean(),
    transcript: fc.string({ maxLength: 30 }),
    words: fc.array(aWord, { maxLength: 5 }),
    speaker_label: fc.constantFrom('A', 'B', 'UNKNOWN'),
  }),
  fc.anything(),
);

describe('createAssemblyAiNormalizer properties', () => {
  it('never crashes on provider-shaped sequences and keeps the utterance contract', () => {
    fc.assert(
      fc.property(fc.array(aPayload, { maxLength: 25 }), fc.boolean(), (payloads, formatTurns) => {
        runChecked(createAssemblyAiNormalizer({ formatTurns, speakers: { A: 'agent' } }), payloads);
      }),
      { numRuns: 300 },
    );
  });
});
