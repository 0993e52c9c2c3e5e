import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TonvoError } from '@tonvo/core';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; unknown or malformed ones throw `invalid-option` (exit code 2). */
export function parseCommandArgs<O extends Options>(
  args: readonly string[],
  options: O,
  usage: string,
): {
  values: ReturnType<
    typeof parseArgs<{ options: O; allowPositionals: true; args: string[] }>
  >['values'];
  positionals: string[];
} {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new TonvoError('invalid-option', `${message}\n\n${usage}`);
  }
}

/** Reads a choice option, rejecting anything else. */
export function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw TonvoError.invalidOption(
      `--${name}`,
      `must be one of ${allowed.join(', ')}, got "${value}"`,
    );
  }
  return value as T;
}

/** Reads a non-negative number option. */
export function numberOption(
  name: string,
  value: string | undefined,
  fallback: number,
  max: number = Infinity,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > max) {
    throw TonvoError.invalidOption(`--${name}`, `must be a number in [0, ${max}], got "${value}"`);
  }
  return n;
}
