/** Shared helpers for the transcript normalizer tests: fixtures and stream invariants. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { isTonvoError } from '../src/errors/tonvo-error.js';
import type { UtteranceEvent } from '../src/events/types.js';
import { parseConversationEvent } from '../src/events/validate.js';
import type { TranscriptNormalizer } from '../src/normalizers/segment-tracker.js';

/** The payloads of `src/normalizers/fixtures/<provider>/<file>` (a JSON array). */
export function fixture(provider: string, file: string): unknown[] {
  const url = new URL(`../src/normalizers/fixtures/${provider}/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as unknown[];
}

/** Pushes every payload and returns all utterances, in order. */
export function run(
  normalizer: TranscriptNormalizer,
  payloads: readonly unknown[],
): UtteranceEvent[] {
  return payloads.flatMap((p) => normalizer.push(p));
}

/**
 * Pushes payloads, allowing only `invalid-payload`/`text-too-long` TonvoErrors, and
 * checks the contract of the output stream:
 * - every utterance passes `parseConversationEvent` unchanged;
 * - revisions of one id strictly increase;
 * - nothing follows a final of the same id (finals are never retracted).
 */
export function runChecked(
  normalizer: TranscriptNormalizer,
  payloads: readonly unknown[],
): UtteranceEvent[] {
  const out: UtteranceEvent[] = [];
  for (const p of payloads) {
    try {
      out.push(...normalizer.push(p));
    } catch (e) {
      if (!isTonvoError(e) || (e.code !== 'invalid-payload' && e.code !== 'text-too-long')) throw e;
    }
  }
  checkStream(out);
  return out;
}

/** Asserts the invariants listed for {@link runChecked}. */
function checkStream(events: readonly UtteranceEvent[]): void {
  const last = new Map<string, UtteranceEvent>();
  for (const e of events) {
    expect(parseConversationEvent(e)).toStrictEqual(e);
    const before = last.get(e.id);
    if (before !== undefined) {
      expect(before.final, `${e.id} revised after its final`).toBe(false);
      expect(e.revision!).toBeGreaterThan(before.revision!);
    }
    last.set(e.id, e);
  }
}

/** Summary of an utterance for readable expectations. */
export function brief(e: UtteranceEvent): {
  id: string;
  rev: number | undefined;
  final: boolean;
  speaker: string;
  text: string;
} {
  return { id: e.id, rev: e.revision, final: e.final, speaker: e.speaker, text: e.text };
}
