import { RUN_BREAK_MS } from '../report/talk-stats.js';
import type { ConversationEvent, Speaker, StateChangeEvent, TimeSpan } from '../events/types.js';
import type { AskedQuestion } from '../perception/conversation-cues.js';
import type {
  ConversationTimers,
  RuleContext,
  RuleEventKind,
  SignalStatus,
  UtteranceView,
} from '../rules/rule-types.js';
import { FadingMachine } from '../state/fading-machine.js';
import { initialSentimentState, type SentimentMachineState } from '../state/sentiment-machine.js';
import type { SentimentParams } from '../state/sentiment-params.js';
import { RingBuffer } from '../util/ring-buffer.js';

const RECENT_FINALS = 64;
const FIRE_HISTORY = 32;
const QUESTIONS = 16;
const MAX_OCCURRENCE_KEYS = 1024;

interface MutableSignals {
  callStartedAtMs: number | undefined;
  callEndedAtMs: number | undefined;
  onHold: boolean;
  holdStartedAtMs: number | undefined;
  holdCount: number;
  muted: boolean;
  transferredAtMs: number | undefined;
}

interface MutableTimers {
  startMs: number | undefined;
  lastSpeechEndMs: number | undefined;
  agentRunStartMs: number | undefined;
  agentRunEndMs: number | undefined;
  lastCustomerSpeechEndMs: number | undefined;
  lastAgentSpeechEndMs: number | undefined;
}

/**
 * What the coach remembers about one conversation, bounded: recent finals, speech
 * times, signals, sentiment machines and trigger history. It is also the one
 * {@link RuleContext} object rules read (the processor sets the per-step fields).
 * @internal
 */
export class ConversationMemory implements RuleContext {
  nowMs = 0;
  kind: RuleEventKind = 'utterance';
  event: ConversationEvent | undefined;
  utterance: UtteranceView | undefined;
  stateChange: StateChangeEvent | undefined;
  readonly values: Readonly<Record<string, string>>;
  readonly signals: SignalStatus;
  readonly timers: ConversationTimers;
  readonly mutableSignals: MutableSignals;
  readonly mutableTimers: MutableTimers;
  /** Each speaker's sentiment machine (read with {@link state}). */
  readonly machines: Record<Speaker, FadingMachine>;
  readonly finals: RingBuffer<UtteranceView> = new RingBuffer(RECENT_FINALS);
  readonly last: Record<Speaker, UtteranceView | undefined> = {
    agent: undefined,
    customer: undefined,
  };
  readonly partial: Record<Speaker, UtteranceView | undefined> = {
    agent: undefined,
    customer: undefined,
  };
  readonly customerQuestions: RingBuffer<AskedQuestion> = new RingBuffer(QUESTIONS);
  readonly speech: Record<Speaker, TimeSpan | undefined> = {
    agent: undefined,
    customer: undefined,
  };
  /** Whether speech times come from VAD (once any VAD segment arrived) rather than utterances. */
  useVad = false;
  readonly #fires = new Map<string, RingBuffer<number>>();
  readonly #occurrences = new Map<string, RingBuffer<number>>();
  readonly #agentPace = new RingBuffer<{ endMs: number; words: number; ms: number }>(16);

  constructor(values: Readonly<Record<string, string>>, sentiment: SentimentParams) {
    this.values = values;
    this.machines = {
      agent: new FadingMachine(initialSentimentState(), sentiment),
      customer: new FadingMachine(initialSentimentState(), sentiment),
    };
    this.mutableSignals = {
      callStartedAtMs: undefined,
      callEndedAtMs: undefined,
      onHold: false,
      holdStartedAtMs: undefined,
      holdCount: 0,
      muted: false,
      transferredAtMs: undefined,
    };
    this.signals = this.mutableSignals;
    this.mutableTimers = {
      startMs: undefined,
      lastSpeechEndMs: undefined,
      agentRunStartMs: undefined,
      agentRunEndMs: undefined,
      lastCustomerSpeechEndMs: undefined,
      lastAgentSpeechEndMs: undefined,
    };
    this.timers = this.mutableTimers;
  }

  state(speaker: Speaker): SentimentMachineState {
    return (speaker === 'agent' ? this.machines.agent : this.machines.customer).read();
  }

