import type {
  CallReport,
  ClosingChecklist,
  NudgeEvent,
  SentimentSample,
  SentimentState,
  Speaker,
} from '../events/types.js';
import type { TonvoErrorCode } from '../errors/tonvo-error.js';

/** Where a speaker's score is heading. @public */
export type Trend = 'rising' | 'falling' | 'steady';

/** One speaker in a {@link CoachSnapshot}. @public */
export interface SpeakerSnapshot {
  readonly state: SentimentState;
  readonly score: number;
  readonly confidence: number;
  readonly sinceMs: number;
  readonly trend: Trend;
}

/** A line of the live transcript (redacted). @public */
export interface TranscriptLine {
  readonly id: string;
  readonly speaker: Speaker;
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly final: boolean;
}

/** Lifecycle of a coach. @public */
export type CoachStatus = 'idle' | 'running' | 'ended' | 'error';

/**
 * Everything a UI shows about a live conversation, immutable: the same object until
 * something changes (what `useSyncExternalStore` needs).
 * @public
 */
export interface CoachSnapshot {
  readonly status: CoachStatus;
  readonly conversation: string | undefined;
  /** The conversation clock, ms. */
  readonly nowMs: number;
  /** Increases with every change. */
  readonly version: number;
  readonly speakers: Readonly<Record<Speaker, SpeakerSnapshot>>;
  /** Nudges showing now, most urgent first. */
  readonly nudges: readonly NudgeEvent[];
  /** Recent finals and live partials, oldest first (bounded). */
  readonly transcript: readonly TranscriptLine[];
  /** Recent sentiment samples per speaker (bounded). */
  readonly trajectory: Readonly<Record<Speaker, readonly SentimentSample[]>>;
  /** The closing checklist so far. */
  readonly closing: ClosingChecklist;
  readonly onHold: boolean;
  readonly talk: {
    readonly agentTalkMs: number;
    readonly customerTalkMs: number;
    readonly agentTalkRatio: number;
  };
  readonly counts: { readonly triggers: number; readonly nudges: number; readonly errors: number };
  readonly lastError: { readonly code: TonvoErrorCode; readonly message: string } | undefined;
  /** The report, once the conversation ended. */
  readonly report: CallReport | undefined;
}

const NEUTRAL_SPEAKER: SpeakerSnapshot = Object.freeze({
  state: 'neutral',
  score: 0,
  confidence: 0.5,
  sinceMs: 0,
  trend: 'steady',
});

/** The snapshot of a coach before any event. @public */
export function initialCoachSnapshot(conversation?: string): CoachSnapshot {
  return Object.freeze({
    status: 'idle',
    conversation,
    nowMs: 0,
    version: 0,
    speakers: Object.freeze({ agent: NEUTRAL_SPEAKER, customer: NEUTRAL_SPEAKER }),
    nudges: Object.freeze([]) as readonly NudgeEvent[],
    transcript: Object.freeze([]) as readonly TranscriptLine[],
    trajectory: Object.freeze({ agent: [], customer: [] }),
    closing: Object.freeze({
      summary: false,
      nextSteps: false,
      anythingElse: false,
      evaluated: false,
      nothingToSum: false,
    }),
    onHold: false,
    talk: Object.freeze({ agentTalkMs: 0, customerTalkMs: 0, agentTalkRatio: 0 }),
    counts: Object.freeze({ triggers: 0, nudges: 0, errors: 0 }),
    lastError: undefined,
    report: undefined,
  });
}

/** Trend from recent samples: compares the latest score with the one ~20 s before. @internal */
export function trendOf(samples: readonly SentimentSample[], nowMs: number): Trend {
  const last = samples[samples.length - 1];
  if (last === undefined) return 'steady';
  let ref = last;
  for (let i = samples.length - 1; i >= 0; i--) {
    ref = samples[i]!;
    if (nowMs - ref.atMs >= 20_000) break;
  }
  const d = last.score - ref.score;
  return d > 0.1 ? 'rising' : d < -0.1 ? 'falling' : 'steady';
}
