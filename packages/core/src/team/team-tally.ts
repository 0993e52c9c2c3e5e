import type { CallReport, Trajectory, TrajectoryArc } from '../events/types.js';
import { closingItemNeeded } from '../report/closing-needed.js';
import { isNegativeState } from '../state/negative-states.js';
import { parseTeamCall } from './check-team-call.js';
import {
  addPair,
  correlationOfSums,
  pairSums,
  rateDifference,
  rateOf,
  type PairSums,
} from './rates.js';
import type {
  CohortSummary,
  NudgeSummary,
  Pivot,
  TeamCall,
  TeamSummary,
  TriggerCoaching,
} from './team-types.js';

/** A customer score this low or lower marks a call that went badly at some point. */
const DIP_SCORE = -0.25;
/** Pivots kept per trigger. */
const PIVOTS_PER_TRIGGER = 3;

/**
 * Team metrics added up one call at a time (see {@link summarizeCalls}): what it keeps
 * is counts and sums per cohort, per trigger and per outcome, and a few pivots, never
 * the reports, so a month of calls streams through in little memory.
 * @public
 */
export interface TeamTally {
  /**
   * Adds a call. `path` names it in an error (default `call`).
   * @throws TonvoError `invalid-event` naming the field when the call is not well formed
   * (nothing of it is added).
   */
  add(call: TeamCall, path?: string): void;
  /** Calls added so far. */
  readonly calls: number;
  /** The metrics of the calls added so far. */
  summary(): TeamSummary;
}

/**
 * Creates a {@link TeamTally}.
 *
 * @example
 * ```ts
 * const tally = createTeamTally();
 * for await (const report of reports) tally.add({ report, cohort: agentOf(report) });
 * tally.summary().overall.nudges.lift;
 * ```
 * @public
 */
export function createTeamTally(): TeamTally {
  const overall = new CohortTally();
  const cohorts = new Map<string, CohortTally>();
  const pivots = new Map<string, Pivot[]>();
  return {
    add(call, path = 'call') {
      parseTeamCall(call, path);
      const customer = customerOf(call.report);
      overall.add(call, customer);
      if (call.cohort !== undefined) {
        let c = cohorts.get(call.cohort);
        if (c === undefined) cohorts.set(call.cohort, (c = new CohortTally()));
        c.add(call, customer);
      }
      addPivots(pivots, call);
    },
    get calls() {
      return overall.calls;
    },
    summary() {
      return {
        overall: overall.summary('all'),
        pivots: [...pivots.values()]
          .sort((a, b) => b.length - a.length || (a[0]!.trigger < b[0]!.trigger ? -1 : 1))
          .flat(),
        cohorts: [...cohorts.keys()]
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
          .map((name) => cohorts.get(name)!.summary(name)),
      };
    },
  };
}

function customerOf(report: CallReport): Trajectory {
  return report.trajectories.find((t) => t.speaker === 'customer')!;
}

/** Nudges, acted on, and improved after, as counted per cohort and per trigger. */
interface NudgeCounts {
  nudges: number;
  acted: number;
  actedImproved: number;
  ignoredImproved: number;
}

const nudgeCounts = (): NudgeCounts => ({
  nudges: 0,
  acted: 0,
  actedImproved: 0,
  ignoredImproved: 0,
});

const per = (sum: number, n: number): number => (n === 0 ? NaN : sum / n);

/** One cohort's counts and sums. */
class CohortTally {
  calls = 0;
  callMs = 0;
  readonly arcs: Record<TrajectoryArc, number> = {
    recovered: 0,
    improved: 0,
    declined: 0,
    steady: 0,
    volatile: 0,
  };
  endedWell = 0;
  dipped = 0;
  recovered = 0;
  startScore = 0;
  endScore = 0;
  deEscalations = 0;
  readonly nudges = nudgeCounts();
  readonly byTrigger = new Map<string, NudgeCounts>();
  evaluated = 0;
  complete = 0;
  summaryItem = 0;
  nextSteps = 0;
  anythingElse = 0;
  talkRatio = 0;
  wpm = 0;
  wpmCalls = 0;
  silences = 0;
  overtalkMs = 0;
  monologueMs = 0;
  /** Per outcome: its values (x) paired with the customer's end score (y). */
  readonly outcomes = new Map<string, PairSums>();

