import { useEffect, useId, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { createCallAudioFollower, type CallAudioState } from '../replay/call-audio-follower.js';
import type { ReplayPlayer } from '../replay/replay-player.js';

function noteText(s: CallAudioState): string {
  switch (s.note) {
    case 'too-fast':
      return `Muted at ${s.speed}×: too fast for the browser to play`;
    case 'blocked':
      return 'The browser held the sound back until you click';
    case 'unplayable':
      return 'This browser cannot play the recording (its voice still reaches the coach)';
    case 'on':
    case 'off':
      return '';
  }
}

/**
 * The call's recording, heard in step with the replay: a labelled checkbox turns it on
 * or off, a note says when it is muted (too fast, held back by the browser); the
 * `<audio>` element itself has no controls of its own, since the replay drives it.
 * Without a recording (a dropped JSONL file) it says the replay is words only.
 */
export function CallAudio({
  player,
  src,
}: {
  player: ReplayPlayer;
  src: string | undefined;
}): ReactNode {
  const follower = useMemo(() => createCallAudioFollower({ player }), [player]);
  const state = useSyncExternalStore(follower.subscribe, follower.getSnapshot);
  const media = useRef<HTMLAudioElement>(null);
  const noteId = useId();
  useEffect(() => {
    const el = media.current;
    return el === null ? undefined : follower.attach(el);
  }, [follower, src]);
  if (src === undefined)
    return (
      <span className="crm-audio crm-muted" data-audio="none">
        No recording: words only
      </span>
    );
  const note = noteText(state);
  return (
    <span className="crm-audio" data-audio={state.note}>
      <label className="crm-audio-toggle">
        <input
          type="checkbox"
          checked={state.enabled}
          onChange={(e) => follower.setEnabled(e.target.checked)}
          aria-describedby={noteId}
        />{' '}
        Call audio
      </label>
      <span id={noteId} className="crm-audio-note" aria-live="polite">
        {note}
      </span>
      {state.note === 'blocked' ? (
        <button type="button" className="crm-button" onClick={() => follower.retry()}>
          Play sound
        </button>
      ) : null}
      <audio ref={media} src={src} preload="auto" />
    </span>
  );
}
