import type {
  ConversationEvent,
  SentimentState,
  Speaker,
  StateChangeEvent,
  TextSpan,
  TimeSpan,
} from '../events/types.js';
import type { TextAnalysis } from '../perception/text-analyzer.js';
import type { Token } from '../text/tokenize.js';

/** What kind of happening a rule is evaluated on. @public */
export type RuleEventKind =
  'utterance' | 'partial' | 'prosody' | 'vad' | 'signal' | 'state' | 'timer' | 'feedback';

/** All rule event kinds. @public */
export const RULE_EVENT_KINDS: readonly RuleEventKind[] = [
  'utterance',
  'partial',
  'prosody',
  'vad',
  'signal',
  'state',
  'timer',
  'feedback',
];

/**
 * An utterance as rules see it: redacted text plus what the coach read in it. For a
 * partial, `wordCount` and `wordsPerMinute` are worked out when first read (getters, so
 * `Object.keys` and spreads leave them out).
 * @public
 */
export interface UtteranceView {
  readonly id: string;
  readonly speaker: Speaker;
  /** Redacted text. */
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly final: boolean;
  readonly wordCount: number;
  /** Folded word tokens with offsets in `text` (finals only; empty for partials). */
  readonly tokens: readonly Token[];
  /** Words per minute from word timings or the utterance's duration; undefined when too short to tell. */
  readonly wordsPerMinute: number | undefined;
  /** Whether it asks something (question mark or question form). */
  readonly isQuestion: boolean;
  /** What the text analyzer read (finals only; neutral for partials). */
  readonly analysis: TextAnalysis;
  /** Cues from the conversation around it (e.g. `repeated question`). */
  readonly contextCues: readonly string[];
}

/** A speaker's tracked state, as rules see it. @public */
export interface SpeakerStateView {
  readonly state: SentimentState;
  readonly score: number;
  readonly confidence: number;
  readonly sinceMs: number;
  /** Evidence per state in [0, 1] (leaky). */
  readonly activation: Readonly<Record<Exclude<SentimentState, 'neutral'>, number>>;
}

/** Hold, mute and call status from signals. @public */
export interface SignalStatus {
  readonly callStartedAtMs: number | undefined;
  readonly callEndedAtMs: number | undefined;
  readonly onHold: boolean;
  readonly holdStartedAtMs: number | undefined;
  readonly holdCount: number;
  readonly muted: boolean;
  readonly transferredAtMs: number | undefined;
}

/** Times that time-based rules need. @public */
export interface ConversationTimers {
  /** When the conversation began: the time of its first event, or undefined before any. */
  readonly startMs: number | undefined;
  /** End of the last speech by anyone (utterance, partial or VAD), or undefined before any. */
  readonly lastSpeechEndMs: number | undefined;
  /** When the agent's current run of talk began (reset by the customer speaking or an agent check-in question). */
  readonly agentRunStartMs: number | undefined;
  /** End of the agent's current run of talk. */
  readonly agentRunEndMs: number | undefined;
  readonly lastCustomerSpeechEndMs: number | undefined;
  readonly lastAgentSpeechEndMs: number | undefined;
}

/**
 * What a rule can look at when it is evaluated. One context object is reused for
 * every evaluation: read it during `when`, don't keep it.
 * @public
 */
