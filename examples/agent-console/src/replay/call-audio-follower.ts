import { planCallAudio, type CallAudioNote } from './plan-call-audio.js';
import type { ReplayPlayer } from './replay-player.js';

/** What the call audio control shows. */
export interface CallAudioState {
  /** The agent wants to hear the call (the control's checkbox). */
  readonly enabled: boolean;
  readonly note: CallAudioNote;
  /** The replay's speed, for the note. */
  readonly speed: number;
}

/** Keeps a media element playing the call's recording in step with a replay. */
export interface CallAudioFollower {
  getSnapshot(): CallAudioState;
  subscribe(listener: () => void): () => void;
  /** Follows the replay with this element until the returned function is called. */
  attach(media: HTMLMediaElement): () => void;
  /** Turns the call audio on or off (call it from the control's event handler). */
  setEnabled(enabled: boolean): void;
  /** Tries again after the browser held the sound back (call it from a click). */
  retry(): void;
}

/**
 * The call recording follows the replay: the player is the clock, and on every change
 * of its snapshot (a step, play, pause, restart, speed, and a clock refresh at least
 * every 250 ms while playing) the element is started, paused, moved or re-rated as
 * {@link planCallAudio} says. The listener runs inside `player.play()`, so when Play is
 * clicked the element's `play()` is called within the click: autoplay rules allow it. A
 * replay started without a click (`?autoplay=1`) may be refused; the note says so
 * and {@link CallAudioFollower.retry} starts the sound from the next click.
 */
export function createCallAudioFollower(options: { player: ReplayPlayer }): CallAudioFollower {
  const { player } = options;
  const listeners = new Set<() => void>();
  let state: CallAudioState = { enabled: true, note: 'on', speed: player.getSnapshot().speed };
  let blocked = false;
  let failed = false;
  let sync = (): void => {};

  const set = (next: CallAudioState): void => {
    if (next.enabled === state.enabled && next.note === state.note && next.speed === state.speed)
      return;
    state = next;
    for (const l of [...listeners]) l();
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach(media) {
      let lastStatus = player.getSnapshot().status;
      let attached = true;
      sync = () => {
        if (!attached) return;
        const s = player.getSnapshot();
        // A new start of the replay (a click on Play) may start the sound again.
        if (s.status === 'playing' && lastStatus !== 'playing') blocked = false;
        lastStatus = s.status;
        if (media.playbackRate !== s.speed) {
          try {
            media.playbackRate = s.speed;
          } catch {
            // NotSupportedError: the browser plays no audio at this rate (Chromium: above 16x).
          }
        }
        const plan = planCallAudio({
          status: s.status,
          speed: s.speed,
          clockMs: player.clockMs(),
          enabled: state.enabled,
          blocked,
          failed,
          rateSupported: media.playbackRate === s.speed,
          mediaPaused: media.paused,
          mediaMs: media.currentTime * 1000,
          mediaDurationMs: media.duration * 1000,
        });
        if (plan.seekToMs !== undefined) media.currentTime = plan.seekToMs / 1000;
        if (plan.play && media.paused) {
          media.play().catch((e: unknown) => {
            // NotAllowedError: autoplay rules. (AbortError: a pause came first, as wanted.)
            if (e instanceof DOMException && e.name === 'NotAllowedError') {
              blocked = true;
              sync();
            }
          });
        } else if (!plan.play && !media.paused) {
          media.pause();
        }
        set({ ...state, note: plan.note, speed: s.speed });
      };
      const onError = (): void => {
        failed = true;
        sync();
      };
      const onMetadata = (): void => sync();
      media.addEventListener('error', onError);
      media.addEventListener('loadedmetadata', onMetadata);
      if (media.error !== null) failed = true;
      const off = player.subscribe(() => sync());
      sync();
      return () => {
        attached = false;
        off();
        media.removeEventListener('error', onError);
        media.removeEventListener('loadedmetadata', onMetadata);
        media.pause();
      };
    },
    setEnabled(enabled) {
      state = { ...state, enabled };
      for (const l of [...listeners]) l();
      sync();
    },
    retry() {
      blocked = false;
      sync();
    },
  };
}
