import { TonvoError } from '../errors/tonvo-error.js';
import { describeValue } from '../util/describe-value.js';
import { isObject } from '../util/value-checks.js';

/**
 * Small readers for provider payloads (parsed JSON or SDK objects). Each takes the
 * dotted path of the value it reads, so a malformed payload fails with a
 * `TonvoError` of code `invalid-payload` that names exactly what was wrong.
 *
 * @packageDocumentation
 * @internal
 */

/** A plain object from a payload. @internal */
export type PayloadObject = Readonly<Record<string, unknown>>;

/** Throws `invalid-payload` naming the field and the problem. @internal */
export function failPayload(field: string, problem: string): never {
  throw new TonvoError('invalid-payload', `${field}: ${problem}`, { field });
}

/** The payload itself, which must be an object. @internal */
export function readPayload(value: unknown): PayloadObject {
  if (!isObject(value)) failPayload('payload', `must be an object, got ${describeValue(value)}`);
  return value;
}

/** An object-valued field, or undefined when absent (null counts as absent). @internal */
export function optObject(o: PayloadObject, key: string, path: string): PayloadObject | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) failPayload(path, `must be an object, got ${describeValue(v)}`);
  return v;
}

/** A required object-valued field. @internal */
export function reqObject(o: PayloadObject, key: string, path: string): PayloadObject {
  const v = optObject(o, key, path);
  if (v === undefined) failPayload(path, 'is missing');
  return v;
}

/** An array-valued field, or undefined when absent. @internal */
export function optArray(
  o: PayloadObject,
  key: string,
  path: string,
): readonly unknown[] | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) failPayload(path, `must be an array, got ${describeValue(v)}`);
  return v;
}

/** A required array-valued field. @internal */
export function reqArray(o: PayloadObject, key: string, path: string): readonly unknown[] {
  const v = optArray(o, key, path);
  if (v === undefined) failPayload(path, 'is missing');
  return v;
}

/** An element of an array that must be an object. @internal */
export function elementObject(v: unknown, path: string): PayloadObject {
  if (!isObject(v)) failPayload(path, `must be an object, got ${describeValue(v)}`);
  return v;
}

/** A string field, or undefined when absent. @internal */
export function optString(o: PayloadObject, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') failPayload(path, `must be a string, got ${describeValue(v)}`);
  return v;
}

/** A required string field. @internal */
export function reqString(o: PayloadObject, key: string, path: string): string {
  const v = optString(o, key, path);
  if (v === undefined) failPayload(path, 'is missing');
  return v;
}

/** A boolean field, or undefined when absent. @internal */
export function optBoolean(o: PayloadObject, key: string, path: string): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') failPayload(path, `must be true or false, got ${describeValue(v)}`);
  return v;
}

/** A finite number field in `[min, max]`, or undefined when absent. @internal */
export function optNumber(
  o: PayloadObject,
  key: string,
  path: string,
  min = -Infinity,
  max = Infinity,
): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    failPayload(path, `must be a finite number, got ${describeValue(v)}`);
  }
  if (v < min || v > max) failPayload(path, `must be in [${min}, ${max}], got ${v}`);
  return v;
}

/** A required finite number field in `[min, max]`. @internal */
export function reqNumber(
  o: PayloadObject,
  key: string,
  path: string,
  min = -Infinity,
  max = Infinity,
): number {
  const v = optNumber(o, key, path, min, max);
  if (v === undefined) failPayload(path, 'is missing');
  return v;
}

/**
 * Seconds to milliseconds, rounded to the microsecond so that binary floating
 * point noise (0.2971154 * 1000 = 297.11539999999997) does not leak into events.
 * @internal
 */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e3;
}

/** Milliseconds rounded to the microsecond, for the same reason. @internal */
export function roundMs(ms: number): number {
  return Math.round(ms * 1e3) / 1e3;
}
