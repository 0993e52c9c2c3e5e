import { describe, expect, test } from 'vitest';
import type { ConversationEvent } from '@tonvo/core';
import { mergeVoice } from './merge-voice.js';

const said = (id: string, startMs: number, endMs: number): ConversationEvent => ({
  type: 'utterance',
  id,
  speaker: 'customer',
  text: id,
  final: true,
  startMs,
  endMs,
});
const window = (startMs: number): ConversationEvent => ({
  type: 'prosody',
  speaker: 'customer',
  startMs,
  endMs: startMs + 1000,
  pitchMedianHz: 200,
  pitchRangeHz: 40,
  energyDbfs: -20,
  speakingRate: 4,
  voicedRatio: 0.6,
});
const label = (e: ConversationEvent): string =>
  e.type === 'utterance' ? e.id : e.type === 'prosody' ? `w${e.startMs}` : e.type;

describe('mergeVoice', () => {
  test('interleaves by arrival time; words that arrived by a window come before it', () => {
    const transcript = [
      { type: 'signal', kind: 'call-started', atMs: 0 } as const,
      said('u1', 200, 1000),
      said('u2', 1500, 2600),
    ];
    const merged = mergeVoice(transcript, [window(0), window(1000), window(2000), window(3000)]);
    expect(merged.map(label)).toEqual(['signal', 'u1', 'w0', 'w1000', 'u2', 'w2000', 'w3000']);
  });

  test('keeps the transcript in its own order, and a transcript alone as it is', () => {
    const transcript = [said('late', 0, 5000), said('early', 0, 1000)];
    expect(mergeVoice(transcript, [window(0)]).map(label)).toEqual(['w0', 'late', 'early']);
    expect(mergeVoice(transcript, [])).toEqual(transcript);
  });
});
