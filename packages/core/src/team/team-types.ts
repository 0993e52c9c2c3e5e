import type { CallReport, SentimentState, TrajectoryArc } from '../events/types.js';
import type { Correlation, Rate, RateDifference } from './rates.js';

/** One call as team metrics read it: its report, its cohort, and what the business measured. @public */
export interface TeamCall {
  readonly report: CallReport;
  /**
   * The group the call counts in: an agent, a team, a week, "coached" or "not coached".
   * Calls without one count only in the overall figures.
   */
  readonly cohort?: string;
  /**
   * What was measured for the call outside Tonvo, by name: numbers (CSAT, NPS, handle
   * time) or yes/no (resolved on first contact). Each is summarised and correlated with
   * how the customer's sentiment ended.
   */
  readonly outcomes?: Readonly<Record<string, number | boolean>>;
}

/** How the customer's feelings went over the calls. @public */
export interface CustomerSummary {
  /** Calls per arc of the customer's trajectory. */
  readonly arcs: Readonly<Record<TrajectoryArc, number>>;
  /** Calls whose customer ended neutral, positive or relieved. */
  readonly endedWell: Rate;
  /**
   * Of the calls where the customer's score fell to -0.25 or below (a complaint, a
   * frustrated or worried stretch), those where it ended at 0 or above: the recovery
   * a coached team should show even on calls that start badly.
   */
  readonly recovered: Rate;
  readonly meanStartScore: number;
  readonly meanEndScore: number;
  /** Mean of end score minus start score. */
  readonly meanChange: number;
}

/** What became of one trigger's nudges. @public */
export interface TriggerCoaching {
  readonly trigger: string;
  readonly nudges: number;
  /** Nudges the agent acted on. */
  readonly acted: Rate;
  /** Of the nudges acted on, those after which the customer's state improved. */
  readonly improvedWhenActed: Rate;
  /** Of the nudges not acted on, those after which it improved all the same. */
  readonly improvedWhenIgnored: Rate;
}

/** What coaching changed: nudges, whether agents acted, and what followed. @public */
export interface NudgeSummary {
  readonly total: number;
  readonly perCall: number;
  readonly acted: Rate;
  readonly improvedWhenActed: Rate;
  readonly improvedWhenIgnored: Rate;
  /**
   * improvedWhenActed minus improvedWhenIgnored, with its 95% interval. An association,
   * not proof: agents choose when to act.
   */
  readonly lift: RateDifference;
  /** Per trigger, most nudged first. */
  readonly byTrigger: readonly TriggerCoaching[];
}

/** How calls closed (only calls that reached their close are judged). @public */
export interface ClosingSummary {
  readonly evaluated: number;
  /**
   * Closes with a summary, next steps and "anything else?". A close with nothing to sum
   * up (`nothingToSum`) counts as summarised and followed up, here and in `summary` and
   * `nextSteps` (see `closingItemNeeded`).
   */
  readonly complete: Rate;
  readonly summary: Rate;
  readonly nextSteps: Rate;
  readonly anythingElse: Rate;
}

/** Talk habits, per call on average. @public */
export interface TalkSummary {
  /** Mean agent share of talk time, in [0, 1]. */
  readonly agentTalkRatio: number;
  /** Mean agent words per minute, over calls where it was measured (NaN: none). */
  readonly agentWordsPerMinute: number;
  readonly silencesPerCall: number;
  readonly overtalkSecondsPerCall: number;
  readonly longestMonologueSeconds: number;
}

/** One outcome measured outside Tonvo, over the calls that have it. @public */
export interface OutcomeSummary {
  readonly name: string;
  /** Calls with a value. */
  readonly n: number;
  /** The mean (for yes/no outcomes, the share of yes). */
  readonly mean: number;
  /** Correlation with the customer's end score (yes/no read as 1/0). */
  readonly withEndScore: Correlation;
}

/** Team metrics over one group of calls. @public */
export interface CohortSummary {
  /** The cohort's name; `all` for the overall figures. */
  readonly cohort: string;
  readonly calls: number;
  /** Mean call length (handle time), ms. */
  readonly meanCallMs: number;
  readonly customer: CustomerSummary;
  readonly deEscalationsPerCall: number;
  readonly nudges: NudgeSummary;
  readonly closing: ClosingSummary;
  readonly talk: TalkSummary;
  /** One per outcome name any call has, by name. */
  readonly outcomes: readonly OutcomeSummary[];
}

/**
 * A moment where an agent met a hard moment (a frustrated, confused or worried customer)
 * by doing what the nudge suggested, and the customer's state then changed for the
 * better (frustrated to confused, neutral or relieved, say): an example
 * from a real call, in the agent's own (redacted) words, to share with the team.
 * @public
 */
export interface Pivot {
  readonly conversation: string;
  readonly cohort?: string;
  /** When the nudge was shown, ms into the call. */
  readonly atMs: number;
  readonly trigger: string;
  readonly from: SentimentState;
  readonly to: SentimentState;
  /** What the agent did, with their words (`the agent acknowledged: "..."`). */
  readonly what: string;
}

/** Team metrics: every call together, and each cohort on its own (by name). @public */
export interface TeamSummary {
  readonly overall: CohortSummary;
  readonly cohorts: readonly CohortSummary[];
  /**
   * The playbook of pivots: per trigger (most examples first), up to three pivots that
   * worked, in the order of the calls.
   */
  readonly pivots: readonly Pivot[];
}
