/**
 * The event contract in TypeScript: the shapes a host pushes into a coach and the
 * shapes a coach emits. They mirror `proto/tonvo/v1/events.proto` field for field;
 * JSON Lines is exactly these objects, one per line (see docs/events.md).
 *
 * Times are milliseconds from the start of the conversation.
 *
 * @packageDocumentation
 */

/** Who is speaking. @public */
export type Speaker = 'agent' | 'customer';

/** All speakers, in a stable order. @public */
export const SPEAKERS: readonly Speaker[] = ['agent', 'customer'];

/** Timing of one recognised word. @public */
export interface WordTiming {
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly confidence?: number;
}

/**
 * A piece of transcript. A partial (`final: false`) may be revised by a later event
 * with the same `id` and a higher `revision`; a final is never retracted. In JSONL the
 * `id` may be left out: it defaults to `<speaker>@<startMs>`.
 * @public
 */
export interface UtteranceEvent {
  readonly type: 'utterance';
  readonly conversation?: string;
  readonly id: string;
  readonly speaker: Speaker;
  readonly text: string;
  readonly final: boolean;
  readonly revision?: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly words?: readonly WordTiming[];
  readonly confidence?: number;
}

/**
 * Voice features of one speaker over a window, from the DSP pipeline.
 * `arousal` and `pace` are relative to the speaker's own running baseline; the
 * coach computes them itself when they are absent.
 * @public
 */
export interface ProsodyWindowEvent {
  readonly type: 'prosody';
  readonly conversation?: string;
  readonly speaker: Speaker;
  readonly startMs: number;
  readonly endMs: number;
  /** Median F0 over voiced frames, Hz (0 when nothing was voiced). */
  readonly pitchMedianHz: number;
  /** Spread of F0 (e.g. 10th to 90th percentile), Hz. */
  readonly pitchRangeHz: number;
  /** Level, dBFS (negative; 0 is full scale). */
  readonly energyDbfs: number;
  /** Syllable nuclei per second. */
  readonly speakingRate: number;
  /** Share of frames that were voiced, in [0, 1]. */
  readonly voicedRatio: number;
  /** Excitement against the speaker's baseline, in [-1, 1]. */
  readonly arousal?: number;
  /** Speaking rate against the speaker's baseline, in [-1, 1] (positive is faster). */
  readonly pace?: number;
}

/** A stretch of detected speech. @public */
export interface VadSegmentEvent {
  readonly type: 'vad';
  readonly conversation?: string;
  readonly speaker: Speaker;
  readonly startMs: number;
  readonly endMs: number;
  readonly probability?: number;
}

/** What a {@link SignalEvent} says happened. @public */
export type SignalKind =
  'call-started' | 'call-ended' | 'hold-started' | 'hold-ended' | 'transfer' | 'mute' | 'unmute';

/** All signal kinds. @public */
export const SIGNAL_KINDS: readonly SignalKind[] = [
  'call-started',
  'call-ended',
  'hold-started',
  'hold-ended',
  'transfer',
  'mute',
  'unmute',
];

/** Something the telephony platform or agent desktop knows that words don't say. @public */
export interface SignalEvent {
  readonly type: 'signal';
  readonly conversation?: string;
  readonly kind: SignalKind;
  readonly atMs: number;
  readonly by?: Speaker;
  readonly note?: string;
}

/** Advances the coach's clock when nothing else happens (silence, a long hold). @public */
export interface TickEvent {
  readonly type: 'tick';
  readonly conversation?: string;
  readonly atMs: number;
}

/** The agent's reaction to a nudge in the UI. @public */
export type FeedbackAction = 'used' | 'dismissed' | 'not-helpful';

/** All feedback actions. @public */
export const FEEDBACK_ACTIONS: readonly FeedbackAction[] = ['used', 'dismissed', 'not-helpful'];

/** The agent's reaction to a nudge, flowing back from the UI into the coach. @public */
export interface NudgeFeedbackEvent {
  readonly type: 'feedback';
  readonly conversation?: string;
  readonly nudgeId: string;
  readonly action: FeedbackAction;
  readonly atMs: number;
}

/** Everything a host can push into a coach. @public */
export type ConversationEvent =
  | UtteranceEvent
  | ProsodyWindowEvent
  | VadSegmentEvent
  | SignalEvent
  | TickEvent
  | NudgeFeedbackEvent;

// ------------------------------------------------------------------ outputs

/** How a speaker feels, as the coach tracks it. @public */
export type SentimentState =
  'neutral' | 'positive' | 'frustrated' | 'confused' | 'distressed' | 'relieved';

/** All sentiment states, in a stable order. @public */
export const SENTIMENT_STATES: readonly SentimentState[] = [
  'neutral',
  'positive',
  'frustrated',
  'confused',
  'distressed',
  'relieved',
];

/** A time range, ms. @public */
export interface TimeSpan {
  readonly startMs: number;
  readonly endMs: number;
}

/** Why something happened: the utterances and prosody windows behind it, and the cues in words. @public */
export interface Evidence {
  readonly utteranceIds: readonly string[];
  readonly prosodyWindows: readonly TimeSpan[];
  readonly cues: readonly string[];
  readonly summary: string;
}

