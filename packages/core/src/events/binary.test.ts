import { create } from '@bufbuild/protobuf';
import { sizeDelimitedEncode } from '@bufbuild/protobuf/wire';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { tonvoEvent } from '../../test/event-arbitraries.js';
import * as pb from '../gen/tonvo/v1/events_pb.js';
import {
  createRecordingDecoder,
  decodeRecording,
  encodeEvent,
  encodeRecording,
  MAX_RECORD_BYTES,
  type RecordingRecord,
} from './binary.js';
import { parseTonvoEvent } from './validate.js';
import type { TonvoEvent } from './types.js';

function decodeInChunks(bytes: Uint8Array, cuts: readonly number[]): RecordingRecord[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const d = createRecordingDecoder();
  const out: RecordingRecord[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    out.push(...d.push(bytes.subarray(from, p)));
    from = p;
  }
  out.push(...d.end());
  return out;
}

const view = (r: RecordingRecord): unknown =>
  r.error === undefined
    ? { offset: r.offset, event: r.event }
    : { offset: r.offset, code: r.error.code, message: r.error.message };

const utterance: TonvoEvent = {
  type: 'utterance',
  conversation: 'call-1',
  id: 'u1',
  speaker: 'customer',
  text: 'I was charged twice',
  final: false,
  revision: 0,
  startMs: 41_200,
  endMs: 43_100,
};

