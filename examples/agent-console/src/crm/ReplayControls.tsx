import type { ReactNode } from 'react';
import { formatClock } from '@tonvo/core';
import type { PlayerSnapshot, ReplayPlayer } from '../replay/replay-player.js';

const SPEEDS = [1, 2, 4, 8, 16, 32, 64];

/** Play/pause, restart, speed and progress of the replay (and, as children, more controls). */
export function ReplayControls({
  player,
  state,
  children,
}: {
  player: ReplayPlayer;
  state: PlayerSnapshot;
  children?: ReactNode;
}): ReactNode {
  const playing = state.status === 'playing';
  const speeds = SPEEDS.includes(state.speed)
    ? SPEEDS
    : [...SPEEDS, state.speed].sort((a, b) => a - b);
  return (
    <div className="crm-controls" role="group" aria-label="Replay">
      <button
        type="button"
        className="crm-button crm-primary"
        onClick={() => (playing ? player.pause() : player.play())}
        disabled={state.status === 'ended'}
      >
        {playing ? 'Pause' : state.status === 'paused' ? 'Resume' : 'Play'}
      </button>
      <button type="button" className="crm-button" onClick={() => player.restart()}>
        Restart
      </button>
      <label className="crm-speed">
        Speed{' '}
        <select value={state.speed} onChange={(e) => player.setSpeed(Number(e.target.value))}>
          {speeds.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <progress
        className="crm-progress"
        max={Math.max(1, state.durationMs)}
        value={state.positionMs}
        aria-label="Replay position"
      />
      <span className="crm-clock" aria-hidden="true">
        {formatClock(state.positionMs)} / {formatClock(state.durationMs)}
      </span>
      <span className="crm-status" data-status={state.status}>
        {state.status === 'ended'
          ? 'Call ended'
          : playing
            ? 'Replaying'
            : state.status === 'paused'
              ? 'Paused'
              : 'Ready'}
      </span>
      {children}
    </div>
  );
}
