import {
  createCoach,
  eventTimeMs,
  getDefaultCoachOptions,
  createConversationRedactor,
  TonvoError,
  type Coach,
  type CoachOptions,
  type CoachOutputEvent,
  type ConversationEvent,
  type TonvoEvent,
} from '@tonvo/core';
import type { InputRecord } from './read-events.js';

/** Where a replay sends what happens. */
export interface ReplaySink {
  /** An input event the coach accepted (pretty views print transcript lines from these). */
  input(event: ConversationEvent): void;
  /** An output event of a coach. */
  output(event: CoachOutputEvent): void;
  /** A refused input line or record. */
  error(where: string, error: TonvoError): void;
}

/** How a replay runs. */
export interface ReplayOptions {
  /** Times real time (8 = eight times faster); 0 plays as fast as possible. */
  readonly speed: number;
  /** Coach options per conversation. */
  readonly coachOptions: (conversation: string) => CoachOptions;
  /** Waits; injected so tests don't wait. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Longest real pause between two events when paced, ms. */
  readonly maxPauseMs?: number;
}

/** What a replay did. (Each conversation's report came out through `output`.) */
export interface ReplaySummary {
  readonly conversations: number;
  readonly events: number;
  readonly errors: number;
}

const TICK_MS = 1000;

const isInput = (e: TonvoEvent): e is ConversationEvent =>
  e.type === 'utterance' ||
  e.type === 'prosody' ||
  e.type === 'vad' ||
  e.type === 'signal' ||
  e.type === 'tick' ||
  e.type === 'feedback';

/**
 * Replays one or many interleaved conversations, one coach each, in file order;
 * optionally paced in accelerated real time with clock ticks so time-based nudges
 * (long hold, dead air) appear when they would live.
 *
 * A conversation is ended, its report written and its coach let go, once its
 * `call-ended` signal is further behind the newest event time read than the coach
 * accepts late events (`maxLatenessMs`): a long file or a live stream of many calls
 * holds only the calls still going on, and each report comes out when its call is
 * over. An event of a conversation that was ended is refused (`ended`). The others
 * end with the input.
 */
export async function replay(
  records: AsyncIterable<InputRecord>,
  sink: ReplaySink,
  options: ReplayOptions,
): Promise<ReplaySummary> {
  const coaches = new Map<string, Coach>();
  const redaction = options.coachOptions('').redact ?? {};
  // Redacted as each coach redacts what it stores, the conversations told apart.
  const redactShown = redaction === false ? undefined : createConversationRedactor(redaction);
  const clocks = new Map<string, number>();
  /** When each conversation that signalled its end may be ended (its end + lateness). */
  const endsAfter = new Map<string, number>();
  /** Conversations ended before the input did. */
  const ended = new Set<string>();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxPause = options.maxPauseMs ?? 4000;
  let events = 0;
  let errors = 0;
  let lastTime: number | undefined;

  const coachFor = (conversation: string): Coach => {
    let coach = coaches.get(conversation);
    if (coach === undefined) {
      coach = createCoach({
        ...options.coachOptions(conversation),
        ...(conversation === '' ? {} : { conversation }),
      });
      coach.on('output', (e) => sink.output(e));
      coach.on('error', (e) => {
        errors++;
        sink.error(conversation === '' ? 'event' : `conversation ${conversation}`, e);
      });
      coaches.set(conversation, coach);
    }
    return coach;
  };

  for await (const r of records) {
    if (r.error !== undefined) {
      errors++;
      sink.error(r.where, r.error);
      continue;
    }
    const e = r.event;
    if (!isInput(e)) continue; // a recording may hold earlier outputs; they are not replayed
    const conversation = e.conversation ?? '';
    const t = eventTimeMs(e);
    // Calls whose end this event's time has passed (by more than the lateness a coach
    // allows) are over: their reports come before what this event sets off.
    const newest = lastTime === undefined || t > lastTime ? t : lastTime;
    for (const [c, after] of endsAfter) {
      if (newest <= after) continue;
      endsAfter.delete(c);
      await endCoach(c);
      ended.add(c);
    }
    if (ended.has(conversation)) {
      errors++;
      sink.error(
        `conversation ${conversation}`,
        new TonvoError(
          'ended',
          `event at ${t} ms came after the conversation ended and its report was written`,
        ),
      );
      continue;
    }
    const coach = coachFor(conversation);
    if (options.speed > 0 && lastTime !== undefined && t > lastTime) {
      // Pace in real time, ticking the clock so timers fire when they would live.
      const gap = t - lastTime;
      const pause = Math.min(gap / options.speed, maxPause);
      const steps = Math.max(1, Math.floor(gap / TICK_MS));
      for (let k = 1; k <= steps; k++) {
        await sleep(pause / steps);
        const at = lastTime + (gap * k) / steps;
        if (k < steps) {
          for (const [c, other] of coaches) {
            if ((clocks.get(c) ?? 0) < at)
              other.push({ type: 'tick', ...(c === '' ? {} : { conversation: c }), atMs: at });
          }
        }
      }
    }
    if (lastTime === undefined || t > lastTime) lastTime = t;
    // Let the clock reach this event first, so timers due before it (a long hold, dead
    // air) come out before it; a span event is ticked only to its start.
    const before = e.type === 'utterance' || e.type === 'vad' ? e.startMs : t;
    if (e.type !== 'tick' && before > (clocks.get(conversation) ?? -1)) {
      coach.push({ type: 'tick', ...(conversation === '' ? {} : { conversation }), atMs: before });
    }
    clocks.set(conversation, Math.max(clocks.get(conversation) ?? 0, t));
    // What is shown is what the coach stores: redacted, unless redaction is off.
    sink.input(redactShown === undefined ? e : redactShown(e));
    if (coach.push(e)) events++;
    await coach.whenIdle();
    if (e.type === 'signal' && e.kind === 'call-ended') {
      const lateness = options.coachOptions(conversation).maxLatenessMs ?? DEFAULT_LATENESS_MS;
      endsAfter.set(conversation, t + lateness);
    }
  }
  const total = coaches.size + ended.size;
  for (const c of [...coaches.keys()]) await endCoach(c);
  return { conversations: total, events, errors };

  /** Ends a conversation's coach (its report goes out through `output`) and lets it go. */
  async function endCoach(conversation: string): Promise<void> {
    const coach = coaches.get(conversation)!;
    await coach.end();
    coach.destroy();
    coaches.delete(conversation);
    clocks.delete(conversation);
  }
}

const DEFAULT_LATENESS_MS = getDefaultCoachOptions().maxLatenessMs;
