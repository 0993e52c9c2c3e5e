import { TonvoError } from '../errors/tonvo-error.js';
import type { CallReport, Trajectory, TrajectoryArc } from '../events/types.js';
import { describeValue } from '../util/describe-value.js';
import { teamCallProblem } from './check-team-call.js';
import { correlationOf, rateDifference, rateOf } from './rates.js';
import type {
  CohortSummary,
  NudgeSummary,
  OutcomeSummary,
  Pivot,
  TeamCall,
  TeamSummary,
  TriggerCoaching,
} from './team-types.js';

/** A customer score this low or lower marks a call that went badly at some point. */
const DIP_SCORE = -0.25;

/**
 * Rolls many calls' reports up into team metrics: how customers' feelings went (arcs,
 * recovery from a bad start), what coaching changed (nudges acted on, and how often the
 * customer improved after a nudge acted on against one ignored), closes, talk habits,
 * and outcomes measured outside Tonvo (CSAT, NPS, first-contact resolution) against how
 * the customer's sentiment ended. Every share comes with its 95% interval, so a small
 * cohort does not read as a trend. Pure: the same calls give the same summary.
 *
 * @param calls - Each call's report, with its cohort and outcomes when known.
 * @throws TonvoError `invalid-event` naming the call and field (`calls[3].report.nudges`)
 * when a call is not well formed.
 * @example
 * ```ts
 * const team = summarizeCalls(reports.map((report) => ({
 *   report,
 *   cohort: agentOf(report.conversation),
 *   outcomes: { csat: csatOf(report.conversation) },
 * })));
 * team.overall.customer.recovered; // e.g. { count: 2, of: 2, rate: 1, low: 0.34, high: 1 }
 * ```
 * @public
 */
