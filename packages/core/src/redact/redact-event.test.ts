import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversationEvent } from '../../test/event-arbitraries.js';
import type { UtteranceEvent, WordTiming } from '../events/types.js';
import { parseConversationEvent } from '../events/validate.js';
import { redactEvent } from './redact-event.js';

const words = (text: string, startMs = 0, stepMs = 300): WordTiming[] =>
  text
    .split(' ')
    .map((t, i) => ({ text: t, startMs: startMs + i * stepMs, endMs: startMs + i * stepMs + 250 }));

const utterance = (text: string, final = true, withWords = true): UtteranceEvent => ({
  type: 'utterance',
  conversation: 'c1',
  id: 'u1',
  speaker: 'customer',
  text,
  final,
  revision: 2,
  startMs: 0,
  endMs: 10_000,
  ...(withWords ? { words: words(text) } : {}),
});

describe('redactEvent', () => {
  it('redacts the text and collapses the words of a finding into one timed token', () => {
    const e = utterance(
      'my card is four one one one one one one one one one one one one one one one ok',
    );
    const out = redactEvent(e);
    expect(out.text).toBe('my card is [card] ok');
    expect(out.words).toEqual([
      { text: 'my', startMs: 0, endMs: 250 },
      { text: 'card', startMs: 300, endMs: 550 },
      { text: 'is', startMs: 600, endMs: 850 },
      { text: '[card]', startMs: 900, endMs: 900 + 15 * 300 + 250 },
      { text: 'ok', startMs: 900 + 16 * 300, endMs: 900 + 16 * 300 + 250 },
    ]);
    expect(out).toMatchObject({ id: 'u1', revision: 2, conversation: 'c1', final: true });
    expect(e.text).toContain('four one one'); // the input is not mutated
  });

  it('redacts written words and keeps their confidence where untouched', () => {
    const e: UtteranceEvent = {
      ...utterance('Call me at 555-123-4567, thanks.', true, false),
      words: [
        { text: 'Call', startMs: 0, endMs: 200, confidence: 0.9 },
        { text: 'me', startMs: 200, endMs: 300, confidence: 0.9 },
        { text: 'at', startMs: 300, endMs: 400, confidence: 0.9 },
        { text: '555-123-4567,', startMs: 400, endMs: 1900, confidence: 0.8 },
        { text: 'thanks.', startMs: 2000, endMs: 2300, confidence: 0.95 },
      ],
    };
    const out = redactEvent(e);
    expect(out.text).toBe('Call me at [phone], thanks.');
    expect(out.words?.map((w) => w.text)).toEqual(['Call', 'me', 'at', '[phone]', 'thanks.']);
    expect(out.words?.[3]).toEqual({ text: '[phone]', startMs: 400, endMs: 1900 });
    expect(out.words?.[4]).toEqual({
      text: 'thanks.',
      startMs: 2000,
      endMs: 2300,
      confidence: 0.95,
    });
  });

  it('treats a partial as partial: a card number cut off at the end is hidden', () => {
    const partial = redactEvent(utterance('my card number is four one one', false));
    expect(partial.text).toBe('my card number is [card]');
    expect(partial.words?.map((w) => w.text)).toEqual(['my', 'card', 'number', 'is', '[card]']);
    // The same digits mid-sentence in a final are too short to be a card on their own.
    expect(redactEvent(utterance('my card has one one chip', true)).text).toBe(
      'my card has one one chip',
    );
  });

  it('hides an e-mail address spoken across words', () => {
    const out = redactEvent(utterance('it is john dot smith at gmail dot com'));
    expect(out.text).toBe('it is [email]');
    expect(out.words?.map((w) => w.text)).toEqual(['it', 'is', '[email]']);
    expect(out.words?.[2]).toMatchObject({ startMs: 600, endMs: 8 * 300 + 250 });
  });

  it('returns the same object when there is nothing to redact, and other events unchanged', () => {
    const clean = utterance('I was charged twice this month');
    expect(redactEvent(clean)).toBe(clean);
    const tick = { type: 'tick' as const, atMs: 5 };
    expect(redactEvent(tick)).toBe(tick);
  });

  it('gives a redacted utterance the fields, in the order, of any parsed utterance', () => {
    const text = 'my card is 4111 1111 1111 1111';
    const u = parseConversationEvent({
      type: 'utterance',
      conversation: 'c1',
      id: 'u9',
      speaker: 'customer',
      text,
      final: false,
      revision: 2,
      startMs: 0,
      endMs: 2100,
      words: words(text),
      confidence: 0.9,
    }) as UtteranceEvent;
    const out = redactEvent({ ...u, extra: 'not an event field' } as UtteranceEvent);
    expect(out.text).toBe('my card is [card]');
    expect(Object.keys(out)).toEqual(Object.keys(u));
  });

  it('passes its options on', () => {
    const out = redactEvent(utterance('mail a@b.com or call 555-123-4567'), {
      kinds: ['phone'],
      replacements: { phone: '<phone>' },
    });
    expect(out.text).toBe('mail a@b.com or call <phone>');
    expect(out.words?.map((w) => w.text)).toContain('<phone>');
  });

  it('refuses an utterance that is not well formed instead of passing it on unredacted', () => {
    const card = 'my card is 4111 1111 1111 1111';
    const cases: [unknown, string][] = [
      [{ ...utterance(card), text: [card] }, 'text'],
      [{ ...utterance(card), words: card }, 'words'],
      [{ ...utterance(card), words: [null] }, 'words[0]'],
      [null, undefined as never],
    ];
    for (const [event, field] of cases) {
      expect(() => redactEvent(event as never)).toThrow(
        expect.objectContaining({ code: 'invalid-event', field }),
      );
    }
  });

  it('keeps every event valid (property)', () => {
    const pii = fc.constantFrom(
      '4111 1111 1111 1111',
      'john dot smith at gmail dot com',
      'cvv 123',
      '555-123-4567',
      'my social is 123-45-6789',
      'card number four one one',
    );
    const withPii = fc
      .tuple(conversationEvent, pii)
      .map(([e, p]) =>
        e.type === 'utterance'
          ? { ...e, text: `${e.text} ${p}`, words: [...(e.words ?? []), ...words(p, e.endMs)] }
          : e,
      );
    fc.assert(
      fc.property(fc.oneof(conversationEvent, withPii), (event) => {
        const out = redactEvent(event);
        expect(parseConversationEvent(out)).toStrictEqual(out);
        if (out.type === 'utterance' && event.type === 'utterance') {
          for (const p of ['4111 1111 1111 1111', 'gmail dot com', '555-123-4567', '123-45-6789']) {
            if (event.text.endsWith(p)) {
              expect(out.text).not.toContain(p);
              expect(out.words?.map((w) => w.text).join(' ')).not.toContain(p);
            }
          }
        }
      }),
    );
  });
});
