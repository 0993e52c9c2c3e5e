import { eventTimeMs, type ConversationEvent } from '@tonvo/core';

/**
 * A call's transcript with its recording's voice events (prosody windows, VAD
 * segments) merged in, in time order: what a live call delivers to the coach. The
 * transcript keeps its own order; each voice event goes after every transcript event
 * that arrived by its time (the rule `tonvo demo` uses for a recording next to its
 * transcript), so the coach hears a window only once the words before it are in.
 */
export function mergeVoice(
  transcript: readonly ConversationEvent[],
  voice: readonly ConversationEvent[],
): ConversationEvent[] {
  const merged: ConversationEvent[] = [];
  let next = 0;
  for (const v of voice) {
    const t = eventTimeMs(v);
    while (next < transcript.length && eventTimeMs(transcript[next]!) <= t)
      merged.push(transcript[next++]!);
    merged.push(v);
  }
  while (next < transcript.length) merged.push(transcript[next++]!);
  return merged;
}