export function summarizeCalls(calls: readonly TeamCall[]): TeamSummary {
  if (!Array.isArray(calls))
    throw TonvoError.invalidEvent(
      'calls',
      `must be an array of calls, got ${describeValue(calls)}`,
    );
  for (const [i, call] of calls.entries()) parseTeamCall(call, `calls[${i}]`);
  const byCohort = new Map<string, TeamCall[]>();
  for (const call of calls) {
    if (call.cohort === undefined) continue;
    let list = byCohort.get(call.cohort);
    if (list === undefined) byCohort.set(call.cohort, (list = []));
    list.push(call);
  }
  return {
    overall: cohortSummary('all', calls),
    pivots: pivotsOf(calls),
    cohorts: [...byCohort.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((name) => cohortSummary(name, byCohort.get(name)!)),
  };
}

/**
 * Checks that `value` is a call as {@link summarizeCalls} reads it (a call report, as
 * `tonvo replay` writes it, with an optional cohort and outcomes) and returns it typed.
 *
 * @param path - What to call the value in an error (default `call`).
 * @throws TonvoError `invalid-event` naming the field and the problem
 * (`call.report.trajectories: has no customer trajectory`).
 * @public
 */
export function parseTeamCall(value: unknown, path = 'call'): TeamCall {
  const problem = teamCallProblem(value, path);
  if (problem !== undefined) throw TonvoError.invalidEvent(problem[0], problem[1]);
  return value as TeamCall;
}

function customerOf(report: CallReport): Trajectory {
  return report.trajectories.find((t) => t.speaker === 'customer')!;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;

function cohortSummary(cohort: string, calls: readonly TeamCall[]): CohortSummary {
  const reports = calls.map((c) => c.report);
  const customers = reports.map(customerOf);
  const arcs: Record<TrajectoryArc, number> = {
    recovered: 0,
    improved: 0,
    declined: 0,
    steady: 0,
    volatile: 0,
  };
  for (const t of customers) arcs[t.arc]++;
  const dipped = customers.filter((t) => t.minScore <= DIP_SCORE);
  const evaluated = reports.filter((r) => r.closing.evaluated).map((r) => r.closing);
  const closed = (item: (c: CallReport['closing']) => boolean) =>
    rateOf(evaluated.filter(item).length, evaluated.length);
  const measured = reports.filter((r) => r.talk.agentWordsPerMinute > 0);
  const n = calls.length;
  return {
    cohort,
    calls: n,
    meanCallMs: mean(reports.map((r) => r.endMs - r.startMs)),
    customer: {
      arcs,
      endedWell: rateOf(
        customers.filter(
          (t) => t.endState === 'neutral' || t.endState === 'positive' || t.endState === 'relieved',
        ).length,
        n,
      ),
      recovered: rateOf(dipped.filter((t) => t.endScore >= 0).length, dipped.length),
      meanStartScore: mean(customers.map((t) => t.startScore)),
      meanEndScore: mean(customers.map((t) => t.endScore)),
      meanChange: mean(customers.map((t) => t.endScore - t.startScore)),
    },
    deEscalationsPerCall: mean(reports.map((r) => r.deEscalations)),
    nudges: nudgeSummary(reports),
    closing: {
      evaluated: evaluated.length,
      complete: closed((c) => c.summary && c.nextSteps && c.anythingElse),
      summary: closed((c) => c.summary),
      nextSteps: closed((c) => c.nextSteps),
      anythingElse: closed((c) => c.anythingElse),
    },
    talk: {
      agentTalkRatio: mean(reports.map((r) => r.talk.agentTalkRatio)),
      agentWordsPerMinute: mean(measured.map((r) => r.talk.agentWordsPerMinute)),
      silencesPerCall: mean(reports.map((r) => r.talk.silenceCount)),
      overtalkSecondsPerCall: mean(reports.map((r) => r.talk.overtalkMs / 1000)),
      longestMonologueSeconds: mean(reports.map((r) => r.talk.longestMonologueMs / 1000)),
    },
    outcomes: outcomeSummaries(calls, customers),
  };
}

/** Counts of nudges, acted on, and improved after, as {@link nudgeSummary} tallies them. */
interface Tally {
  nudges: number;
  acted: number;
  actedImproved: number;
  ignoredImproved: number;
}

const tally = (): Tally => ({ nudges: 0, acted: 0, actedImproved: 0, ignoredImproved: 0 });

function nudgeSummary(reports: readonly CallReport[]): NudgeSummary {
  const all = tally();
  const byTrigger = new Map<string, Tally>();
  for (const r of reports) {
    for (const o of r.nudges) {
      let t = byTrigger.get(o.nudge.trigger);
      if (t === undefined) byTrigger.set(o.nudge.trigger, (t = tally()));
      for (const x of [all, t]) {
        x.nudges++;
        if (o.acted) {
          x.acted++;
          if (o.improved) x.actedImproved++;
        } else if (o.improved) x.ignoredImproved++;
      }
    }
  }
  const coaching = (trigger: string, t: Tally): TriggerCoaching => ({
    trigger,
    nudges: t.nudges,
    acted: rateOf(t.acted, t.nudges),
    improvedWhenActed: rateOf(t.actedImproved, t.acted),
    improvedWhenIgnored: rateOf(t.ignoredImproved, t.nudges - t.acted),
  });
  const overall = coaching('', all);
  return {
    total: all.nudges,
    perCall: reports.length === 0 ? NaN : all.nudges / reports.length,
    acted: overall.acted,
    improvedWhenActed: overall.improvedWhenActed,
    improvedWhenIgnored: overall.improvedWhenIgnored,
    lift: rateDifference(overall.improvedWhenActed, overall.improvedWhenIgnored),
    byTrigger: [...byTrigger]
      .map(([trigger, t]) => coaching(trigger, t))
      .sort((a, b) => b.nudges - a.nudges || (a.trigger < b.trigger ? -1 : 1)),
  };
}

function outcomeSummaries(
  calls: readonly TeamCall[],
  customers: readonly Trajectory[],
): OutcomeSummary[] {
  const names = new Set<string>();
  for (const c of calls) for (const k of Object.keys(c.outcomes ?? {})) names.add(k);
  return [...names].sort().map((name) => {
    const values: number[] = [];
    const ends: number[] = [];
    for (const [i, c] of calls.entries()) {
      const v = c.outcomes?.[name];
      if (v === undefined) continue;
      values.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
      ends.push(customers[i]!.endScore);
    }
    return {
      name,
      n: values.length,
      mean: mean(values),
      withEndScore: correlationOf(values, ends),
    };
  });
}

/** Pivots kept per trigger. */
const PIVOTS_PER_TRIGGER = 3;

/** The playbook of pivots (see {@link TeamSummary.pivots}). */
function pivotsOf(calls: readonly TeamCall[]): Pivot[] {
  const byTrigger = new Map<string, Pivot[]>();
  for (const { report, cohort } of calls) {
    for (const o of report.nudges) {
      const hard =
        o.stateBefore === 'frustrated' ||
        o.stateBefore === 'confused' ||
        o.stateBefore === 'distressed';
      // (Improved in state, not only in score: frustrated to frustrated is no pivot.)
      if (!o.acted || !o.improved || !hard || o.stateAfter === o.stateBefore) continue;
      const trigger = o.nudge.trigger;
      let list = byTrigger.get(trigger);
      if (list === undefined) byTrigger.set(trigger, (list = []));
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
  return [...byTrigger.values()]
    .sort((a, b) => b.length - a.length || (a[0]!.trigger < b[0]!.trigger ? -1 : 1))
    .flat();
}
