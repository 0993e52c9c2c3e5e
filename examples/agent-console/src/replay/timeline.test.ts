import { describe, expect, test } from 'vitest';
import type { ConversationEvent } from '@tonvo/core';
import { buildTimeline } from './timeline.js';

const events: ConversationEvent[] = [
  { type: 'signal', conversation: 'c', kind: 'call-started', atMs: 0 },
  {
    type: 'utterance',
    conversation: 'c',
    id: 'u1',
    speaker: 'agent',
    text: 'Hello',
    final: false,
    startMs: 400,
    endMs: 900,
  },
  {
    type: 'utterance',
    conversation: 'c',
    id: 'u1',
    speaker: 'agent',
    text: 'Hello there',
    final: true,
    startMs: 400,
    endMs: 1500,
  },
  { type: 'signal', conversation: 'c', kind: 'hold-started', atMs: 1600 },
  { type: 'signal', conversation: 'c', kind: 'hold-ended', atMs: 4200 },
];

describe('buildTimeline', () => {
  const steps = buildTimeline(events);
  const at = steps.map((s) => [s.atMs, s.event.type === 'tick' ? 'tick' : s.event.type]);

  test('pushes each event when it arrives, with ticks through silences and before speech', () => {
    expect(at).toEqual([
      [0, 'tick'],
      [0, 'signal'],
      [400, 'tick'],
      [900, 'utterance'],
      [1500, 'utterance'],
      [1600, 'tick'],
      [1600, 'signal'],
      [2000, 'tick'],
      [3000, 'tick'],
      [4000, 'tick'],
      [4200, 'tick'],
      [4200, 'signal'],
    ]);
  });

  test('keeps the conversation id on ticks and never goes back in time', () => {
    for (const s of steps) expect(s.event.conversation).toBe('c');
    for (let i = 1; i < steps.length; i++)
      expect(steps[i]!.atMs).toBeGreaterThanOrEqual(steps[i - 1]!.atMs);
  });

  test('the tick spacing is an option', () => {
    const ticks = buildTimeline(events, { tickMs: 500 })
      .filter((s) => s.event.type === 'tick')
      .map((s) => s.atMs);
    expect(ticks).toEqual([0, 400, 1600, 2000, 2500, 3000, 3500, 4000, 4200]);
  });
});
