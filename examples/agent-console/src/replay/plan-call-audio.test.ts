import { describe, expect, test } from 'vitest';
import { planCallAudio, type CallAudioInput } from './plan-call-audio.js';

const playing: CallAudioInput = {
  status: 'playing',
  speed: 1,
  clockMs: 10_000,
  enabled: true,
  blocked: false,
  failed: false,
  rateSupported: true,
  mediaPaused: true,
  mediaMs: 0,
  mediaDurationMs: 202_540,
};

describe('planCallAudio', () => {
  test('starts the recording at the replay clock when the replay plays', () => {
    expect(planCallAudio(playing)).toEqual({ play: true, seekToMs: 10_000, note: 'on' });
  });

  test('leaves a playing recording alone within the drift tolerance, moves it back beyond', () => {
    const running = { ...playing, mediaPaused: false };
    expect(planCallAudio({ ...running, mediaMs: 10_250 }).seekToMs).toBeUndefined();
    expect(planCallAudio({ ...running, mediaMs: 10_400 }).seekToMs).toBe(10_000);
    // At 8x the tolerance is 1.2 s of conversation time (150 ms of wall time).
    expect(planCallAudio({ ...running, speed: 8, mediaMs: 11_100 }).seekToMs).toBeUndefined();
    expect(planCallAudio({ ...running, speed: 8, mediaMs: 11_300 }).seekToMs).toBe(10_000);
  });

  test.each([
    ['paused', { status: 'paused' }, 'on'],
    ['ready (after a restart)', { status: 'ready', clockMs: 0 }, 'on'],
    ['ended', { status: 'ended' }, 'on'],
    ['turned off by the agent', { enabled: false }, 'off'],
    ['at a speed the browser refuses', { speed: 32, rateSupported: false }, 'too-fast'],
    ['held back by autoplay rules', { blocked: true }, 'blocked'],
    ['unplayable in this browser', { failed: true }, 'unplayable'],
    ['past the end of the recording', { clockMs: 202_540 }, 'on'],
  ] as const)('stays silent when %s', (_, patch, note) => {
    const plan = planCallAudio({ ...playing, mediaPaused: false, ...patch });
    expect(plan).toEqual({ play: false, seekToMs: undefined, note });
  });

  test('plays before the recording length is known', () => {
    expect(planCallAudio({ ...playing, mediaDurationMs: Number.NaN }).play).toBe(true);
  });
});
