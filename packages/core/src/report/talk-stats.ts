import type { Speaker, TalkStats, TimeSpan } from '../events/types.js';

/** Shortest gap that counts as a silence, ms. @internal */
export const MIN_SILENCE_MS = 3_000;

/**
 * A silence this long (ms), or a hold, ends a speaker's run of talk. A shorter pause
 * (the agent looking something up for 15 s between two explanations) stays in the run:
 * the customer is still waiting on the agent. Without it an agent who said "One moment",
 * held for two and a half minutes and came back with the answer had "talked for 165 s".
 * The `monologue` trigger and the report's longest run both go by it.
 * @internal
 */
export const RUN_BREAK_MS = 20_000;
const MAX_SILENCES = 100;

/**
 * Accumulates talk time, overtalk, runs (monologues) and silences from speech
 * intervals, in O(1) memory.
 * @internal
 */
export class TalkAccumulator {
  readonly #talk = { agent: 0, customer: 0 };
  readonly #lastEnd: Record<Speaker, number> = { agent: -Infinity, customer: -Infinity };
  readonly #last: Record<Speaker, TimeSpan | undefined> = { agent: undefined, customer: undefined };
  #overtalk = 0;
  #speechEnd: number | undefined;
  #runSpeaker: Speaker | undefined;
  #runStart = 0;
  #runEnd = 0;
  #longest = { ms: 0, speaker: undefined as Speaker | undefined, startMs: 0 };
  #silences: TimeSpan[] = [];
  #silenceCount = 0;
  #silenceTotal = 0;
  #longestSilence = 0;
  #agentWords = 0;
  #agentWordMs = 0;

  /** A stretch of speech by `speaker`. */
  addSpeech(speaker: Speaker, startMs: number, endMs: number): void {
    const other: Speaker = speaker === 'agent' ? 'customer' : 'agent';
    // Talk time without double-counting this speaker's own overlapping intervals.
    const from = Math.max(startMs, this.#lastEnd[speaker]);
    if (endMs > from) this.#talk[speaker] += endMs - from;
    const o = this.#last[other];
    if (o !== undefined) {
      const overlap = Math.min(endMs, o.endMs) - Math.max(from, o.startMs);
      if (overlap > 0) this.#overtalk += overlap;
    }
    // Silence between the previous speech of anyone and this one.
    if (this.#speechEnd !== undefined && startMs - this.#speechEnd >= MIN_SILENCE_MS) {
      this.#silence(this.#speechEnd, startMs);
    }
    this.#speechEnd = Math.max(this.#speechEnd ?? endMs, endMs);
    // Runs: consecutive speech of one speaker, not across a long silence or a hold.
    if (this.#runSpeaker !== speaker || startMs - this.#runEnd >= RUN_BREAK_MS) {
      this.#runSpeaker = speaker;
      this.#runStart = startMs;
      this.#runEnd = endMs;
    }
    this.#runEnd = Math.max(this.#runEnd, endMs);
    const run = this.#runEnd - this.#runStart;
    if (run > this.#longest.ms) this.#longest = { ms: run, speaker, startMs: this.#runStart };
    this.#lastEnd[speaker] = Math.max(this.#lastEnd[speaker], endMs);
    this.#last[speaker] = { startMs, endMs };
  }

  /** Words the agent said over a duration, for words per minute. */
  addAgentWords(words: number, durationMs: number): void {
    this.#agentWords += words;
    this.#agentWordMs += durationMs;
  }

  /** A hold: the silence it covers is expected, not dead air, and ends the run of talk. */
  addHold(endMs: number): void {
    this.#speechEnd = Math.max(this.#speechEnd ?? endMs, endMs);
    this.#runSpeaker = undefined;
  }

  last(speaker: Speaker): TimeSpan | undefined {
    return this.#last[speaker];
  }

  #silence(startMs: number, endMs: number): void {
    const ms = endMs - startMs;
    this.#silenceCount++;
    this.#silenceTotal += ms;
    this.#longestSilence = Math.max(this.#longestSilence, ms);
    if (this.#silences.length < MAX_SILENCES) this.#silences.push({ startMs, endMs });
    else {
      // Keep the longest ones.
      let shortest = 0;
      for (let i = 1; i < this.#silences.length; i++) {
        const s = this.#silences[i]!;
        const m = this.#silences[shortest]!;
        if (s.endMs - s.startMs < m.endMs - m.startMs) shortest = i;
      }
      const m = this.#silences[shortest]!;
      if (ms > m.endMs - m.startMs) this.#silences[shortest] = { startMs, endMs };
    }
  }

  stats(): TalkStats {
    const total = this.#talk.agent + this.#talk.customer;
    return {
      agentTalkMs: this.#talk.agent,
      customerTalkMs: this.#talk.customer,
      agentTalkRatio: total === 0 ? 0 : this.#talk.agent / total,
      longestMonologueMs: this.#longest.ms,
      ...(this.#longest.speaker === undefined
        ? {}
        : { longestMonologueSpeaker: this.#longest.speaker }),
      longestMonologueStartMs: this.#longest.startMs,
      silenceCount: this.#silenceCount,
      silenceTotalMs: this.#silenceTotal,
      longestSilenceMs: this.#longestSilence,
      overtalkMs: this.#overtalk,
      agentWordsPerMinute:
        this.#agentWordMs === 0 ? 0 : this.#agentWords / (this.#agentWordMs / 60_000),
      silences: [...this.#silences].sort((a, b) => a.startMs - b.startMs),
    };
  }
}
