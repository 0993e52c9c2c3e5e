import { TonvoError } from '../errors/tonvo-error.js';
import { describeValue } from './describe-value.js';

/** True for a non-null object that is not an array: a JSON object. @internal */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A kebab-case id: rule ids, playbook situation ids. @internal */
export const KEBAB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * What is wrong with a value that should be an array of strings, as `[field, problem]`
 * (the field relative to the value, e.g. `[2]`), or undefined when it is one.
 * @internal
 */
export function stringsProblem(value: unknown): [string, string] | undefined {
  if (!Array.isArray(value))
    return ['', `must be an array of strings, got ${describeValue(value)}`];
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      return [`[${i}]`, `must be a string, got ${describeValue(value[i])}`];
    }
  }
  return undefined;
}

/**
 * The error for a function that reads a text and was given something else (callers test
 * `typeof text !== 'string'` themselves, so the test costs nothing on a hot path).
 * @internal
 */
export function notText(value: unknown): TonvoError {
  return TonvoError.invalidOption('text', `must be a string, got ${describeValue(value)}`);
}
