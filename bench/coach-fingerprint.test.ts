import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCoach, toJsonl, type ConversationEvent } from '@tonvo/core';
import { describe, expect, it } from 'vitest';
import { syntheticCall } from './lib/synthetic-calls.mjs';

// Everything the coach puts out on the benchmark's long synthetic calls (states, samples,
// triggers, nudges and their closing, errors, a snapshot every 997 events, the report),
// compared with a checked-in fingerprint: work on speed must not change what a user sees.
// The golden replays in packages/core hold whole recordings of short conversations; these
// calls are long (2 h each, 23,000 events), so what is kept is a sha256 per block of
// output lines, which says where a difference starts. After an intended change to the
// coach, run `UPDATE_FINGERPRINT=1 pnpm exec vitest run --project bench coach-fingerprint`
// and say in the commit why the outputs changed.

const FINGERPRINT = fileURLToPath(new URL('./coach-fingerprint.json', import.meta.url));
const SEEDS = [7, 11, 23];
const HOURS = 2;
const BLOCK = 250;
const SNAPSHOT_EVERY = 997;

interface Fingerprint {
  /** Output lines in all. */
  readonly lines: number;
  /** Per output type: how many. */
  readonly counts: Record<string, number>;
  /** sha256 (first 16 hex digits) of each block of BLOCK lines. */
  readonly blocks: string[];
}

async function outputsOf(events: readonly ConversationEvent[]): Promise<string[]> {
  const coach = createCoach();
  const out: string[] = [];
  coach.on('output', (e) => out.push(toJsonl(e)));
  coach.on('nudgeClosed', (e) => out.push(JSON.stringify({ type: 'nudgeClosed', ...e })));
  coach.on('error', (e) =>
    out.push(JSON.stringify({ type: 'error', code: e.code, message: e.message })),
  );
  let n = 0;
  for (const e of events) {
    coach.push(e);
    if (++n % SNAPSHOT_EVERY === 0) out.push(snapshotLine(coach.getSnapshot()));
  }
  await coach.end(); // (its report is an output too)
  out.push(snapshotLine(coach.getSnapshot()));
  return out;
}

/** A snapshot without its version counter (which counts changes, not what they were). */
function snapshotLine(s: object): string {
  return JSON.stringify({ type: 'snapshot', ...s, version: undefined });
}

function fingerprintOf(lines: readonly string[]): Fingerprint {
  const counts: Record<string, number> = {};
  for (const l of lines) {
    const type = /^\{"type":"([^"]+)"/.exec(l)?.[1] ?? '?';
    counts[type] = (counts[type] ?? 0) + 1;
  }
  const blocks: string[] = [];
  for (let k = 0; k < lines.length; k += BLOCK) {
    const hash = createHash('sha256');
    for (const l of lines.slice(k, k + BLOCK)) hash.update(l).update('\n');
    blocks.push(hash.digest('hex').slice(0, 16));
  }
  return { lines: lines.length, counts, blocks };
}

describe('coach outputs on the long synthetic calls', () => {
  const recorded: Record<string, Fingerprint> = existsSync(FINGERPRINT)
    ? (JSON.parse(readFileSync(FINGERPRINT, 'utf8')) as Record<string, Fingerprint>)
    : {};
  const actual: Record<string, Fingerprint> = {};

  for (const seed of SEEDS) {
    const name = `seed ${seed}, ${HOURS} h`;
    it(`${name}: the same outputs as recorded`, async () => {
      const events = syntheticCall({ durationMs: HOURS * 3600_000, seed }) as ConversationEvent[];
      const lines = await outputsOf(events);
      const got = (actual[name] = fingerprintOf(lines));
      if (process.env['UPDATE_FINGERPRINT'] === '1') {
        writeFileSync(FINGERPRINT, `${JSON.stringify({ ...recorded, ...actual }, null, 2)}\n`);
        return;
      }
      const want = recorded[name];
      if (want === undefined) {
        throw new Error(`no fingerprint for "${name}": run with UPDATE_FINGERPRINT=1, then review`);
      }
      const first = got.blocks.findIndex((b, k) => b !== want.blocks[k]);
      const at = first >= 0 ? first : Math.min(got.blocks.length, want.blocks.length);
      const same = first < 0 && got.blocks.length === want.blocks.length;
      expect({
        lines: got.lines,
        counts: got.counts,
        firstDifference: same ? 'none' : `output line ${at * BLOCK + 1}: ${lines[at * BLOCK]}`,
      }).toEqual({ lines: want.lines, counts: want.counts, firstDifference: 'none' });
    });
  }
});
