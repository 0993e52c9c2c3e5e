import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversationEvent, tonvoEvent } from '../../test/event-arbitraries.js';
import {
  createJsonlDecoder,
  groupByConversation,
  readJsonl,
  toJsonl,
  writeJsonl,
  type JsonlRecord,
} from './jsonl.js';
import type { ConversationEvent } from './types.js';

const good = (id: string, at: number): string =>
  JSON.stringify({
    type: 'utterance',
    id,
    speaker: 'customer',
    text: 'hello',
    final: true,
    startMs: at,
    endMs: at + 500,
  });

/** What a user can observe of a record: the line and either the event or the error. */
function view(r: JsonlRecord): unknown {
  return r.error === undefined
    ? { line: r.line, event: r.event }
    : { line: r.line, code: r.error.code, message: r.error.message, field: r.error.field };
}

describe('readJsonl', () => {
  it('keeps line numbers, skips blank lines and never stops at a bad line', () => {
    const text = [
      good('a', 0),
      '',
      '{"type":"utterance", oops',
      '   ',
      '{"type":"chat","atMs":1}',
      '{"type":"tick","atMs":-1}',
      good('b', 1000),
      '[1,2]',
    ].join('\n');
    const records = [...readJsonl(text)];
    expect(records.map((r) => [r.line, r.error?.code ?? r.event?.type])).toEqual([
      [1, 'utterance'],
      [3, 'invalid-json'],
      [5, 'unknown-event-type'],
      [6, 'invalid-time'],
      [7, 'utterance'],
      [8, 'invalid-event'],
    ]);
    for (const r of records) {
      if (r.error) {
        expect(r.error.line).toBe(r.line);
        expect(r.error.message.startsWith(`line ${r.line}: `)).toBe(true);
      }
    }
    expect(records[3]?.error?.field).toBe('atMs');
  });

  it('handles CRLF line endings and a missing final newline', () => {
    const records = [...readJsonl(`${good('a', 0)}\r\n${good('b', 5)}`)];
    expect(records.map((r) => r.event?.type)).toEqual(['utterance', 'utterance']);
  });

  it('numbers lines from firstLine and reads outputs only when asked', () => {
    const nudge = JSON.stringify({ type: 'nudge', atMs: 5, trigger: 'hold' });
    expect([...readJsonl(nudge, { firstLine: 10 })][0]).toMatchObject({
      line: 10,
      error: { code: 'unknown-event-type' },
    });
    expect([...readJsonl(nudge, { outputs: true })][0]?.event).toMatchObject({ type: 'nudge' });
  });

  it('round-trips any valid events through writeJsonl (property)', () => {
    fc.assert(
      fc.property(fc.array(tonvoEvent, { maxLength: 8 }), (events) => {
        const back = [...readJsonl(writeJsonl(events), { outputs: true })];
        expect(back.map((r) => r.error)).toEqual(events.map(() => undefined));
        expect(back.map((r) => r.event)).toStrictEqual(events);
        expect(back.map((r) => r.line)).toEqual(events.map((_, i) => i + 1));
      }),
    );
  });

  it('round-trips one event per line with toJsonl (property)', () => {
    fc.assert(
      fc.property(tonvoEvent, (event) => {
        const line = toJsonl(event);
        expect(line).not.toContain('\n');
        expect([...readJsonl(line, { outputs: true })][0]?.event).toStrictEqual(event);
      }),
    );
  });
});

// Lines a real input might hold: valid events, junk, blanks, CRLF endings, unicode.
const line = fc.oneof(
  conversationEvent.map((e) => JSON.stringify(e)),
  conversationEvent.map((e) => `${JSON.stringify(e)}\r`),
  fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !s.includes('\n')),
  fc.constant(''),
  fc.constant('{"type":"utterance"'),
  fc.constant('  {"type":"tick","atMs":12}  '),
);

/** What a decoder gives for `input` pushed in pieces cut at `cuts` (taken modulo its length). */
function decodeCut(input: string | Uint8Array, cuts: readonly number[]): JsonlRecord[] {
  const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
  const decoder = createJsonlDecoder();
  const got: JsonlRecord[] = [];
  let from = 0;
  for (const p of [...points, input.length]) {
    got.push(...decoder.push(input.slice(from, p)));
    from = p;
  }
  return [...got, ...decoder.end()];
}

