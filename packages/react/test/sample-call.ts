import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, type ConversationEvent } from '@tonvo/core';

/** The shipped sample call (packages/audio-node/samples), as input events. */
export function sampleCallEvents(): ConversationEvent[] {
  const file = join(import.meta.dirname, '../../audio-node/samples/sample-call.jsonl');
  const out: ConversationEvent[] = [];
  for (const r of readJsonl(readFileSync(file, 'utf8'))) {
    if (r.error !== undefined) throw r.error;
    out.push(r.event as ConversationEvent);
  }
  return out;
}
