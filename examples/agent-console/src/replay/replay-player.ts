import type { CallReport, Coach } from '@tonvo/core';
import type { TimelineStep } from './timeline.js';

/** Where a replay is. */
export type PlayerStatus = 'ready' | 'playing' | 'paused' | 'ended';

/** The state of a replay, immutable: a new object on every change. */
export interface PlayerSnapshot {
  readonly status: PlayerStatus;
  /**
   * Conversation time reached, ms: where the pushed steps are (the clock, in
   * silences), published at most every 250 ms of wall time while playing.
   */
  readonly positionMs: number;
  readonly durationMs: number;
  /** Times real time. */
  readonly speed: number;
  readonly coach: Coach;
  readonly report: CallReport | undefined;
}

/** Options of {@link createReplayPlayer}. */
export interface ReplayPlayerOptions {
  readonly steps: readonly TimelineStep[];
  /** Makes the coach of one playback (a restart makes a new one). */
  readonly createCoach: () => Coach;
  readonly speed?: number;
  /**
   * How far the clock may run ahead of the steps, wall ms, when the page cannot push
   * them as fast as the speed asks (a loaded machine at 64x): beyond it the clock waits
   * for them, so words, voice and the recording that follows the clock stay together.
   * Default 500.
   */
  readonly maxLagMs?: number;
}

/** Plays timeline steps into a coach in (accelerated) real time. */
export interface ReplayPlayer {
  getSnapshot(): PlayerSnapshot;
  subscribe(listener: () => void): () => void;
  /**
   * The playback clock now, ms of conversation time: moves continuously while
   * playing (the snapshot's `positionMs` only moves with steps and clock refreshes).
   */
  clockMs(): number;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Stops, throws the coach away and starts over with a new one (paused). */
  restart(): void;
  destroy(): void;
}

/** How often the call clock on screen moves, wall ms (not on every step: each costs a render). */
const CLOCK_REFRESH_MS = 250;

/**
 * A replay of a recorded call: pushes each timeline step into the coach when the
 * playback clock reaches it, one step per macrotask so the UI shows every state the
 * coach went through, and ends the coach (which builds the report) after the last
 * step. Wall time only decides when a step is pushed, never which steps there are.
 */
export function createReplayPlayer(options: ReplayPlayerOptions): ReplayPlayer {
  const { steps } = options;
  const maxLagMs = options.maxLagMs ?? 500;
  const durationMs = steps[steps.length - 1]?.atMs ?? 0;
  const listeners = new Set<() => void>();
  let snapshot: PlayerSnapshot = {
    status: 'ready',
    positionMs: 0,
    durationMs,
    speed: options.speed ?? 1,
    coach: options.createCoach(),
    report: undefined,
  };
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Playback clock: conversation time `baseMs` at wall time `wallMs`.
  let baseMs = 0;
  let wallMs = 0;
  let lastPublish = 0;
  // Bumped by pause and restart, so a step still being analysed does not restart the loop.
  let generation = 0;

  const set = (patch: Partial<PlayerSnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    for (const l of [...listeners]) l();
  };
  const position = (): number =>
    Math.min(durationMs, baseMs + (performance.now() - wallMs) * snapshot.speed);
  const stopTimer = (): void => {
    generation++;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const finish = (): void => {
    stopTimer();
    const coach = snapshot.coach;
    set({ status: 'ended', positionMs: durationMs });
    void coach.end(durationMs).then(
      (report) => {
        if (snapshot.coach === coach) set({ report });
      },
      () => {
        // The coach reports its own errors through its snapshot and `error` event.
      },
    );
  };

  const loop = (): void => {
    timer = undefined;
    if (snapshot.status !== 'playing') return;
    const now = position();
    const step = steps[next];
    if (step === undefined) {
      finish();
      return;
    }
    if (step.atMs <= now) {
      if ((now - step.atMs) / snapshot.speed > maxLagMs) {
        baseMs = step.atMs;
        wallMs = performance.now();
      }
      next++;
      const coach = snapshot.coach;
      coach.push(step.event);
      if (performance.now() - lastPublish >= CLOCK_REFRESH_MS) {
        set({ positionMs: step.atMs });
        lastPublish = performance.now();
      }
      // An asynchronous analyzer (a model) may still be reading this step: the next
      // one waits for it, so the screen shows every state the coach goes through.
      const run = generation;
      void coach.whenIdle().then(() => {
        if (run === generation && timer === undefined) timer = setTimeout(loop, 0);
      });
      return;
    }
    if (performance.now() - lastPublish >= CLOCK_REFRESH_MS) {
      lastPublish = performance.now();
      set({ positionMs: now });
    }
    // Wake for the next step or the next refresh of the clock, whichever comes first: a
    // full refresh interval from here (after a step pushed just before a refresh was
    // due) would leave the clock on screen up to twice as stale as the recording.
    const wait = (step.atMs - now) / snapshot.speed;
    const untilRefresh = lastPublish + CLOCK_REFRESH_MS - performance.now();
    timer = setTimeout(loop, Math.max(0, Math.min(wait, untilRefresh)));
  };

  return {
    getSnapshot: () => snapshot,
    clockMs: () => (snapshot.status === 'playing' ? position() : snapshot.positionMs),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    play() {
      if (snapshot.status === 'playing' || snapshot.status === 'ended') return;
      baseMs = snapshot.positionMs;
      wallMs = performance.now();
      set({ status: 'playing' });
      loop();
    },
    pause() {
      if (snapshot.status !== 'playing') return;
      stopTimer();
      // Where the steps are, if the clock ran ahead of them.
      set({ status: 'paused', positionMs: Math.min(position(), steps[next]?.atMs ?? durationMs) });
    },
    setSpeed(speed) {
      if (!(speed > 0)) return;
      if (snapshot.status === 'playing') {
        baseMs = position();
        wallMs = performance.now();
      }
      set({ speed });
    },
    restart() {
      stopTimer();
      snapshot.coach.destroy();
      next = 0;
      set({ status: 'ready', positionMs: 0, coach: options.createCoach(), report: undefined });
    },
    destroy() {
      stopTimer();
      snapshot.coach.destroy();
      listeners.clear();
    },
  };
}
