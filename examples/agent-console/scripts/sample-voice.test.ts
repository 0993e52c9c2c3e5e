import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readJsonl, type ConversationEvent } from '@tonvo/core';
import { sampleConversation } from '../src/replay/sample-call.js';
import { SAMPLE_CALL_JSONL, SAMPLE_VOICE_JSONL, sampleVoiceJsonl } from './sample-voice.js';

describe('the sample call voice events the console serves', () => {
  test('are exactly what the Node audio pipeline gives for sample-call.wav (else: pnpm sample-voice)', async () => {
    expect(readFileSync(SAMPLE_VOICE_JSONL, 'utf8')).toBe(await sampleVoiceJsonl());
  });

  test('cover the whole call for both speakers, and raise the customer voice at the frustrated turn', () => {
    const events = [...readJsonl(readFileSync(SAMPLE_VOICE_JSONL, 'utf8'))].map(
      (r) => r.event as ConversationEvent,
    );
    const prosody = events.filter((e) => e.type === 'prosody');
    const vad = events.filter((e) => e.type === 'vad');
    for (const speaker of ['agent', 'customer'] as const) {
      expect(prosody.filter((e) => e.speaker === speaker).length).toBeGreaterThan(190);
      expect(vad.filter((e) => e.speaker === speaker).length).toBeGreaterThan(5);
    }
    // "This is ridiculous..." (1:06-1:14): the customer sounds louder/higher than usual.
    const ridiculous = prosody.filter(
      (e) => e.speaker === 'customer' && e.startMs >= 66_000 && e.endMs <= 75_000,
    );
    expect(Math.max(...ridiculous.map((e) => e.arousal ?? 0))).toBeGreaterThan(0.5);
  });

  test('merge with the transcript in time order, all under the transcript conversation', () => {
    const transcript = readFileSync(SAMPLE_CALL_JSONL, 'utf8');
    const words = sampleConversation(transcript);
    const merged = sampleConversation(transcript, readFileSync(SAMPLE_VOICE_JSONL, 'utf8'));
    expect(merged.id).toBe(words.id);
    expect(merged.events.filter((e) => e.type !== 'prosody' && e.type !== 'vad')).toEqual(
      words.events,
    );
    expect(merged.events.length).toBeGreaterThan(words.events.length + 400);
  });
});