export interface RuleContext {
  /** The coach's clock: event time, never the wall clock. */
  readonly nowMs: number;
  readonly kind: RuleEventKind;
  /** The input event being processed (redacted), when there is one. */
  readonly event: ConversationEvent | undefined;
  /** The final utterance (kind `utterance`) or the partial (kind `partial`) being processed. */
  readonly utterance: UtteranceView | undefined;
  /** The state change being processed (kind `state`). */
  readonly stateChange: StateChangeEvent | undefined;
  /** The speaker's current tracked state. */
  state(speaker: Speaker): SpeakerStateView;
  /** Recent final utterances, oldest first, optionally of one speaker and within a time. */
  recent(options?: {
    readonly speaker?: Speaker;
    readonly withinMs?: number;
  }): readonly UtteranceView[];
  /** The speaker's latest final utterance. */
  lastUtterance(speaker: Speaker): UtteranceView | undefined;
  /** The speaker's latest stretch of speech (from VAD when present, else from utterances). */
  lastSpeech(speaker: Speaker): TimeSpan | undefined;
  readonly signals: SignalStatus;
  readonly timers: ConversationTimers;
  /** How many times a trigger fired within the last `withinMs` (all call when omitted). */
  firedCount(trigger: string, withinMs?: number): number;
  lastFiredAtMs(trigger: string): number | undefined;
  /**
   * Records an occurrence of `key` now (per conversation) and returns how many
   * occurrences of it fell within the last `withinMs`, this one included (at most 32
   * are remembered per key). For rules that count, e.g. "asked for a manager twice in 5 minutes".
   */
  occurrences(key: string, withinMs: number): number;
  /**
   * The agent's speaking rate over their finals of the last `withinMs` (60 s when
   * omitted), words per minute, from the utterances' own durations; undefined under 1.5 s
   * of speech or `minWords` words (0 when omitted).
   */
  agentWordsPerMinute(withinMs?: number, minWords?: number): number | undefined;
  /** Integrator-supplied context values (customer name, issue, ...). */
  readonly values: Readonly<Record<string, string>>;
}

/** What a rule says when it matches. Every field is optional. @public */
export interface RuleMatch {
  readonly speaker?: Speaker;
  readonly span?: TextSpan;
  readonly replacement?: string;
  /** The conditions that matched, in words. */
  readonly matched?: readonly string[];
  /** Extra cues for the evidence. */
  readonly cues?: readonly string[];
  readonly utteranceIds?: readonly string[];
  readonly summary?: string;
  /** Values for the playbook's placeholders (e.g. `issue`). */
  readonly values?: Readonly<Record<string, string>>;
  /** Separates independent matches of one rule for cooldowns (e.g. the jargon term). */
  readonly key?: string;
  /** Overrides the rule's priority for this match. */
  readonly priority?: number;
  /** When the match happened, if not `nowMs` (e.g. a timer's due time). */
  readonly atMs?: number;
  /**
   * The playbook situation for this match, when it is not the rule's own (a rule whose
   * matches call for different advice). A playbook without it uses the rule's.
   */
  readonly situation?: string;
}

/** What `when` returns: `true` or a match (or several) to fire, anything falsy not to. @public */
export type RuleResult = boolean | RuleMatch | readonly RuleMatch[] | null | undefined;

/**
 * A trigger rule: when it matches, a trigger fires, and the playbook may turn it into
 * a nudge.
 * @public
 */
export interface Rule {
  /** Stable kebab-case id; it is the trigger id in events. */
  readonly id: string;
  readonly description: string;
  /** The kinds of happening the rule is evaluated on. */
  readonly on: readonly RuleEventKind[];
  /** 1 (low) to 100 (urgent). */
  readonly priority: number;
  /** After firing, the rule (per match `key`) stays quiet for this long. */
  readonly cooldownMs: number;
  /** The playbook situation it maps to. */
  readonly situation: string;
  /** Critical nudges bypass the gentle spacing between nudges. */
  readonly critical: boolean;
  when(ctx: RuleContext): RuleResult;
  /**
   * For time-based rules: the next time (ms) the rule wants to be evaluated with kind
   * `timer`, or undefined for none. Asked again after every event that changes the
   * conversation (speech, a signal, feedback, new evidence for a speaker's state, a
   * trigger or nudge); not after ticks, ordinary prosody windows, or evidence fading
   * with time alone.
   */
  wakeAtMs?(ctx: RuleContext): number | undefined;
}

/** A rule as an integrator writes it: only `id` and `when` are required. @public */
export interface RuleDefinition {
  readonly id: string;
  readonly description?: string;
  readonly on?: readonly RuleEventKind[];
  readonly priority?: number;
  readonly cooldownMs?: number;
  readonly situation?: string;
  readonly critical?: boolean;
  when(ctx: RuleContext): RuleResult;
  wakeAtMs?(ctx: RuleContext): number | undefined;
}
