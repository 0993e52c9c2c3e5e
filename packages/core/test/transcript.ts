/**
 * Builders for the JSONL transcripts the trigger tests feed to `testRule`: one line per
 * event, written the way a host or `tonvo replay` would write them.
 */
import type { ConversationEvent, SignalKind, Speaker } from '../src/events/types.js';

/** Seconds to milliseconds, so transcripts read like a call clock. */
export const s = (seconds: number): number => Math.round(seconds * 1000);

interface UtteranceOptions {
  readonly id?: string;
  /** Word timings spread evenly over the utterance (for words-per-minute). */
  readonly timedWords?: boolean;
  readonly final?: boolean;
}

/** A final utterance line; times in seconds. */
export function say(
  speaker: Speaker,
  text: string,
  startS: number,
  endS: number,
  options: UtteranceOptions = {},
): string {
  const startMs = s(startS);
  const endMs = s(endS);
  const line: Record<string, unknown> = {
    type: 'utterance',
    ...(options.id === undefined ? {} : { id: options.id }),
    speaker,
    text,
    final: options.final ?? true,
    startMs,
    endMs,
  };
  if (options.timedWords === true) {
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    const step = (endMs - startMs) / words.length;
    line.words = words.map((w, i) => ({
      text: w,
      startMs: Math.round(startMs + i * step),
      endMs: Math.round(startMs + (i + 1) * step),
    }));
  }
  return JSON.stringify(line);
}

/** A customer final utterance; times in seconds. */
export const customer = (text: string, startS: number, endS: number, id?: string): string =>
  say('customer', text, startS, endS, id === undefined ? {} : { id });

/** An agent final utterance; times in seconds. */
export const agent = (text: string, startS: number, endS: number, id?: string): string =>
  say('agent', text, startS, endS, id === undefined ? {} : { id });

/** A signal line (hold, mute, transfer, call start/end) at a time in seconds. */
export const signal = (kind: SignalKind, atS: number, by?: Speaker): string =>
  JSON.stringify({ type: 'signal', kind, atMs: s(atS), ...(by === undefined ? {} : { by }) });

/** A clock tick at a time in seconds (time passes with nothing said). */
export const tick = (atS: number): string => JSON.stringify({ type: 'tick', atMs: s(atS) });

/** A voice activity segment; times in seconds. */
export const vad = (speaker: Speaker, startS: number, endS: number): string =>
  JSON.stringify({ type: 'vad', speaker, startMs: s(startS), endMs: s(endS) });

/** Lines joined into one JSONL transcript. */
export const jsonl = (...lines: readonly string[]): string => lines.join('\n');

/** Lines as the events to push into a coach. */
export const events = (...lines: readonly string[]): ConversationEvent[] =>
  lines.map((l) => JSON.parse(l) as ConversationEvent);

/** A customer utterance alone at the start of a call (for phrase checks). */
export const customerSays = (text: string): string => jsonl(customer(text, 5, 8, 'c1'));

/** An agent utterance alone at the start of a call (for phrase checks). */
export const agentSays = (text: string): string => jsonl(agent(text, 5, 8, 'a1'));
