import type { PlayerStatus } from './replay-player.js';

/** What the call audio is doing, for the note next to its control. */
export type CallAudioNote =
  /** Follows the replay (or will, on Play). */
  | 'on'
  /** The agent turned it off. */
  | 'off'
  /** The browser refuses this playback rate: muted until the speed comes down. */
  | 'too-fast'
  /** The browser's autoplay rules held it back until the user interacts. */
  | 'blocked'
  /** The browser cannot play the recording. */
  | 'unplayable';

/** Where the replay and the media element are. */
export interface CallAudioInput {
  readonly status: PlayerStatus;
  readonly speed: number;
  /** The replay's clock, ms of conversation time. */
  readonly clockMs: number;
  /** The agent wants to hear the call. */
  readonly enabled: boolean;
  /** A play attempt was refused (autoplay rules) since the replay last started. */
  readonly blocked: boolean;
  /** The media element reported an error (format or network). */
  readonly failed: boolean;
  /** The media element accepted `speed` as its playback rate. */
  readonly rateSupported: boolean;
  readonly mediaPaused: boolean;
  /** The media element's position, ms. */
  readonly mediaMs: number;
  /** The recording's length, ms (`NaN` until known). */
  readonly mediaDurationMs: number;
}

/** What to do with the media element. */
export interface CallAudioPlan {
  readonly play: boolean;
  /** Move the media element here first, ms (`undefined`: leave it where it is). */
  readonly seekToMs: number | undefined;
  readonly note: CallAudioNote;
}

/**
 * How far the recording may drift from the replay's clock before it is moved back,
 * in conversation ms: 300 ms at 1x, more at higher speeds so a fast replay is not
 * chopped up by seeks (150 ms of wall time per step there).
 */
export function driftToleranceMs(speed: number): number {
  return Math.max(300, 150 * speed);
}

/**
 * Decides what the call recording does so that it follows the replay: it plays only
 * while the replay plays, the agent wants it, the browser allows it and accepts the
 * speed as a playback rate; it starts at the replay's clock and is moved back to it
 * when it drifts. The replay is the master clock, the recording follows.
 */
export function planCallAudio(input: CallAudioInput): CallAudioPlan {
  const note: CallAudioNote = input.failed
    ? 'unplayable'
    : !input.enabled
      ? 'off'
      : !input.rateSupported
        ? 'too-fast'
        : input.blocked
          ? 'blocked'
          : 'on';
  const withinRecording = !(input.clockMs >= input.mediaDurationMs);
  const play = note === 'on' && input.status === 'playing' && withinRecording;
  if (!play) return { play, seekToMs: undefined, note };
  const drift = Math.abs(input.mediaMs - input.clockMs);
  const seek = input.mediaPaused ? drift > 1 : drift > driftToleranceMs(input.speed);
  return { play, seekToMs: seek ? input.clockMs : undefined, note };
}
