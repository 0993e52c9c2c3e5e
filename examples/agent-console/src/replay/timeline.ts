import { eventTimeMs, type ConversationEvent } from '@tonvo/core';

/** One thing to push into the coach, and the conversation time to push it at. */
export interface TimelineStep {
  readonly atMs: number;
  readonly event: ConversationEvent;
}

/** Options of {@link buildTimeline}. */
export interface TimelineOptions {
  /** Clock ticks between events, in conversation time, so timers (hold, dead air) fire live. */
  readonly tickMs?: number;
}

/**
 * Turns a recorded conversation into the steps a live replay pushes, in file order:
 * each event at the time it would arrive (its end, for speech), clock ticks every
 * `tickMs` of silence, and a tick at each utterance's start so that timers due
 * before the speech fire before it (as `tonvo replay` does). The steps depend on the
 * recording only, never on playback speed or the wall clock, so a replay at any
 * speed gives the coach the same events, and the same nudges.
 */
export function buildTimeline(
  events: readonly ConversationEvent[],
  options: TimelineOptions = {},
): TimelineStep[] {
  const tickMs = options.tickMs ?? 1000;
  const steps: TimelineStep[] = [];
  let clock: number | undefined;
  const conversation = events.find((e) => e.conversation !== undefined)?.conversation;
  const tick = (atMs: number): void => {
    steps.push({
      atMs,
      event: { type: 'tick', ...(conversation === undefined ? {} : { conversation }), atMs },
    });
    clock = atMs;
  };
  for (const event of events) {
    if (event.type === 'tick') continue;
    const t = eventTimeMs(event);
    const before = event.type === 'utterance' || event.type === 'vad' ? event.startMs : t;
    if (clock !== undefined) {
      for (let at = (Math.floor(clock / tickMs) + 1) * tickMs; at < before; at += tickMs) tick(at);
    }
    if (clock === undefined || before > clock) tick(before);
    const atMs = Math.max(clock ?? t, t);
    steps.push({ atMs, event });
    clock = atMs;
  }
  return steps;
}
