import type { TonvoError } from '@tonvo/core';

/** "line 3: invalid-json: ..." without repeating a location the message already has. */
export function describeError(where: string, error: TonvoError): string {
  const message = error.message.startsWith(`${where}: `)
    ? error.message.slice(where.length + 2)
    : error.message;
  return `${where}: ${error.code}: ${message}`;
}
