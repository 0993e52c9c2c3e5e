import { TonvoError } from '../errors/tonvo-error.js';
import { SENTIMENT_STATES } from '../events/types.js';
import type { TeamCall } from './team-types.js';
import { describeValue } from '../util/describe-value.js';
import { isObject } from '../util/value-checks.js';

const ARCS: readonly string[] = ['recovered', 'improved', 'declined', 'steady', 'volatile'];

type Problem = readonly [field: string, problem: string];
type Obj = Record<string, unknown>;

/** The first problem among fields of `o` that must be finite numbers. */
function numbers(o: Obj, path: string, keys: readonly string[]): Problem | undefined {
  for (const k of keys) {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isFinite(v))
      return [`${path}.${k}`, `must be a finite number, got ${describeValue(v)}`];
  }
  return undefined;
}

/** The first problem among fields of `o` that must be true or false. */
function booleans(o: Obj, path: string, keys: readonly string[]): Problem | undefined {
  for (const k of keys) {
    if (typeof o[k] !== 'boolean')
      return [`${path}.${k}`, `must be true or false, got ${describeValue(o[k])}`];
  }
  return undefined;
}

/**
 * What is wrong with a call report, as far as team metrics read it (the customer's
 * trajectory, nudges, closing, talk), or undefined. `path` names the report.
 * @internal
 */
export function reportProblem(report: unknown, path: string): Problem | undefined {
  if (!isObject(report)) return [path, `must be a call report, got ${describeValue(report)}`];
  if (typeof report['conversation'] !== 'string')
    return [
      `${path}.conversation`,
      `must be a string, got ${describeValue(report['conversation'])}`,
    ];
  const top = numbers(report, path, ['startMs', 'endMs', 'deEscalations']);
  if (top !== undefined) return top;
  const trajectories = report['trajectories'];
  if (!Array.isArray(trajectories))
    return [`${path}.trajectories`, `must be an array, got ${describeValue(trajectories)}`];
  const at = trajectories.findIndex((t) => isObject(t) && t['speaker'] === 'customer');
  if (at < 0) return [`${path}.trajectories`, 'has no customer trajectory'];
  const t = trajectories[at] as Obj;
  const tPath = `${path}.trajectories[${at}]`;
  const scores = numbers(t, tPath, ['startScore', 'endScore', 'minScore']);
  if (scores !== undefined) return scores;
  if (!ARCS.includes(t['arc'] as string))
    return [`${tPath}.arc`, `must be one of ${ARCS.join(', ')}, got ${describeValue(t['arc'])}`];
  if (!(SENTIMENT_STATES as readonly unknown[]).includes(t['endState']))
    return [`${tPath}.endState`, `must be a sentiment state, got ${describeValue(t['endState'])}`];
  const nudges = report['nudges'];
  if (!Array.isArray(nudges))
    return [`${path}.nudges`, `must be an array, got ${describeValue(nudges)}`];
  for (const [i, n] of nudges.entries()) {
    const nPath = `${path}.nudges[${i}]`;
    if (!isObject(n) || !isObject(n['nudge']) || typeof n['nudge']['trigger'] !== 'string')
      return [`${nPath}.nudge.trigger`, 'must be a string'];
    const flags = booleans(n, nPath, ['acted', 'improved']);
    if (flags !== undefined) return flags;
    if (typeof n['nudge']['atMs'] !== 'number')
      return [`${nPath}.nudge.atMs`, `must be a number, got ${describeValue(n['nudge']['atMs'])}`];
    for (const k of ['stateBefore', 'stateAfter'])
      if (!(SENTIMENT_STATES as readonly unknown[]).includes(n[k]))
        return [`${nPath}.${k}`, `must be a sentiment state, got ${describeValue(n[k])}`];
    if (typeof n['actedEvidence'] !== 'string')
      return [
        `${nPath}.actedEvidence`,
        `must be a string, got ${describeValue(n['actedEvidence'])}`,
      ];
  }
  const closing = report['closing'];
  if (!isObject(closing))
    return [`${path}.closing`, `must be an object, got ${describeValue(closing)}`];
  const items = booleans(closing, `${path}.closing`, [
    'summary',
    'nextSteps',
    'anythingElse',
    'evaluated',
  ]);
  if (items !== undefined) return items;
  // (Reports written before `nothingToSum` existed lack it.)
  if (closing['nothingToSum'] !== undefined && typeof closing['nothingToSum'] !== 'boolean')
    return [
      `${path}.closing.nothingToSum`,
      `must be true or false, got ${describeValue(closing['nothingToSum'])}`,
    ];
  const talk = report['talk'];
  if (!isObject(talk)) return [`${path}.talk`, `must be an object, got ${describeValue(talk)}`];
  return numbers(talk, `${path}.talk`, [
    'agentTalkRatio',
    'agentWordsPerMinute',
    'silenceCount',
    'overtalkMs',
    'longestMonologueMs',
  ]);
}

/**
 * What is wrong with a call given to team metrics, or undefined. `path` names it
 * (`calls[3]`).
 * @internal
 */
export function teamCallProblem(call: unknown, path: string): Problem | undefined {
  if (!isObject(call))
    return [path, `must be an object { report, cohort?, outcomes? }, got ${describeValue(call)}`];
  const report = reportProblem(call['report'], `${path}.report`);
  if (report !== undefined) return report;
  const cohort = call['cohort'];
  if (cohort !== undefined && (typeof cohort !== 'string' || cohort === ''))
    return [`${path}.cohort`, `must be a non-empty string, got ${describeValue(cohort)}`];
  const outcomes = call['outcomes'];
  if (outcomes === undefined) return undefined;
  if (!isObject(outcomes))
    return [
      `${path}.outcomes`,
      `must be an object of numbers and yes/no values, got ${describeValue(outcomes)}`,
    ];
  for (const [k, v] of Object.entries(outcomes)) {
    if (typeof v !== 'boolean' && (typeof v !== 'number' || !Number.isFinite(v)))
      return [
        `${path}.outcomes.${k}`,
        `must be a finite number or true/false, got ${describeValue(v)}`,
      ];
  }
  return undefined;
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