  add({ report, outcomes }: TeamCall, customer: Trajectory): void {
    this.calls++;
    this.callMs += report.endMs - report.startMs;
    this.arcs[customer.arc]++;
    if (!isNegativeState(customer.endState)) this.endedWell++;
    if (customer.minScore <= DIP_SCORE) {
      this.dipped++;
      if (customer.endScore >= 0) this.recovered++;
    }
    this.startScore += customer.startScore;
    this.endScore += customer.endScore;
    this.deEscalations += report.deEscalations;
    for (const o of report.nudges) {
      let t = this.byTrigger.get(o.nudge.trigger);
      if (t === undefined) this.byTrigger.set(o.nudge.trigger, (t = nudgeCounts()));
      for (const x of [this.nudges, t]) {
        x.nudges++;
        if (o.acted) {
          x.acted++;
          if (o.improved) x.actedImproved++;
        } else if (o.improved) x.ignoredImproved++;
      }
    }
    const c = report.closing;
    if (c.evaluated) {
      this.evaluated++;
      // A close with nothing to sum up needs no summary and no next steps (older reports
      // lack the flag: they need both).
      const summarised = !closingItemNeeded(c, 'summary') || c.summary;
      const followedUp = !closingItemNeeded(c, 'nextSteps') || c.nextSteps;
      if (summarised && followedUp && c.anythingElse) this.complete++;
      if (summarised) this.summaryItem++;
      if (followedUp) this.nextSteps++;
      if (c.anythingElse) this.anythingElse++;
    }
    const talk = report.talk;
    this.talkRatio += talk.agentTalkRatio;
    if (talk.agentWordsPerMinute > 0) {
      this.wpm += talk.agentWordsPerMinute;
      this.wpmCalls++;
    }
    this.silences += talk.silenceCount;
    this.overtalkMs += talk.overtalkMs;
    this.monologueMs += talk.longestMonologueMs;
    for (const [name, v] of Object.entries(outcomes ?? {})) {
      let s = this.outcomes.get(name);
      if (s === undefined) this.outcomes.set(name, (s = pairSums()));
      addPair(s, typeof v === 'boolean' ? (v ? 1 : 0) : v, customer.endScore);
    }
  }

  summary(cohort: string): CohortSummary {
    const n = this.calls;
    return {
      cohort,
      calls: n,
      meanCallMs: per(this.callMs, n),
      customer: {
        arcs: { ...this.arcs },
        endedWell: rateOf(this.endedWell, n),
        recovered: rateOf(this.recovered, this.dipped),
        meanStartScore: per(this.startScore, n),
        meanEndScore: per(this.endScore, n),
        meanChange: per(this.endScore - this.startScore, n),
      },
      deEscalationsPerCall: per(this.deEscalations, n),
      nudges: nudgeSummary(this.nudges, this.byTrigger, n),
      closing: {
        evaluated: this.evaluated,
        complete: rateOf(this.complete, this.evaluated),
        summary: rateOf(this.summaryItem, this.evaluated),
        nextSteps: rateOf(this.nextSteps, this.evaluated),
        anythingElse: rateOf(this.anythingElse, this.evaluated),
      },
      talk: {
        agentTalkRatio: per(this.talkRatio, n),
        agentWordsPerMinute: per(this.wpm, this.wpmCalls),
        silencesPerCall: per(this.silences, n),
        overtalkSecondsPerCall: per(this.overtalkMs / 1000, n),
        longestMonologueSeconds: per(this.monologueMs / 1000, n),
      },
      outcomes: [...this.outcomes.keys()].sort().map((name) => {
        const s = this.outcomes.get(name)!;
        return { name, n: s.n, mean: per(s.x, s.n), withEndScore: correlationOfSums(s) };
      }),
    };
  }
}

function coaching(trigger: string, t: NudgeCounts): TriggerCoaching {
  return {
    trigger,
    nudges: t.nudges,
    acted: rateOf(t.acted, t.nudges),
    improvedWhenActed: rateOf(t.actedImproved, t.acted),
    improvedWhenIgnored: rateOf(t.ignoredImproved, t.nudges - t.acted),
  };
}

function nudgeSummary(
  all: NudgeCounts,
  byTrigger: ReadonlyMap<string, NudgeCounts>,
  calls: number,
): NudgeSummary {
  const overall = coaching('', all);
  return {
    total: all.nudges,
    perCall: per(all.nudges, calls),
    acted: overall.acted,
    improvedWhenActed: overall.improvedWhenActed,
    improvedWhenIgnored: overall.improvedWhenIgnored,
    lift: rateDifference(overall.improvedWhenActed, overall.improvedWhenIgnored),
    byTrigger: [...byTrigger]
      .map(([trigger, t]) => coaching(trigger, t))
      .sort((a, b) => b.nudges - a.nudges || (a.trigger < b.trigger ? -1 : 1)),
  };
}

/** Keeps the call's pivots (see {@link TeamSummary.pivots}), up to three per trigger. */
function addPivots(pivots: Map<string, Pivot[]>, { report, cohort }: TeamCall): void {
  for (const o of report.nudges) {
    // (Improved in state, not only in score: frustrated to frustrated is no pivot.)
    const turned = isNegativeState(o.stateBefore) && o.stateAfter !== o.stateBefore;
    if (!o.acted || !o.improved || !turned) continue;
    const trigger = o.nudge.trigger;
    let list = pivots.get(trigger);
    if (list === undefined) pivots.set(trigger, (list = []));
    if (list.length >= PIVOTS_PER_TRIGGER) continue;
    list.push({
      conversation: report.conversation,
      ...(cohort === undefined ? {} : { cohort }),
      atMs: o.nudge.atMs,
      trigger,
      from: o.stateBefore,
      to: o.stateAfter,
      what: o.actedEvidence,
    });
  }
}
