import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversationEvent, tonvoEvent } from '../../test/event-arbitraries.js';
import { isTonvoError, type TonvoError } from '../errors/tonvo-error.js';
import { MAX_TEXT_LENGTH, MAX_WORDS, parseConversationEvent, parseTonvoEvent } from './validate.js';

const utterance = {
  type: 'utterance',
  id: 'u1',
  speaker: 'customer',
  text: 'I was charged twice',
  final: true,
  startMs: 41_200,
  endMs: 43_100,
};

function errorOf(value: unknown): TonvoError {
  try {
    parseConversationEvent(value);
  } catch (e) {
    if (isTonvoError(e)) return e;
    throw new Error(`not a TonvoError: ${String(e)}`);
  }
  throw new Error('expected parseConversationEvent to throw');
}

describe('parseConversationEvent', () => {
  it('accepts the documented example and drops unknown fields', () => {
    const event = parseConversationEvent({ ...utterance, extra: 'ignored' });
    expect(event).toEqual(utterance);
    expect(event).not.toHaveProperty('extra');
  });

  it.each([
    ['startMs', Number.NaN],
    ['startMs', -1],
    ['endMs', Number.POSITIVE_INFINITY],
    ['endMs', -0.5],
  ])('rejects %s = %s as invalid-time naming the field', (field, value) => {
    const e = errorOf({ ...utterance, [field]: value });
    expect(e.code).toBe('invalid-time');
    expect(e.field).toBe(field);
    expect(e.message).toContain(field);
    expect(e.message).toMatch(/finite, non-negative/);
  });

  it('rejects a time that is not a number as invalid-event', () => {
    const e = errorOf({ ...utterance, startMs: '41200' });
    expect(e.code).toBe('invalid-event');
    expect(e.field).toBe('startMs');
    expect(e.message).toBe('startMs: must be a number of milliseconds, got "41200"');
  });

  it('rejects endMs before startMs', () => {
    const e = errorOf({ ...utterance, startMs: 5000, endMs: 4000 });
    expect(e.code).toBe('invalid-time');
    expect(e.field).toBe('endMs');
    expect(e.message).toBe('endMs (4000) is before startMs (5000)');
  });

  it('accepts a zero-length span', () => {
    expect(parseConversationEvent({ ...utterance, startMs: 10, endMs: 10 })).toMatchObject({
      startMs: 10,
      endMs: 10,
    });
  });

  it('names unknown event types, and says when an output was pushed as an input', () => {
    const unknown = errorOf({ type: 'chat', atMs: 1 });
    expect(unknown.code).toBe('unknown-event-type');
    expect(unknown.field).toBe('type');
    expect(unknown.message).toBe('type: unknown event type "chat"');

    const output = errorOf({ type: 'nudge', atMs: 1 });
    expect(output.code).toBe('unknown-event-type');
    expect(output.message).toContain('an output of the coach, not an input');
  });

  it('rejects a missing or non-string type, and non-objects', () => {
    expect(errorOf({ text: 'hi' })).toMatchObject({ code: 'invalid-event', field: 'type' });
    expect(errorOf({ type: 3 })).toMatchObject({ code: 'invalid-event', field: 'type' });
    for (const v of [null, 'utterance', 42, [utterance]]) {
      expect(errorOf(v).code).toBe('invalid-event');
    }
  });

  it('rejects huge texts with text-too-long and accepts the limit itself', () => {
    const e = errorOf({ ...utterance, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) });
    expect(e.code).toBe('text-too-long');
    expect(e.field).toBe('text');
    expect(e.message).toBe(
      `text: ${MAX_TEXT_LENGTH + 1} characters, at most ${MAX_TEXT_LENGTH} allowed`,
    );
    expect(
      parseConversationEvent({ ...utterance, text: 'a'.repeat(MAX_TEXT_LENGTH) }),
    ).toBeTruthy();
  });

  it('rejects empty and blank texts', () => {
    expect(errorOf({ ...utterance, text: '' })).toMatchObject({
      code: 'invalid-event',
      field: 'text',
      message: 'text: must not be empty',
    });
    expect(errorOf({ ...utterance, text: ' \t\n ' })).toMatchObject({
      code: 'invalid-event',
      field: 'text',
      message: 'text: must not be blank',
    });
  });

  it('rejects too many words and names the bad word by index', () => {
    const word = { text: 'a', startMs: 0, endMs: 1 };
    expect(errorOf({ ...utterance, words: Array(MAX_WORDS + 1).fill(word) })).toMatchObject({
      code: 'text-too-long',
      field: 'words',
    });
    const e = errorOf({ ...utterance, words: [word, { text: 'b', startMs: 9, endMs: 3 }] });
    expect(e.code).toBe('invalid-time');
    expect(e.field).toBe('words[1].endMs');
    expect(e.message).toBe('words[1].endMs (3) is before startMs (9)');
    expect(errorOf({ ...utterance, words: [word, 'b'] }).field).toBe('words[1]');
  });

  it('checks speaker, final, revision and confidence', () => {
    expect(errorOf({ ...utterance, speaker: 'bot' })).toMatchObject({
      field: 'speaker',
      message: 'speaker: must be "agent" or "customer", got "bot"',
    });
    expect(errorOf({ ...utterance, final: 'yes' }).field).toBe('final');
    expect(errorOf({ ...utterance, revision: -1 }).field).toBe('revision');
    expect(errorOf({ ...utterance, confidence: 1.5 }).message).toBe(
      'confidence: must be in [0, 1], got 1.5',
    );
  });

  it('treats an empty word list like a missing one', () => {
    const event = parseConversationEvent({ ...utterance, words: [] });
    expect(event).not.toHaveProperty('words');
  });

  it('checks every other input type', () => {
    expect(errorOf({ type: 'signal', kind: 'explode', atMs: 1 })).toMatchObject({
      field: 'kind',
    });
    expect(errorOf({ type: 'tick', atMs: -5 })).toMatchObject({ code: 'invalid-time' });
    expect(errorOf({ type: 'feedback', nudgeId: 'n', action: 'liked', atMs: 1 }).field).toBe(
      'action',
    );
    expect(
      errorOf({
        type: 'prosody',
        speaker: 'agent',
        startMs: 0,
        endMs: 1,
        pitchMedianHz: 120,
        pitchRangeHz: 40,
        energyDbfs: -20,
        speakingRate: 4,
        voicedRatio: 2,
      }).field,
    ).toBe('voicedRatio');
    expect(
      errorOf({ type: 'vad', speaker: 'agent', startMs: 0, endMs: 1, probability: -1 }).field,
    ).toBe('probability');
    expect(errorOf({ ...utterance, conversation: '' }).field).toBe('conversation');
  });

  it('returns every valid input event unchanged (property)', () => {
    fc.assert(
      fc.property(conversationEvent, (event) => {
        expect(parseConversationEvent(event)).toStrictEqual(event);
      }),
    );
  });
});

describe('parseTonvoEvent', () => {
  it('accepts outputs as well as inputs, unchanged (property)', () => {
    fc.assert(
      fc.property(tonvoEvent, (event) => {
        expect(parseTonvoEvent(event)).toStrictEqual(event);
      }),
    );
  });

  it('checks the states and times of outputs', () => {
    expect(() => parseTonvoEvent({ type: 'state', atMs: 1, from: 'neutral', to: 'angry' })).toThrow(
      /to: must be one of/,
    );
    expect(() =>
      parseTonvoEvent({ type: 'sentiment', atMs: Number.NaN, state: 'neutral' }),
    ).toThrow(/atMs/);
  });
});

describe('utterance ids', () => {
  it('defaults a missing id to speaker@startMs, as in the issue example line', () => {
    const e = parseConversationEvent({
      type: 'utterance',
      speaker: 'customer',
      text: 'I was charged twice',
      startMs: 41200,
      endMs: 43100,
      final: true,
    });
    expect(e).toMatchObject({ id: 'customer@41200', text: 'I was charged twice' });
  });
});