  recent(
    options: { readonly speaker?: Speaker; readonly withinMs?: number } = {},
  ): readonly UtteranceView[] {
    const { speaker, withinMs } = options;
    const finals = this.finals;
    const n =
      withinMs === undefined
        ? finals.size
        : finals.countNewestWhile((u) => this.nowMs - u.endMs <= withinMs);
    const out: UtteranceView[] = [];
    for (let k = finals.size - n; k < finals.size; k++) {
      const u = finals.at(k)!;
      if (speaker === undefined || u.speaker === speaker) out.push(u);
    }
    return out;
  }

  lastUtterance(speaker: Speaker): UtteranceView | undefined {
    return speaker === 'agent' ? this.last.agent : this.last.customer;
  }

  lastSpeech(speaker: Speaker): TimeSpan | undefined {
    return speaker === 'agent' ? this.speech.agent : this.speech.customer;
  }

  firedCount(trigger: string, withinMs?: number): number {
    const ring = this.#fires.get(trigger);
    if (ring === undefined) return 0;
    if (withinMs === undefined) return ring.size;
    return ring.countNewestWhile((at) => this.nowMs - at <= withinMs);
  }

  lastFiredAtMs(trigger: string): number | undefined {
    return this.#fires.get(trigger)?.last();
  }

  occurrences(key: string, withinMs: number): number {
    let ring = this.#occurrences.get(key);
    if (ring === undefined) {
      if (this.#occurrences.size >= MAX_OCCURRENCE_KEYS)
        this.#occurrences.delete(this.#occurrences.keys().next().value!);
      this.#occurrences.set(key, (ring = new RingBuffer(FIRE_HISTORY)));
    }
    ring.push(this.nowMs);
    return ring.countNewestWhile((at) => this.nowMs - at <= withinMs);
  }

  recordFire(trigger: string, atMs: number): void {
    let ring = this.#fires.get(trigger);
    if (ring === undefined) this.#fires.set(trigger, (ring = new RingBuffer(FIRE_HISTORY)));
    ring.push(atMs);
  }

  agentWordsPerMinute(withinMs = 60_000, minWords = 0): number | undefined {
    let words = 0;
    let ms = 0;
    const pace = this.#agentPace;
    const n = pace.countNewestWhile((p) => this.nowMs - p.endMs <= withinMs);
    for (let k = 0; k < n; k++) {
      const p = pace.last(k)!;
      words += p.words;
      ms += p.ms;
    }
    return ms < 1500 || words < minWords ? undefined : words / (ms / 60_000);
  }

  recordAgentPace(endMs: number, words: number, ms: number): void {
    this.#agentPace.push({ endMs, words, ms });
  }

  /** Records a stretch of speech: the timers rules read. */
  markSpeech(speaker: Speaker, startMs: number, endMs: number): void {
    const t = this.mutableTimers;
    t.lastSpeechEndMs = Math.max(t.lastSpeechEndMs ?? endMs, endMs);
    if (speaker === 'customer') {
      t.lastCustomerSpeechEndMs = Math.max(t.lastCustomerSpeechEndMs ?? endMs, endMs);
      // The customer spoke: the agent's run of talk is over.
      if (t.agentRunStartMs !== undefined && endMs > t.agentRunStartMs) {
        t.agentRunStartMs = undefined;
        t.agentRunEndMs = undefined;
      }
    } else {
      t.lastAgentSpeechEndMs = Math.max(t.lastAgentSpeechEndMs ?? endMs, endMs);
      // A long silence or a hold (see RUN_BREAK_MS) ends the run too.
      const runEnd = t.agentRunEndMs;
      if (
        t.agentRunStartMs === undefined ||
        runEnd === undefined ||
        startMs - runEnd >= RUN_BREAK_MS
      ) {
        t.agentRunStartMs = startMs;
        t.agentRunEndMs = endMs;
      } else {
        t.agentRunEndMs = Math.max(runEnd, endMs);
      }
    }
  }

  /** A check-in question, or a hold, ends the agent's run of talk. */
  endAgentRun(): void {
    this.mutableTimers.agentRunStartMs = undefined;
    this.mutableTimers.agentRunEndMs = undefined;
  }
}
