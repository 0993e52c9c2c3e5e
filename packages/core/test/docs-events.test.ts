/** Keeps docs/events.md honest: every JSONL example in it must be a valid event. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRecording, encodeRecording } from '../src/events/binary.js';
import { readJsonl, writeJsonl } from '../src/events/jsonl.js';
import type { TonvoEvent } from '../src/events/types.js';
import { redactText } from '../src/redact/redact-text.js';

const doc = readFileSync(new URL('../../../docs/events.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```jsonl\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/events.md', () => {
  it('has a JSONL example of every event type', () => {
    const types = new Set(
      blocks.flatMap((b) => [...readJsonl(b, { outputs: true })].map((r) => r.event?.type)),
    );
    for (const t of [
      'utterance',
      'prosody',
      'vad',
      'signal',
      'tick',
      'feedback',
      'state',
      'trigger',
      'nudge',
      'sentiment',
      'report',
    ]) {
      expect(types, t).toContain(t);
    }
  });

  it.each(blocks.map((b, i) => [i, b] as const))(
    'example block %i parses and round-trips',
    (_i, block) => {
      const records = [...readJsonl(block, { outputs: true })];
      expect(records.map((r) => r.error?.message)).toEqual(records.map(() => undefined));
      const events = records.map((r) => r.event as TonvoEvent);
      expect(events.map((_e, i) => JSON.parse(block.trim().split('\n')[i]!))).toStrictEqual(
        events.map((e) => JSON.parse(JSON.stringify(e))),
      );
      expect(
        [...readJsonl(writeJsonl(events), { outputs: true })].map((r) => r.event),
      ).toStrictEqual(events);
      expect(decodeRecording(encodeRecording(events)).map((r) => r.event)).toStrictEqual(events);
    },
  );

  it('shows redaction results that the code really gives', () => {
    expect(redactText('card 4111 1111 1111 1111 exp 04/27 cvv 123').text).toBe(
      'card [card] exp [expiry] cvv [cvv]',
    );
    expect(redactText('it is john dot smith at gmail dot com').findings).toEqual([
      { kind: 'email', start: 6, end: 37 },
    ]);
  });
});
