import { TonvoError } from '../errors/tonvo-error.js';
import { describeValue } from '../util/describe-value.js';
import { createTeamTally } from './team-tally.js';
import type { TeamCall, TeamSummary } from './team-types.js';

/**
 * Rolls many calls' reports up into team metrics: how customers' feelings went (arcs,
 * recovery from a bad start), what coaching changed (nudges acted on, and how often the
 * customer improved after a nudge acted on against one ignored), closes, talk habits,
 * and outcomes measured outside Tonvo (CSAT, NPS, first-contact resolution) against how
 * the customer's sentiment ended. Every share comes with its 95% interval, so a small
 * cohort does not read as a trend. Pure: the same calls give the same summary. For
 * calls that come one at a time, {@link createTeamTally} gives the same summary without
 * holding the reports.
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
  const tally = createTeamTally();
  for (const [i, call] of calls.entries()) tally.add(call, `calls[${i}]`);
  return tally.summary();
}