/** A character range `[start, end)` of an utterance's (redacted) text. @public */
export interface TextSpan {
  readonly utteranceId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A speaker's tracked state changed. @public */
export interface StateChangeEvent {
  readonly type: 'state';
  readonly conversation?: string;
  readonly atMs: number;
  readonly speaker: Speaker;
  readonly from: SentimentState;
  readonly to: SentimentState;
  readonly score: number;
  readonly confidence: number;
  readonly evidence: Evidence;
}

/** A trigger rule matched. @public */
export interface TriggerFiredEvent {
  readonly type: 'trigger';
  readonly conversation?: string;
  readonly atMs: number;
  readonly trigger: string;
  readonly speaker?: Speaker;
  readonly priority: number;
  readonly span?: TextSpan;
  readonly replacement?: string;
  /** The conditions that matched, in words. */
  readonly matched: readonly string[];
  readonly evidence: Evidence;
}

/** A suggestion shown to the agent. @public */
export interface NudgeEvent {
  readonly type: 'nudge';
  readonly conversation?: string;
  readonly id: string;
  readonly atMs: number;
  readonly trigger: string;
  /** The playbook situation it came from (e.g. `tone-shift`). */
  readonly situation: string;
  readonly message: string;
  readonly phrases: readonly string[];
  /** Higher is more urgent. */
  readonly priority: number;
  readonly critical: boolean;
  readonly expiresAtMs: number;
  readonly evidence: Evidence;
  readonly span?: TextSpan;
  readonly replacement?: string;
}

/** A point of a speaker's sentiment trajectory. @public */
export interface SentimentSampleEvent {
  readonly type: 'sentiment';
  readonly conversation?: string;
  readonly atMs: number;
  readonly speaker: Speaker;
  readonly score: number;
  readonly state: SentimentState;
  readonly confidence: number;
}

/** A sentiment sample without its event envelope. @public */
export type SentimentSample = Omit<SentimentSampleEvent, 'type' | 'conversation'>;

/** How a speaker's sentiment moved over the call. @public */
export type TrajectoryArc = 'recovered' | 'improved' | 'declined' | 'steady' | 'volatile';

/** A speaker's sentiment over the whole call. @public */
export interface Trajectory {
  readonly speaker: Speaker;
  readonly samples: readonly SentimentSample[];
  readonly startScore: number;
  readonly endScore: number;
  readonly minScore: number;
  readonly minAtMs: number;
  readonly maxScore: number;
  readonly arc: TrajectoryArc;
  readonly startState: SentimentState;
  readonly endState: SentimentState;
}

/** A moment that mattered, in words. @public */
export interface KeyMoment {
  readonly atMs: number;
  readonly kind: string;
  readonly text: string;
  readonly evidence: Evidence;
}

/** What became of a nudge. @public */
export interface NudgeOutcome {
  readonly nudge: Omit<NudgeEvent, 'type' | 'conversation'>;
  /** The agent did what the nudge suggested. */
  readonly acted: boolean;
  readonly actedAtMs?: number;
  readonly actedEvidence: string;
  /** The customer's state improved after the nudge. */
  readonly improved: boolean;
  readonly stateBefore: SentimentState;
  readonly stateAfter: SentimentState;
  readonly feedback?: FeedbackAction;
}

/** Which parts of a good close happened. @public */
export interface ClosingChecklist {
  readonly summary: boolean;
  readonly nextSteps: boolean;
  readonly anythingElse: boolean;
  /** Whether the call reached its close (otherwise the items are not judged). */
  readonly evaluated: boolean;
  /**
   * Nothing went wrong and nothing was done (a compliment, a quick question answered): the
   * close needs no summary and no next steps, and neither is judged (the
   * `closing-checklist` trigger does not ask for them either; see `closingItemNeeded`).
   */
  readonly nothingToSum: boolean;
}

/** Talk time, monologues, silences and pace. @public */
export interface TalkStats {
  readonly agentTalkMs: number;
  readonly customerTalkMs: number;
  /** Agent share of talk time, in [0, 1]. */
  readonly agentTalkRatio: number;
  readonly longestMonologueMs: number;
  readonly longestMonologueSpeaker?: Speaker;
  readonly longestMonologueStartMs: number;
  readonly silenceCount: number;
  readonly silenceTotalMs: number;
  readonly longestSilenceMs: number;
  readonly overtalkMs: number;
  readonly agentWordsPerMinute: number;
  readonly silences: readonly TimeSpan[];
}

/** Nudge adoption over the call. @public */
export interface Adoption {
  readonly nudges: number;
  readonly acted: number;
  readonly improved: number;
  /** acted / nudges, 0 when there were none. */
  readonly rate: number;
}

/** How often each trigger fired. @public */
export interface TriggerCount {
  readonly trigger: string;
  readonly count: number;
}

/** Everything the coach learned about one conversation. @public */
export interface CallReport {
  readonly conversation: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly trajectories: readonly Trajectory[];
  readonly moments: readonly KeyMoment[];
  readonly triggers: readonly Omit<TriggerFiredEvent, 'type' | 'conversation'>[];
  readonly triggerCounts: readonly TriggerCount[];
  readonly nudges: readonly NudgeOutcome[];
  readonly adoption: Adoption;
  readonly talk: TalkStats;
  readonly closing: ClosingChecklist;
  readonly deEscalations: number;
  /** Events refused as invalid (each also reported through the `error` event). */
  readonly droppedEvents: number;
}

/** The report as an event, for JSONL output. @public */
export interface CallReportEvent extends CallReport {
  readonly type: 'report';
}

/** Everything a coach emits. @public */
export type CoachOutputEvent =
  StateChangeEvent | TriggerFiredEvent | NudgeEvent | SentimentSampleEvent | CallReportEvent;

/** Any event of the contract, in or out. @public */
export type TonvoEvent = ConversationEvent | CoachOutputEvent;

/** The `type` of any event. @public */
export type TonvoEventType = TonvoEvent['type'];

/** The time an input event happened at: its end for spans, `atMs` otherwise. @public */
export function eventTimeMs(event: ConversationEvent): number {
  switch (event.type) {
    case 'utterance':
    case 'prosody':
    case 'vad':
      return event.endMs;
    case 'signal':
    case 'tick':
    case 'feedback':
      return event.atMs;
  }
}
