import { TonvoError } from '../errors/tonvo-error.js';
import { describeValue } from '../util/describe-value.js';
import type { ConversationEvent, TonvoEvent } from './types.js';
import { parseConversationEvent, parseTonvoEvent } from './validate.js';
import { notText } from '../util/value-checks.js';

/** One line of a JSONL input: the event, or the error that kept it out. @public */
export type JsonlRecord<E extends TonvoEvent = TonvoEvent> =
  | { readonly line: number; readonly event: E; readonly error?: undefined }
  | { readonly line: number; readonly event?: undefined; readonly error: TonvoError };

/** Options for reading JSONL. @public */
export interface JsonlReadOptions {
  /** Accept coach outputs (`nudge`, `state`, ...) as well as inputs. Default false. */
  readonly outputs?: boolean;
  /** Number of the first line, for chunks of a larger file. Default 1. */
  readonly firstLine?: number;
}

/** Parses one JSONL line (already split, without its newline). @public */
export function parseJsonlLine(
  text: string,
  line: number,
  options: JsonlReadOptions = {},
): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      line,
      error: new TonvoError('invalid-json', `line ${line}: not valid JSON (${detail})`, {
        line,
        cause,
      }),
    };
  }
  try {
    return {
      line,
      event: options.outputs === true ? parseTonvoEvent(value) : parseConversationEvent(value),
    };
  } catch (e) {
    const error =
      e instanceof TonvoError ? e : new TonvoError('invalid-event', String(e), { cause: e });
    return {
      line,
      error: new TonvoError(error.code, `line ${line}: ${error.message}`, {
        line,
        ...fieldOf(error),
      }),
    };
  }
}

function fieldOf(e: TonvoError): { field?: string } {
  return e.field === undefined ? {} : { field: e.field };
}

/**
 * Reads a whole JSONL text: one record per non-blank line, with the 1-based line
 * number, holding either the validated event or a {@link TonvoError}. Bad lines never
 * stop the read.
 *
 * @example
 * ```ts
 * for (const r of readJsonl(text)) if (r.error) console.error(r.error.message); else coach.push(r.event);
 * ```
 * @public
 */
export function* readJsonl(text: string, options: JsonlReadOptions = {}): Generator<JsonlRecord> {
  if (typeof text !== 'string') throw notText(text);
  let line = (options.firstLine ?? 1) - 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    if (raw.length > 0) yield parseJsonlLine(raw, line, options);
    start = end + 1;
  }
}

/** A decoder for JSONL arriving in chunks of any size (a socket, stdin). @public */
export interface JsonlDecoder {
  /**
   * Feeds a chunk of text, or of UTF-8 bytes (a `Buffer` or `Uint8Array` straight from a
   * socket: a character split between two chunks is put back together); returns the
   * records of the lines it completed. Feed one kind or the other, not both.
   * @throws TonvoError `invalid-option` for a chunk that is neither.
   */
  push(chunk: string | Uint8Array): JsonlRecord[];
  /** Flushes the last line if it had no trailing newline. */
  end(): JsonlRecord[];
}

/** Creates a {@link JsonlDecoder}. Memory is bounded by the longest line. @public */
export function createJsonlDecoder(
  options: JsonlReadOptions & { readonly maxLineLength?: number } = {},
): JsonlDecoder {
  const maxLineLength = options.maxLineLength ?? 1_000_000;
  if (!Number.isInteger(maxLineLength) || maxLineLength < 1) {
    throw TonvoError.invalidOption(
      'maxLineLength',
      `must be a positive integer, got ${maxLineLength}`,
    );
  }
  let pending = '';
  let line = (options.firstLine ?? 1) - 1;
  let skipping = false;
  let utf8: Utf8Decoder | undefined;
  const textOf = (chunk: unknown): string => {
    if (typeof chunk === 'string') return chunk;
    if (chunk instanceof Uint8Array) {
      return (utf8 ??= new (globalThis as unknown as Utf8Global).TextDecoder()).decode(chunk, {
        stream: true,
      });
    }
    throw TonvoError.invalidOption(
      'chunk',
      `must be a string or UTF-8 bytes, got ${describeValue(chunk)}`,
    );
  };
  const take = (raw: string, out: JsonlRecord[]): void => {
    line++;
    // A line is too long whether it arrived whole or in pieces: the result must
    // not depend on how the input was chunked.
    if (skipping || raw.length > maxLineLength) {
      skipping = false;
      out.push({
        line,
        error: new TonvoError(
          'text-too-long',
          `line ${line}: longer than ${maxLineLength} characters`,
          { line },
        ),
      });
      return;
    }
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push(parseJsonlLine(trimmed, line, options));
  };
  return {
    push(bytesOrText) {
      const chunk = textOf(bytesOrText);
      const out: JsonlRecord[] = [];
      let start = 0;
      for (;;) {
        const nl = chunk.indexOf('\n', start);
        if (nl === -1) break;
        take(pending + chunk.slice(start, nl), out);
        pending = '';
        start = nl + 1;
      }
      pending += chunk.slice(start);
      if (pending.length > maxLineLength) {
        skipping = true;
        pending = '';
      }
      return out;
    },
    end() {
      const out: JsonlRecord[] = [];
      // Bytes of a character the input stopped in the middle of.
      if (utf8 !== undefined) pending += utf8.decode();
      if (pending.length > 0 || skipping) take(pending, out);
      pending = '';
      return out;
    },
  };
}

/** The platform's streaming UTF-8 decoder (WHATWG `TextDecoder`, in Node and browsers). */
interface Utf8Decoder {
  decode(bytes?: Uint8Array, options?: { stream: boolean }): string;
}
interface Utf8Global {
  TextDecoder: new () => Utf8Decoder;
}

/** Serialises an event as one JSONL line (no trailing newline). @public */
export function toJsonl(event: TonvoEvent): string {
  return JSON.stringify(event);
}

/** Serialises events as JSONL text, one per line, with a trailing newline. @public */
export function writeJsonl(events: Iterable<TonvoEvent>): string {
  let out = '';
  for (const e of events) out += `${JSON.stringify(e)}\n`;
  return out;
}

/** Groups records by their `conversation` (events without one go under `""`), keeping order. @public */
export function groupByConversation<E extends ConversationEvent>(
  events: Iterable<E>,
): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const e of events) {
    const key = e.conversation ?? '';
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push(e);
  }
  return groups;
}
