import { describeValue } from '../util/describe-value.js';
import { EMOTIONAL_STATES } from './text-analyzer.js';
import { isObject, stringsProblem } from '../util/value-checks.js';

/**
 * What is wrong with a value a {@link TextAnalyzer} gave as an analysis, as
 * `[field, problem]`, or undefined when it is a valid {@link TextAnalysis}. A custom
 * analyzer (a wrapped cloud service, a model of one's own) may give anything; the coach
 * checks before a wrong shape or a NaN reaches the sentiment machines.
 * @internal
 */
export function analysisProblem(value: unknown): [string, string] | undefined {
  if (!isObject(value)) {
    return ['', `must be an object with sentiment, states and cues, got ${describeValue(value)}`];
  }
  const a = value as Record<string, unknown>;
  const sentiment = a['sentiment'];
  if (typeof sentiment !== 'number' || !(sentiment >= -1 && sentiment <= 1)) {
    return ['sentiment', `must be a number in [-1, 1], got ${describeValue(sentiment)}`];
  }
  const states = a['states'];
  if (!isObject(states)) {
    return ['states', `must be an object of numbers in [0, 1], got ${describeValue(states)}`];
  }
  for (const s of EMOTIONAL_STATES) {
    const v = (states as Record<string, unknown>)[s];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      return [`states.${s}`, `must be a number in [0, 1], got ${describeValue(v)}`];
    }
  }
  const cues = stringsProblem(a['cues']);
  if (cues !== undefined) return [`cues${cues[0]}`, cues[1]];
  const labels = a['labels'];
  if (labels !== undefined) {
    if (!isObject(labels)) {
      return ['labels', `must be an object of numbers, got ${describeValue(labels)}`];
    }
    for (const [k, v] of Object.entries(labels)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        return [`labels.${k}`, `must be a finite number, got ${describeValue(v)}`];
      }
    }
  }
  return undefined;
}