describe('binary recordings', () => {
  it('round-trips any valid event exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(tonvoEvent, { maxLength: 6 }), (events) => {
        const records = decodeRecording(encodeRecording(events));
        expect(records.map((r) => r.error)).toEqual(events.map(() => undefined));
        expect(records.map((r) => r.event)).toStrictEqual(events);
      }),
    );
  });

  it('keeps an explicit revision 0 (a first partial) apart from no revision', () => {
    const [withZero] = decodeRecording(encodeEvent(utterance));
    expect(withZero?.event).toStrictEqual(utterance);
    const { revision: _r, ...without } = utterance;
    const [none] = decodeRecording(encodeEvent(without as TonvoEvent));
    expect(none?.event).not.toHaveProperty('revision');
  });

  it('reports offsets of each record', () => {
    const a = encodeEvent(utterance);
    const records = decodeRecording(encodeRecording([utterance, utterance]));
    expect(records.map((r) => r.offset)).toEqual([0, a.length]);
  });

  it('gives the same records however the bytes are chunked (property)', () => {
    fc.assert(
      fc.property(
        fc.array(tonvoEvent, { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (events, cuts) => {
          const bytes = encodeRecording(events);
          expect(decodeInChunks(bytes, cuts).map(view)).toStrictEqual(
            decodeRecording(bytes).map(view),
          );
        },
      ),
    );
  });

  it('never throws on arbitrary bytes, and only yields valid events (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 512 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (bytes, cuts) => {
          const records = decodeInChunks(bytes, cuts);
          for (const r of records) {
            if (r.error === undefined) expect(() => parseTonvoEvent(r.event)).not.toThrow();
            else expect(typeof r.error.code).toBe('string');
          }
          // Every byte is accounted for: offsets only grow.
          const offsets = records.map((r) => r.offset);
          expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on valid records followed by garbage (property)', () => {
    fc.assert(
      fc.property(
        fc.array(tonvoEvent, { minLength: 1, maxLength: 3 }),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        (events, junk) => {
          const good = encodeRecording(events);
          const bytes = new Uint8Array(good.length + junk.length);
          bytes.set(good);
          bytes.set(junk, good.length);
          const records = decodeRecording(bytes);
          expect(records.slice(0, events.length).map((r) => r.event)).toStrictEqual(events);
        },
      ),
    );
  });

  it('reports a truncated recording and keeps every complete record before it (property)', () => {
    fc.assert(
      fc.property(fc.array(tonvoEvent, { minLength: 1, maxLength: 6 }), fc.nat(), (events, n) => {
        const parts = events.map(encodeEvent);
        const bytes = encodeRecording(events);
        const cut = n % bytes.length; // strictly inside the recording
        let complete = 0;
        let boundary = 0;
        for (const p of parts) {
          if (boundary + p.length > cut) break;
          boundary += p.length;
          complete++;
        }
        const records = decodeRecording(bytes.subarray(0, cut));
        expect(records.slice(0, complete).map((r) => r.event)).toStrictEqual(
          events.slice(0, complete),
        );
        if (cut === boundary) {
          expect(records).toHaveLength(complete);
        } else {
          expect(records).toHaveLength(complete + 1);
          expect(records[complete]?.error?.code).toBe('truncated');
          expect(records[complete]?.offset).toBe(boundary);
        }
      }),
    );
  });

  it('skips a record that is not an event and goes on with the next', () => {
    const empty = sizeDelimitedEncode(pb.EnvelopeSchema, create(pb.EnvelopeSchema));
    const bytes = encodeRecording([utterance]);
    const all = new Uint8Array(empty.length + bytes.length);
    all.set(empty);
    all.set(bytes, empty.length);
    const records = decodeRecording(all);
    expect(records[0]?.error?.code).toBe('invalid-payload');
    expect(records[0]?.error?.message).toMatch(/holds no event/);
    expect(records[1]?.event).toStrictEqual(utterance);
  });

  it('refuses a recorded event that breaks the contract, with the validation code', () => {
    const env = create(pb.EnvelopeSchema, {
      event: {
        case: 'utterance',
        value: { id: 'u', speaker: pb.Speaker.AGENT, text: 'hi', startMs: 10, endMs: 5 },
      },
    });
    const [record] = decodeRecording(sizeDelimitedEncode(pb.EnvelopeSchema, env));
    expect(record?.error?.code).toBe('invalid-time');
    expect(record?.error?.field).toBe('endMs');
    expect(record?.error?.offset).toBe(0);
  });

  it('refuses to encode an event that is not well formed, naming what is wrong', () => {
    // Encoded as they were, these would read back as something else: a missing text as
    // an empty one, an unknown type as a record with no event.
    const cases: [unknown, string, string | undefined][] = [
      [
        { type: 'utterance', id: 'u', speaker: 'agent', final: true, startMs: 0, endMs: 5 },
        'invalid-event',
        'text',
      ],
      [{ type: 'coffee', atMs: 1 }, 'unknown-event-type', 'type'],
      [{ type: 'prosody', speaker: 'agent', startMs: 'soon' }, 'invalid-event', 'startMs'],
      [{ type: 'nudge', atMs: 1, trigger: 'hold' }, 'invalid-event', undefined],
      [null, 'invalid-event', undefined],
    ];
    for (const [event, code, field] of cases) {
      expect(() => encodeEvent(event as TonvoEvent)).toThrow(
        expect.objectContaining({ code, field }),
      );
    }
    expect(() => encodeRecording([utterance, null as never])).toThrow(
      expect.objectContaining({ code: 'invalid-event' }),
    );
  });

  it('stops at an impossible record length instead of buffering forever', () => {
    // varint for MAX_RECORD_BYTES + 1, then nothing.
    const size = MAX_RECORD_BYTES + 1;
    const varint: number[] = [];
    for (let v = size; ; v = Math.floor(v / 128)) {
      if (v < 128) {
        varint.push(v);
        break;
      }
      varint.push((v % 128) | 128);
    }
    const d = createRecordingDecoder();
    const out = d.push(new Uint8Array(varint));
    expect(out[0]?.error?.code).toBe('invalid-payload');
    expect(d.push(encodeEvent(utterance))).toEqual([]);
    expect(d.end()).toEqual([]);
  });

  it('decodes whole records in place and copies only a record split across chunks', () => {
    // Count the bytes the decoder copies (every copy it makes goes through set()).
    const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as Uint8Array;
    const set = vi.spyOn(typedArrayProto, 'set');
    const copied = (): number =>
      set.mock.calls.reduce((n, [src]) => n + (src as ArrayLike<number>).length, 0);
    try {
      const events = Array.from({ length: 200 }, (_, i) => ({ ...utterance, id: `u${i}` }));
      const bytes = encodeRecording(events);
      set.mockClear();
      const records = decodeRecording(bytes);
      expect(copied()).toBe(0);
      expect(records.map((r) => r.event)).toStrictEqual(events);

      // A record split across two chunks is the only thing copied.
      const last = encodeEvent(events[events.length - 1]!);
      const cut = bytes.length - Math.floor(last.length / 2);
      const d = createRecordingDecoder();
      set.mockClear();
      const split = [...d.push(bytes.subarray(0, cut)), ...d.push(bytes.subarray(cut)), ...d.end()];
      expect(copied()).toBe(last.length);
      expect(split.map((r) => r.event)).toStrictEqual(events);
    } finally {
      set.mockRestore();
    }
  });

  it('assembles a large record from one-byte chunks', () => {
    const big: TonvoEvent = { ...utterance, text: 'x'.repeat(19_000) };
    const bytes = encodeEvent(big);
    const d = createRecordingDecoder();
    const out: RecordingRecord[] = [];
    for (let i = 0; i < bytes.length; i++) out.push(...d.push(bytes.subarray(i, i + 1)));
    expect(out.map((r) => r.event)).toStrictEqual([big]);
    expect(d.end()).toEqual([]);
  });
});