describe('readJsonl of something that is not text', () => {
  it('is refused with a typed error', () => {
    expect(() => [...readJsonl(Buffer.from(good('a', 0)) as never)]).toThrow(
      expect.objectContaining({ code: 'invalid-option', field: 'text' }),
    );
  });
});

describe('createJsonlDecoder', () => {
  it('gives the same records as readJsonl however the text is chunked (property)', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 10 }),
        (lines, trailingNewline, cuts) => {
          const text = lines.join('\n') + (trailingNewline ? '\n' : '');
          expect(decodeCut(text, cuts).map(view)).toStrictEqual([...readJsonl(text)].map(view));
        },
      ),
    );
  });

  it('refuses lines longer than maxLineLength the same way whether chunked or not', () => {
    const long = JSON.stringify({ type: 'tick', atMs: 1, pad: 'x'.repeat(200) });
    const text = `${good('a', 0)}\n${long}\n${good('b', 9)}\n`;
    const maxLineLength = 150;

    const whole = createJsonlDecoder({ maxLineLength });
    const wholeRecords = [...whole.push(text), ...whole.end()];

    const bytewise = createJsonlDecoder({ maxLineLength });
    const pieces: JsonlRecord[] = [];
    for (const ch of text) pieces.push(...bytewise.push(ch));
    pieces.push(...bytewise.end());

    expect(wholeRecords.map(view)).toStrictEqual(pieces.map(view));
    expect(wholeRecords.map((r) => r.error?.code ?? r.event?.type)).toEqual([
      'utterance',
      'text-too-long',
      'utterance',
    ]);
    expect(wholeRecords[1]?.line).toBe(2);
  });

  it('reads UTF-8 bytes cut anywhere, even inside a character, as the same text (property)', () => {
    const text = fc.constantFrom('José', 'fâché', '😡 no', 'Zoë Ødegård', '北京', 'plain');
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (texts, cuts) => {
          const body = texts.map((t, i) => good(`u${i}`, i * 1000).replace('hello', t)).join('\n');
          const bytes = new TextEncoder().encode(`${body}\n`);
          expect(decodeCut(bytes, cuts).map(view)).toStrictEqual(
            [...readJsonl(`${body}\n`)].map(view),
          );
        },
      ),
    );
    const decoder = createJsonlDecoder();
    expect(() => decoder.push(42 as never)).toThrow(
      expect.objectContaining({ code: 'invalid-option', field: 'chunk' }),
    );
  });

  it('flushes a last line without newline on end()', () => {
    const d = createJsonlDecoder();
    expect(d.push(good('a', 0))).toEqual([]);
    expect(d.end().map((r) => r.event?.type)).toEqual(['utterance']);
    expect(d.end()).toEqual([]);
  });

  it('rejects a nonsensical maxLineLength', () => {
    expect(() => createJsonlDecoder({ maxLineLength: 0 })).toThrow(/option maxLineLength/);
  });
});

describe('groupByConversation', () => {
  it('keeps interleaved conversations apart, each in its original order (property)', () => {
    const ids = fc.constantFrom('call-a', 'call-b', 'call-c', undefined);
    fc.assert(
      fc.property(fc.array(fc.tuple(conversationEvent, ids), { maxLength: 30 }), (pairs) => {
        const events: ConversationEvent[] = pairs.map(([e, c]) => {
          const { conversation: _drop, ...rest } = e;
          return (c === undefined ? rest : { ...rest, conversation: c }) as ConversationEvent;
        });
        // Through JSONL and back, as a file holding many calls would be read.
        const read = [...readJsonl(writeJsonl(events))].map((r) => r.event as ConversationEvent);
        const groups = groupByConversation(read);
        for (const [key, list] of groups) {
          expect(list).toStrictEqual(events.filter((e) => (e.conversation ?? '') === key));
        }
        expect([...groups.values()].reduce((n, l) => n + l.length, 0)).toBe(events.length);
        // Groups appear in order of first appearance.
        const firstSeen = [...new Set(events.map((e) => e.conversation ?? ''))];
        expect([...groups.keys()]).toEqual(firstSeen);
      }),
    );
  });
});
