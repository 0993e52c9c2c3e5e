import { describeValue } from '../util/describe-value.js';
import { KEBAB_ID, isObject, stringsProblem } from '../util/value-checks.js';
import type { RuleMatch } from './rule-types.js';

/**
 * What is wrong with a value a rule's `when` returned, as `[field, problem]` (the field
 * relative to the result, e.g. `[1].speaker`), or undefined when it is a valid
 * {@link RuleResult}. Rules written in JavaScript, or cast in TypeScript, can return
 * anything; what they return becomes events that are stored and encoded, so it is
 * checked before a trigger is built from it.
 * @internal
 */
export function resultProblem(result: unknown): [string, string] | undefined {
  if (result === true || result === false || result === null || result === undefined) {
    return undefined;
  }
  if (Array.isArray(result)) {
    for (let i = 0; i < result.length; i++) {
      const p = matchProblem(result[i]);
      if (p !== undefined) return [`[${i}]${p[0]}`, p[1]];
    }
    return undefined;
  }
  if (typeof result !== 'object') {
    return ['', `must be true, false, a match or a list of matches, got ${describeValue(result)}`];
  }
  return matchProblem(result);
}

/** Fields of a match that are text, and lists of text (made once, not per match). */
const TEXT_FIELDS = ['replacement', 'summary', 'key'] as const;
const LIST_FIELDS = ['matched', 'cues', 'utteranceIds'] as const;

/** {@link resultProblem} of one match (an object with only optional fields). */
function matchProblem(value: unknown): [string, string] | undefined {
  if (!isObject(value)) {
    return ['', `must be a match object, got ${describeValue(value)}`];
  }
  const m = value as Record<keyof RuleMatch, unknown>;
  if (m.speaker !== undefined && m.speaker !== 'agent' && m.speaker !== 'customer') {
    return ['.speaker', `must be "agent" or "customer", got ${describeValue(m.speaker)}`];
  }
  if (m.span !== undefined) {
    const p = spanProblem(m.span);
    if (p !== undefined) return [`.span${p[0]}`, p[1]];
  }
  for (const k of TEXT_FIELDS) {
    if (m[k] !== undefined && typeof m[k] !== 'string') {
      return [`.${k}`, `must be a string, got ${describeValue(m[k])}`];
    }
  }
  for (const k of LIST_FIELDS) {
    const p = m[k] === undefined ? undefined : stringsProblem(m[k]);
    if (p !== undefined) return [`.${k}${p[0]}`, p[1]];
  }
  if (m.values !== undefined) {
    if (!isObject(m.values)) {
      return ['.values', `must be an object of strings, got ${describeValue(m.values)}`];
    }
    for (const [k, v] of Object.entries(m.values)) {
      if (typeof v !== 'string')
        return [`.values.${k}`, `must be a string, got ${describeValue(v)}`];
    }
  }
  if (
    m.situation !== undefined &&
    (typeof m.situation !== 'string' || !KEBAB_ID.test(m.situation))
  ) {
    return ['.situation', `must be a kebab-case situation id, got ${describeValue(m.situation)}`];
  }
  const { priority, atMs } = m;
  if (
    priority !== undefined &&
    (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 100)
  ) {
    return ['.priority', `must be an integer in [1, 100], got ${describeValue(priority)}`];
  }
  if (atMs !== undefined && (typeof atMs !== 'number' || !Number.isFinite(atMs) || atMs < 0)) {
    return [
      '.atMs',
      `must be a finite, non-negative number of milliseconds, got ${describeValue(atMs)}`,
    ];
  }
  return undefined;
}

function spanProblem(value: unknown): [string, string] | undefined {
  if (typeof value !== 'object' || value === null) {
    return ['', `must be an object, got ${describeValue(value)}`];
  }
  const s = value as Record<string, unknown>;
  if (typeof s.utteranceId !== 'string') {
    return ['.utteranceId', `must be a string, got ${describeValue(s.utteranceId)}`];
  }
  if (typeof s.text !== 'string')
    return ['.text', `must be a string, got ${describeValue(s.text)}`];
  const { start, end } = s;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) {
    return ['.start', `must be a non-negative integer, got ${describeValue(start)}`];
  }
  if (typeof end !== 'number' || !Number.isInteger(end) || end < start) {
    return ['.end', `must be an integer not below start (${start}), got ${describeValue(end)}`];
  }
  return undefined;
}
