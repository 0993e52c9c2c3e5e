import { groupByConversation, readJsonl, type ConversationEvent } from '@tonvo/core';

/** A conversation read from a JSONL file. */
export interface LoadedConversation {
  readonly id: string;
  readonly events: readonly ConversationEvent[];
}

/** What a JSONL file held. */
export interface LoadedFile {
  readonly conversations: readonly LoadedConversation[];
  /** Lines that were not valid events, in words (the rest still plays). */
  readonly problems: readonly string[];
}

const INPUT_TYPES = new Set(['utterance', 'prosody', 'vad', 'signal', 'tick', 'feedback']);

/**
 * Reads a JSONL recording (one or many conversations, interleaved) into the input
 * events of each conversation. Coach outputs a file may hold are skipped; invalid lines
 * are reported with their line numbers.
 */
export function loadConversations(text: string): LoadedFile {
  const events: ConversationEvent[] = [];
  const problems: string[] = [];
  for (const r of readJsonl(text, { outputs: true })) {
    if (r.error !== undefined) problems.push(`line ${r.line}: ${r.error.message}`);
    else if (INPUT_TYPES.has(r.event.type)) events.push(r.event as ConversationEvent);
  }
  const conversations = [...groupByConversation(events)].map(([id, list]) => ({
    id,
    events: list,
  }));
  return { conversations, problems };
}
